package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class WeightsTest {

    private static final Architecture D = Architecture.of(2, 2, 1);

    @Test
    void entriesAreExact() {
        Weights w = Weights.parseJson(D, "[[[1, \"1/2\"], [0.25, \"-3\"]], [[\"0.1\", 1e2]]]");
        assertThat(w.matrix(1).get(0, 1)).isEqualTo(BigFraction.of(1, 2));
        assertThat(w.matrix(1).get(1, 0)).isEqualTo(BigFraction.of(1, 4));
        assertThat(w.matrix(1).get(1, 1)).isEqualTo(BigFraction.of(-3));
        assertThat(w.matrix(2).get(0, 0)).isEqualTo(BigFraction.of(1, 10));
        assertThat(w.matrix(2).get(0, 1)).isEqualTo(BigFraction.of(100));
        assertThat(w.toJson()).isEqualTo("[[[\"1\",\"1/2\"],[\"1/4\",\"-3\"]],[[\"1/10\",\"100\"]]]");
        assertThat(Weights.parseJson(D, w.toJson())).isEqualTo(w);
    }

    @Test
    void wrongShapesNameTheMatrix() {
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,1]],[[1,1],[1,1]]]"))
                .hasMessage("matrix W_2 must be 1×2 (d_2 × d_1), got 2 rows");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0,0],[0,1,0]],[[1,1]]]"))
                .hasMessage("matrix W_1 must be 2×2 (d_1 × d_0), got 3 entries in row 1");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,1]]]"))
                .hasMessageContaining("expected 2 weight matrices").hasMessageContaining("got 1");
        assertThatThrownBy(() -> Weights.parseJson(D, "{}")).hasMessageContaining("expected a JSON array");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,1]],[[1,")).hasMessageContaining("malformed JSON");
    }

    @Test
    void nonNumericEntriesNameTheirPlace() {
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,\"a\"],[0,1]],[[1,1]]]"))
                .hasMessage("matrix W_1, row 1, column 2: expected a number or an exact rational string like \"1/2\", got \"a\"");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,1]],[[true,1]]]"))
                .hasMessageContaining("matrix W_2, row 1, column 1");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,\"1/0\"]],[[1,1]]]"))
                .hasMessageContaining("row 2, column 2");
    }

    @Test
    void randomWeightsAreReproducible() {
        Weights a = Weights.randomIntegers(Architecture.of(3, 4, 2), 3, new Random(7));
        Weights b = Weights.randomIntegers(Architecture.of(3, 4, 2), 3, new Random(7));
        assertThat(a).isEqualTo(b);
        assertThat(a.matrices()).allSatisfy(m -> m.rowList().stream().flatMap(java.util.List::stream)
                .forEach(q -> assertThat(q.abs().compareTo(BigFraction.of(3))).isLessThanOrEqualTo(0)));
    }

    private static org.rationalnets.exact.Matrix<BigFraction> ones(int rows, int columns) {
        java.util.List<BigFraction> row = java.util.Collections.nCopies(columns, BigFraction.ONE);
        return org.rationalnets.exact.Matrix.of(org.rationalnets.exact.Rationals.Q, java.util.Collections.nCopies(rows, row));
    }

    @Test
    void ofChecksEveryMatrixIncludingTheLast() {
        assertThatThrownBy(() -> Weights.of(D, java.util.List.of(ones(2, 2), ones(2, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix W_2 must be 1×2 (d_2 × d_1), got 2×2");
        assertThatThrownBy(() -> Weights.of(D, java.util.List.of(ones(2, 2), ones(1, 1))))
                .hasMessage("matrix W_2 must be 1×2 (d_2 × d_1), got 1×1");
        assertThatThrownBy(() -> Weights.of(D, java.util.List.of(ones(3, 2), ones(1, 2))))
                .hasMessage("matrix W_1 must be 2×2 (d_1 × d_0), got 3×2");
        assertThatThrownBy(() -> Weights.of(D, java.util.List.of(ones(2, 2))))
                .hasMessage("expected 2 weight matrices for (2,2,1), got 1");
        assertThat(Weights.of(D, java.util.List.of(ones(2, 2), ones(1, 2))).matrix(2)).isEqualTo(ones(1, 2));
    }

    @Test
    void ofRowsBuildsTheSameWeightsAsJson() {
        BigFraction h = BigFraction.of(1, 2);
        Weights w = Weights.ofRows(D, java.util.List.of(
                java.util.List.of(java.util.List.of(BigFraction.ONE, h), java.util.List.of(BigFraction.ZERO, BigFraction.of(-3))),
                java.util.List.of(java.util.List.of(BigFraction.of(2), BigFraction.ONE))));
        assertThat(w.toJson()).isEqualTo("[[[\"1\",\"1/2\"],[\"0\",\"-3\"]],[[\"2\",\"1\"]]]");
        assertThat(w).isEqualTo(Weights.parseJson(D, "[[[1,\"1/2\"],[0,-3]],[[2,1]]]"));
        assertThatThrownBy(() -> Weights.ofRows(D, java.util.List.of(
                java.util.List.of(java.util.List.of(BigFraction.ONE, h)),
                java.util.List.of(java.util.List.of(BigFraction.ONE, h)))))
                .hasMessage("matrix W_1 must be 2×2 (d_1 × d_0), got 1×2");
    }

    @Test
    void aRowThatIsNotAnArrayIsNamed() {
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],5],[[1,1]]]"))
                .hasMessage("matrix W_1, row 2: expected an array of entries, got 5");
        assertThatThrownBy(() -> Weights.parseJson(D, "[[[1,0],[0,1]],[7]]"))
                .hasMessage("matrix W_2, row 1: expected an array of entries, got 7");
    }

    @Test
    void distinctWeightsAreNotEqual() {
        Weights w = Weights.parseJson(D, "[[[1,0],[0,1]],[[1,1]]]");
        assertThat(w).isNotEqualTo(Weights.parseJson(D, "[[[1,0],[0,1]],[[1,-1]]]"));
        assertThat(w).isNotEqualTo(Weights.parseJson(D, "[[[1,0],[0,2]],[[1,1]]]"));
        assertThat(w).isNotEqualTo(w.toJson());
        assertThat(w).isNotEqualTo(null);
    }

    /** Entries uniform in [−2, 2]: in 100 draws from a fixed seed each of the five values occurs, and no other. */
    @Test
    void randomEntriesCoverTheWholeRange() {
        Weights w = Weights.randomIntegers(Architecture.of(10, 10), 2, new Random(11));
        java.util.Set<BigFraction> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            seen.addAll(w.matrix(1).row(i));
        }
        assertThat(seen).containsExactlyInAnyOrder(BigFraction.of(-2), BigFraction.of(-1), BigFraction.ZERO,
                BigFraction.ONE, BigFraction.of(2));
        Weights single = Weights.randomIntegers(Architecture.of(1, 1), 0, new Random(3));
        assertThat(single.matrix(1).get(0, 0)).isEqualTo(BigFraction.ZERO);
    }
}
