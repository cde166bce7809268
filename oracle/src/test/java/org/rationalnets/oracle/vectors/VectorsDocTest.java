package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/VECTORS.md stays true: its answers example checks as described, its tcIds name the tests it describes. */
class VectorsDocTest {

    private static final JsonNode FILE = VectorJson.parse(VectorJson.committedText());

    private static String doc() throws Exception {
        Path p = Path.of("..", "docs", "VECTORS.md");
        return Files.readString(p);
    }

    private static Map<Integer, JsonNode> byId() {
        Map<Integer, JsonNode> m = new HashMap<>();
        for (JsonNode g : FILE.get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("type", g.get("type").asText());
                m.put(t.get("tcId").asInt(), t);
            }
        }
        return m;
    }

    @Test
    void theAnswersExampleChecksAsDescribed() throws Exception {
        String doc = doc();
        int section = doc.indexOf("## 3. The answers file");
        int start = doc.indexOf("```json", section) + "```json".length();
        int end = doc.indexOf("```", start);
        VectorChecker.Report r = VectorChecker.check(FILE, VectorJson.parse(doc.substring(start, end)));
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.passed()).isEqualTo(4);
        assertThat(r.skipped()).hasSize(r.total() - 4);
    }

    @Test
    void workedExamplesReferToTheRightTests() throws Exception {
        Map<Integer, JsonNode> t = byId();
        assertThat(FILE.get("schema").get("version").asText()).isEqualTo("1.1.0");
        assertThat(doc()).contains("\"numberOfTests\": " + FILE.get("numberOfTests").asInt());
        assertThat(t.get(1).get("comment").asText()).startsWith("docs/examples.md CF1");
        assertThat(t.get(5).get("comment").asText()).startsWith("docs/examples.md CF5");
        assertThat(t.get(192).get("type").asText()).isEqualTo("degrees");
        assertThat(t.get(192).get("architecture").asText()).isEqualTo("2,2,1");
        assertThat(t.get(341).get("architecture").asText()).isEqualTo("2,1,2,2");
        assertThat(t.get(341).get("type").asText()).isEqualTo("dimension");
        assertThat(t.get(571).get("comment").asText()).isEqualTo("docs/examples.md MB1");
        assertThat(t.get(575).get("comment").asText()).isEqualTo("docs/examples.md MB5");
        assertThat(t.get(739).get("mode").asText()).isEqualTo("tuple");
        assertThat(t.get(739).get("result").get("weights").get("Q")).isEqualTo(t.get(740).get("result").get("weights").get("Q"));
        assertThat(t.get(740).get("flags").toString()).contains("DeepBinary");
        assertThat(t.get(740).get("architecture").asText()).isEqualTo("2,2,2,1");
        assertThat(t.get(740).get("numerators").get(0).asText()).isEqualTo("-41/12*x1^2 + 82/9*x1*x2");
        assertThat(t.get(740).get("denominator").asText()).isEqualTo("75/4*x1 - 10*x2");
        assertThat(t.get(740).get("result").get("weights").get("Q").toString())
                .isEqualTo("[[[\"1/2\",\"-4/3\"],[\"2\",\"0\"]],[[\"15\",\"15\"],[\"3\",\"3\"]],[[\"2/3\",\"-3/2\"]]]");
        assertThat(t.get(775).get("numerators").get(0).asText()).isEqualTo("x1^3");
        assertThat(t.get(775).get("denominator").asText()).isEqualTo("x2^2");
        assertThat(t.get(777).get("architecture").asText()).isEqualTo("2,2,2,2");
        assertThat(t.get(777).get("result").get("closure_member").asBoolean()).isFalse();
        assertThat(t.get(706).get("flags").toString()).doesNotContain("DeepBinary");
        assertThat(t.get(707).get("flags").toString()).contains("DeepBinary");
        assertThat(t.get(790).get("flags").toString()).contains("DeepBinary");
        assertThat(t.get(793).get("type").asText()).isEqualTo("equations");
        assertThat(t.get(793).get("architecture").asText()).isEqualTo("3,2,1");
        assertThat(t.get(793).get("degree").asInt()).isEqualTo(3);
    }

    @Test
    void workedAnswersPassAndFailAsTheDocumentSays() {
        JsonNode ok = VectorJson.parse("""
                {"answers": {
                  "1": {"numerators": ["-2*x1 - 2*x2"], "denominator": "-2*x1*x2"},
                  "341": {"dimension": null, "fills": false}
                }}""");
        assertThat(VectorChecker.check(FILE, ok).passed()).isEqualTo(2);
        JsonNode bad = VectorJson.parse("""
                {"answers": {
                  "1": {"numerators": ["x1 + x2"], "denominator": "2*x1*x2"},
                  "5": {"numerators": ["33/4*x1^2 + 19/2*x1*x2 + 9/4*x2^2"], "denominator": "2*x1^3 + 8*x1^2*x2 + 6*x1*x2^2"},
                  "341": {"dimension": 4},
                  "575": {"member": {"Q": true}, "weights": {"Q": [[["1","0","0"],["0","0","1"]],[["1","1"]]]}}
                }}""");
        VectorChecker.Report r = VectorChecker.check(FILE, bad);
        assertThat(r.mismatches()).extracting(VectorChecker.Mismatch::tcId).containsExactlyInAnyOrder(1, 5, 341, 575);
    }
}
