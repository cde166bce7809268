package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Symmetries;
import org.rationalnets.core.Weights;
import org.rationalnets.oracle.json.RationalNetsJson;

/** check-vectors: semantic comparison, a tampered answers file, skipped versus passed. */
class VectorCheckerTest {

    private static final JsonNode EXPECTED = VectorJson.parse(VectorJson.committedText());

    /** The vector file's own results as an answers file {"answers": {"tcId": result}}. */
    private static ObjectNode ownAnswers() {
        ObjectNode root = VectorJson.MAPPER.createObjectNode();
        ObjectNode answers = root.putObject("answers");
        for (JsonNode g : EXPECTED.get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                answers.set(t.get("tcId").asText(), t.get("result").deepCopy());
            }
        }
        return root;
    }

    private static JsonNode first(String type, java.util.function.Predicate<JsonNode> p) {
        for (JsonNode g : EXPECTED.get("testGroups")) {
            if (g.get("type").asText().equals(type)) {
                for (JsonNode t : g.get("tests")) {
                    if (p.test(t)) {
                        return t;
                    }
                }
            }
        }
        throw new AssertionError("no such " + type + " vector");
    }

    private static ObjectNode answer(ObjectNode answers, JsonNode test) {
        return (ObjectNode) answers.get("answers").get(test.get("tcId").asText());
    }

    @Test
    void theFileAgreesWithItself() {
        VectorChecker.Report r = VectorChecker.check(EXPECTED, EXPECTED);
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.skipped()).isEmpty();
        assertThat(r.passed()).isEqualTo(r.total()).isEqualTo(EXPECTED.get("numberOfTests").asInt());
        assertThat(VectorChecker.check(EXPECTED, ownAnswers()).passed()).isEqualTo(r.total());
    }

    /** A tampered answers file: one polynomial altered, one membership flipped, one dimension off by one. */
    @Test
    void namesExactlyTheThreeAlteredTests() {
        ObjectNode answers = ownAnswers();
        JsonNode cf = first("closedForm", t -> t.get("result").has("numerators") && t.get("architecture").asText().equals("3,2,2"));
        ArrayNode nums = (ArrayNode) answer(answers, cf).get("numerators");
        nums.set(0, nums.get(0).asText() + " + x1");
        JsonNode mb = first("membership", t -> t.get("comment").asText().equals("docs/examples.md MB5"));
        ((ObjectNode) answer(answers, mb).get("member")).put("R", false);
        JsonNode dim = first("dimension", t -> t.get("architecture").asText().equals("3,2,1"));
        answer(answers, dim).put("dimension", dim.get("result").get("dimension").asInt() + 1);

        VectorChecker.Report r = VectorChecker.check(EXPECTED, answers);

        assertThat(r.ok()).isFalse();
        assertThat(r.mismatches()).extracting(VectorChecker.Mismatch::tcId)
                .containsExactlyInAnyOrder(cf.get("tcId").asInt(), mb.get("tcId").asInt(), dim.get("tcId").asInt());
        assertThat(r.mismatches()).allSatisfy(m -> assertThat(m.differences()).hasSize(1));
        assertThat(r.mismatches()).anySatisfy(m -> assertThat(m.differences().get(0)).startsWith("member.R: expected true, got false"));
        assertThat(r.mismatches()).anySatisfy(m -> assertThat(m.differences().get(0)).isEqualTo("dimension: expected 6, got 7"));
        assertThat(r.passed()).isEqualTo(r.total() - 3);
    }

    @Test
    void closedFormsAreComparedUpToOneCommonScalar() {
        ObjectNode answers = ownAnswers();
        JsonNode cf = first("closedForm", t -> t.get("comment").asText().startsWith("docs/examples.md CF3"));
        ObjectNode a = answer(answers, cf);
        // (P, Q) times -3/2: same point
        a.set("numerators", VectorJson.parse("[\"-9/2*x1 - 21/2*x2 + 3/2*x3\", \"3/2*x1 + 3*x3\"]"));
        a.put("denominator", "-3/2*x1*x2 + 3/2*x1*x3 - 3*x2^2 + 3*x2*x3");
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isTrue();
        // P scaled but Q not: a different function
        a.put("denominator", "x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3");
        VectorChecker.Report r = VectorChecker.check(EXPECTED, answers);
        assertThat(r.mismatches()).singleElement().satisfies(m -> assertThat(m.tcId()).isEqualTo(cf.get("tcId").asInt()));
    }

    @Test
    void aReducedClosedFormIsNotTheClosedFormButIsItsLowestTerms() {
        ObjectNode answers = ownAnswers();
        JsonNode cf5 = first("closedForm", t -> t.get("comment").asText().startsWith("docs/examples.md CF5"));
        ObjectNode a = answer(answers, cf5);
        JsonNode lowest = a.get("lowest_terms").deepCopy();
        a.set("numerators", lowest.get("numerators"));
        a.set("denominator", lowest.get("denominator"));
        assertThat(VectorChecker.check(EXPECTED, answers).mismatches()).extracting(VectorChecker.Mismatch::tcId)
                .containsExactly(cf5.get("tcId").asInt());
    }

    @Test
    void missingAnswersAreSkippedNotPassed() {
        ObjectNode answers = ownAnswers();
        JsonNode dim = first("dimension", t -> true);
        ((ObjectNode) answers.get("answers")).remove(dim.get("tcId").asText());
        JsonNode deg = first("degrees", t -> true);
        ((ObjectNode) answers.get("answers")).set(deg.get("tcId").asText(), VectorJson.parse("{\"DP\": null}"));
        VectorChecker.Report r = VectorChecker.check(EXPECTED, answers);
        assertThat(r.ok()).isTrue();
        assertThat(r.skipped()).containsExactlyInAnyOrder(dim.get("tcId").asInt(), deg.get("tcId").asInt());
        assertThat(r.passed()).isEqualTo(r.total() - 2);
        VectorChecker.Report none = VectorChecker.check(EXPECTED, VectorJson.parse("{\"answers\": {}}"));
        assertThat(none.passed()).isZero();
        assertThat(none.skipped()).hasSize(none.total());
    }

    @Test
    void witnessWeightsAreReExpandedNotCompared() {
        JsonNode mb5 = first("membership", t -> t.get("comment").asText().equals("docs/examples.md MB5"));
        Architecture d = Architecture.parse("3,2,1");
        Weights w = RationalNetsJson.weights(d, mb5.get("result").get("weights").get("Q").toString());
        // a symmetric copy: swap the hidden neurons and scale one by -7/3 — different weights, same function
        RationalNet<BigFraction> moved = Symmetries.scaleNeuron(Symmetries.permuteLayer(RationalNet.of(w), 1, new int[] {1, 0}),
                1, 1, BigFraction.of(-7, 3));
        Weights other = Weights.of(d, moved.weights());
        assertThat(other).isNotEqualTo(w);
        ObjectNode answers = ownAnswers();
        ObjectNode weights = (ObjectNode) answer(answers, mb5).get("weights");
        weights.set("Q", RationalNetsJson.tree(other));
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isTrue();
        // weights of another function are caught
        weights.set("R", VectorJson.parse("[[[1,0,0],[0,0,1]],[[1,1]]]"));
        VectorChecker.Report r = VectorChecker.check(EXPECTED, answers);
        assertThat(r.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.tcId()).isEqualTo(mb5.get("tcId").asInt());
            assertThat(m.differences().get(0)).startsWith("weights.R: the network");
        });
        // algebraic witnesses are noted, not failed
        weights.set("R", VectorJson.parse("[[[{\"poly\": \"t^2 - 2\", \"value\": \"t\"},0,0],[0,1,0]],[[1,1]]]"));
        VectorChecker.Report algebraic = VectorChecker.check(EXPECTED, answers);
        assertThat(algebraic.ok()).isTrue();
        assertThat(algebraic.notes()).anyMatch(n -> n.contains("algebraic"));
    }

    /** Deep binary vectors (docs/theory.md §7): a witness moved by a symmetry of a middle layer passes, a perturbed one fails. */
    @Test
    void deepBinaryWitnessesAreReExpanded() {
        JsonNode deep = first("membership", t -> t.get("flags").toString().contains("DeepBinary")
                && t.get("mode").asText().equals("tuple") && t.get("architecture").asText().equals("2,2,2,2,1")
                && t.get("result").get("weights").get("Q").isArray());
        Architecture d = Architecture.parse("2,2,2,2,1");
        Weights w = RationalNetsJson.weights(d, deep.get("result").get("weights").get("Q").toString());
        RationalNet<BigFraction> moved = Symmetries.scaleNeuron(Symmetries.permuteLayer(RationalNet.of(w), 2, new int[] {1, 0}),
                2, 0, BigFraction.of(5, 2));
        Weights other = Weights.of(d, moved.weights());
        assertThat(other).isNotEqualTo(w);
        ObjectNode answers = ownAnswers();
        ObjectNode weights = (ObjectNode) answer(answers, deep).get("weights");
        weights.set("Q", RationalNetsJson.tree(other));
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isTrue();
        // one output weight changed: another point of the ambient space
        List<List<BigFraction>> last = new java.util.ArrayList<>(w.matrix(4).rowList());
        last.set(0, List.of(last.get(0).get(0).add(BigFraction.ONE), last.get(0).get(1)));
        List<List<List<BigFraction>>> ms = new java.util.ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            ms.add(w.matrix(k).rowList());
        }
        ms.add(last);
        weights.set("Q", RationalNetsJson.tree(Weights.ofRows(d, ms)));
        VectorChecker.Report r = VectorChecker.check(EXPECTED, answers);
        assertThat(r.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.tcId()).isEqualTo(deep.get("tcId").asInt());
            assertThat(m.differences().get(0)).startsWith("weights.Q: the network");
        });
    }

    @Test
    void equationsAreComparedBySpan() {
        JsonNode eq = first("equations", t -> t.get("architecture").asText().equals("3,2,1") && t.get("degree").asInt() == 3);
        List<String> e = VectorJson.strings(eq.get("result").get("equations"));
        ObjectNode answers = ownAnswers();
        ObjectNode a = answer(answers, eq);
        // another basis of the same space
        ArrayNode other = VectorJson.MAPPER.createArrayNode();
        other.add("(" + e.get(0) + ") + 2*(" + e.get(1) + ")");
        other.add(e.get(1));
        other.add("-(" + e.get(2) + ")");
        other.add("(" + e.get(3) + ") - (" + e.get(0) + ")");
        a.set("equations", other);
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isTrue();
        // right count, smaller span
        ArrayNode smaller = VectorJson.MAPPER.createArrayNode();
        smaller.add(e.get(0)).add(e.get(1)).add(e.get(2)).add(e.get(2));
        a.set("equations", smaller);
        assertThat(VectorChecker.check(EXPECTED, answers).mismatches()).singleElement()
                .satisfies(m -> assertThat(m.differences().get(0)).contains("dimension 3, expected 4"));
        // not an equation of V_d
        ArrayNode wrong = VectorJson.MAPPER.createArrayNode();
        wrong.add("P1[1,0,0]^3");
        a.set("equations", wrong);
        assertThat(VectorChecker.check(EXPECTED, answers).mismatches()).singleElement()
                .satisfies(m -> assertThat(m.differences().get(0)).contains("is not in the ideal"));
    }

    @Test
    void undefinedNetworksMustBeReportedAsSuch() {
        JsonNode u = first("closedForm", t -> t.get("result").has("undefined"));
        ObjectNode answers = ownAnswers();
        ((ObjectNode) answers.get("answers")).set(u.get("tcId").asText(),
                VectorJson.parse("{\"numerators\": [\"x1\"], \"denominator\": \"x1\"}"));
        assertThat(VectorChecker.check(EXPECTED, answers).mismatches()).extracting(VectorChecker.Mismatch::tcId)
                .containsExactly(u.get("tcId").asInt());
    }

    @Test
    void integersMayBeStringsButNotFractions() {
        JsonNode deg = first("degrees", t -> t.get("architecture").asText().equals("2,2,1"));
        ObjectNode answers = ownAnswers();
        answer(answers, deg).put("DP", "1");
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isTrue();
        answer(answers, deg).put("DP", "1/1");
        assertThat(VectorChecker.check(EXPECTED, answers).ok()).isFalse();
    }

    @Test
    void rejectsFilesThatAreNotVectorsOrAnswers() {
        assertThatThrownBy(() -> VectorChecker.check(VectorJson.parse("{\"answers\": {}}"), EXPECTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema name");
        assertThatThrownBy(() -> VectorChecker.check(EXPECTED, VectorJson.parse("{\"results\": []}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers");
        assertThatThrownBy(() -> VectorChecker.check(EXPECTED, VectorJson.parse("{\"answers\": {\"abc\": {}}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abc");
    }
}
