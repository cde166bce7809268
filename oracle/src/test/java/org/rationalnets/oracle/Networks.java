package org.rationalnets.oracle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * jqwik generators shared by the oracle's properties: architectures, exact rational weights and
 * points. Everything is built from jqwik arbitraries (no hidden {@code Random}), so failures shrink
 * to small architectures and small numbers.
 */
final class Networks {

    private Networks() {
    }

    /** A network and sample points. */
    record Case(Weights weights, List<List<BigFraction>> points) {
        Architecture architecture() {
            return weights.architecture();
        }

        @Override
        public String toString() {
            return architecture() + " W = " + RationalNetsJson.line(weights) + " at " + points;
        }
    }

    /** Nonzero rationals n/d, |n| ≤ 6, 1 ≤ d ≤ 4 (zero entries are tested by the vectors, not here). */
    static Arbitrary<BigFraction> nonzeroRationals() {
        return Combinators.combine(Arbitraries.integers().between(-6, 6).filter(n -> n != 0), Arbitraries.integers().between(1, 4))
                .as((n, d) -> BigFraction.of(n, d));
    }

    /** Rationals n/d, |n| ≤ 20, 1 ≤ d ≤ 7, as input points. */
    static Arbitrary<BigFraction> rationals() {
        return Combinators.combine(Arbitraries.integers().between(-20, 20), Arbitraries.integers().between(1, 7))
                .as((n, d) -> BigFraction.of(n, d));
    }

    /**
     * Architectures with {@code 1 ≤ L ≤ maxDepth}, widths in {@code 1..maxWidth}, and a denominator
     * with at most {@code maxTerms} possible monomials (so expansions stay small).
     */
    static Arbitrary<Architecture> architectures(int maxDepth, int maxWidth, long maxTerms) {
        return Arbitraries.integers().between(1, maxWidth).list().ofMinSize(2).ofMaxSize(maxDepth + 1)
                .map(w -> Architecture.of(w.stream().mapToInt(Integer::intValue).toArray()))
                .filter(d -> AmbientSpace.monomialCount(d.inputDimension(), d.degrees().denominatorDegree())
                        .compareTo(BigInteger.valueOf(maxTerms)) <= 0
                        && AmbientSpace.monomialCount(d.inputDimension(), d.degrees().numeratorDegree())
                        .compareTo(BigInteger.valueOf(maxTerms)) <= 0);
    }

    /** Weights for {@code d} with nonzero rational entries. */
    static Arbitrary<Weights> weights(Architecture d) {
        return nonzeroRationals().list().ofSize((int) d.parameterCount()).map(flat -> {
            List<List<List<BigFraction>>> ms = new ArrayList<>();
            int i = 0;
            for (int k = 1; k <= d.depth(); k++) {
                List<List<BigFraction>> rows = new ArrayList<>();
                for (int r = 0; r < d.width(k); r++) {
                    rows.add(new ArrayList<>(flat.subList(i, i + d.width(k - 1))));
                    i += d.width(k - 1);
                }
                ms.add(rows);
            }
            return Weights.ofRows(d, ms);
        });
    }

    /** A network on an architecture from {@code architectures} and three rational points. */
    static Arbitrary<Case> cases(Arbitrary<Architecture> architectures) {
        return architectures.flatMap(d -> Combinators.combine(weights(d),
                rationals().list().ofSize(d.inputDimension()).list().ofSize(3)).as(Case::new));
    }
}
