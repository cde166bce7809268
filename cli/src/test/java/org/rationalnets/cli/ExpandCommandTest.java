package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExpandCommandTest {

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** docs/examples.md CF1–CF6, in canonical form (literals copied from the table, reordered canonically). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "CF1; 2,2,1; [[[1,0],[0,1]],[[1,1]]]; x1 + x2; x1*x2; x1 + x2; x1*x2",
        "CF2; 2,2,2,1; [[[1,0],[0,1]],[[1,1],[1,-1]],[[1,1]]]; 2*x1*x2^2; -x1^2 + x2^2; 2*x1*x2^2; -x1^2 + x2^2",
        "CF4; 2,3,1; [[[1,0],[0,1],[1,1]],[[1,1,1]]]; x1^2 + 3*x1*x2 + x2^2; x1^2*x2 + x1*x2^2; x1^2 + 3*x1*x2 + x2^2; x1^2*x2 + x1*x2^2",
        "CF5; 2,2,2,2,1; [[[1,1],[1,-1]],[[\"1/2\",1],[1,0]],[[1,2],[-1,1]],[[3,1]]]; 33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3; 2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3; 33/4*x1^2 + 19/2*x1*x2 + 9/4*x2^2; 2*x1^3 + 8*x1^2*x2 + 6*x1*x2^2",
        "CF6; 3,3,2,1; [[[1,0,0],[0,1,0],[0,0,1]],[[1,1,0],[0,1,1]],[[1,-1]]]; x1^2*x2^2*x3 - x1*x2^2*x3^2; x1^2*x2*x3 + x1^2*x3^2 + x1*x2^2*x3 + x1*x2*x3^2; x1*x2^2 - x2^2*x3; x1*x2 + x1*x3 + x2^2 + x2*x3",
    })
    void closedFormExamples(String id, String arch, String weights, String p, String q, String lowP, String lowQ) {
        CliRun run = CliRun.of("expand", "--arch", arch, "--weights", weights, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode o = run.json();
        assertThat(strings(o.get("numerators"))).containsExactly(p);
        assertThat(o.get("denominator").asText()).isEqualTo(q);
        assertThat(strings(o.get("lowest_terms").get("numerators"))).containsExactly(lowP);
        assertThat(o.get("lowest_terms").get("denominator").asText()).isEqualTo(lowQ);
    }

    @Test
    void twoOutputs() {
        JsonNode o = CliRun.of("expand", "--arch", "3,2,2", "--weights", "[[[1,2,0],[0,1,-1]],[[1,3],[2,-1]]]", "--json").json();
        assertThat(strings(o.get("numerators"))).containsExactly("3*x1 + 7*x2 - x3", "-x1 - 2*x3");
        assertThat(o.get("denominator").asText()).isEqualTo("x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3");
        assertThat(o.get("degrees").get("P").asInt()).isEqualTo(1);
        assertThat(o.get("degrees").get("Q").asInt()).isEqualTo(2);
        assertThat(o.get("lowest_terms").get("common_factor").asText()).isEqualTo("1");
    }

    @Test
    void readableReport() {
        CliRun run = CliRun.of("expand", "--arch", "2,2,2,2,1", "--weights",
                "[[[1,1],[1,-1]],[[\"1/2\",1],[1,0]],[[1,2],[-1,1]],[[3,1]]]");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("P_1 = 33/4*x1^3").contains("common factor x1 - x2 removed").contains("D_P = 3, D_Q = 4");
    }

    @Test
    void weightsFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("w.json");
        java.nio.file.Files.writeString(f, "[[[1,0],[0,1]],[[1,1]]]");
        JsonNode o = CliRun.of("expand", "--arch", "2,2,1", "--weights", "@" + f, "--json").json();
        assertThat(o.get("denominator").asText()).isEqualTo("x1*x2");
        CliRun missing = CliRun.of("expand", "--arch", "2,2,1", "--weights", "@" + dir.resolve("nope.json"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--weights: expected a readable file");
    }

    @Test
    void aHugeExpansionIsRefusedWithTheLimit() {
        CliRun run = CliRun.of("expand", "--arch", "9,9,9,9,1", "--weights", randomWeightsJson(new int[] {9, 9, 9, 9, 1}));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("--max-terms").contains("limit exceeded");
        assertThat(run.out()).isEmpty();
    }

    private static String randomWeightsJson(int[] w) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 1; k < w.length; k++) {
            sb.append(k == 1 ? "[" : ",[");
            for (int i = 0; i < w[k]; i++) {
                sb.append(i == 0 ? "[" : ",[");
                for (int j = 0; j < w[k - 1]; j++) {
                    sb.append(j == 0 ? "" : ",").append(1 + (i + j) % 3);
                }
                sb.append(']');
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
