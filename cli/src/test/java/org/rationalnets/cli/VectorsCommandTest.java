package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance vectors through the command line: vectors, then check-vectors. */
class VectorsCommandTest {

    @TempDir
    Path dir;

    @Test
    void vectorsThenCheckTheFileAgainstItself() throws Exception {
        Path v = dir.resolve("v.json");
        CliRun w = CliRun.of("vectors", "--out", v.toString());
        assertThat(w.code()).as(w.err()).isZero();
        assertThat(w.out()).startsWith("wrote ").contains("test vectors in 5 groups");
        CliRun c = CliRun.of("check-vectors", "--expected", v.toString(), "--actual", v.toString());
        assertThat(c.code()).as(c.out() + c.err()).isZero();
        int n = Output.JSON.readTree(Files.readString(v)).get("numberOfTests").asInt();
        assertThat(c.out()).contains(n + " passed, 0 failed, 0 skipped");
    }

    @Test
    void vectorsOnStandardOutputIsTheFile() throws Exception {
        CliRun w = CliRun.of("vectors");
        assertThat(w.code()).isZero();
        JsonNode o = w.json();
        assertThat(o.get("schema").get("name").asText()).isEqualTo("rationalnets_vectors");
        assertThat(o.get("numberOfTests").asInt()).isGreaterThanOrEqualTo(300);
    }

    /** One polynomial altered, one membership flipped, one dimension off by one: exit 1, exactly those tcIds. */
    @Test
    void threeAlterationsAreNamedAndNothingElse() throws Exception {
        Path v = dir.resolve("v.json");
        assertThat(CliRun.of("vectors", "--out", v.toString()).code()).isZero();
        JsonNode file = Output.JSON.readTree(Files.readString(v));
        ObjectNode root = Output.object();
        ObjectNode answers = root.putObject("answers");
        int polynomial = -1;
        int membership = -1;
        int dimension = -1;
        for (JsonNode g : file.get("testGroups")) {
            String type = g.get("type").asText();
            for (JsonNode t : g.get("tests")) {
                ObjectNode r = t.get("result").deepCopy();
                int id = t.get("tcId").asInt();
                if (type.equals("closedForm") && polynomial < 0 && r.has("denominator")) {
                    r.put("denominator", r.get("denominator").asText() + " + x1^" + t.get("result").get("denominator").asText().length());
                    polynomial = id;
                } else if (type.equals("membership") && membership < 0 && r.get("closure_member").isBoolean()) {
                    r.put("closure_member", !r.get("closure_member").booleanValue());
                    membership = id;
                } else if (type.equals("dimension") && dimension < 0) {
                    r.put("dimension", r.get("dimension").asInt() - 1);
                    dimension = id;
                }
                answers.set(String.valueOf(id), r);
            }
        }
        Path a = dir.resolve("answers.json");
        Files.writeString(a, Output.JSON.writeValueAsString(root));
        CliRun c = CliRun.of("check-vectors", "--expected", v.toString(), "--actual", a.toString());
        assertThat(c.code()).isEqualTo(1);
        List<Integer> named = new ArrayList<>();
        Matcher m = Pattern.compile("MISMATCH tcId (\\d+)").matcher(c.out());
        while (m.find()) {
            named.add(Integer.parseInt(m.group(1)));
        }
        assertThat(named).containsExactlyInAnyOrder(polynomial, membership, dimension);
        JsonNode j = CliRun.of("check-vectors", "--expected", v.toString(), "--actual", a.toString(), "--json").json();
        assertThat(j.get("failed").asInt()).isEqualTo(3);
        assertThat(j.get("mismatches").findValuesAsText("tcId"))
                .containsExactlyInAnyOrder(String.valueOf(polynomial), String.valueOf(membership), String.valueOf(dimension));
    }

    @Test
    void badFilesExitTwoNamingTheArgument() throws Exception {
        Path v = dir.resolve("v.json");
        assertThat(CliRun.of("vectors", "--out", v.toString()).code()).isZero();
        CliRun missing = CliRun.of("check-vectors", "--expected", dir.resolve("none.json").toString(), "--actual", v.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--expected: expected a readable JSON file");
        assertThat(missing.out()).isEmpty();
        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"results\": [");
        CliRun malformed = CliRun.of("check-vectors", "--expected", v.toString(), "--actual", junk.toString());
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("--actual:");
        Files.writeString(junk, "{\"results\": []}");
        CliRun wrongShape = CliRun.of("check-vectors", "--expected", v.toString(), "--actual", junk.toString());
        assertThat(wrongShape.code()).isEqualTo(2);
        assertThat(wrongShape.err()).contains("--actual: expected an answers file");
        CliRun swapped = CliRun.of("check-vectors", "--expected", junk.toString(), "--actual", v.toString());
        assertThat(swapped.code()).isEqualTo(2);
        assertThat(swapped.err()).contains("--expected: expected a vector file");
    }

    @Test
    void rangesOfSkippedIds() {
        assertThat(CheckVectorsCommand.ranges(List.of(3, 4, 5, 9, 11, 12))).isEqualTo("3-5, 9, 11-12");
    }
}
