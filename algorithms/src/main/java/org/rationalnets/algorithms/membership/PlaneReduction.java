package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * The plane of the input forms (docs/theory.md §7, inputs with {@code d_0 ≠ 2}): {@code f = g(W_1 x)}
 * depends only on the row space {@code U} of {@code W_1}. The kernel
 * {@code K = {v : ∂_v F = 0 for every input form F}} is computed exactly (a linear system) and
 * {@code U = K^⊥}; when {@code dim U ≤ 2}, a rational basis {@code B} (2 × d_0) of a plane containing
 * {@code U} and {@code S = Bᵀ(BBᵀ)^{-1}} reduce the forms to two variables, {@code F̃(y) = F(S y)},
 * and {@code W_1 = W̃_1 B} lifts weights back.
 *
 * @param dimension {@code dim U}
 * @param b {@code B}, 2 × d_0 (null when {@code dim U > 2})
 * @param s {@code S}, d_0 × 2, with {@code F(x) = F(S B x)} for the input forms (null when {@code dim U > 2})
 */
record PlaneReduction(int dimension, Matrix<BigFraction> b, Matrix<BigFraction> s) {

    /** {@code U = K^⊥}, {@code K = {v : ∂_v F = 0 ∀ F}}, and a basis {@code B} of a plane containing it. */
    static PlaneReduction of(List<Polynomial<BigFraction>> forms, int n) {
        List<List<BigFraction>> rows = new ArrayList<>();
        for (Polynomial<BigFraction> f : forms) {
            if (f.isZero() || f.degree() == 0) {
                continue;
            }
            List<Polynomial<BigFraction>> grad = f.gradient();
            for (Monomial m : Monomial.ofDegree(n, f.degree() - 1)) {
                List<BigFraction> row = new ArrayList<>(n);
                boolean nonzero = false;
                for (int j = 0; j < n; j++) {
                    BigFraction c = grad.get(j).coefficient(m);
                    row.add(c);
                    nonzero |= c.signum() != 0;
                }
                if (nonzero) {
                    rows.add(row);
                }
            }
        }
        List<List<BigFraction>> kernel = rows.isEmpty() ? identityRows(n) : Matrix.of(Rationals.Q, rows).nullspace();
        List<List<BigFraction>> u = kernel.isEmpty() ? identityRows(n) : Matrix.of(Rationals.Q, kernel).nullspace();
        int dim = u.size();
        if (n == 1) {
            return new PlaneReduction(dim, Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE), List.of(BigFraction.ZERO))),
                    Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE, BigFraction.ZERO))));
        }
        if (dim > 2) {
            return new PlaneReduction(dim, null, null);
        }
        List<List<BigFraction>> basis = new ArrayList<>(u);
        for (int j = 0; basis.size() < 2; j++) { // ends by j = n − 1: the unit vectors span F^n (n ≥ 2)
            List<List<BigFraction>> trial = new ArrayList<>(basis);
            trial.add(identityRows(n).get(j));
            if (Matrix.of(Rationals.Q, trial).rank() == trial.size()) {
                basis = trial;
            }
        }
        // n = 2, dim = 2: the kernel is 0, so u (hence b) is the identity: the input's own coordinates are kept
        Matrix<BigFraction> b = Matrix.of(Rationals.Q, basis);
        Matrix<BigFraction> bt = b.transpose();
        Matrix<BigFraction> gram = b.multiply(bt);
        Matrix<BigFraction> s = bt.multiply(gram.inverse());
        return new PlaneReduction(dim, b, s);
    }

    private static List<List<BigFraction>> identityRows(int n) {
        return Matrix.identity(Rationals.Q, n).rowList();
    }

    /** {@code F(S y)}: the form on the plane, in two variables. */
    Polynomial<BigFraction> restrict(Polynomial<BigFraction> f) {
        int n = f.variables();
        List<Polynomial<BigFraction>> lin = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lin.add(Polynomial.linearForm(Rationals.Q, s.row(i)));
        }
        Polynomial<BigFraction> out = Polynomial.zero(Rationals.Q, 2);
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            Polynomial<BigFraction> term = Polynomial.constant(Rationals.Q, 2, t.coefficient());
            for (int i = 0; i < n; i++) {
                term = term.multiply(lin.get(i).pow(t.monomial().exponent(i)));
            }
            out = out.add(term);
        }
        return out;
    }
}
