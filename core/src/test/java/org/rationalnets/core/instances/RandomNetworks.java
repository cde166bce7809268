package org.rationalnets.core.instances;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Degrees;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.instances.RandomPolynomials;

/**
 * Random architectures, weights and networks with sample points, for the property tests of every
 * module; entries and points come from {@link RandomPolynomials}.
 */
public final class RandomNetworks {

    private RandomNetworks() {
    }

    /** A network and points of its input space. */
    public record Network(Weights weights, List<List<BigFraction>> points) {

        public Architecture architecture() {
            return weights.architecture();
        }

        @Override
        public String toString() {
            return architecture() + " " + weights + (points.isEmpty() ? "" : " at " + points);
        }
    }

    /** (d_0, …, d_L) with L uniform in [1, maxDepth] and every width uniform in [1, maxWidth]. */
    public static Architecture architecture(Random r, int maxDepth, int maxWidth) {
        int[] w = new int[2 + r.nextInt(maxDepth)];
        for (int k = 0; k < w.length; k++) {
            w[k] = 1 + r.nextInt(maxWidth);
        }
        return Architecture.of(w);
    }

    /**
     * As {@link #architecture(Random, int, int)}, redrawn until the numerators and the denominator have
     * at most {@code maxTerms} possible monomials each (so that expansions stay small).
     */
    public static Architecture architecture(Random r, int maxDepth, int maxWidth, long maxTerms) {
        while (true) {
            Architecture d = architecture(r, maxDepth, maxWidth);
            Degrees g = d.degrees();
            BigInteger limit = BigInteger.valueOf(maxTerms);
            if (AmbientSpace.monomialCount(d.inputDimension(), g.denominatorDegree()).compareTo(limit) <= 0
                    && AmbientSpace.monomialCount(d.inputDimension(), g.numeratorDegree()).compareTo(limit) <= 0) {
                return d;
            }
        }
    }

    /** Weights for {@code d} whose entries, matrix by matrix and row by row, are drawn from {@code entry}. */
    public static Weights weights(Architecture d, Supplier<BigFraction> entry) {
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(entry.get());
                }
                rows.add(row);
            }
            ms.add(rows);
        }
        return Weights.ofRows(d, ms);
    }

    /** Weights with entries n/d, |n| ≤ maxNumerator, 1 ≤ d ≤ maxDenominator (zero allowed). */
    public static Weights weights(Architecture d, Random r, int maxNumerator, int maxDenominator) {
        return weights(d, () -> RandomPolynomials.rational(r, maxNumerator, maxDenominator));
    }

    /** Weights with nonzero entries n/d, 1 ≤ |n| ≤ maxNumerator, 1 ≤ d ≤ maxDenominator. */
    public static Weights nonzeroWeights(Architecture d, Random r, int maxNumerator, int maxDenominator) {
        return weights(d, () -> RandomPolynomials.nonzeroRational(r, maxNumerator, maxDenominator));
    }

    /**
     * A network on {@code d} with nonzero weights n/d, 1 ≤ |n| ≤ 6, 1 ≤ d ≤ 4 (zero entries are left to
     * the examples and the conformance vectors), and {@code pointCount} {@link #points points}.
     */
    public static Network network(Random r, Architecture d, int pointCount) {
        return new Network(nonzeroWeights(d, r, 6, 4), points(r, d, pointCount));
    }

    /** {@code count} points of Q^{d_0} with coordinates n/d, |n| ≤ 20, 1 ≤ d ≤ 7. */
    public static List<List<BigFraction>> points(Random r, Architecture d, int count) {
        List<List<BigFraction>> xs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            xs.add(RandomPolynomials.point(r, d.inputDimension(), 20, 7));
        }
        return xs;
    }
}
