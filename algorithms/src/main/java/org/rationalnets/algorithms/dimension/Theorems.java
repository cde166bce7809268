package org.rationalnets.algorithms.dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rationalnets.core.Architecture;

/**
 * Which statement of docs/theory.md applies to an architecture, and what it predicts: S1 (shallow), B1
 * (binary hidden layers), W1 (a width-one hidden layer) for the dimension; S2, B2 for filling.
 * These values are never used to certify anything: certified values are checked against them.
 */
public final class Theorems {

    private Theorems() {
    }

    /** A theorem's prediction for one architecture. */
    public record Prediction<V>(Theorem theorem, V value) {
    }

    /**
     * The dimension predicted by S1 (when {@code L = 2}) or B1 (when {@code L ≥ 3} and every hidden
     * width is 2); empty otherwise. W1 needs the prefix's dimension: see {@link #widthOne}.
     */
    public static Optional<Prediction<Long>> dimension(Architecture d) {
        int n = d.inputDimension();
        long out = d.outputDimension();
        if (d.isShallow()) {
            return Optional.of(new Prediction<>(Theorem.S1, n == 1 ? out : (long) d.width(1) * (n + out - 1)));
        }
        if (d.isDeep() && d.hasBinaryHiddenLayers()) {
            return Optional.of(new Prediction<>(Theorem.B1, n == 1 ? out : 2L * (n + d.depth() + out - 3)));
        }
        return Optional.empty();
    }

    /**
     * W1: {@code dim V_(d0,…,dk) + d_L − 1} at the first width-one hidden layer {@code k}, given the
     * prefix's dimension (or an upper bound for it, which gives an upper bound); empty when no
     * hidden layer has width 1.
     */
    public static Optional<Prediction<Long>> widthOne(Architecture d, long prefixDimension) {
        if (d.firstWidthOneHiddenLayer() < 1) { // −1: no hidden layer (index ≥ 1) has width 1
            return Optional.empty();
        }
        return Optional.of(new Prediction<>(Theorem.W1, prefixDimension + d.outputDimension() - 1));
    }

    /**
     * A dimension given by the statements alone.
     *
     * @param dimension the projective dimension of {@code V_d}
     * @param theorems the labels used, outermost first, e.g. {@code "S1"}, {@code "W1+B1"}
     */
    public record StatedDimension(long dimension, String theorems) {
    }

    /**
     * The dimension of {@code V_d} when the statements alone give it: W1 at the first width-one hidden
     * layer {@code k}, with the prefix's dimension again by the statements ({@code dim V_(d0,1) = d_0}
     * for {@code k = 1}); otherwise S1 or B1. Empty when none applies (e.g. {@code (2,3,2,1)}, or
     * {@code L = 1}).
     */
    public static Optional<StatedDimension> statedDimension(Architecture d) {
        int k = d.firstWidthOneHiddenLayer();
        if (k == 1) {
            return Optional.of(new StatedDimension(widthOne(d, d.inputDimension()).orElseThrow().value(), Theorem.W1.label()));
        }
        if (k > 1) {
            return statedDimension(d.prefix(k)).map(p -> new StatedDimension(widthOne(d, p.dimension()).orElseThrow().value(),
                    Theorem.W1.label() + "+" + p.theorems()));
        }
        return dimension(d).map(p -> new StatedDimension(p.value(), p.theorem().label()));
    }

    /** Whether {@code d} fills its ambient space, by S2 ({@code L = 2}) or B2 (binary hidden layers, {@code L ≥ 3}). */
    public static Optional<Prediction<Boolean>> fills(Architecture d) {
        int n = d.inputDimension();
        if (d.isShallow()) {
            return Optional.of(new Prediction<>(Theorem.S2, n <= 2 || d.width(1) == 1));
        }
        if (d.isDeep() && d.hasBinaryHiddenLayers()) {
            return Optional.of(new Prediction<>(Theorem.B2, n == 1 || (n == 2 && d.outputDimension() == 1)));
        }
        return Optional.empty();
    }

    /**
     * Every way a certified result contradicts a theorem that applies (empty for an uncertified
     * result, or when none is violated).
     */
    public static List<String> contradictions(DimensionCertificate c) {
        List<String> out = new ArrayList<>();
        long dim = c.lowerBound();
        if (c.certified() && c.theorem() != null && c.theoremValue() != null && c.theoremValue() != dim) {
            out.add("certified dimension " + dim + " of " + c.architecture() + " contradicts theorem " + c.theorem()
                    + " " + c.theorem().provenance() + " (" + c.theorem().statement() + "), which gives " + c.theoremValue());
        }
        if (c.certified() && c.fillingTheorem() != null && c.fillingTheoremValue() != null
                && !c.fillingTheoremValue().equals(c.fills())) {
            out.add("certified " + (Boolean.TRUE.equals(c.fills()) ? "filling" : "non-filling") + " of " + c.architecture()
                    + " contradicts theorem " + c.fillingTheorem() + " " + c.fillingTheorem().provenance() + " ("
                    + c.fillingTheorem().statement() + ")");
        }
        return out;
    }

    /**
     * Throws if a certified result contradicts a theorem that applies; returns {@code c} otherwise.
     *
     * @throws TheoremContradictionException naming the theorem, its value and the certificate
     */
    public static DimensionCertificate requireConsistent(DimensionCertificate c) {
        List<String> bad = contradictions(c);
        if (!bad.isEmpty()) {
            throw new TheoremContradictionException(String.join("; ", bad) + " — certificate: " + c);
        }
        return c;
    }

    /** A certified value contradicts a theorem: either the theorem or this program is wrong. */
    public static final class TheoremContradictionException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        /** With the contradiction and the certificate. */
        public TheoremContradictionException(String message) {
            super(message);
        }
    }
}
