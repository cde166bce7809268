package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * The determinant of a square matrix with entries in {@code Q[x_1, …, x_n]}, by Bareiss' fraction-free
 * elimination: every division is exact in the polynomial ring. Written here because the project's
 * {@code Matrix} needs a field and {@code Q[x]} is only an integral domain.
 */
final class PolynomialDeterminant {

    private PolynomialDeterminant() {
    }

    static Polynomial<BigFraction> of(List<List<Polynomial<BigFraction>>> matrix, int variables) {
        int n = matrix.size();
        List<List<Polynomial<BigFraction>>> a = new ArrayList<>(n);
        for (List<Polynomial<BigFraction>> row : matrix) {
            a.add(new ArrayList<>(row));
        }
        Polynomial<BigFraction> previous = Polynomial.constant(Rationals.Q, variables, BigFraction.ONE);
        boolean negate = false;
        for (int k = 0; k < n - 1; k++) {
            int pivot = -1;
            // smallest nonzero pivot keeps the intermediate polynomials small
            for (int i = k; i < n; i++) {
                Polynomial<BigFraction> c = a.get(i).get(k);
                if (!c.isZero() && (pivot < 0 || c.size() < a.get(pivot).get(k).size())) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                return Polynomial.zero(Rationals.Q, variables);
            }
            if (pivot != k) {
                List<Polynomial<BigFraction>> tmp = a.get(pivot);
                a.set(pivot, a.get(k));
                a.set(k, tmp);
                negate = !negate;
            }
            Polynomial<BigFraction> p = a.get(k).get(k);
            for (int i = k + 1; i < n; i++) {
                Polynomial<BigFraction> aik = a.get(i).get(k);
                for (int j = k + 1; j < n; j++) {
                    Polynomial<BigFraction> v = a.get(i).get(j).multiply(p).subtract(aik.multiply(a.get(k).get(j)));
                    a.get(i).set(j, k == 0 ? v : v.divideExact(previous));
                }
                a.get(i).set(k, Polynomial.zero(Rationals.Q, variables));
            }
            previous = p;
        }
        Polynomial<BigFraction> det = a.get(n - 1).get(n - 1);
        return negate ? det.negate() : det;
    }
}
