package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DimensionCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RationalNetCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** docs/examples.md dimensions table through the command line: dimension, ambient_dimension, fills, certified, theorem. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,2,1 | 4 | 4 | true | S1",
        "1,3,2 | 2 | 2 | true | S1",
        "3,2,1 | 6 | 8 | false | S1",
        "3,2,2 | 8 | 11 | false | S1",
        "3,3,1 | 9 | 15 | false | S1",
        "4,3,2 | 15 | 39 | false | S1",
        "2,2,2,1 | 6 | 6 | true | B1",
        "2,2,2,2 | 8 | 10 | false | B1",
        "3,2,2,1 | 8 | 15 | false | B1",
        "2,1,3,1 | 2 | 2 | true | W1",
        "2,1,2,2 | 3 | 4 | false | W1"})
    void dimJson(String arch, int dim, int amb, boolean fills, String theorem) throws Exception {
        Run r = run("dim", "--arch", arch, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dimension").asInt()).isEqualTo(dim);
        assertThat(o.get("lower_bound").asInt()).isEqualTo(dim);
        assertThat(o.get("upper_bound").asInt()).isEqualTo(dim);
        assertThat(o.get("certified").asBoolean()).isTrue();
        assertThat(o.get("ambient_dimension").asInt()).isEqualTo(amb);
        assertThat(o.get("fills").asBoolean()).isEqualTo(fills);
        assertThat(o.get("theorem").asText()).isEqualTo(theorem);
        assertThat(o.get("theorem_value").asInt()).isEqualTo(dim);
        assertThat(o.get("seed").asLong()).isEqualTo(1);
        assertThat(o.get("prime").asLong()).isEqualTo(2_097_143L);
        assertThat(o.get("contradictions")).isEmpty();
    }

    @Test
    void uncertifiedIsReportedWithNullDimension() throws Exception {
        Run r = run("dim", "--arch", "3,3,1", "--prime", "2", "--json");
        assertThat(r.code()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dimension").isNull()).isTrue();
        assertThat(o.get("certified").asBoolean()).isFalse();
        assertThat(o.get("upper_bound").asInt()).isEqualTo(9);
        assertThat(o.get("lower_bound").asInt()).isLessThan(9);
        assertThat(o.get("prime").asLong()).isEqualTo(2);
        Run text = run("dim", "--arch", "3,3,1", "--prime", "2");
        assertThat(text.out()).contains("NOT certified").contains("≤ dim V ≤ 9");
    }

    @Test
    void exactModeHasNoPrime() throws Exception {
        Run r = run("dim", "--arch", "3,2,2,1", "--exact", "--json");
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dimension").asInt()).isEqualTo(8);
        assertThat(o.get("prime").isNull()).isTrue();
        assertThat(o.get("rank_field").asText()).isEqualTo("Q");
    }

    @Test
    void textReport() {
        Run r = run("dim", "--arch", "2,1,2,2");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dim V = 3 (certified)").contains("upper bound 3: W1: prefix (2,1) dim 2 + d_L − 1")
                .contains("DEFECTIVE").contains("theorem W1 [derived] gives 3: agrees");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dim --arch 3,,1 | --arch",
        "dim --arch 2,2,1 --prime 4 | --prime",
        "dim --arch 2,2,1 --prime 2147483648 | --prime",
        "dim --arch 2,2,1 --exact --prime 7 | --prime",
        "census --d0 3..1 | --d0",
        "census --widths 0..2 | --widths",
        "census --depth x | --depth",
        "census --dL 2..1 | --dL",
        "census --shard 3/2 | --shard",
        "census --shard 0/2 | --shard",
        "census --shard 1/0 | --shard",
        "census --shard 1-2 | --shard",
        "census --max-params 0 | --max-params",
        "census --prime 9 | --prime"})
    void badInputExitsTwoNamingTheArgument(String line, String argument) {
        Run r = run(line.strip().split(" "));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("rationalnet: " + argument + ":");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void limitsExitThree() {
        Run r = run("dim", "--arch", "10,10,10", "--exact");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("--max-params 80");
        Run big = run("dim", "--arch", "100,100,2", "--max-params", "50");
        assertThat(big.code()).isEqualTo(3);
        assertThat(run("census", "--max-params", "20000").code()).isEqualTo(3);
    }

    /** docs/theory.md §9: no defect with hidden widths 2..4; the filling ones are every (2, d_1, d_2) and (2,2,…,2,d_{L−1},1). */
    @Test
    void censusWithoutWidthOne() throws Exception {
        Run r = run("census", "--d0", "2..3", "--widths", "2..4", "--depth", "2..4", "--dL", "1..3", "--max-params", "60", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> filling = new ArrayList<>();
        int lines = 0;
        for (String line : r.out().split("\n")) {
            JsonNode o = JSON.readTree(line);
            lines++;
            assertThat(o.get("certified").asBoolean()).as(line).isTrue();
            assertThat(o.get("defective").asBoolean()).as(line).isFalse();
            if (o.get("fills").asBoolean()) {
                filling.add(o.get("architecture").asText());
            }
        }
        assertThat(lines).isEqualTo(234);
        assertThat(filling).containsExactly("2,2,1", "2,2,2", "2,2,3", "2,3,1", "2,3,2", "2,3,3", "2,4,1", "2,4,2", "2,4,3",
                "2,2,2,1", "2,2,3,1", "2,2,4,1", "2,2,2,2,1", "2,2,2,3,1", "2,2,2,4,1");
        assertThat(r.err()).contains("summary: 234 architectures, 234 certified, 0 not certified, 15 fill, 0 defects");
    }

    @Test
    void censusTextSummaryListsDefectsWithTheirW1Value() {
        Run r = run("census", "--d0", "2", "--widths", "1..2", "--depth", "3", "--dL", "1..2");
        assertThat(r.code()).isZero();
        // (2,h1,h2,dL), h ∈ {1,2}, dL ∈ {1,2}: 8 architectures; the defect is (2,1,2,2)
        assertThat(r.out()).contains("8 architectures").contains("defect (2,1,2,2): dim 3 < edim 4; W1 value 3")
                .contains("summary: 8 architectures, 8 certified, 0 not certified")
                .doesNotContain("defect (2,1,1,");
        assertThat(r.err()).isEmpty();
    }

    /** The shards of a census partition it. */
    @Test
    void shardsPartitionTheCensus() throws Exception {
        List<String> all = architectures(run("census", "--widths", "1..2", "--depth", "2..3", "--json"));
        List<String> union = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            union.addAll(architectures(run("census", "--widths", "1..2", "--depth", "2..3", "--json", "--shard", i + "/3")));
        }
        assertThat(all).hasSize(2 * (2 + 4) * 3);
        assertThat(union).containsExactlyInAnyOrderElementsOf(all);
    }

    private static List<String> architectures(Run r) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line).get("architecture").asText());
            }
        }
        return out;
    }
}
