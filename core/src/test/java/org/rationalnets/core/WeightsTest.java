package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class WeightsTest {

    private static final Architecture D = Architecture.of(2, 2, 1);

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
    void ofRowsBuildsTheSameWeightsAsTheLiteral() {
        BigFraction h = BigFraction.of(1, 2);
        Weights w = Weights.ofRows(D, java.util.List.of(
                java.util.List.of(java.util.List.of(BigFraction.ONE, h), java.util.List.of(BigFraction.ZERO, BigFraction.of(-3))),
                java.util.List.of(java.util.List.of(BigFraction.of(2), BigFraction.ONE))));
        assertThat(w).hasToString("W_1 = [[1, 1/2], [0, -3]]; W_2 = [[2, 1]]");
        assertThat(w).isEqualTo(WeightsLiteral.parse(D, "[[[1,\"1/2\"],[0,-3]],[[2,1]]]"));
        assertThatThrownBy(() -> Weights.ofRows(D, java.util.List.of(
                java.util.List.of(java.util.List.of(BigFraction.ONE, h)),
                java.util.List.of(java.util.List.of(BigFraction.ONE, h)))))
                .hasMessage("matrix W_1 must be 2×2 (d_1 × d_0), got 1×2");
    }

    @Test
    void distinctWeightsAreNotEqual() {
        Weights w = WeightsLiteral.parse(D, "[[[1,0],[0,1]],[[1,1]]]");
        assertThat(w).isNotEqualTo(WeightsLiteral.parse(D, "[[[1,0],[0,1]],[[1,-1]]]"));
        assertThat(w).isNotEqualTo(WeightsLiteral.parse(D, "[[[1,0],[0,2]],[[1,1]]]"));
        assertThat(w).isNotEqualTo(w.toString());
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
