package org.rationalnets.algorithms.dimension;

import java.util.List;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.PrimeField;

/**
 * The specialised fast path of {@link NetworkJacobian#rows} over {@code F_p}: the same reverse-mode
 * differentiation, on primitive {@code long} residues instead of boxed field elements (the generic
 * path costs most of the time of a large certification before the JIT has warmed up). The forward
 * pass is still the network's own ({@link RationalNet#preActivations}); only the backward pass is
 * specialised, and it is tested against the generic one on random networks.
 */
public final class ModularJacobian {

    private final RationalNet<Long> net;
    private final long p;
    private final PrimeField field;
    private final long[][][] weights;
    private final int[] offset;

    /**
     * Prepares the backward pass for a network over {@code F_p}.
     *
     * @throws IllegalArgumentException if the network's field is not a {@link PrimeField}
     */
    public ModularJacobian(RationalNet<Long> net) {
        if (!(net.field() instanceof PrimeField f)) {
            throw new IllegalArgumentException("expected a network over F_p, got one over " + net.field());
        }
        this.net = net;
        this.p = f.modulus();
        this.field = f;
        Architecture d = net.architecture();
        weights = new long[d.depth() + 1][][];
        offset = new int[d.depth() + 1];
        for (int k = 1; k <= d.depth(); k++) {
            Matrix<Long> w = net.weight(k);
            weights[k] = new long[w.rows()][w.columns()];
            for (int i = 0; i < w.rows(); i++) {
                for (int j = 0; j < w.columns(); j++) {
                    weights[k][i][j] = w.get(i, j);
                }
            }
            offset[k] = offset[k - 1] + w.rows() * w.columns();
        }
    }

    /**
     * The {@code d_L × #params} Jacobian at {@code ξ}, entries in {@code [0, p)}, weights numbered as
     * in {@link NetworkJacobian}.
     *
     * @throws PoleException if a hidden pre-activation vanishes at {@code ξ}
     */
    public long[][] rows(List<Long> xi) {
        Architecture d = net.architecture();
        int depth = d.depth();
        List<List<Long>> z = net.preActivations(xi);
        org.rationalnets.core.Activation sigma = net.activation();
        long[][] a = new long[depth][];
        long[][] slope = new long[depth][];
        a[0] = new long[xi.size()];
        for (int i = 0; i < xi.size(); i++) {
            a[0][i] = xi.get(i);
        }
        for (int k = 1; k < depth; k++) {
            List<Long> zk = z.get(k - 1);
            a[k] = new long[zk.size()];
            slope[k] = new long[zk.size()];
            for (int i = 0; i < zk.size(); i++) {
                long t = zk.get(i);
                if (sigma.isReciprocal()) {
                    long inv = field.inv(t); // ≠ 0 mod p: preActivations threw otherwise
                    a[k][i] = inv;
                    long sq = inv * inv % p;
                    slope[k][i] = sq == 0 ? 0 : p - sq;
                } else {
                    a[k][i] = sigma.apply(field, t);
                    slope[k][i] = sigma.derivative(field, t, a[k][i]);
                }
            }
        }
        int out = d.outputDimension();
        long[][] rows = new long[out][offset[depth]];
        for (int i = 0; i < out; i++) {
            long[] row = rows[i];
            long[] delta = new long[out];
            delta[i] = 1;
            for (int k = depth; k >= 1; k--) {
                long[] prev = a[k - 1];
                long[][] w = weights[k];
                int colsK = prev.length;
                for (int r = 0; r < delta.length; r++) {
                    long dr = delta[r];
                    if (dr == 0) {
                        continue;
                    }
                    int base = offset[k - 1] + r * colsK;
                    for (int c = 0; c < colsK; c++) {
                        row[base + c] = dr * prev[c] % p;
                    }
                }
                if (k > 1) {
                    long[] next = new long[colsK];
                    long[] s = slope[k - 1];
                    for (int c = 0; c < colsK; c++) {
                        long g = 0;
                        for (int r = 0; r < delta.length; r++) {
                            g = (g + w[r][c] * delta[r]) % p;
                        }
                        next[c] = g * s[c] % p;
                    }
                    delta = next;
                }
            }
        }
        return rows;
    }
}
