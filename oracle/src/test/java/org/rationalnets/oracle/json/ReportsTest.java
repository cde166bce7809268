package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;

/** The {@code degrees} and {@code expand} objects, with values worked out by hand (docs/examples.md). */
class ReportsTest {

    @Test
    void degreesOf221() {
        // (2,2,1): p^(1) = W_1 x (e_1 = 1), q^(1) = 1; f = (x1 + x2)/(x1 x2): e_2 = 1, c_2 = 2;
        // amb = 2 + 3 − 1 = 4, #params = 6, tor = 2, edim = min(6 − 2, 4) = 4
        assertThat(Reports.degrees(Architecture.of(2, 2, 1), Activation.RECIPROCAL).toString()).isEqualTo("{\"architecture\":\"2,2,1\",\"e\":[1,1],"
                + "\"c\":[0,0,2],\"DP\":1,\"DQ\":2,\"ambient_dimension\":4,\"parameters\":6,\"symmetry_dimension\":2,"
                + "\"expected_dimension\":4}");
    }

    @Test
    void expansionWithACommonFactor() {
        // (x1^2 + x1 x2)/(x1^2 x2) has the common factor x1 (up to a constant): lowest terms (x1 + x2)/(x1 x2)
        Polynomial<BigFraction> p = PolynomialParser.parse("x1^2 + x1*x2", 2);
        Polynomial<BigFraction> q = PolynomialParser.parse("x1^2*x2", 2);
        ClosedForm<BigFraction> cf = ClosedForm.of(Architecture.of(2, 2, 1), List.of(p), q);
        RationalPolynomials.Fraction lowest = new RationalPolynomials.Fraction(List.of(PolynomialParser.parse("x1 + x2", 2)),
                PolynomialParser.parse("x1*x2", 2), PolynomialParser.parse("x1", 2));
        assertThat(Reports.expansion(cf, lowest, Activation.RECIPROCAL).toString()).isEqualTo("{\"architecture\":\"2,2,1\","
                + "\"numerators\":[\"x1^2 + x1*x2\"],\"denominator\":\"x1^2*x2\",\"degrees\":{\"P\":1,\"Q\":2},"
                + "\"lowest_terms\":{\"numerators\":[\"x1 + x2\"],\"denominator\":\"x1*x2\",\"common_factor\":\"x1\"}}");
    }

    @Test
    void reproductionCountsPassedAndFailedChecks() {
        List<Reports.CheckRow> rows = List.of(new Reports.CheckRow("CF1", "§2", "closed form", null, true, "P = x1 + x2", 3),
                new Reports.CheckRow("S1-census", "S1", "dim formula", "d0 ≤ 4", false, "differs at (2,2,1)", 5));
        assertThat(Reports.reproduction(rows, 7, 12, null).toString()).isEqualTo("{\"checks\":["
                + "{\"id\":\"CF1\",\"statement\":\"closed form\",\"status\":\"PASS\",\"detail\":\"P = x1 + x2\",\"millis\":3,"
                + "\"label\":\"§2\",\"range\":null},"
                + "{\"id\":\"S1-census\",\"statement\":\"dim formula\",\"status\":\"FAIL\",\"detail\":\"differs at (2,2,1)\","
                + "\"millis\":5,\"label\":\"S1\",\"range\":\"d0 ≤ 4\"}],"
                + "\"passed\":1,\"failed\":1,\"seed\":7,\"millis\":12}");
        assertThat(Reports.reproduction(List.of(), 1, 0, "/tmp/r.md").get("report").asText()).isEqualTo("/tmp/r.md");
    }
}
