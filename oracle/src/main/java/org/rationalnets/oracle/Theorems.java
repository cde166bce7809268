package org.rationalnets.oracle;

import java.util.Optional;
import org.rationalnets.core.Architecture;

/**
 * The dimension formulas of docs/theory.md as plain arithmetic, written from the statements and
 * independent of the certified engine: S1 (shallow), B1 (binary hidden layers) and W1 (a width-1
 * hidden layer reduces to the prefix). Used as the expected values of the dimension vectors and of
 * the properties that check the engine.
 */
public final class Theorems {

    private Theorems() {
    }

    /**
     * A dimension given by a theorem.
     *
     * @param dimension the projective dimension of {@code V_d}
     * @param theorem the docs/theory.md labels used, e.g. {@code "S1"}, {@code "W1+B1"}
     */
    public record TheoremDimension(long dimension, String theorem) {
    }

    /**
     * The dimension of {@code V_d} when S1, B1 or W1 gives it; empty otherwise (and for {@code L = 1}).
     *
     * <ul>
     *   <li>W1: the first width-1 hidden layer {@code k} gives {@code dim V_{(d_0..d_k)} + d_L − 1}, with
     *       {@code dim V_{(d_0,1)} = d_0};</li>
     *   <li>S1 ({@code L = 2}): {@code d_2} if {@code d_0 = 1}, else {@code d_1(d_0 + d_2 − 1)};</li>
     *   <li>B1 (hidden widths all 2, {@code L ≥ 2}): {@code d_L} if {@code d_0 = 1}, else
     *       {@code 2(d_0 + L + d_L − 3)}.</li>
     * </ul>
     */
    public static Optional<TheoremDimension> dimension(Architecture d) {
        int L = d.depth();
        if (L < 2) {
            return Optional.empty();
        }
        int k = d.firstWidthOneHiddenLayer();
        if (k >= 1) {
            long dl = d.outputDimension();
            if (k == 1) {
                return Optional.of(new TheoremDimension(d.inputDimension() + dl - 1, "W1"));
            }
            return dimension(d.prefix(k)).map(p -> new TheoremDimension(p.dimension() + dl - 1, "W1+" + p.theorem()));
        }
        if (L == 2) {
            long d0 = d.width(0);
            long d1 = d.width(1);
            long d2 = d.width(2);
            return Optional.of(new TheoremDimension(d0 == 1 ? d2 : d1 * (d0 + d2 - 1), "S1"));
        }
        if (d.hasBinaryHiddenLayers()) {
            long d0 = d.inputDimension();
            long dl = d.outputDimension();
            return Optional.of(new TheoremDimension(d0 == 1 ? dl : 2 * (d0 + L + dl - 3), "B1"));
        }
        return Optional.empty();
    }

    /** S2 for {@code L = 2} and B2 for binary hidden layers: whether {@code d} fills; empty when neither applies. */
    public static Optional<Boolean> fills(Architecture d) {
        if (d.depth() == 2) {
            return Optional.of(d.width(0) <= 2 || d.width(1) == 1);
        }
        if (d.depth() >= 2 && d.hasBinaryHiddenLayers()) {
            int d0 = d.inputDimension();
            return Optional.of(d0 == 1 || (d0 == 2 && (d.depth() == 2 || d.outputDimension() == 1)));
        }
        return Optional.empty();
    }
}
