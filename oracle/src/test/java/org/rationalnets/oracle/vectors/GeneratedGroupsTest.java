package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The membership and equation generators rebuild their groups of the committed vector file exactly,
 * test by test (tcIds aside, which the file assigns). The file is what {@code rationalnet vectors}
 * writes; what it claims is checked independently by {@link ReferenceAnswersTest} (the library's
 * answers), {@link VectorCheckerTest} and the schema. This test pins the generators to that file, so a
 * change in what they construct, cross-check or write shows up here, in the module that owns them.
 */
class GeneratedGroupsTest {

    @Test
    void membershipVectorsAreTheCommittedGroup() {
        List<ObjectNode> out = new ArrayList<>();
        new MembershipVectors(new Random(MembershipVectors.SEED), out).build();
        assertSameTests(out, committed("membership"));
    }

    /** The equations do not depend on the seed: it only draws the network points the minors must vanish at. */
    @Test
    void equationVectorsAreTheCommittedGroup() {
        for (long seed : new long[] {1, 2}) {
            List<ObjectNode> out = new ArrayList<>();
            new EquationVectors(new Random(seed), out).build();
            assertSameTests(out, committed("equations"));
        }
    }

    private static void assertSameTests(List<ObjectNode> generated, List<String> committed) {
        List<String> fresh = generated.stream().map(VectorJson::render).toList();
        assertThat(fresh).hasSameSizeAs(committed);
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(fresh.get(i)).as("test %d of the group", i + 1).isEqualTo(committed.get(i));
        }
    }

    private static List<String> committed(String type) {
        List<String> out = new ArrayList<>();
        for (JsonNode g : VectorJson.parse(VectorJson.committedText()).get("testGroups")) {
            if (g.get("type").asText().equals(type)) {
                for (JsonNode t : g.get("tests")) {
                    ObjectNode copy = t.deepCopy();
                    copy.remove("tcId");
                    out.add(VectorJson.render(copy));
                }
            }
        }
        assertThat(out).as("group %s in the committed file", type).isNotEmpty();
        return out;
    }
}
