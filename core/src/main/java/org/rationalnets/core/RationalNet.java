package org.rationalnets.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;

/**
 * A RationalNet {@code f_W(x) = W_L σ(W_{L−1} σ(… σ(W_1 x)))}, {@code σ(t) = 1/t} coordinate-wise
 * (docs/theory.md §1) or another monomial activation {@code σ(t) = t^r} ({@link Activation},
 * docs/monomial.md), with weights over any {@link Field}: the forward pass and the closed form are
 * written once and run over Q (exact), F_p (fast) and double (demos). Immutable.
 *
 * @param <T> weight and value type
 */
public final class RationalNet<T> {

    private final Field<T> field;
    private final Architecture architecture;
    private final List<Matrix<T>> weights;
    private final Activation activation;

    private RationalNet(Field<T> field, Architecture architecture, List<Matrix<T>> weights, Activation activation) {
        this.field = field;
        this.architecture = architecture;
        this.weights = weights;
        this.activation = activation;
    }

    /**
     * The network with the given weights over {@code field} and activation {@code 1/t}.
     *
     * @throws IllegalArgumentException if a matrix has the wrong shape for {@code d}
     */
    public static <T> RationalNet<T> of(Field<T> field, Architecture d, List<Matrix<T>> weights) {
        return of(field, d, Activation.RECIPROCAL, weights);
    }

    /**
     * The network with the given weights over {@code field} and activation {@code σ}.
     *
     * @throws IllegalArgumentException if a matrix has the wrong shape for {@code d}
     */
    public static <T> RationalNet<T> of(Field<T> field, Architecture d, Activation sigma, List<Matrix<T>> weights) {
        if (weights.size() != d.depth()) {
            throw new IllegalArgumentException("expected " + d.depth() + " weight matrices for " + d + ", got " + weights.size());
        }
        for (int k = 1; k <= d.depth(); k++) {
            Matrix<T> w = weights.get(k - 1);
            if (w.rows() != d.width(k) || w.columns() != d.width(k - 1)) {
                throw new IllegalArgumentException("matrix W_" + k + " must be " + d.width(k) + "×" + d.width(k - 1)
                        + ", got " + w.rows() + "×" + w.columns());
            }
        }
        return new RationalNet<>(field, d, List.copyOf(weights), sigma);
    }

    /** The network with exact rational weights, over Q, activation {@code 1/t}. */
    public static RationalNet<BigFraction> of(Weights w) {
        return of(w, Activation.RECIPROCAL);
    }

    /** The network with exact rational weights, over Q, activation {@code σ}. */
    public static RationalNet<BigFraction> of(Weights w, Activation sigma) {
        return new RationalNet<>(org.rationalnets.exact.Rationals.Q, w.architecture(), w.matrices(), sigma);
    }

    /**
     * The image of rational weights in another field (e.g. reduction mod p).
     *
     * @throws ArithmeticException if a denominator vanishes in {@code field}
     */
    public static <T> RationalNet<T> of(Weights w, Field<T> field) {
        List<Matrix<T>> ms = new ArrayList<>();
        for (Matrix<BigFraction> m : w.matrices()) {
            ms.add(m.map(field, field::fromRational));
        }
        return new RationalNet<>(field, w.architecture(), ms, Activation.RECIPROCAL);
    }

    /** The field of the weights. */
    public Field<T> field() {
        return field;
    }

    /** The activation {@code σ}. */
    public Activation activation() {
        return activation;
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** {@code W_k}, {@code 1 ≤ k ≤ L}. */
    public Matrix<T> weight(int k) {
        return weights.get(k - 1);
    }

    /** {@code W_1 … W_L}. */
    public List<Matrix<T>> weights() {
        return weights;
    }

    /**
     * {@code f_W(x)} by direct composition of the layers.
     *
     * @throws PoleException if a hidden pre-activation vanishes at {@code x}
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public List<T> evaluate(List<T> x) {
        List<List<T>> z = preActivations(x);
        return z.get(z.size() - 1);
    }

    /**
     * {@code f_W(x)} where the network is defined at {@code x}, empty where a hidden pre-activation
     * vanishes (for callers that sample points and skip the poles).
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public Optional<List<T>> valueAt(List<T> x) {
        try {
            return Optional.of(evaluate(x));
        } catch (PoleException e) {
            return Optional.empty();
        }
    }

    /**
     * The pre-activations {@code z^(1), …, z^(L)} of the forward pass at {@code x}:
     * {@code z^(1) = W_1 x}, {@code z^(k+1) = W_{k+1} σ(z^(k))}; {@code z^(L) = f_W(x)}. This is the
     * forward pass itself ({@link #evaluate} returns its last entry); reverse-mode differentiation
     * (the certified dimension) reads the intermediate layers from it.
     *
     * @return a list of L vectors, entry {@code k−1} of length {@code d_k}
     * @throws PoleException if a hidden pre-activation vanishes at {@code x} (never for {@code r ≥ 2})
     * @throws IllegalArgumentException if {@code x} has the wrong length
     */
    public List<List<T>> preActivations(List<T> x) {
        if (x.size() != architecture.inputDimension()) {
            throw new IllegalArgumentException("expected a point with " + architecture.inputDimension()
                    + " coordinates, got " + x.size());
        }
        List<List<T>> z = new ArrayList<>(architecture.depth());
        List<T> y = weights.get(0).apply(x);
        z.add(y);
        for (int k = 1; k < architecture.depth(); k++) {
            List<T> activated = new ArrayList<>(y.size());
            for (int i = 0; i < y.size(); i++) {
                if (!activation.isPolynomial() && field.isZero(y.get(i))) {
                    throw new PoleException(k, i + 1, x);
                }
                activated.add(activation.apply(field, y.get(i)));
            }
            y = weights.get(k).apply(activated);
            z.add(y);
        }
        return z;
    }

    /**
     * The closed form {@code (P, Q)} of docs/theory.md §2.
     *
     * @throws UndefinedNetworkException if a hidden pre-activation is identically zero
     */
    public ClosedForm<T> closedForm() {
        return ClosedForm.of(this);
    }

    @Override
    public String toString() {
        return "RationalNet" + architecture + (activation.isReciprocal() ? "" : " σ = " + activation) + " over " + field + " " + weights;
    }
}
