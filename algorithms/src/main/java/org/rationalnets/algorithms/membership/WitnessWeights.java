package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;

/**
 * Witness weights {@code W_1, …, W_L} for a membership answer, entries exact
 * ({@link WitnessEntry}: rational or algebraic). The JSON form is the {@code --weights} format of
 * docs/cli.md, an array of matrices of rows, with algebraic entries as objects. Immutable.
 *
 * @param matrices {@code W_1 … W_L}, each a list of rows
 */
public record WitnessWeights(List<List<List<WitnessEntry>>> matrices) {

    /** Deep, unmodifiable copy. */
    public WitnessWeights {
        List<List<List<WitnessEntry>>> copy = new ArrayList<>();
        for (List<List<WitnessEntry>> m : matrices) {
            List<List<WitnessEntry>> rows = new ArrayList<>();
            for (List<WitnessEntry> r : m) {
                rows.add(List.copyOf(r));
            }
            copy.add(List.copyOf(rows));
        }
        matrices = List.copyOf(copy);
    }

    /** Rational weights as a witness. */
    public static WitnessWeights rational(Weights w) {
        List<List<List<WitnessEntry>>> ms = new ArrayList<>();
        for (Matrix<BigFraction> m : w.matrices()) {
            List<List<WitnessEntry>> rows = new ArrayList<>();
            for (List<BigFraction> row : m.rowList()) {
                rows.add(row.stream().map(WitnessEntry::rational).toList());
            }
            ms.add(rows);
        }
        return new WitnessWeights(ms);
    }

    /** Whether every entry is rational. */
    public boolean isRational() {
        return matrices.stream().flatMap(List::stream).flatMap(List::stream).allMatch(WitnessEntry::isRational);
    }

    /**
     * The rational weights for {@code d}, when every entry is rational.
     *
     * @throws IllegalArgumentException if the shapes do not match {@code d}
     */
    public Optional<Weights> toRational(Architecture d) {
        if (!isRational()) {
            return Optional.empty();
        }
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (List<List<WitnessEntry>> m : matrices) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (List<WitnessEntry> r : m) {
                rows.add(r.stream().map(e -> ((WitnessEntry.Rational) e).value()).toList());
            }
            ms.add(rows);
        }
        return Optional.of(Weights.ofRows(d, ms));
    }

    /** Readable form, e.g. {@code W_1 = [[1, 0], [0, 1]]; W_2 = [[1, 1]]}. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < matrices.size(); k++) {
            sb.append(k == 0 ? "" : "; ").append("W_").append(k + 1).append(" = [");
            List<List<WitnessEntry>> m = matrices.get(k);
            for (int i = 0; i < m.size(); i++) {
                sb.append(i == 0 ? "[" : ", [");
                for (int j = 0; j < m.get(i).size(); j++) {
                    sb.append(j == 0 ? "" : ", ").append(m.get(i).get(j).toText());
                }
                sb.append(']');
            }
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
