package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code equations}: the equations table of docs/examples.md through the CLI, and its bad input. */
class EquationsCommandTest {

    @Test
    void threeTwoOneDegreeThreeJson() {
        CliRun run = CliRun.of("equations", "--arch", "3,2,1", "--degree", "3", "--determinantal", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = run.json();
        assertThat(o.get("degree").asInt()).isEqualTo(3);
        assertThat(o.get("count").asInt()).isEqualTo(4);
        assertThat(o.get("certified").asBoolean()).isTrue();
        assertThat(o.get("equations")).hasSize(4);
        assertThat(o.get("coordinates").get(0).asText()).isEqualTo("P1[1,0,0]");
        assertThat(o.get("coordinates").get(3).asText()).isEqualTo("Q[2,0,0]");
        assertThat(o.get("determinantal").get("spans_same_space").asBoolean()).isTrue();
        assertThat(o.get("determinantal").get("minors")).hasSize(4);
    }

    @Test
    void threeTwoTwoDegreeThreeText() {
        CliRun run = CliRun.of("equations", "--arch", "3,2,2", "--degree", "3");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("10 independent, certified").contains("10. ");
    }

    @Test
    void badInput() {
        CliRun d = CliRun.of("equations", "--arch", "3,3,1", "--degree", "3", "--determinantal");
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("--determinantal: expected an architecture (d_0,2,d_2)");
        CliRun k = CliRun.of("equations", "--arch", "3,2,1", "--degree", "0");
        assertThat(k.code()).isEqualTo(2);
        assertThat(k.err()).contains("--degree: expected an integer k ≥ 1, got 0");
        CliRun big = CliRun.of("equations", "--arch", "4,3,2", "--degree", "3", "--max-monomials", "100");
        assertThat(big.code()).isEqualTo(3);
        assertThat(big.err()).contains("--max-monomials 100");
        assertThat(big.out()).isEmpty();
    }
}
