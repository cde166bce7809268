package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/** The exact form of an algebraic number, docs/cli.md: poly, value, approx, and the interval for a real root. */
class AlgebraicNumberSerializerTest {

    private static List<String> fields(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void sqrtTwoCarriesAnIntervalThatIsolatesIt() {
        JsonNode j = RationalNetsJson.tree(AlgebraicNumber.root(AlgebraicExtension.parsePolynomial("t^2 - 2"), 1));
        assertThat(fields(j)).containsExactly("poly", "value", "approx", "interval");
        assertThat(j.get("poly").asText()).isEqualTo("t^2 - 2");
        assertThat(j.get("value").asText()).isEqualTo("t");
        assertThat(j.get("approx").asText()).isEqualTo("1.414213562");
        BigFraction lo = Rationals.parse(j.get("interval").get(0).asText());
        BigFraction hi = Rationals.parse(j.get("interval").get(1).asText());
        // the interval isolates +√2: 0 ≤ lo, lo² < 2 < hi²
        assertThat(lo.signum()).isGreaterThanOrEqualTo(0);
        assertThat(lo.multiply(lo).subtract(BigFraction.of(2)).signum()).isNegative();
        assertThat(hi.multiply(hi).subtract(BigFraction.of(2)).signum()).isPositive();
    }

    @Test
    void aNonRealNumberCarriesOnlyItsApproximation() {
        JsonNode j = RationalNetsJson.tree(AlgebraicNumber.root(AlgebraicExtension.parsePolynomial("t^2 + 1"), 1));
        assertThat(fields(j)).containsExactly("poly", "value", "approx");
        assertThat(j.get("approx").asText()).isEqualTo("1i");
    }

    @Test
    void aRationalNumberHasADegenerateInterval() {
        assertThat(RationalNetsJson.line(AlgebraicNumber.rational(BigFraction.of(-1, 2))))
                .isEqualTo("{\"poly\":\"t + 1/2\",\"value\":\"t\",\"approx\":\"-0.5\",\"interval\":[\"-1/2\",\"-1/2\"]}");
    }
}
