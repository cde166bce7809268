package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input exits 2 with a message naming the argument, what was expected and what was seen; nothing on stdout. */
class BadInputTest {

    private static CliRun bad(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void architectures() {
        assertThat(bad("degrees", "--arch", "3,,1").err())
                .contains("--arch: expected comma-separated positive integers, got \"3,,1\"");
        assertThat(bad("degrees", "--arch", "0,2").err()).contains("--arch: expected every width ≥ 1, got d_0 = 0");
        assertThat(bad("degrees", "--arch", "3").err()).contains("--arch: expected at least two widths");
        assertThat(bad("expand", "--arch", "x", "--weights", "[]").err()).contains("--arch:");
    }

    @Test
    void weights() {
        assertThat(bad("expand", "--arch", "2,2,1", "--weights", "[[[1,0],[0,1]],[[1,1],[1,1]]]").err())
                .contains("--weights: weight matrix 2 (W_2) must be 1×2 (d_2 × d_1), got 2 rows");
        assertThat(bad("expand", "--arch", "2,2,1", "--weights", "[[[1,0],[0,\"q\"]],[[1,1]]]").err())
                .contains("--weights: weight matrix 1 (W_1), row 2, column 2: expected a number or an exact rational string")
                .contains("got \"q\"");
        assertThat(bad("expand", "--arch", "2,2,1", "--weights", "[[[1,0],[0,0]],[[1,1]]]").err())
                .contains("--weights: not a network: the pre-activation of neuron 2 in hidden layer 1 is identically zero");
        assertThat(bad("expand", "--arch", "2,2,1", "--weights", "not json").err()).contains("--weights: expected a JSON array");
    }

    @Test
    void missingAndUnknownOptions() {
        assertThat(bad("expand", "--arch", "2,2,1").err()).contains("--weights");
        assertThat(bad("degrees", "--arch", "2,2,1", "--frobnicate").err()).contains("--frobnicate");
        assertThat(bad("no-such-command").err()).contains("no-such-command");
    }

    @Test
    void polynomialSyntaxErrorsNameTheColumn() {
        try {
            Inputs.polynomial("--num", "x1 + * x2", 2);
            throw new AssertionError("no error");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("--num: ").contains("column 6").contains("\"x1 + * x2\"");
        }
    }
}
