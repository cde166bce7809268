package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.exact.PolynomialParser;

/** The factorisation summary: three answers, route, certificate, and the factors when the form splits. */
class LinearFactorizationSerializerTest {

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aBinaryFormWithRealIrrationalFactors() {
        // 3 x1 (x1^2 − 2 x2^2) = 3 · x1 · (x1 − √2 x2)(x1 + √2 x2): splits over R and C, not over Q
        JsonNode m = RationalNetsJson.tree(LinearFactorization.of(PolynomialParser.parse("3*x1*(x1^2 - 2*x2^2)", 2), 7));
        assertThat(fields(m)).containsExactly("form", "splits", "certain", "route", "reason", "certificate",
                "error_bound", "seed", "scalar", "factors");
        assertThat(m.get("splits").toString()).isEqualTo("{\"Q\":false,\"R\":true,\"C\":true}");
        assertThat(m.get("certain").toString()).isEqualTo("{\"Q\":true,\"R\":true,\"C\":true}");
        assertThat(fields(m.get("reason"))).containsExactly("Q", "R", "C");
        assertThat(m.get("route").asText()).isEqualTo("BINARY");
        assertThat(m.get("error_bound").asText()).isEqualTo("0");
        assertThat(m.get("seed").asLong()).isEqualTo(7);
        assertThat(m.get("scalar").asText()).isEqualTo("3");
        JsonNode factors = m.get("factors");
        assertThat(factors).hasSize(3);
        assertThat(factors.get(0).toString()).isEqualTo("{\"coefficients\":[\"1\",\"0\"],\"multiplicity\":1,\"real\":true}");
        JsonNode sqrt2 = factors.get(1).get("coefficients").get(1);
        assertThat(sqrt2.get("poly").asText()).isEqualTo("t^2 - 2");
        assertThat(sqrt2.has("interval")).isTrue();
        assertThat(factors.get(1).get("real").asBoolean()).isTrue();
    }

    @Test
    void aFormThatDoesNotSplitHasNoFactorsAndItsErrorBound() {
        // x1^2 + x2^2 + x3^2 is irreducible over C; a "no" after 3 lines with 20-bit coordinates: (4/2^20)^3 = 2^-54
        JsonNode m = RationalNetsJson.tree(LinearFactorization.of(PolynomialParser.parse("x1^2 + x2^2 + x3^2", 3), 0));
        assertThat(m.has("factors")).isFalse();
        assertThat(m.has("scalar")).isFalse();
        assertThat(m.get("splits").toString()).isEqualTo("{\"Q\":false,\"R\":false,\"C\":false}");
        assertThat(m.get("error_bound").asText()).isEqualTo("1/18014398509481984");
        assertThat(m.get("form").asText()).isEqualTo("x1^2 + x2^2 + x3^2");
    }

    @Test
    void factorisationsInAListAreClosedObjects() {
        LinearFactorization f = LinearFactorization.of(PolynomialParser.parse("x1*x2", 2), 1);
        String one = RationalNetsJson.line(f);
        assertThat(one).startsWith("{\"form\":\"x1*x2\",").endsWith("\"real\":true}]}");
        assertThat(RationalNetsJson.line(List.of(f, f))).isEqualTo("[" + one + "," + one + "]");
    }
}
