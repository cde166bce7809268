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
 * One algebra {@code A = Q[w]/(R)} holding <em>every</em> root of each of several monic square-free
 * rational polynomials {@code p_j}: a splitting algebra, built one root at a time by primitive elements.
 * Written by hand because no library here builds splitting fields.
 *
 * <p>Step: to adjoin a root {@code y} of a monic {@code r ∈ A[y]} ({@code A = Q[z]/(R)}), take
 * {@code w = z + c y}; {@code R'(w) = N_{A/Q}(c^{deg r} r((w − z)/c))} (a rational polynomial; the norm is
 * the determinant of multiplication on {@code A}), with {@code c = 1, 2, …} until {@code R'} is square-free.
 * In {@code A' = Q[w]/(R')} the old generator is the common root {@code x} of {@code R(x)} and
 * {@code r_x((w − x)/c)} ({@code r} with {@code z} replaced by {@code x}), read off a gcd over {@code A'}
 * that is linear in every component (distinct values {@code σ(z) + c y}); a zero divisor met on the way
 * splits {@code A'} and one part is kept (a part with a real root when asked). Then {@code y = (w − z)/c},
 * and {@code r/(y − β)} carries on. A linear {@code r} needs no new generator.
 *
 * <p>Every embedding {@code A → C} sends the stored roots of {@code p_j} to its {@code deg p_j} distinct
 * roots. When every {@code p_j} has only real roots every root of {@code R} is real (a real
 * {@code w = Σ c_i β_i} with distinct such sums comes from real {@code β_i}).
 */
final class SplittingAlgebra {

    /** Largest degree of {@code A} attempted: beyond it {@link #of} gives up (empty). */
    static final int MAX_DEGREE = 16;

    private final AlgebraicExtension algebra;
    private final List<List<AlgebraicElement>> roots;

    private SplittingAlgebra(AlgebraicExtension algebra, List<List<AlgebraicElement>> roots) {
        this.algebra = algebra;
        this.roots = roots;
    }

    /** The algebra {@code A}. */
    AlgebraicExtension algebra() {
        return algebra;
    }

    /** Root {@code i} of {@code p_j} in {@code A}; the roots of one {@code p_j} are pairwise distinct in every embedding. */
    AlgebraicElement root(int j, int i) {
        return roots.get(j).get(i);
    }

    /**
     * The splitting algebra of the given polynomials.
     *
     * @param polynomials monic, square-free, degree ≥ 1
     * @param real keep parts with a real root when a zero divisor splits the algebra
     * @return empty if the degree of {@code A} would exceed {@link #MAX_DEGREE}
     */
    static Optional<SplittingAlgebra> of(List<UnivariatePolynomial<BigFraction>> polynomials, boolean real) {
        AlgebraicExtension a = AlgebraicExtension.of(UnivariatePolynomial.monomial(Rationals.Q, BigFraction.ONE, 1));
        List<List<AlgebraicElement>> found = new ArrayList<>();
        for (UnivariatePolynomial<BigFraction> p : polynomials) {
            final AlgebraicExtension current = a;
            UnivariatePolynomial<AlgebraicElement> r = p.monic().map(current, current::fromRational);
            List<AlgebraicElement> mine = new ArrayList<>();
            found.add(mine);
            while (r.degree() >= 1) {
                if (r.degree() == 1) {
                    mine.add(a.negate(r.coefficient(0)));
                    break;
                }
                if ((long) a.degree() * r.degree() > MAX_DEGREE) {
                    return Optional.empty();
                }
                Step s = adjoin(a, r, real);
                AlgebraicExtension next = s.algebra();
                AlgebraicElement oldZ = s.oldGenerator();
                for (List<AlgebraicElement> list : found) {
                    list.replaceAll(e -> evaluate(e.representative(), next, oldZ));
                }
                UnivariatePolynomial<AlgebraicElement> moved = mapCoefficients(r, next, oldZ);
                mine.add(s.root());
                UnivariatePolynomial<AlgebraicElement> linear = UnivariatePolynomial.of(next, List.of(next.negate(s.root()), next.one()));
                r = moved.divideExact(linear);
                a = next;
            }
        }
        return Optional.of(new SplittingAlgebra(a, found));
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

    private record Step(AlgebraicExtension algebra, AlgebraicElement oldGenerator, AlgebraicElement root) {
    }

    private static Step adjoin(AlgebraicExtension a, UnivariatePolynomial<AlgebraicElement> r, boolean real) {
        for (int c = 1; c <= 50; c++) {
            // c^{deg r} r((w − z)/c) as a polynomial in w over A
            Polynomial<AlgebraicElement> w = Polynomial.variable(a, 1, 0);
            Polynomial<AlgebraicElement> lin = w.subtract(Polynomial.constant(a, 1, a.generator()));
            Polynomial<AlgebraicElement> acc = Polynomial.zero(a, 1);
            for (int k = r.degree(); k >= 0; k--) {
                AlgebraicElement coefficient = a.multiply(r.coefficient(k), a.fromLong(pow(c, r.degree() - k)));
                acc = acc.multiply(lin).add(Polynomial.constant(a, 1, coefficient));
            }
            UnivariatePolynomial<BigFraction> big = univariate(a.norm(acc));
            if (!big.isSquareFree()) {
                continue;
            }
            AlgebraicExtension next = AlgebraicExtension.of(big);
            AlgebraicElement oldZ;
            while (true) { // until the gcd is computed without meeting a zero divisor
                try {
                    oldZ = commonRoot(a.modulus(), r, next, c);
                    break;
                } catch (ZeroDivisorException z) {
                    next = choose(z.parts(), real);
                }
            }
            if (oldZ == null) {
                continue;
            }
            AlgebraicElement y = next.divide(next.subtract(next.generator(), oldZ), next.fromLong(c));
            return new Step(next, oldZ, y);
        }
        throw new IllegalStateException("no separating primitive element for " + r + " over " + a);
    }

    private static long pow(int c, int e) {
        long v = 1;
        for (int i = 0; i < e; i++) {
            v *= c;
        }
        return v;
    }

    /** The common root {@code x} of {@code R(x)} and {@code r_x((w − x)/c)} over {@code A'}, or null if the gcd is not linear. */
    private static AlgebraicElement commonRoot(UnivariatePolynomial<BigFraction> modulus, UnivariatePolynomial<AlgebraicElement> r,
                                               AlgebraicExtension next, int c) {
        AlgebraicElement w = next.generator();
        // (w − x)/c as a polynomial in x over A'
        UnivariatePolynomial<AlgebraicElement> y = UnivariatePolynomial.of(next,
                List.of(next.divide(w, next.fromLong(c)), next.negate(next.reciprocal(next.fromLong(c)))));
        UnivariatePolynomial<AlgebraicElement> acc = UnivariatePolynomial.zero(next);
        for (int k = r.degree(); k >= 0; k--) {
            UnivariatePolynomial<AlgebraicElement> coefficient = r.coefficient(k).representative().map(next, next::fromRational);
            acc = acc.multiply(y).add(coefficient);
        }
        UnivariatePolynomial<AlgebraicElement> g = acc.gcd(modulus.map(next, next::fromRational));
        if (g.degree() != 1) {
            return null;
        }
        return next.negate(next.divide(g.coefficient(0), g.coefficient(1)));
    }

    private static AlgebraicExtension choose(List<AlgebraicExtension> parts, boolean real) {
        for (AlgebraicExtension p : parts) {
            if (!real || p.realRootCount() > 0) {
                return p;
            }
        }
        return parts.get(0);
    }

    private static UnivariatePolynomial<AlgebraicElement> mapCoefficients(UnivariatePolynomial<AlgebraicElement> r,
                                                                          AlgebraicExtension next, AlgebraicElement oldZ) {
        List<AlgebraicElement> cs = new ArrayList<>();
        for (AlgebraicElement e : r.coefficients()) {
            cs.add(evaluate(e.representative(), next, oldZ));
        }
        return UnivariatePolynomial.of(next, cs);
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
