package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --activation} on expand, degrees, dim and census (docs/monomial.md). */
class MonomialCommandsTest {

    @Test
    void expandWithInverseSquare() {
        CliRun run = CliRun.of("expand", "--arch", "2,2,1", "--activation", "t^-2", "--weights", "[[[1,0],[0,1]],[[1,1]]]");
        assertThat(run.code()).as(run.err()).isZero();
        // f = x^{-2}... 1/x² + 1/y² = (x² + y²)/(x² y²)
        assertThat(run.out()).contains("σ(t) = t^-2").contains("degrees: D_P = 2, D_Q = 4").contains("docs/monomial.md §1");
        JsonNode j = CliRun.of("expand", "--arch", "2,2,1", "--activation", "t^-2", "--weights", "[[[1,0],[0,1]],[[1,1]]]", "--json").json();
        assertThat(j.get("activation").asText()).isEqualTo("t^-2");
        assertThat(j.get("degrees").get("P").asLong()).isEqualTo(2);
        assertThat(j.get("degrees").get("Q").asLong()).isEqualTo(4);
        JsonNode poly = CliRun.of("expand", "--arch", "2,2,1", "--activation", "t^2", "--weights", "[[[1,0],[0,1]],[[1,1]]]", "--json").json();
        assertThat(poly.get("denominator").asText()).isEqualTo("1");
        assertThat(poly.get("degrees").get("Q").asLong()).isZero();
    }

    @Test
    void reciprocalOutputHasNoActivationField() {
        JsonNode j = CliRun.of("expand", "--arch", "2,2,1", "--weights", "[[[1,0],[0,1]],[[1,1]]]", "--json").json();
        assertThat(j.has("activation")).isFalse();
        CliRun explicit = CliRun.of("dim", "--arch", "3,2,1", "--activation", "1/t");
        assertThat(explicit.out()).isEqualTo(CliRun.of("dim", "--arch", "3,2,1").out());
    }

    @Test
    void degreesInBothConventions() {
        JsonNode j = CliRun.of("degrees", "--arch", "3,2,1", "--activation", "t^2", "--json").json();
        assertThat(j.get("DP").asLong()).isEqualTo(2);
        assertThat(j.get("DQ").asLong()).isZero();
        assertThat(j.get("ambient_dimension").asLong()).isEqualTo(6);
        assertThat(j.get("ambient_projective_dimension").asLong()).isEqualTo(5);
        assertThat(j.get("expected_dimension").asLong()).isEqualTo(6);
        CliRun text = CliRun.of("degrees", "--arch", "3,3,3,1", "--activation", "t^-3");
        assertThat(text.out()).contains("σ(t) = t^-3").contains("D_P = 63, D_Q = 54");
    }

