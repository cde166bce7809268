package org.rationalnets.exact.algebraic;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * An element {@code a(θ)} of an algebra {@code A = Q[θ]/(h)} ({@link AlgebraicExtension}),
 * immutable, stored as its unique representative {@code a(t)} of degree {@code < deg h}.
 *
 * <p>Equality is equality in {@code A}: same modulus and same representative. The element stands
 * for the tuple {@code (a(θ_1), …, a(θ_n))} of its values at all roots of {@code h}; a specific
 * complex or real number is an {@link AlgebraicNumber} ({@link #at(AlgebraicRoot)}).
 */
public final class AlgebraicElement {

    private final AlgebraicExtension extension;
    private final UnivariatePolynomial<BigFraction> representative;

    AlgebraicElement(AlgebraicExtension extension, UnivariatePolynomial<BigFraction> representative) {
        this.extension = extension;
        this.representative = representative;
    }

    /** The algebra this element belongs to. */
    public AlgebraicExtension extension() {
        return extension;
    }

    /** The representative {@code a(t)}, {@code deg a < deg h}, with rational coefficients. */
    public UnivariatePolynomial<BigFraction> representative() {
        return representative;
    }

    /** Whether this is the zero of the algebra. */
    public boolean isZero() {
        return representative.isZero();
    }

    /** Whether the representative is a constant, i.e. the element is the image of a rational number. */
    public boolean isRational() {
        return representative.degree() <= 0;
    }

    /**
     * The rational number this element is the image of.
     *
     * @throws IllegalStateException if the representative is not constant ({@link #isRational()} is false)
     */
    public BigFraction rationalValue() {
        if (!isRational()) {
            throw new IllegalStateException("not a rational element: " + this);
        }
        return representative.isZero() ? BigFraction.ZERO : representative.coefficient(0);
    }

    /** {@code this + other} in the algebra. */
    public AlgebraicElement add(AlgebraicElement other) {
        return extension.add(this, other);
    }

    /** {@code this − other} in the algebra. */
    public AlgebraicElement subtract(AlgebraicElement other) {
        return extension.subtract(this, other);
    }

    /** {@code this · other} in the algebra. */
    public AlgebraicElement multiply(AlgebraicElement other) {
        return extension.multiply(this, other);
    }

    /** {@code −this}. */
    public AlgebraicElement negate() {
        return extension.negate(this);
    }

    /**
     * The inverse in the algebra.
     *
     * @throws ZeroDivisorException if this is a nonzero zero divisor (carries the split of the modulus)
     * @throws ArithmeticException if this is zero
     */
    public AlgebraicElement reciprocal() {
        return extension.reciprocal(this);
    }

    /** The norm {@code Π_i a(θ_i)} over the roots of {@code h} (see {@link AlgebraicExtension#norm(AlgebraicElement)}). */
    public BigFraction norm() {
        return extension.norm(this);
    }

    /** The trace {@code Σ_i a(θ_i)} (see {@link AlgebraicExtension#trace(AlgebraicElement)}). */
    public BigFraction trace() {
        return extension.trace(this);
    }

    /**
     * The value {@code a(θ_i)} at one specific root {@code θ_i} of the modulus.
     *
     * @throws IllegalArgumentException if {@code root} is not a root of this element's modulus
     */
    public AlgebraicNumber at(AlgebraicRoot root) {
        return AlgebraicNumber.of(root, representative);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlgebraicElement e && e.extension.equals(extension)
                && e.representative.equals(representative);
    }

    @Override
    public int hashCode() {
        return Objects.hash(extension, representative);
    }

    /** The representative in the variable {@code t}, e.g. {@code 1/2*t - 3}. */
    @Override
    public String toString() {
        return representative.toString("t");
    }
}
