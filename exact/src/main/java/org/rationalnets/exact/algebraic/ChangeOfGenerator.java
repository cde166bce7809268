package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * The isomorphism {@code A = Q[θ]/(h) → B = Q[σ]/(p)} sending a generator {@code s} of {@code A} to
 * {@code σ}, with {@code p} the characteristic polynomial of {@code s}; built by
 * {@link AlgebraicExtension#changeGenerator}. Used to present a class of conjugate numbers through one
 * of its own coordinates (e.g. over {@code Q[σ]/(σ² − 2)} rather than over the algebra of a random line).
 */
public final class ChangeOfGenerator {

    private final AlgebraicExtension source;
    private final AlgebraicExtension target;
    /** Columns: the coordinates of {@code 1, s, …, s^{n−1}} in the basis {@code 1, θ, …}. */
    private final Matrix<BigFraction> basis;

    ChangeOfGenerator(AlgebraicExtension source, AlgebraicExtension target, Matrix<BigFraction> basis) {
        this.source = source;
        this.target = target;
        this.basis = basis;
    }

    /** The algebra {@code A = Q[θ]/(h)}. */
    public AlgebraicExtension source() {
        return source;
    }

    /** The algebra {@code B = Q[σ]/(p)}. */
    public AlgebraicExtension target() {
        return target;
    }

    /**
     * The image of {@code a ∈ A} in {@code B}.
     *
     * @throws IllegalArgumentException if {@code a} is not an element of {@link #source()}
     */
    public AlgebraicElement apply(AlgebraicElement a) {
        if (!a.extension().equals(source)) {
            throw new IllegalArgumentException("element of " + a.extension() + ", expected one of " + source);
        }
        int n = source.degree();
        List<BigFraction> coords = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            coords.add(a.representative().coefficient(i));
        }
        // the basis 1, s, …, s^(n−1) has full rank: AlgebraicExtension.changeGenerator checks it before building this
        List<BigFraction> x = basis.solve(coords).orElseThrow();
        return target.element(UnivariatePolynomial.of(Rationals.Q, x));
    }

    /** The image of a polynomial over {@code A}, coefficientwise. */
    public Polynomial<AlgebraicElement> apply(Polynomial<AlgebraicElement> f) {
        return f.map(target, this::apply);
    }
}
