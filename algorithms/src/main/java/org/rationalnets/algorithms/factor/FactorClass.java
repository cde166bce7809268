package org.rationalnets.algorithms.factor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.AlgebraicRoot;

/**
 * One class of conjugate linear factors of a form {@code Q} (docs/theory.md §8): a linear form
 * {@code ℓ = Σ_k c_k(θ) x_k} with coefficients in an algebra {@code A = Q[θ]/(h)}, standing for the
 * {@code deg h} linear forms {@code ℓ(θ_i)} over the roots {@code θ_i} of {@code h}, all of the same
 * multiplicity {@code e} in {@code Q}. The first nonzero coefficient is {@code 1} in {@code A}.
 *
 * <p>The forms {@code ℓ(θ_i)} of all classes of one {@link LinearFactorization} are pairwise
 * non-proportional, so {@link #multiplicity()} is the exact multiplicity of each of them in {@code Q},
 * and {@link #norm()} {@code = Π_i ℓ(θ_i)} has rational coefficients. A class with {@code deg h = 1} is
 * rational; its algebra is then always {@code Q[t]/(t)} and its coefficients rational constants.
 */
public final class FactorClass {

    private final AlgebraicExtension algebra;
    private final List<AlgebraicElement> coefficients;
    private final int multiplicity;
    private volatile Polynomial<BigFraction> norm;
    private volatile List<LinearFactor> factors;

    FactorClass(AlgebraicExtension algebra, List<AlgebraicElement> coefficients, int multiplicity) {
        this(algebra, coefficients, multiplicity, null);
    }

    FactorClass(AlgebraicExtension algebra, List<AlgebraicElement> coefficients, int multiplicity,
                Polynomial<BigFraction> knownNorm) {
        this.algebra = algebra;
        this.coefficients = List.copyOf(coefficients);
        this.multiplicity = multiplicity;
        this.norm = knownNorm;
    }

    /** The algebra {@code Q[θ]/(h)}, {@code h} monic and square-free. */
    public AlgebraicExtension algebra() {
        return algebra;
    }

    /** The coefficients {@code c_1(θ), …, c_n(θ)} of {@code ℓ}, the first nonzero one equal to 1. */
    public List<AlgebraicElement> coefficients() {
        return coefficients;
    }

    /** {@code ℓ = Σ_k c_k(θ) x_k} as a polynomial over the algebra. */
    public Polynomial<AlgebraicElement> linearForm() {
        return Polynomial.linearForm(algebra, coefficients);
    }

    /** The multiplicity {@code e} of each of the conjugate factors {@code ℓ(θ_i)} in {@code Q}. */
    public int multiplicity() {
        return multiplicity;
    }

    /** {@code deg h}: the number of distinct linear factors in this class. */
    public int degree() {
        return algebra.degree();
    }

    /** Whether the class is a single rational linear form ({@code deg h = 1}). */
    public boolean isRational() {
        return algebra.degree() == 1;
    }

    /**
     * The rational coefficients of a rational class.
     *
     * @throws IllegalStateException if the class is not rational
     */
    public List<BigFraction> rationalCoefficients() {
        if (!isRational()) {
            throw new IllegalStateException("not a rational class: " + this);
        }
        return coefficients.stream().map(AlgebraicElement::rationalValue).toList();
    }

    /** The number of real forms among the {@code ℓ(θ_i)}: the number of real roots of {@code h} (Sturm). */
    public int realFactorCount() {
        return algebra.realRootCount();
    }

    /**
     * The norm {@code N(ℓ) = Π_i ℓ(θ_i)}: a form of degree {@code deg h} with rational coefficients
     * (determinant of the multiplication map, {@link AlgebraicExtension#norm(Polynomial)}).
     */
    public Polynomial<BigFraction> norm() {
        Polynomial<BigFraction> n = norm;
        if (n == null) {
            n = algebra.norm(linearForm());
            norm = n;
        }
        return n;
    }

    /**
     * The individual linear factors {@code ℓ(θ_i)}, one per root of {@code h} in the order of
     * {@link AlgebraicExtension#roots()}: real roots first (increasing), then non-real ones.
     */
    public List<LinearFactor> factors() {
        List<LinearFactor> f = factors;
        if (f == null) {
            List<LinearFactor> out = new ArrayList<>();
            for (AlgebraicRoot root : algebra.roots()) {
                List<AlgebraicNumber> cs = new ArrayList<>(coefficients.size());
                for (AlgebraicElement c : coefficients) {
                    cs.add(isRational() ? AlgebraicNumber.rational(c.rationalValue()) : c.at(root));
                }
                out.add(new LinearFactor(this, root, cs));
            }
            f = List.copyOf(out);
            factors = f;
        }
        return f;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorClass c && c.algebra.equals(algebra) && c.coefficients.equals(coefficients)
                && c.multiplicity == multiplicity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(algebra, coefficients, multiplicity);
    }

    /** E.g. {@code (x1 + (t)*x2)^2 over Q[t]/(t^2 - 2)}, or {@code (x1 - 2*x2)^1} for a rational class. */
    @Override
    public String toString() {
        if (isRational()) {
            return "(" + Polynomial.linearForm(org.rationalnets.exact.Rationals.Q, rationalCoefficients()) + ")^" + multiplicity;
        }
        return "(" + linearForm() + ")^" + multiplicity + " over " + algebra;
    }
}
