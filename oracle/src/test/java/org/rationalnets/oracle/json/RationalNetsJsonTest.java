package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;

/** The {@code --weights} form of docs/cli.md, both ways, and the two layouts of printed JSON. */
class RationalNetsJsonTest {

    private static final Architecture D = Architecture.of(2, 2, 1);

    private static Weights ofRows(String... entries) {
        // W_1 = [[e0, e1], [e2, e3]], W_2 = [[e4, e5]]
        List<BigFraction> q = java.util.Arrays.stream(entries).map(org.rationalnets.exact.Rationals::parse).toList();
        return Weights.ofRows(D, List.of(List.of(q.subList(0, 2), q.subList(2, 4)), List.of(q.subList(4, 6))));
    }

    @Test
    void entriesAreReadExactlyAndWrittenAsRationalStrings() {
        Weights w = RationalNetsJson.weights(D, "[[[1, \"1/2\"], [0.25, \"-3\"]], [[\"0.1\", 1e2]]]");
        assertThat(w).isEqualTo(ofRows("1", "1/2", "1/4", "-3", "1/10", "100"));
        assertThat(RationalNetsJson.line(w)).isEqualTo("[[[\"1\",\"1/2\"],[\"1/4\",\"-3\"]],[[\"1/10\",\"100\"]]]");
        assertThat(RationalNetsJson.weights(D, RationalNetsJson.line(w))).isEqualTo(w);
        // 0.1 + 0.2 in binary floating point is not 3/10; read exactly it is
        assertThat(RationalNetsJson.weights(D, "[[[0.1,0.2],[0,1]],[[1,1]]]").matrix(1).get(0, 1)).isEqualTo(BigFraction.of(1, 5));
    }

    @Test
    void wrongShapesNameTheWeightMatrix() {
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]],[[1,1],[1,1]]]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight matrix 2 (W_2) must be 1×2 (d_2 × d_1), got 2 rows");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0,0],[0,1,0]],[[1,1]]]"))
                .hasMessage("weight matrix 1 (W_1) must be 2×2 (d_1 × d_0), got 3 entries in row 1");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]]]"))
                .hasMessage("expected 2 weight matrices for (2,2,1), got 1");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "{}"))
                .hasMessage("expected a JSON array of weight matrices, got {}");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, ""))
                .hasMessage("expected a JSON array of weight matrices, got nothing");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]],[[1,"))
                .hasMessageStartingWith("expected a JSON array of weight matrices, got malformed JSON: ");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]],5]"))
                .hasMessage("weight matrix 2 (W_2): expected an array of rows, got 5");
    }

    @Test
    void badEntriesAndRowsNameTheirPlace() {
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,\"a\"],[0,1]],[[1,1]]]"))
                .hasMessage("weight matrix 1 (W_1), row 1, column 2: expected a number or an exact rational string like \"1/2\", got \"a\"");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]],[[true,1]]]"))
                .hasMessageStartingWith("weight matrix 2 (W_2), row 1, column 1: ");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,\"1/0\"]],[[1,1]]]"))
                .hasMessageStartingWith("weight matrix 1 (W_1), row 2, column 2: ");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],5],[[1,1]]]"))
                .hasMessage("weight matrix 1 (W_1), row 2: expected an array of entries, got 5");
        assertThatThrownBy(() -> RationalNetsJson.weights(D, "[[[1,0],[0,1]],[7]]"))
                .hasMessage("weight matrix 2 (W_2), row 1: expected an array of entries, got 7");
    }

    @Test
    void prettyAndOneLineLayouts() {
        Weights w = ofRows("1", "0", "0", "1", "1", "-1/2");
        assertThat(RationalNetsJson.pretty(w)).isEqualTo("[ [ [ \"1\", \"0\" ], [ \"0\", \"1\" ] ], [ [ \"1\", \"-1/2\" ] ] ]");
        assertThat(RationalNetsJson.pretty(java.util.Map.of("a", D))).isEqualTo("{\n  \"a\" : \"2,2,1\"\n}");
        assertThat(RationalNetsJson.line(java.util.Map.of("a", D))).isEqualTo("{\"a\":\"2,2,1\"}");
        assertThat(RationalNetsJson.tree(D).asText()).isEqualTo("2,2,1");
    }

    @Test
    void aValueWithoutAJsonFormIsABug() {
        assertThatThrownBy(() -> RationalNetsJson.line(new Object()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no JSON form for java.lang.Object");
    }
}
