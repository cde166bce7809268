package org.rationalnets.exact.instances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Random rationals, points of Q^n, polynomials over Q and rational matrices, each drawn from a
 * {@link Random} (seeded by {@link Instances}), shared by the property tests of every module.
 */
public final class RandomPolynomials {

    private RandomPolynomials() {
    }

    /** n/d with |n| ≤ bound; d = 1 half the time (integer coefficients are common), else 1 ≤ d ≤ bound. */
    public static BigFraction rational(Random r, int bound) {
        int den = 1 + r.nextInt(r.nextBoolean() ? 1 : bound);
        return BigFraction.of(r.nextInt(2 * bound + 1) - bound, den);
    }

    /** n/d with n uniform in [−maxNumerator, maxNumerator] and d uniform in [1, maxDenominator]. */
    public static BigFraction rational(Random r, int maxNumerator, int maxDenominator) {
        return BigFraction.of(r.nextInt(2 * maxNumerator + 1) - maxNumerator, 1 + r.nextInt(maxDenominator));
    }

    /** As {@link #rational(Random, int, int)}, with n ≠ 0. */
    public static BigFraction nonzeroRational(Random r, int maxNumerator, int maxDenominator) {
        int n = 1 + r.nextInt(maxNumerator);
        return BigFraction.of(r.nextBoolean() ? n : -n, 1 + r.nextInt(maxDenominator));
    }

    /** A point of Q^n with coordinates {@link #rational(Random, int, int)}. */
    public static List<BigFraction> point(Random r, int n, int maxNumerator, int maxDenominator) {
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(rational(r, maxNumerator, maxDenominator));
        }
        return x;
    }

    /** A list of {@code size} integers uniform in [lo, hi]. */
    public static List<Integer> integers(Random r, int size, int lo, int hi) {
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            xs.add(lo + r.nextInt(hi - lo + 1));
        }
        return xs;
    }

    /**
     * A {@code long}: one time in eight an edge value (0, ±1, ±2^31, Long.MIN_VALUE, Long.MAX_VALUE),
     * where overflow and sign handling break first, otherwise uniform.
     */
    public static long anyLong(Random r) {
        long[] edges = {0, 1, -1, 1L << 31, -(1L << 31), Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1};
        return r.nextInt(8) == 0 ? edges[r.nextInt(edges.length)] : r.nextLong();
    }

    /**
     * A polynomial in {@code n} variables with at most {@code maxTerms} terms of degree at most
     * {@code maxDegree}, coefficients {@link #rational(Random, int) rational(r, 9)} (possibly zero).
     */
    public static Polynomial<BigFraction> polynomial(Random r, int n, int maxDegree, int maxTerms) {
        Map<Monomial, BigFraction> terms = new HashMap<>();
        int count = r.nextInt(maxTerms + 1);
        for (int t = 0; t < count; t++) {
            int[] e = new int[n];
            int budget = r.nextInt(maxDegree + 1);
            for (int i = 0; i < n && budget > 0; i++) {
                int a = r.nextInt(budget + 1);
                e[i] = a;
                budget -= a;
            }
            terms.put(Monomial.of(e), rational(r, 9));
        }
        return Polynomial.of(Rationals.Q, n, terms);
    }

    /** A univariate polynomial of degree at most {@code maxDegree}, coefficients {@code rational(r, 7)}. */
    public static UnivariatePolynomial<BigFraction> univariate(Random r, int maxDegree) {
        int d = r.nextInt(maxDegree + 1);
        List<BigFraction> c = new ArrayList<>();
        for (int i = 0; i <= d; i++) {
            c.add(rational(r, 7));
        }
        return UnivariatePolynomial.of(Rationals.Q, c);
    }

    /** A rows×cols rational matrix, each entry zero with probability {@code zeroChance}, else {@code rational(r, 5)}. */
    public static Matrix<BigFraction> matrix(Random r, int rows, int cols, double zeroChance) {
        List<List<BigFraction>> m = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<BigFraction> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                row.add(r.nextDouble() < zeroChance ? BigFraction.ZERO : rational(r, 5));
            }
            m.add(row);
        }
        return Matrix.of(Rationals.Q, m);
    }
}