    @ParameterizedTest(name = "{0} σ = {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "3,2,1; t^2; 5; AH",
        "4,6,3; t^2; 30; ambient",
        "3,5,1; t^4; 14; AH",
        "5,7,1; t^3; 34; AH",
        "2,3,4,5,4,6,4,1; t^2; 65; ambient",
        "2,2,4,5,4,6,4,1; t^2; 35; T_1",
        "3,2,2,1; t^-2; 8; #params",
    })
    void dimAcceptanceValues(String arch, String sigma, int dim, String bound) {
        CliRun run = CliRun.of("dim", "--arch", arch, "--activation", sigma, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(j.get("dimension").asInt()).isEqualTo(dim);
        assertThat(j.get("certified").asBoolean()).isTrue();
        assertThat(j.get("activation").asText()).isEqualTo(sigma);
        assertThat(j.get("upper_bound_reason").asText()).startsWith(bound);
        assertThat(j.get("upper_bound_chain").get(0).asText()).contains("dim " + dim);
        if (sigma.equals("t^-2")) {
            assertThat(j.get("convention").asText()).isEqualTo("projective");
            assertThat(j.has("projective_dimension")).isFalse();
        } else {
            assertThat(j.get("convention").asText()).isEqualTo("affine");
            assertThat(j.get("projective_dimension").asInt()).isEqualTo(dim - 1);
            assertThat(j.get("ambient_projective_dimension").asLong()).isEqualTo(j.get("ambient_affine_dimension").asLong() - 1);
        }
    }

    @Test
    void dimTextShowsTheChainAndBothConventions() {
        CliRun run = CliRun.of("dim", "--arch", "2,2,4,5,4,6,4,1", "--activation", "t^2");
        assertThat(run.out()).contains("dim V = 35 (certified)")
                .contains("upper bound 35: T_1: 35 = dim(2,2) + dim(2,4,5,4,6,4,1) − 2")
                .contains("projective: dim = 34 in P^64 (affine ambient dimension 65)")
                .contains("chain of bounds:").contains("(2,4,5,4,6,4,1): dim 33, ambient: amb = 33");
        CliRun tiny = CliRun.of("dim", "--arch", "3,3,2", "--activation", "t^2", "--prime", "2", "--json");
        assertThat(tiny.json().get("certified").asBoolean()).isFalse();
        assertThat(tiny.json().get("projective_dimension").isNull()).isTrue();
        CliRun exact = CliRun.of("dim", "--arch", "3,2,1", "--activation", "t^2", "--exact");
        assertThat(exact.out()).contains("dim V = 5 (certified)").contains("over Q");
    }

    @Test
    void censusListsTheDefectsWithTheirBounds() {
        CliRun run = CliRun.of("census", "--activation", "t^3", "--d0", "2", "--widths", "2..3", "--depth", "3", "--dL", "1");
        assertThat(run.code()).as(run.err()).isZero();
        // docs/monomial.md §7, r = 3: (2,2,3,1) 6/8 [T1], (2,3,2,1) 8/9 [T2]
        assertThat(run.out()).contains("census σ = t^3, d0 2..2")
                .contains("defect (2,2,3,1): dim 6 < edim 8; T_1: 6 = ")
                .contains("defect (2,3,2,1): dim 8 < edim 9; T_2: 8 = ")
                .contains("4 certified, 0 not certified");
    }

    @ParameterizedTest
    @CsvSource({"t^0, constant", "t^1, linear", "t^x, expected an activation"})
    void badActivationsExit2SayingWhy(String value, String why) {
        for (String command : new String[] {"degrees", "dim"}) {
            CliRun run = CliRun.of(command, "--arch", "3,2,1", "--activation", value);
            assertThat(run.code()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--activation:").contains(value).contains(why).doesNotContain("Exception");
        }
    }

    @Test
    void reproduceChecksTheLiteratureForOneActivation() {
        CliRun run = CliRun.of("reproduce", "--activation", "t^4", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode checks = run.json().get("checks");
        assertThat(checks).hasSize(3);
        assertThat(checks.get(0).get("id").asText()).isEqualTo("LIT-AH(3,5,1)");
        assertThat(checks.get(0).get("detail").asText()).contains("certified dim 14").contains("AH");
        CliRun bad = CliRun.of("reproduce", "--activation", "t^1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--activation:").contains("linear");
    }

    @Test
    void batchWritesOneJsonLinePerArchitectureInOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("archs.txt");
        java.nio.file.Files.writeString(file, "# a comment\n2,2,4,5,4,6,4,1\n3,2,1 t^2\n\n3,2,2,1 t^-2\n2,3,4,1 1/t\n");
        CliRun run = CliRun.of("dim", "--batch", file.toString(), "--activation", "t^2");
        assertThat(run.code()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        int[] dims = {35, 5, 8, 15};
        String[] sigma = {"t^2", "t^2", "t^-2", null};
        for (int i = 0; i < 4; i++) {
            JsonNode j = Output.JSON.readTree(lines[i]);
            assertThat(j.get("dimension").asInt()).as(lines[i]).isEqualTo(dims[i]);
            assertThat(j.has("activation") ? j.get("activation").asText() : null).isEqualTo(sigma[i]);
        }
        java.nio.file.Files.writeString(file, "3,2,1\n3,2,x t^2\n");
        CliRun bad = CliRun.of("dim", "--batch", file.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("--batch: line 2:").contains("3,2,x");
        java.nio.file.Files.writeString(file, "3,2,1 t^2 extra\n");
        assertThat(CliRun.of("dim", "--batch", file.toString()).err()).contains("--batch: line 1: expected an architecture");
        assertThat(CliRun.of("dim", "--batch", dir.resolve("missing").toString()).err()).contains("--batch: expected a readable file");
        assertThat(CliRun.of("dim").code()).isEqualTo(2);
    }

    @Test
    void censusMergeOfShardsIsTheWholeCensusSummary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String[] ranges = {"census", "--activation", "t^2", "--d0", "2..3", "--widths", "1..2", "--depth", "3", "--dL", "1"};
        CliRun whole = CliRun.of(ranges);
        String summary = whole.out().substring(whole.out().indexOf("summary:"));
        // docs/monomial.md §7, r = 2: (3,2,2,1) 7/8 [T1]
        assertThat(summary).contains("defect (3,2,2,1): dim 7 < edim 8; T_1: 7 = dim(3,2) + dim(2,2,1) − 2");
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of("census", "merge"));
        for (int i = 1; i <= 3; i++) {
            String[] args = java.util.Arrays.copyOf(ranges, ranges.length + 3);
            args[ranges.length] = "--json";
            args[ranges.length + 1] = "--shard";
            args[ranges.length + 2] = i + "/3";
            java.nio.file.Path f = dir.resolve("shard" + i + ".jsonl");
            java.nio.file.Files.writeString(f, CliRun.of(args).out());
            files.add(f.toString());
        }
        java.util.Collections.swap(files, 2, 4);
        CliRun merged = CliRun.of(files.toArray(new String[0]));
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).startsWith("census merge: 3 files\n").endsWith(summary);
        java.nio.file.Path bad = dir.resolve("bad.jsonl");
        java.nio.file.Files.writeString(bad, "{\"architecture\": \"3,2,1\"}\n");
        CliRun broken = CliRun.of("census", "merge", bad.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("line 1: expected one JSON object of `census --json`");
        assertThat(CliRun.of("census", "merge", dir.resolve("none").toString()).err()).contains("expected a readable file");
    }
}
