package org.rationalnets.paper;

import org.rationalnets.oracle.vectors.*;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed vector file: up to date, valid against its schema, and carrying the literals of docs/examples.md. */
class VectorFileTest {

    private static String fresh;
    private static JsonNode file;

    @BeforeAll
    static void generate() {
        fresh = VectorGenerator.render();
        file = VectorJson.parse(VectorJson.committedText());
    }

    @Test
    void committedCopyIsWhatTheGeneratorWrites() {
        assertThat(VectorJson.committedText())
                .as("oracle/src/main/resources/vectors/rationalnets_vectors.json is stale: regenerate it with "
                        + "./rationalnet vectors --out oracle/src/main/resources/vectors/rationalnets_vectors.json")
                .isEqualTo(fresh);
    }

    @Test
    void generationIsDeterministic() {
        assertThat(VectorGenerator.render()).isEqualTo(fresh);
    }

    @Test
    void fileIsValidAgainstItsSchema() {
        JsonSchemaSubset schema = new JsonSchemaSubset(VectorJson.parse(VectorJson.schemaText()));
        assertThat(schema.validate(file)).isEmpty();
    }

    @Test
    void schemaRejectsAMalformedTest() {
        JsonSchemaSubset schema = new JsonSchemaSubset(VectorJson.parse(VectorJson.schemaText()));
        JsonNode broken = VectorJson.parse(VectorJson.committedText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("testGroups").get(0).get("tests").get(0)).remove("flags");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("testGroups").get(1).get("tests").get(0).get("result")).put("DP", -1);
        assertThat(schema.validate(broken)).anyMatch(e -> e.contains("missing required field flags"))
                .anyMatch(e -> e.contains("below the minimum"));
    }

    @Test
    void headerCountsAndIdsAreConsistent() {
        assertThat(file.get("schema").get("name").asText()).isEqualTo("rationalnets_vectors");
        List<Integer> ids = new ArrayList<>();
        Set<String> types = new HashSet<>();
        Set<String> usedFlags = new HashSet<>();
        for (JsonNode g : file.get("testGroups")) {
            types.add(g.get("type").asText());
            for (JsonNode t : g.get("tests")) {
                ids.add(t.get("tcId").asInt());
                t.get("flags").forEach(f -> usedFlags.add(f.asText()));
            }
        }
        assertThat(file.get("numberOfTests").asInt()).isEqualTo(ids.size()).isGreaterThanOrEqualTo(300);
        List<Integer> oneToN = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            oneToN.add(i);
        }
        assertThat(ids).isEqualTo(oneToN);
        assertThat(types).containsExactlyInAnyOrder("closedForm", "degrees", "dimension", "membership", "equations");
        Set<String> noted = new HashSet<>();
        file.get("notes").fieldNames().forEachRemaining(noted::add);
        assertThat(noted).containsAll(usedFlags).contains("RepeatedFactor", "NotLowestTerms", "ComplexOnly", "RealIrrational",
                "Defective", "WidthOne", "InputDimensionOne", "ClosurePoint", "Filling");
        // every required flag is exercised by at least one vector
        assertThat(usedFlags).contains("RepeatedFactor", "NotLowestTerms", "ComplexOnly", "RealIrrational",
                "Defective", "WidthOne", "InputDimensionOne", "ClosurePoint", "Filling", "DeepBinary");
    }

    /** Literals from docs/examples.md, typed here by hand: the file must carry them. */
    @Test
    void fileCarriesTheHandVerifiedValues() {
        Map<String, JsonNode> dims = byArchitecture("dimension");
        assertThat(dims.get("2,1,2,2").get("result").get("dimension").asInt()).isEqualTo(3);
        assertThat(dims.get("2,1,2,2").get("flags").toString()).contains("Defective");
        assertThat(dims.get("2,2,2,2").get("result").get("dimension").asInt()).isEqualTo(8);
        assertThat(dims.get("2,2,2,2").get("result").get("ambient_dimension").asInt()).isEqualTo(10);
        assertThat(dims.get("1,3,2").get("result").get("fills").asBoolean()).isTrue();
        assertThat(dims.get("4,3,2").get("result").get("dimension").asInt()).isEqualTo(15);
        assertThat(dims.get("3,3,1,3,3").get("result").get("dimension").asInt()).isEqualTo(11);
        Map<String, JsonNode> degs = byArchitecture("degrees");
        assertThat(degs.get("4,4,4,4,1").get("result").get("DP").asInt()).isEqualTo(39);
        assertThat(degs.get("4,4,4,4,1").get("result").get("DQ").asInt()).isEqualTo(40);
        assertThat(degs.get("2,3,2,3,1").get("result").get("DQ").asInt()).isEqualTo(9);
        JsonNode cf5 = withComment("closedForm", "docs/examples.md CF5");
        assertThat(cf5.get("result").get("denominator").asText()).isEqualTo("2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3");
        assertThat(cf5.get("flags").toString()).contains("NotLowestTerms");
        JsonNode mb3 = withComment("membership", "docs/examples.md MB3");
        assertThat(mb3.get("result").get("member").toString()).isEqualTo("{\"Q\":false,\"R\":true,\"C\":true}");
        JsonNode mb8 = withComment("membership", "docs/examples.md MB8");
        assertThat(mb8.get("result").get("closure_member").asBoolean()).isTrue();
        assertThat(mb8.get("result").get("member").get("C").asBoolean()).isFalse();
        // deep binary (docs/theory.md §7), worked by hand: [x1^3 : x2^2] for (2,2,2,1) is in V_d (B2: d_L = 1 fills) but no
        // network over C (P = A_3 x * m_1 with m_1 a product of two non-proportional forms, or all forms powers of one l)
        JsonNode deep = withComment("membership", "[x1^3 : x2^2]");
        assertThat(deep.get("architecture").asText()).isEqualTo("2,2,2,1");
        assertThat(deep.get("numerators").toString()).isEqualTo("[\"x1^3\"]");
        assertThat(deep.get("result").get("member").toString()).isEqualTo("{\"Q\":false,\"R\":false,\"C\":false}");
        assertThat(deep.get("result").get("closure_member").asBoolean()).isTrue();
        assertThat(deep.get("flags").toString()).contains("DeepBinary", "ClosurePoint", "Filling");
        // a function of degree -1 is no network of odd depth (degree (-1)^(L-1) = +1)
        JsonNode odd = withComment("membership", "f = (x1 + x2)/(x1*x2), a shallow network's function, has degree -1");
        assertThat(odd.get("result").get("member").get("C").asBoolean()).isFalse();
        assertThat(odd.get("result").get("closure_member").asBoolean()).isFalse();
        JsonNode eq = withComment("equations", "docs/examples.md: the 3x3 minors of the 5x3 matrix [S; p1; p2] span 10 cubics");
        assertThat(eq.get("result").get("count").asInt()).isEqualTo(10);
    }

    private static Map<String, JsonNode> byArchitecture(String type) {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode g : file.get("testGroups")) {
            if (g.get("type").asText().equals(type)) {
                g.get("tests").forEach(t -> m.putIfAbsent(t.get("architecture").asText(), t));
            }
        }
        return m;
    }

    private static JsonNode withComment(String type, String comment) {
        for (JsonNode g : file.get("testGroups")) {
            if (g.get("type").asText().equals(type)) {
                for (JsonNode t : g.get("tests")) {
                    if (t.get("comment").asText().startsWith(comment)) {
                        return t;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " vector with comment " + comment);
    }
}
