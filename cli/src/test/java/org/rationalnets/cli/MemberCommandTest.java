package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code member}: JSON fields of docs/cli.md on examples of docs/examples.md, and every kind of bad input (exit 2, docs/cli.md). */
class MemberCommandTest {

    private static JsonNode json(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    private static CliRun bad(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void mb3IsRealNotRationalWithSqrtTwoAsAnAlgebraicNumber() {
        JsonNode o = json("member", "--arch", "3,2,1", "--fn", "x1/(x1^2 - 2*x2^2)", "--json");
        assertThat(o.get("mode").asText()).isEqualTo("function");
        assertThat(o.get("member").get("Q").asBoolean()).isFalse();
        assertThat(o.get("member").get("R").asBoolean()).isTrue();
        assertThat(o.get("member").get("C").asBoolean()).isTrue();
        assertThat(o.get("closure_member").asBoolean()).isTrue();
        assertThat(o.get("weights").get("Q").isNull()).isTrue();
        JsonNode w1 = o.get("weights").get("R").get(0);
        JsonNode sqrt2 = w1.get(0).get(1);
        assertThat(sqrt2.get("poly").asText()).isEqualTo("t^2 - 2");
        assertThat(sqrt2.get("interval")).hasSize(2);
        assertThat(o.get("weights").get("R").get(1).get(0).get(0).asText()).isEqualTo("1/2");
        assertThat(o.get("reason").asText()).isNotEmpty();
    }

    @Test
    void mb1TupleAndFieldSelection() {
        JsonNode o = json("member", "--arch", "2,2,1", "--num", "x2", "--den", "x1^2", "--field", "Q", "--json");
        assertThat(o.get("mode").asText()).isEqualTo("tuple");
        assertThat(o.get("member").get("Q").asBoolean()).isFalse();
        assertThat(o.get("member").get("R").isNull()).isTrue();
        assertThat(o.get("closure_member").asBoolean()).isTrue();
    }

    @Test
    void mb6TextReport() {
        CliRun run = CliRun.of("member", "--arch", "2,3,1", "--num", "x1*x2 + x1^2", "--den", "x1^2*x2");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("in M(Q): yes").contains("in V (closure): yes").contains("W_1 = ");
    }

    @Test
    void badInput() {
        assertThat(bad("member", "--arch", "3,2,1", "--num", "x1^2", "--den", "x1*x2").err())
                .contains("--num: expected forms of degree D_P = 1 for (3,2,1) in tuple mode, got P_1 = x1^2 of degree 2");
        assertThat(bad("member", "--arch", "3,2,1", "--num", "x1", "--den", "x1*x2*x3").err())
                .contains("--den: expected a form of degree D_Q = 2");
        assertThat(bad("member", "--arch", "3,2,1", "--num", "x1", "--den", "0").err())
                .contains("--den: expected a nonzero denominator, got 0");
        assertThat(bad("member", "--arch", "3,2,2", "--num", "x1", "--den", "x1*x2").err())
                .contains("--num: expected d_L = 2 numerators for (3,2,2), got 1");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "(x1 + 1)/(x1*x2)").err())
                .contains("--fn: expected homogeneous polynomials (forms), got P_1 = x1 + 1");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "x1/(x1 + )").err())
                .contains("--fn: ").contains("column 10");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "x1/0").err()).contains("--fn: division by zero");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "1/x1", "--field", "Z").err())
                .contains("--field: expected Q, R, C or all, got \"Z\"");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "1/x1", "--mode", "set").err())
                .contains("--mode: expected tuple or function");
        assertThat(bad("member", "--arch", "3,2,1").err()).contains("--num: expected --num");
        assertThat(bad("member", "--arch", "3,2,1", "--fn", "1/x1", "--num", "x1").err()).contains("got both");
        assertThat(bad("member", "--arch", "2,3,2,1", "--fn", "1/x1").err()).contains("--arch: expected a shallow architecture");
    }

    @Test
    void theRoleOfABadPartIsNamedByTheArgumentItCameFrom() {
        // the library names the numerators, a numerator or the denominator; --fn gives both
        assertThat(bad("member", "--arch", "3,2,2", "--fn", "x1/(x1*x2)").err())
                .contains("--fn: expected d_L = 2 numerators for (3,2,2), got 1 (--fn gives one output; use --num … --den …)");
        assertThat(bad("member", "--arch", "2,2,1", "--fn", "x1/(x1^2 + 1)").err())
                .contains("--fn: expected a homogeneous denominator (a form), got Q = x1^2 + 1");
        assertThat(bad("member", "--arch", "2,2,2", "--num", "x1", "--num", "x2^2 + x1", "--den", "x1*x2").err())
                .contains("--num: expected homogeneous polynomials (forms), got P_2 = x2^2 + x1");
        assertThat(bad("member", "--arch", "2,2,1", "--num", "x1", "--den", "x1^2 + 3", "--mode", "function").err())
                .contains("--den: expected a homogeneous denominator (a form), got Q = x1^2 + 3");
        assertThat(bad("member", "--arch", "2,2,1", "--den", "x1*x2").err()).contains("--num: expected d_L = 1 numerators --num P_i, got none");
        assertThat(bad("member", "--arch", "2,2,1", "--num", "x1").err()).contains("--den: expected a denominator --den Q, got none");
    }
}
