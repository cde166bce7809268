package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.oracle.json.RationalNetsJson;
import org.rationalnets.core.Weights;
import org.rationalnets.core.instances.RandomNetworks;

/** {@code member} on deep binary architectures (docs/theory.md §7): worked examples through the CLI. */
class DeepBinaryMemberCommandTest {

    private static JsonNode json(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    /** Feeds the Q witness of a member answer back to {@code expand} and returns its JSON. */
    private static JsonNode expandWitness(String arch, JsonNode member) {
        return json("expand", "--arch", arch, "--weights", member.get("weights").get("Q").toString(), "--json");
    }

    @Test
    void cubesOverASumOfSquaresAreOutsideTheClosure() {
        JsonNode o = json("member", "--arch", "2,2,2,2", "--num", "x1^3", "--num", "x2^3", "--den", "x1^2 + x2^2", "--json");
        assertThat(o.get("closure_member").asBoolean()).isFalse();
        assertThat(o.get("closure_member").isBoolean()).isTrue();
        assertThat(o.get("member").get("C").asBoolean()).isFalse();
    }

    @Test
    void cf2IsRecognisedAndItsWitnessExpandsBackToIt() {
        JsonNode o = json("member", "--arch", "2,2,2,1", "--num", "2*x1*x2^2", "--den", "x2^2 - x1^2", "--json");
        assertThat(o.get("member").get("Q").asBoolean()).isTrue();
        JsonNode e = expandWitness("2,2,2,1", o);
        assertThat(e.get("numerators").get(0).asText()).isEqualTo("2*x1*x2^2");
        assertThat(e.get("denominator").asText()).isEqualTo("-x1^2 + x2^2");
    }

    @Test
    void cf2OverASumOfSquaresIsComplexNotReal() {
        JsonNode o = json("member", "--arch", "2,2,2,1", "--num", "2*x1*x2^2", "--den", "x1^2 + x2^2", "--json");
        assertThat(o.get("member").get("Q").asBoolean()).isFalse();
        assertThat(o.get("member").get("R").asBoolean()).isFalse();
        assertThat(o.get("member").get("C").asBoolean()).isTrue();
        assertThat(o.get("weights").get("R").isNull()).isTrue();
        assertThat(o.get("weights").get("C").toString()).contains("\"poly\":\"t^2 + 1\"");
    }

    @Test
    void necessarilyIrrationalWeightsAreRealAlgebraicNumbers() {
        JsonNode o = json("member", "--arch", "2,2,2,1", "--fn", "x1^2*x2/(x1^2 - 2*x2^2)", "--json");
        assertThat(o.get("mode").asText()).isEqualTo("function");
        assertThat(o.get("member").get("Q").asBoolean()).isFalse();
        assertThat(o.get("member").get("R").asBoolean()).isTrue();
        assertThat(o.get("weights").get("R").toString()).contains("\"poly\":\"t^2 - 2\"").contains("\"interval\"");
    }

    @Test
    void textOutputNamesTheTheorySection() {
        CliRun run = CliRun.of("member", "--arch", "2,2,2,1", "--num", "2*x1*x2^2", "--den", "x2^2 - x1^2");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("(docs/theory.md §7)").contains("in M(Q): yes").contains("in V (closure): yes");
    }

    /** Acceptance: 200 random binary networks through {@code member --mode tuple}; the Q witness re-expands to the input. */
    @Test
    @Tag("slow")
    void twoHundredRandomNetworksThroughTheCommand() {
        long seed = 5L;
        Random random = new Random(seed);
        int done = 0;
        while (done < 200) {
            int depth = 3 + random.nextInt(5);
            int[] w = new int[depth + 1];
            java.util.Arrays.fill(w, 2);
            w[0] = 2 + random.nextInt(2);
            w[depth] = 1 + random.nextInt(3);
            Architecture d = Architecture.of(w);
            String weights = RationalNetsJson.line(RandomNetworks.weights(d, random, 4, 3));
            ClosedForm<BigFraction> cf;
            try {
                cf = RationalNet.of(RationalNetsJson.weights(d, weights)).closedForm();
            } catch (UndefinedNetworkException e) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("member", "--arch", d.toArgument(), "--mode", "tuple", "--field", "Q", "--json"));
            for (var p : cf.numerators()) {
                args.add("--num");
                args.add(p.toString());
            }
            args.add("--den");
            args.add(cf.denominator().toString());
            JsonNode o = json(args.toArray(String[]::new));
            assertThat(o.get("member").get("Q").asBoolean()).as("seed %d, network %d: %s %s: %s", seed, done, d, weights, o.get("reason"))
                    .isTrue();
            JsonNode e = expandWitness(d.toArgument(), o);
            for (int i = 0; i < cf.numerators().size(); i++) {
                assertThat(e.get("numerators").get(i).asText()).as("seed %d, network %d", seed, done)
                        .isEqualTo(cf.numerators().get(i).toString());
            }
            assertThat(e.get("denominator").asText()).as("seed %d, network %d", seed, done).isEqualTo(cf.denominator().toString());
            done++;
        }
    }
}
