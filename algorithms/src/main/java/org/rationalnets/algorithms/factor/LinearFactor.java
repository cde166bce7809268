package org.rationalnets.algorithms.factor;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.AlgebraicRoot;

/**
 * One linear factor {@code ℓ(θ_i) = Σ_k c_k(θ_i) x_k} of a form, at a specific root {@code θ_i} of its
 * class's modulus: coefficients are {@link AlgebraicNumber}s (rational, real with an isolating interval,
 * or complex with an approximation), the first nonzero one equal to 1.
 */
public final class LinearFactor {

    private final FactorClass factorClass;
    private final AlgebraicRoot root;
    private final List<AlgebraicNumber> coefficients;

    LinearFactor(FactorClass factorClass, AlgebraicRoot root, List<AlgebraicNumber> coefficients) {
        this.factorClass = factorClass;
        this.root = root;
        this.coefficients = List.copyOf(coefficients);
    }

    /** The conjugacy class this factor belongs to. */
    public FactorClass factorClass() {
        return factorClass;
    }

    /** The root {@code θ_i} of the class's modulus at which the class's form is taken. */
    public AlgebraicRoot root() {
        return root;
    }

    /** The coefficients {@code c_1(θ_i), …, c_n(θ_i)}; the first nonzero one is 1. */
    public List<AlgebraicNumber> coefficients() {
        return coefficients;
    }

    /** The exact multiplicity of this factor in the form. */
    public int multiplicity() {
        return factorClass.multiplicity();
    }

    /**
     * Whether the factor is a real linear form. Exact: {@code ℓ(θ_i)} is real iff {@code θ_i} is real
     * (the normalised candidate {@code ∇(∂_b^{e−1}Q)(a + θ b)} is real at a real root, and the root
     * {@code −ℓ(a)/ℓ(b)} of a real form restricted to the real line is real).
     */
    public boolean isReal() {
        return root.isReal();
    }

    /** Whether the factor has rational coefficients (its class is rational). */
    public boolean isRational() {
        return factorClass.isRational();
    }

    /**
     * The rational coefficients.
     *
     * @throws IllegalStateException if the factor is not rational
     */
    public List<BigFraction> rationalCoefficients() {
        return factorClass.rationalCoefficients();
    }

    /** E.g. {@code x1 - 1.414213562*x2} (decimal approximations of the algebraic coefficients). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < coefficients.size(); k++) {
            AlgebraicNumber c = coefficients.get(k);
            if (c.isRational() && c.rationalValue().signum() == 0) {
                continue;
            }
            String s = c.isRational() ? org.rationalnets.exact.Rationals.toString(c.rationalValue()) : c.approx();
            boolean plain = c.isRational() || c.isAtRealRoot();
            boolean negative = plain && s.startsWith("-");
            String abs = negative ? s.substring(1) : s;
            if (!plain) {
                abs = "(" + abs + ")";
            }
            sb.append(sb.length() == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
            sb.append(abs.equals("1") ? "" : abs + "*").append("x").append(k + 1);
        }
        return sb.toString();
    }
}
