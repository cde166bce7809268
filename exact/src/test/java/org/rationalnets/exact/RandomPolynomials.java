package org.rationalnets.exact;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;

/** Random test inputs built from a seed, so that a failing property names a reproducible seed. */
final class RandomPolynomials {

    private RandomPolynomials() {
    }

    static BigFraction rational(Random r, int bound) {
        int den = 1 + r.nextInt(r.nextBoolean() ? 1 : bound);
        return BigFraction.of(r.nextInt(2 * bound + 1) - bound, den);
    }

    static Polynomial<BigFraction> polynomial(Random r, int n, int maxDegree, int maxTerms) {
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

    static UnivariatePolynomial<BigFraction> univariate(Random r, int maxDegree) {
        int d = r.nextInt(maxDegree + 1);
        java.util.List<BigFraction> c = new java.util.ArrayList<>();
        for (int i = 0; i <= d; i++) {
            c.add(rational(r, 7));
        }
        return UnivariatePolynomial.of(Rationals.Q, c);
    }

    static Matrix<BigFraction> matrix(Random r, int rows, int cols, double zeroChance) {
        java.util.List<java.util.List<BigFraction>> m = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            java.util.List<BigFraction> row = new java.util.ArrayList<>();
            for (int j = 0; j < cols; j++) {
                row.add(r.nextDouble() < zeroChance ? BigFraction.ZERO : rational(r, 5));
            }
            m.add(row);
        }
        return Matrix.of(Rationals.Q, m);
    }
}
