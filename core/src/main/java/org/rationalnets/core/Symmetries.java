package org.rationalnets.core;

import java.util.ArrayList;
import java.util.List;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;

/**
 * The symmetries of docs/theory.md §4 [derived]: for a hidden neuron {@code (k, j)}, scaling row j of
 * {@code W_k} and column j of {@code W_{k+1}} by the same {@code t ≠ 0} leaves {@code f_W}
 * unchanged ({@code σ(ty) = σ(y)/t}); for {@code σ(t) = t^r} the column is scaled by {@code t^{−r}}
 * instead (docs/monomial.md §3); so does permuting the neurons of one hidden layer (rows of
 * {@code W_k}, columns of {@code W_{k+1}}).
 */
public final class Symmetries {

    private Symmetries() {
    }

    /**
     * The network with neuron {@code j} (1-based) of hidden layer {@code k} scaled by {@code t}: row j of
     * {@code W_k} times {@code t}, column j of {@code W_{k+1}} times {@code t^{−r}}.
     *
     * @throws IllegalArgumentException if {@code k} is not a hidden layer or {@code t = 0}
     */
    public static <T> RationalNet<T> scaleNeuron(RationalNet<T> net, int k, int j, T t) {
        Field<T> f = net.field();
        requireHidden(net, k);
        if (f.isZero(t)) {
            throw new IllegalArgumentException("the torus acts by nonzero scalars, got 0");
        }
        List<Matrix<T>> w = new ArrayList<>(net.weights());
        w.set(k - 1, mapEntries(w.get(k - 1), (r, c, v) -> r == j - 1 ? f.multiply(t, v) : v));
        // σ(t·y) = t^r σ(y): the next layer's column undoes t^r (for 1/t that is t itself)
        Activation sigma = net.activation();
        T column = sigma.isReciprocal() ? t : f.reciprocal(sigma.apply(f, t));
        w.set(k, mapEntries(w.get(k), (r, c, v) -> c == j - 1 ? f.multiply(column, v) : v));
        return RationalNet.of(f, net.architecture(), sigma, w);
    }

    /**
     * The network with the neurons of hidden layer {@code k} permuted: new neuron {@code i} is old
     * neuron {@code perm[i]} (0-based permutation of {@code 0..d_k−1}).
     *
     * @throws IllegalArgumentException if {@code k} is not hidden or {@code perm} is not a permutation
     */
    public static <T> RationalNet<T> permuteLayer(RationalNet<T> net, int k, int[] perm) {
        requireHidden(net, k);
        int w = net.architecture().width(k);
        boolean[] seen = new boolean[w];
        if (perm.length != w) {
            throw new IllegalArgumentException("expected a permutation of " + w + " neurons, got length " + perm.length);
        }
        for (int v : perm) {
            if (v < 0 || v >= w || seen[v]) {
                throw new IllegalArgumentException("not a permutation of 0.." + (w - 1) + ": " + java.util.Arrays.toString(perm));
            }
            seen[v] = true;
        }
        List<Matrix<T>> ws = new ArrayList<>(net.weights());
        Matrix<T> a = ws.get(k - 1);
        Matrix<T> b = ws.get(k);
        ws.set(k - 1, mapEntries(a, (r, c, v) -> a.get(perm[r], c)));
        ws.set(k, mapEntries(b, (r, c, v) -> b.get(r, perm[c])));
        return RationalNet.of(net.field(), net.architecture(), net.activation(), ws);
    }

    private static void requireHidden(RationalNet<?> net, int k) {
        if (k < 1 || k >= net.architecture().depth()) {
            throw new IllegalArgumentException("expected a hidden layer 1.." + (net.architecture().depth() - 1) + ", got " + k);
        }
    }

    private interface EntryMap<T> {
        T apply(int row, int column, T value);
    }

    private static <T> Matrix<T> mapEntries(Matrix<T> m, EntryMap<T> f) {
        List<List<T>> rows = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            List<T> row = new ArrayList<>();
            for (int j = 0; j < m.columns(); j++) {
                row.add(f.apply(i, j, m.get(i, j)));
            }
            rows.add(row);
        }
        return Matrix.of(m.field(), rows);
    }
}
