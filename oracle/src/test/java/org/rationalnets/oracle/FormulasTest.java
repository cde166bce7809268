package org.rationalnets.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rationalnets.exact.PolynomialParser;

/** The counting formulas against values worked out by hand from docs/theory.md §2–§4 and the tables of docs/examples.md. */
class FormulasTest {

    private static int[] widths(String text) {
        String[] parts = text.split(",");
        int[] d = new int[parts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Integer.parseInt(parts[i].strip());
        }
        return d;
    }

    /** docs/examples.md, degrees; (2,1,2,1): e = (1, 0, 0), c_2 = 1, so D_P = 1, D_Q = 0; L = 1: D_P = 1, D_Q = 0. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,2,1 | 1 | 2", "2,2,2,2,2,1 | 5 | 4", "3,3,3,1 | 7 | 6", "2,3,2,3,1 | 8 | 9", "4,4,4,4,1 | 39 | 40",
        "2,1,2,1 | 1 | 0", "3,2 | 1 | 0", "2,2,2,1 | 3 | 2", "3,3,1 | 2 | 3"})
    void degrees(String d, long dp, long dq) {
        assertThat(Formulas.degrees(widths(d))).containsExactly(dp, dq);
    }

    /**
     * docs/examples.md, dimensions (amb); (4,4,4,4,1): C(42,39) + C(43,40) − 1 = 11480 + 12341 − 1;
     * (3,2): d_L·C(3,1) + C(2,0) − 1 = 6.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,2,1 | 4", "1,3,2 | 2", "3,2,1 | 8", "3,2,2 | 11", "3,3,1 | 15", "4,3,2 | 39", "2,2,2,1 | 6", "2,2,2,2 | 10",
        "3,2,2,1 | 15", "2,1,3,1 | 2", "2,1,2,2 | 4", "4,4,4,4,1 | 23820", "3,2 | 6"})
    void ambient(String d, long amb) {
        assertThat(Formulas.ambient(widths(d))).isEqualTo(BigInteger.valueOf(amb));
    }

    /** #params = Σ d_k d_{k−1}, tor = Σ hidden widths, edim = min(#params − tor, amb) (docs/theory.md §4; examples §5). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2,2,1 | 6 | 2 | 4", "2,1,2,2 | 8 | 3 | 4", "3,3,1,3,3 | 24 | 7 | 17", "2,1,3,1 | 8 | 4 | 2", "4,3,2 | 18 | 3 | 15",
        "3,2 | 6 | 0 | 6"})
    void parametersTorusAndExpectedDimension(String d, long params, long torus, long edim) {
        assertThat(Formulas.parameters(widths(d))).isEqualTo(params);
        assertThat(Formulas.torus(widths(d))).isEqualTo(torus);
        assertThat(Formulas.expected(widths(d))).isEqualTo(BigInteger.valueOf(edim));
    }

    @Test
    void repeatedFactors() {
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("x1^2*x2", 2))).isTrue();
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("x1^2 + 2*x1*x2 + x2^2", 2))).isTrue();
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("x1*x2", 2))).isFalse();
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("x1^2 + x2^2", 2))).isFalse();
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("x1", 2))).isFalse();
        assertThat(Formulas.hasRepeatedFactor(PolynomialParser.parse("5", 2))).as("a constant").isFalse();
    }
}
