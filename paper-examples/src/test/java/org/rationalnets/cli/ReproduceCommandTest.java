package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {

    @Test
    void allChecksPassAndTheJsonHasTheContractFields(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.of("reproduce", "--json", "--report", report.toString());
        assertThat(run.code()).as(run.out()).isZero();
        JsonNode o = run.json();
        assertThat(o.get("failed").asInt()).isZero();
        assertThat(o.get("passed").asInt()).isEqualTo(o.get("checks").size()).isGreaterThan(20);
        JsonNode first = o.get("checks").get(0);
        assertThat(first.get("id").asText()).isEqualTo("CF1");
        assertThat(first.get("status").asText()).isEqualTo("PASS");
        assertThat(first.has("statement")).isTrue();
        assertThat(first.has("detail")).isTrue();
        assertThat(first.has("millis")).isTrue();
        assertThat(Files.readString(report)).contains("| CF1 |").contains("0 failed");
        assertThat(run.err()).contains("report written to");
    }
}
