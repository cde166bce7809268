package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rationalnets.paper.Check;

class ReproduceCommandTest {

    @Test
    void allChecksPassAndTheJsonHasTheContractFields(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.of("reproduce", "--json", "--report", report.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode o = run.json();
        assertThat(o.get("failed").asInt()).isZero();
        assertThat(o.get("passed").asInt()).isEqualTo(o.get("checks").size()).isGreaterThanOrEqualTo(30);
        assertThat(o.get("seed").asLong()).isEqualTo(1);
        JsonNode first = o.get("checks").get(0);
        assertThat(first.get("id").asText()).isEqualTo("CF1");
        assertThat(first.get("status").asText()).isEqualTo("PASS");
        for (String field : List.of("statement", "detail", "millis", "label", "range")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(Files.readString(report)).contains("| CF1 | PASS |").contains(" 0 failed");
        assertThat(Files.exists(dir.resolve("report-dimensions.svg"))).isTrue();
        assertThat(run.err()).contains("report written to " + report.toAbsolutePath());
    }

    @Test
    void theTableStreamsOneRowPerCheckAndAFailureGivesExitCodeOne() {
        Check pass = new Check("OK1", "§0 [derived]", "one equals one", () -> Check.Outcome.equal("one", 1, 1));
        Check fail = new Check("BAD1", "§0 [derived]", "two equals three", () -> Check.Outcome.equal("two", 3, 2));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new ReproduceCommand().call(new PrintWriter(out, true), new PrintWriter(err, true), List.of(pass, fail), 7, null, false, false);
        assertThat(code).isEqualTo(RationalNetCli.CHECK_FAILED);
        String text = out.toString();
        assertThat(text).contains("2 checks of docs/theory.md, docs/examples.md and docs/literature.md (seed 7)");
        assertThat(text).containsPattern("OK1\\s+PASS\\s+\\d+\\s+one equals one");
        assertThat(text).containsPattern("BAD1\\s+FAIL\\s+\\d+\\s+two equals three");
        assertThat(text).contains("→ two: expected 3, got 2").contains("1 passed, 1 failed").contains(": BAD1");
        assertThatThrownBy(() -> new ReproduceCommand().call(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                List.of(fail), 7, null, true, true))
                .isInstanceOf(RationalNetCli.CheckFailedException.class).hasMessageContaining("1 of 1 checks failed: BAD1");
    }

    @Test
    void anUnwritableReportIsBadInputBeforeAnyCheckRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        CliRun run = CliRun.of("reproduce", "--report", file.resolve("report.md").toString());
        assertThat(run.code()).isEqualTo(RationalNetCli.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--report").contains("expected");
        CliRun seed = CliRun.of("reproduce", "--seed", "x1");
        assertThat(seed.code()).isEqualTo(RationalNetCli.BAD_INPUT);
        assertThat(seed.err()).contains("--seed");
    }
}
