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
        // 4·det S has Q-degree 3 and x-degree (2,2,2): multidegree P(0) Q3 x(2,2,2)
        int det = -1;
        for (int i = 0; i < 4; i++) {
            if (o.get("equations").get(i).asText().startsWith("4*Q[2,0,0]*Q[0,2,0]*Q[0,0,2]")) {
                det = i;
            }
        }
        assertThat(det).isNotNegative();
        JsonNode m = o.get("multidegrees").get(det);
        assertThat(m.get("P").get(0).asInt()).isZero();
        assertThat(m.get("Q").asInt()).isEqualTo(3);
        assertThat(m.get("x").toString()).isEqualTo("[2,2,2]");
        assertThat(o.get("certificate").get("multigraded").asBoolean()).isTrue();
        assertThat(o.get("certificate").get("largest_block").asInt()).isEqualTo(6);
        assertThat(o.get("certificate").get("uncertified_blocks")).isEmpty();
    }

    /** S3 for (3,2,1): the cubics generate, so 4 new generators in degree 3 and none in degree 4. */
    @Test
    void upToFourJson() {
        CliRun run = CliRun.of("equations", "--arch", "3,2,1", "--up-to", "4", "--json", "--threads", "1");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = run.json();
        assertThat(o.get("certified").asBoolean()).isTrue();
        assertThat(o.get("up_to").asInt()).isEqualTo(4);
        JsonNode degrees = o.get("degrees");
        assertThat(degrees).hasSize(4);
        assertThat(degrees.get(2).get("new_generators").asInt()).isEqualTo(4);
        assertThat(degrees.get(2).get("generators")).hasSize(4);
        assertThat(degrees.get(3).get("new_generators").asInt()).isZero();
        assertThat(degrees.get(3).get("dimension").asInt()).isEqualTo(degrees.get(3).get("from_lower_degrees").asInt());
        assertThat(degrees.get(3).get("from_lower_exact").asBoolean()).isTrue();
    }

    @Test
    void upToText() {
        CliRun run = CliRun.of("equations", "--arch", "3,2,1", "--up-to", "3");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Hilbert function and minimal generators, certified")
                .containsPattern("\\n  3 +4 +0 +4 +")
                .contains("certified: dim I_j for every j ≤ 3, and the number of minimal generators");
    }

    @Test
    void scripts() {
        CliRun m2 = CliRun.of("equations", "--arch", "3,2,1", "--degree", "3", "--format", "m2");
        assertThat(m2.code()).as(m2.err()).isZero();
        assertThat(m2.out()).startsWith("-- equations of V(3,2,1) in degree 3").contains("R = QQ[P1_(1,0,0), ")
                .contains("-- certified: dim I_3 = 4");
        CliRun sing = CliRun.of("equations", "--arch", "3,2,1", "--up-to", "3", "--format", "singular");
        assertThat(sing.code()).as(sing.err()).isZero();
        assertThat(sing.out()).startsWith("// minimal generators").contains("ring R = 0, (P1_1_0_0, ").contains("ideal I = ");
        CliRun sage = CliRun.of("equations", "--arch", "3,2,1", "--degree", "2", "--format", "sage");
        assertThat(sage.out()).contains("I = R.ideal([])");
    }

    @Test
    void threeTwoTwoDegreeThreeText() {
        CliRun run = CliRun.of("equations", "--arch", "3,2,2", "--degree", "3");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("10 independent, certified").contains("10. ").contains("  multidegree P(1,1) Q1 x(");
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
        CliRun f = CliRun.of("equations", "--arch", "3,2,1", "--degree", "3", "--format", "maple");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("--format: expected one of text, m2, singular, sage, got 'maple'");
        CliRun t = CliRun.of("equations", "--arch", "3,2,1", "--degree", "3", "--threads", "0");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("--threads: expected an integer ≥ 1, got 0");
        CliRun both = CliRun.of("equations", "--arch", "3,2,1", "--degree", "3", "--up-to", "3");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--degree").contains("--up-to");
        CliRun none = CliRun.of("equations", "--arch", "3,2,1");
        assertThat(none.code()).isEqualTo(2);
        CliRun u = CliRun.of("equations", "--arch", "3,2,1", "--up-to", "0");
        assertThat(u.err()).contains("--up-to: expected an integer k ≥ 1, got 0");
        CliRun du = CliRun.of("equations", "--arch", "3,2,1", "--up-to", "3", "--determinantal");
        assertThat(du.code()).isEqualTo(2);
        assertThat(du.err()).contains("--determinantal: expected --degree");
    }
}
