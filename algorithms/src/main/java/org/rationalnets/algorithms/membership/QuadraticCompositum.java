package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicRoot;
import org.rationalnets.exact.algebraic.ZeroDivisorException;

/**
 * One algebra {@code A = Q[w]/(R)} holding a root {@code β_j} of each of several monic rational
 * quadratics {@code p_j} (so both roots: the other is {@code −p_j1 − β_j}), built by primitive
 * elements: {@code w' = w + c β} with {@code R'(w') = N_{Q[β]/(p)}(R(w' − c β))}, {@code c = 1, 2, …} until
 * {@code R'} is square-free; then {@code β} is the root of {@code gcd_y(R(w' − c y), p(y))} over
 * {@code A'} (linear in every component of {@code A'}; a zero divisor met on the way splits {@code A'},
 * and one part is kept). Written by hand because no library here builds composita of number fields.
 *
 * <p>Every embedding {@code A → C} sends the {@code β_j} to roots of the {@code p_j}; when every
 * {@code p_j} has real roots every root of {@code R} is real (a real {@code w = Σ c_j β_j} with
 * distinct such sums comes from real {@code β_j}), so any root of {@code R} is a real embedding.
 */
final class QuadraticCompositum {

    private final AlgebraicExtension algebra;
    private final List<AlgebraicElement> roots;

    private QuadraticCompositum(AlgebraicExtension algebra, List<AlgebraicElement> roots) {
        this.algebra = algebra;
        this.roots = roots;
    }

    /** The algebra {@code A}. */
    AlgebraicExtension algebra() {
        return algebra;
    }

    /** {@code β_j} in {@code A}, in the order of the quadratics given. */
    List<AlgebraicElement> roots() {
        return roots;
    }

    /** The root {@code index} ({@code 0} or {@code 1}) of quadratic {@code j}: {@code β_j} or {@code −p_j1 − β_j}. */
    AlgebraicElement root(int j, UnivariatePolynomial<BigFraction> p, int index) {
        AlgebraicElement b = roots.get(j);
        if (index == 0) {
            return b;
        }
        return algebra.subtract(algebra.fromRational(p.coefficient(1).negate()), b);
    }

    /**
     * The compositum of the given monic irreducible quadratics.
     *
     * @param quadratics monic, degree 2, square-free, at least one
     * @param real keep a part with a real root when a zero divisor splits the algebra
     * @return empty when no separating {@code c ≤ 50} was found (not expected)
     */
    static Optional<QuadraticCompositum> of(List<UnivariatePolynomial<BigFraction>> quadratics, boolean real) {
        AlgebraicExtension alg = AlgebraicExtension.of(quadratics.get(0));
        List<AlgebraicElement> betas = new ArrayList<>(List.of(alg.generator()));
        for (int j = 1; j < quadratics.size(); j++) {
            UnivariatePolynomial<BigFraction> p = quadratics.get(j);
            boolean done = false;
            for (int c = 1; c <= 50 && !done; c++) {
                AlgebraicExtension b = AlgebraicExtension.of(p);
                // R(w − c β) as a polynomial in w over Q[β]/(p)
                Polynomial<AlgebraicElement> shifted = substituteShift(alg.modulus(), b, b.multiply(b.fromLong(c), b.generator()));
                Polynomial<BigFraction> norm = b.norm(shifted);
                UnivariatePolynomial<BigFraction> r = univariate(norm);
                if (!r.isSquareFree()) {
                    continue;
                }
                AlgebraicExtension next = AlgebraicExtension.of(r);
                AlgebraicElement beta = null;
                while (beta == null) {
                    try {
                        beta = commonRoot(alg.modulus(), p, next, c);
                    } catch (ZeroDivisorException z) {
                        next = choose(z.parts(), real);
                    }
                }
                if (beta == null) {
                    continue;
                }
                AlgebraicElement w = next.generator();
                AlgebraicElement oldGenerator = next.subtract(w, next.multiply(next.fromLong(c), beta));
                List<AlgebraicElement> moved = new ArrayList<>();
                for (AlgebraicElement e : betas) {
                    moved.add(evaluate(e.representative(), next, oldGenerator));
                }
                moved.add(beta);
                betas = moved;
                alg = next;
                done = true;
            }
            if (!done) {
                return Optional.empty();
            }
        }
        return Optional.of(new QuadraticCompositum(alg, List.copyOf(betas)));
    }

    /** The embedding used for witnesses: the first real root when asked for, else the first root. */
    AlgebraicRoot embedding(boolean real) {
        for (AlgebraicRoot r : algebra.roots()) {
            if (!real || r.isReal()) {
                return r;
            }
        }
        throw new IllegalStateException("no real root of " + algebra);
    }

    private static AlgebraicExtension choose(List<AlgebraicExtension> parts, boolean real) {
        for (AlgebraicExtension a : parts) {
            if (!real || a.realRootCount() > 0) {
                return a;
            }
        }
        return parts.get(0);
    }

    /** The root {@code β(w)} of {@code gcd_y(R(w − c y), p(y))} over {@code A'}, or null if the gcd is not linear. */
    private static AlgebraicElement commonRoot(UnivariatePolynomial<BigFraction> r, UnivariatePolynomial<BigFraction> p,
                                               AlgebraicExtension a, int c) {
        // R(w − c y) as a polynomial in y over A' = Q[w]/(R')
        AlgebraicElement w = a.generator();
        UnivariatePolynomial<AlgebraicElement> lin = UnivariatePolynomial.of(a, List.of(w, a.fromLong(-c)));
        UnivariatePolynomial<AlgebraicElement> acc = UnivariatePolynomial.zero(a);
        for (int k = r.degree(); k >= 0; k--) {
            acc = acc.multiply(lin).add(UnivariatePolynomial.constant(a, a.fromRational(r.coefficient(k))));
        }
        UnivariatePolynomial<AlgebraicElement> pa = p.map(a, a::fromRational);
        UnivariatePolynomial<AlgebraicElement> g = acc.gcd(pa);
        if (g.degree() != 1) {
            return null;
        }
        return a.negate(a.divide(g.coefficient(0), g.coefficient(1)));
    }

    /** {@code R(w − s)} as a polynomial in one variable {@code w} over {@code b}. */
    private static Polynomial<AlgebraicElement> substituteShift(UnivariatePolynomial<BigFraction> r, AlgebraicExtension b,
                                                                AlgebraicElement s) {
        Polynomial<AlgebraicElement> w = Polynomial.variable(b, 1, 0);
        Polynomial<AlgebraicElement> lin = w.subtract(Polynomial.constant(b, 1, s));
        Polynomial<AlgebraicElement> acc = Polynomial.zero(b, 1);
        for (int k = r.degree(); k >= 0; k--) {
            acc = acc.multiply(lin).add(Polynomial.constant(b, 1, b.fromRational(r.coefficient(k))));
        }
        return acc;
    }

    private static UnivariatePolynomial<BigFraction> univariate(Polynomial<BigFraction> p) {
        List<BigFraction> cs = new ArrayList<>();
        for (int e = 0; e <= p.degree(); e++) {
            cs.add(p.coefficient(Monomial.of(e)));
        }
        return UnivariatePolynomial.of(Rationals.Q, cs);
    }

    private static AlgebraicElement evaluate(UnivariatePolynomial<BigFraction> v, AlgebraicExtension a, AlgebraicElement x) {
        AlgebraicElement acc = a.zero();
        for (int k = v.degree(); k >= 0; k--) {
            acc = a.add(a.multiply(acc, x), a.fromRational(v.coefficient(k)));
        }
        return acc;
    }
}
