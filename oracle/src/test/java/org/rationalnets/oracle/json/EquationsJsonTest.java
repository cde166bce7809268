package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsOptions;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.IdealResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.core.Architecture;

/**
 * The {@code equations} objects of docs/cli.md for V(3,2,1): 4 cubics (docs/examples.md, equations table),
 * 9 ambient coordinates (P_1 linear in 3 variables, Q a quadric), and no equation below degree 3.
 */
class EquationsJsonTest {

    private static final Architecture D = Architecture.of(3, 2, 1);

    @Test
    void oneDegreeWithItsCertificateAndTheMinorsOfS3() {
        EquationsResult r = NeurovarietyEquations.inDegree(D, 3, 1);
        ObjectNode o = EquationsJson.of(r, DeterminantalEquations.compare(D, r));
        assertThat(o.get("architecture").asText()).isEqualTo("3,2,1");
        assertThat(o.get("degree").asInt()).isEqualTo(3);
        assertThat(o.get("count").asInt()).isEqualTo(4);
        assertThat(o.get("certified").asBoolean()).isTrue();
        assertThat(o.get("equations")).hasSize(4);
        assertThat(o.get("multidegrees")).hasSize(4);
        assertThat(o.get("coordinates")).hasSize(9);
        assertThat(o.get("coordinates").get(0).asText()).isEqualTo("P1[1,0,0]");
        ObjectNode c = (ObjectNode) o.get("certificate");
        assertThat(c.get("monomials").asInt()).isEqualTo(165);
        assertThat(c.get("upper_bound").asInt()).isEqualTo(4);
        assertThat(c.get("verified_by_substitution").asInt()).isEqualTo(4);
        assertThat(c.get("multigraded").asBoolean()).isTrue();
        assertThat(c.get("uncertified_blocks")).isEmpty();
        assertThat(o.get("determinantal").get("minors")).hasSize(4);
        assertThat(o.get("determinantal").get("spans_same_space").asBoolean()).isTrue();
        assertThat(EquationsJson.of(r, null).has("determinantal")).isFalse();
    }

    @Test
    void theIdealDegreeByDegree() {
        IdealResult r = NeurovarietyEquations.upTo(D, 3, 1, EquationsOptions.defaults().withThreads(1));
        ObjectNode o = EquationsJson.of(r);
        assertThat(o.get("up_to").asInt()).isEqualTo(3);
        assertThat(o.get("certified").asBoolean()).isTrue();
        assertThat(o.get("degrees")).hasSize(3);
        for (int j = 0; j < 2; j++) {
            assertThat(o.get("degrees").get(j).get("dimension").asInt()).as("degree %d", j + 1).isZero();
        }
        ObjectNode three = (ObjectNode) o.get("degrees").get(2);
        assertThat(three.get("degree").asInt()).isEqualTo(3);
        assertThat(three.get("dimension").asInt()).isEqualTo(4);
        assertThat(three.get("from_lower_degrees").asInt()).isZero();
        assertThat(three.get("new_generators").asInt()).isEqualTo(4);
        assertThat(three.get("generators")).hasSize(4);
        assertThat(three.get("multidegrees")).hasSize(4);
    }
}
