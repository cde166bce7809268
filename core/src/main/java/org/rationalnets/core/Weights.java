package org.rationalnets.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Rationals;

/**
 * Exact rational weights {@code W_1, …, W_L} whose shapes match an {@link Architecture}:
 * {@code W_k} is {@code d_k × d_{k−1}}. Immutable. The JSON form ({@code --weights} of docs/cli.md)
 * is read and written by the JSON layer ({@code org.rationalnets.oracle.json}), not here.
 */
public final class Weights {

    private final Architecture architecture;
    private final List<Matrix<BigFraction>> matrices;

    private Weights(Architecture architecture, List<Matrix<BigFraction>> matrices) {
        this.architecture = architecture;
        this.matrices = matrices;
    }

    /**
     * Weights for {@code d}.
     *
     * @throws IllegalArgumentException naming the matrix and the expected and seen shapes when
     *         they do not match the architecture
     */
    public static Weights of(Architecture d, List<Matrix<BigFraction>> matrices) {
        if (matrices.size() != d.depth()) {
            throw new IllegalArgumentException("expected " + d.depth() + " weight matrices for " + d + ", got " + matrices.size());
        }
        for (int k = 1; k <= d.depth(); k++) {
            Matrix<BigFraction> w = matrices.get(k - 1);
            if (w.rows() != d.width(k) || w.columns() != d.width(k - 1)) {
                throw new IllegalArgumentException("matrix W_" + k + " must be " + d.width(k) + "×" + d.width(k - 1)
                        + " (d_" + k + " × d_" + (k - 1) + "), got " + w.rows() + "×" + w.columns());
            }
        }
        return new Weights(d, List.copyOf(matrices));
    }

    /** Weights from rows given as nested lists, convenient in code and tests. */
    public static Weights ofRows(Architecture d, List<List<List<BigFraction>>> matrices) {
        List<Matrix<BigFraction>> ms = new ArrayList<>();
        for (List<List<BigFraction>> rows : matrices) {
            ms.add(Matrix.of(Rationals.Q, rows));
        }
        return of(d, ms);
    }

    /**
     * Random integer weights with entries uniform in {@code [−bound, bound]}, reproducible from the
     * given generator.
     */
    public static Weights randomIntegers(Architecture d, int bound, Random random) {
        List<Matrix<BigFraction>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(BigFraction.of(random.nextInt(2 * bound + 1) - bound));
                }
                rows.add(row);
            }
            ms.add(Matrix.of(Rationals.Q, rows));
        }
        return of(d, ms);
    }

    /** The architecture. */
    public Architecture architecture() {
        return architecture;
    }

    /** {@code W_k}, {@code 1 ≤ k ≤ L}. */
    public Matrix<BigFraction> matrix(int k) {
        return matrices.get(k - 1);
    }

    /** {@code W_1, …, W_L}. */
    public List<Matrix<BigFraction>> matrices() {
        return matrices;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && w.architecture.equals(architecture) && w.matrices.equals(matrices);
    }

    @Override
    public int hashCode() {
        return matrices.hashCode();
    }

    /** Readable form, e.g. {@code W_1 = [[1, 1/2], [0, -3]]; W_2 = [[2, 1]]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= matrices.size(); k++) {
            sb.append(k == 1 ? "" : "; ").append("W_").append(k).append(" = [");
            List<List<BigFraction>> rows = matrix(k).rowList();
            for (int i = 0; i < rows.size(); i++) {
                sb.append(i == 0 ? "[" : ", [");
                sb.append(String.join(", ", rows.get(i).stream().map(Rationals::toString).toList())).append(']');
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
