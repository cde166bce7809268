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
}
