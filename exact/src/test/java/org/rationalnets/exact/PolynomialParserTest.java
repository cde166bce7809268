package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class PolynomialParserTest {

    /** Polynomials in 1 to 4 variables. */
    static Stream<Instance<Polynomial<BigFraction>>> polynomials() {
        return Instances.of(500, r -> RandomPolynomials.polynomial(r, 1 + r.nextInt(4), 5, 8));
    }

    @ParameterizedTest
    @MethodSource("polynomials")
    void printThenParseRoundTrips(Instance<Polynomial<BigFraction>> instance) {
        Polynomial<BigFraction> f = instance.value();
        assertThat(PolynomialParser.parse(f.toString(), f.variables())).isEqualTo(f);
    }

    @Test
    void grammar() {
        assertThat(PolynomialParser.parse("(x + y)^2", 2)).hasToString("x1^2 + 2*x1*x2 + x2^2");
        assertThat(PolynomialParser.parse("x**2*z", 3)).hasToString("x1^2*x3");
        assertThat(PolynomialParser.parse("-x1^2", 1)).hasToString("-x1^2");
        assertThat(PolynomialParser.parse("x1/2 + 0.25", 1)).hasToString("1/2*x1 + 1/4");
        assertThat(PolynomialParser.parse("2*(x1 - x2)/4", 2)).hasToString("1/2*x1 - 1/2*x2");
        assertThat(PolynomialParser.parse("  x1 -  - x2 ", 2)).hasToString("x1 + x2");
        assertThat(PolynomialParser.parse("x10", 10)).hasToString("x10");
    }

    @Test
    void errorsCarryTheColumn() {
        assertThatThrownBy(() -> PolynomialParser.parse("x1 + * x2", 2))
                .isInstanceOf(PolynomialSyntaxException.class)
                .hasMessageContaining("column 6")
                .extracting(e -> ((PolynomialSyntaxException) e).column()).isEqualTo(6);
        assertThatThrownBy(() -> PolynomialParser.parse("(x1 + x2", 2)).hasMessageContaining("expected ')'")
                .hasMessageContaining("column 9");
        assertThatThrownBy(() -> PolynomialParser.parse("x3", 2)).hasMessageContaining("x1..x2");
        assertThatThrownBy(() -> PolynomialParser.parse("y", 4)).hasMessageContaining("at most 3 variables");
        assertThatThrownBy(() -> PolynomialParser.parse("x1/x2", 2)).hasMessageContaining("non-constant");
        assertThatThrownBy(() -> PolynomialParser.parse("x1/0", 2)).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> PolynomialParser.parse("x1^", 2)).hasMessageContaining("exponent");
        assertThatThrownBy(() -> PolynomialParser.parse("", 2)).hasMessageContaining("empty");
        assertThatThrownBy(() -> PolynomialParser.parse("x1 x2", 2)).hasMessageContaining("column 4");
        assertThatThrownBy(() -> PolynomialParser.parse("1.2.3", 2)).hasMessageContaining("malformed number");
        assertThatThrownBy(() -> PolynomialParser.parse("xa", 2)).hasMessageContaining("unknown variable");
        assertThatThrownBy(() -> PolynomialParser.parse("x1^99999", 2)).hasMessageContaining("limit");
    }
}
