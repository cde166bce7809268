package org.rationalnets.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Rationals;

/**
 * Exact rational weights {@code W_1, …, W_L} whose shapes match an {@link Architecture}:
 * {@code W_k} is {@code d_k × d_{k−1}}. Immutable. The JSON form (docs/cli.md) is an array of
 * matrices, each an array of rows, each entry a number or a string holding an exact rational
 * ({@code "1/2"}, {@code "-3"}, {@code "0.25"}); numbers are read exactly, never through double.
 */
public final class Weights {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

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
     * Reads the JSON form of docs/cli.md.
     *
     * @throws IllegalArgumentException naming the matrix, row and entry that is malformed, or the
     *         shape that does not match
     */
    public static Weights parseJson(Architecture d, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("expected a JSON array of matrices, got malformed JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of matrices, got " + describe(root));
        }
        if (root.size() != d.depth()) {
            throw new IllegalArgumentException("expected " + d.depth() + " weight matrices for " + d + ", got " + root.size());
        }
        List<Matrix<BigFraction>> ms = new ArrayList<>();
        for (int k = 1; k <= root.size(); k++) {
            JsonNode m = root.get(k - 1);
            String where = "matrix W_" + k;
            if (!m.isArray()) {
                throw new IllegalArgumentException(where + ": expected an array of rows, got " + describe(m));
            }
            if (m.size() != d.width(k)) {
                throw new IllegalArgumentException(where + " must be " + d.width(k) + "×" + d.width(k - 1)
                        + " (d_" + k + " × d_" + (k - 1) + "), got " + m.size() + " rows");
            }
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < m.size(); i++) {
                JsonNode row = m.get(i);
                if (!row.isArray()) {
                    throw new IllegalArgumentException(where + ", row " + (i + 1) + ": expected an array of entries, got " + describe(row));
                }
                if (row.size() != d.width(k - 1)) {
                    throw new IllegalArgumentException(where + " must be " + d.width(k) + "×" + d.width(k - 1)
                            + " (d_" + k + " × d_" + (k - 1) + "), got " + row.size() + " entries in row " + (i + 1));
                }
                List<BigFraction> entries = new ArrayList<>();
                for (int j = 0; j < row.size(); j++) {
                    entries.add(entry(row.get(j), where + ", row " + (i + 1) + ", column " + (j + 1)));
                }
                rows.add(entries);
            }
            ms.add(Matrix.of(Rationals.Q, rows));
        }
        return of(d, ms);
    }

    private static BigFraction entry(JsonNode node, String where) {
        try {
            if (node.isIntegralNumber()) {
                return BigFraction.of(node.bigIntegerValue());
            }
            if (node.isNumber()) {
                return Rationals.fromDecimal(node.decimalValue());
            }
            if (node.isTextual()) {
                return Rationals.parse(node.textValue());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException(where + ": expected a number or an exact rational string like \"1/2\", got " + describe(node));
    }

    private static String describe(JsonNode n) {
        return n == null || n.isMissingNode() ? "nothing" : n.toString();
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

    /** The JSON form of docs/cli.md, entries as exact rational strings. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < matrices.size(); k++) {
            sb.append(k == 0 ? "" : ",");
            Matrix<BigFraction> m = matrices.get(k);
            sb.append('[');
            for (int i = 0; i < m.rows(); i++) {
                sb.append(i == 0 ? "[" : ",[");
                for (int j = 0; j < m.columns(); j++) {
                    sb.append(j == 0 ? "" : ",").append('"').append(Rationals.toString(m.get(i, j))).append('"');
                }
                sb.append(']');
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && w.architecture.equals(architecture) && w.matrices.equals(matrices);
    }

    @Override
    public int hashCode() {
        return matrices.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
