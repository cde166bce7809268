package org.rationalnets.algorithms.dimension;

import java.util.ArrayList;
import java.util.List;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;

/**
 * The Jacobian of {@code W ↦ f_W(ξ)} with respect to all weights at one point {@code ξ}, by
 * reverse-mode differentiation of the network's own forward pass
 * ({@link RationalNet#preActivations}), over any {@link Field}.
 *
 * <p>With {@code a^(0) = ξ}, {@code a^(k) = σ(z^(k))} and {@code σ'(t) = −1/t² = −σ(t)²} (for
 * {@code σ(t) = t^r}: {@code σ'(t) = r t^{r−1}}): for output
 * i put {@code δ^(L) = e_i}; then {@code ∂f_i/∂(W_k)_{rc} = δ^(k)_r a^(k−1)_c} and
 * {@code δ^(k−1) = (W_kᵀ δ^(k)) ⊙ σ'(z^(k−1))}. One backward pass per output costs
 * {@code O(#params)}, so a whole row block costs {@code O(d_L · #params)} (forward mode would cost
 * {@code O(#params²)}).
 *
 * <p>Weights are numbered layer by layer, each matrix row by row:
 * {@code (W_1)_{11}, (W_1)_{12}, …, (W_L)_{d_L d_{L−1}}}.
 */
public final class NetworkJacobian {

    private NetworkJacobian() {
    }

    /**
     * The {@code d_L × #params} Jacobian {@code ∂f_i(ξ)/∂w} at the network's weights.
     *
     * @return {@code d_L} rows, one per output, each of length {@code #params}
     * @throws PoleException if a hidden pre-activation vanishes at {@code ξ}
     * @throws IllegalArgumentException if {@code ξ} has the wrong length
     */
    public static <T> List<List<T>> rows(RationalNet<T> net, List<T> xi) {
        Field<T> f = net.field();
        Architecture d = net.architecture();
        int depth = d.depth();
        List<List<T>> z = net.preActivations(xi);
        org.rationalnets.core.Activation sigma = net.activation();
        // activations a^(0..L-1) and −σ(z)² for the hidden layers
        List<List<T>> a = new ArrayList<>(depth);
        List<List<T>> slope = new ArrayList<>(depth);
        a.add(xi);
        slope.add(null);
        for (int k = 1; k < depth; k++) {
            List<T> ak = new ArrayList<>();
            List<T> sk = new ArrayList<>();
            for (T t : z.get(k - 1)) {
                if (sigma.isReciprocal()) {
                    T inv = f.reciprocal(t);
                    ak.add(inv);
                    sk.add(f.negate(f.multiply(inv, inv)));
                } else {
                    T at = sigma.apply(f, t);
                    ak.add(at);
                    sk.add(sigma.derivative(f, t, at));
                }
            }
            a.add(ak);
            slope.add(sk);
        }
        int[] offset = new int[depth + 1];
        for (int k = 1; k <= depth; k++) {
            offset[k] = offset[k - 1] + d.width(k) * d.width(k - 1);
        }
        int n = offset[depth];
        List<List<T>> out = new ArrayList<>(d.outputDimension());
        for (int i = 0; i < d.outputDimension(); i++) {
            Object[] row = new Object[n];
            java.util.Arrays.fill(row, f.zero());
            List<T> delta = new ArrayList<>(java.util.Collections.nCopies(d.outputDimension(), f.zero()));
            delta.set(i, f.one());
            for (int k = depth; k >= 1; k--) {
                List<T> prev = a.get(k - 1);
                int rowsK = d.width(k);
                int colsK = d.width(k - 1);
                for (int r = 0; r < rowsK; r++) {
                    T dr = delta.get(r);
                    if (f.isZero(dr)) {
                        continue;
                    }
                    int base = offset[k - 1] + r * colsK;
                    for (int c = 0; c < colsK; c++) {
                        row[base + c] = f.multiply(dr, prev.get(c));
                    }
                }
                if (k > 1) {
                    Matrix<T> w = net.weight(k);
                    List<T> s = slope.get(k - 1);
                    List<T> next = new ArrayList<>(colsK);
                    for (int c = 0; c < colsK; c++) {
                        T g = f.zero();
                        for (int r = 0; r < rowsK; r++) {
                            T dr = delta.get(r);
                            if (!f.isZero(dr)) {
                                g = f.add(g, f.multiply(w.get(r, c), dr));
                            }
                        }
                        next.add(f.multiply(g, s.get(c)));
                    }
                    delta = next;
                }
            }
            @SuppressWarnings("unchecked")
            List<T> typed = (List<T>) java.util.Arrays.asList(row);
            out.add(typed);
        }
        return out;
    }

    /**
     * The Jacobian of {@code Φ(W) = (f_W(ξ_1), …, f_W(ξ_m))}: the blocks of {@link #rows} stacked,
     * an {@code (m·d_L) × #params} matrix.
     *
     * @throws PoleException if a hidden pre-activation vanishes at one of the points
     */
    public static <T> Matrix<T> matrix(RationalNet<T> net, List<List<T>> points) {
        List<List<T>> all = new ArrayList<>();
        for (List<T> xi : points) {
            all.addAll(rows(net, xi));
        }
        if (all.isEmpty()) {
            return Matrix.zero(net.field(), 0, (int) net.architecture().parameterCount());
        }
        return Matrix.of(net.field(), all);
    }
}
