package org.rationalnets.exact.algebraic;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Thrown when an element of {@code A = Q[θ]/(h)} that is neither zero nor invertible is inverted.
 *
 * <p>This is the "dynamic evaluation" split (D5 principle): such an element {@code a} has
 * {@code g = gcd(a, h)} with {@code 0 < deg g < deg h}, and the Chinese remainder theorem gives
 * {@code A ≅ Q[θ]/(g) × Q[θ]/(h/g)}; {@code a} is zero in the first factor and invertible in the second.
 * A caller catches this exception, continues the computation in each of the two
 * {@linkplain #parts() parts} (projecting its data with {@link AlgebraicExtension#project}),
 * and never needs an irreducible factorisation of {@code h}.
 */
public final class ZeroDivisorException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final transient AlgebraicExtension extension;
    private final transient UnivariatePolynomial<BigFraction> factor;
    private final transient UnivariatePolynomial<BigFraction> cofactor;

    ZeroDivisorException(AlgebraicExtension extension, UnivariatePolynomial<BigFraction> factor,
                         UnivariatePolynomial<BigFraction> cofactor) {
        super("zero divisor in Q[t]/(" + extension.modulus() + "): the modulus splits as ("
                + factor + ")·(" + cofactor + ")");
        this.extension = extension;
        this.factor = factor;
        this.cofactor = cofactor;
    }

    /** The algebra {@code Q[θ]/(h)} in which the inversion was attempted. */
    public AlgebraicExtension extension() {
        return extension;
    }

    /**
     * The monic factor {@code g = gcd(a, h)}, {@code 0 < deg g < deg h}: the element is zero at the
     * roots of {@code g}.
     */
    public UnivariatePolynomial<BigFraction> factor() {
        return factor;
    }

    /** The monic cofactor {@code h/g}: the element is invertible at the roots of {@code h/g}. */
    public UnivariatePolynomial<BigFraction> cofactor() {
        return cofactor;
    }

    /**
     * The two algebras {@code Q[θ]/(g)} and {@code Q[θ]/(h/g)}, in this order, whose product is
     * {@link #extension()}.
     */
    public java.util.List<AlgebraicExtension> parts() {
        return java.util.List.of(AlgebraicExtension.of(factor), AlgebraicExtension.of(cofactor));
    }
}
