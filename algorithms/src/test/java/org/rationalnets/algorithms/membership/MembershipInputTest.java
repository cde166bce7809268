package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.PolynomialSyntaxException;

class MembershipInputTest {

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    private static MembershipInput.InvalidInputException invalid(Runnable r) {
        try {
            r.run();
        } catch (MembershipInput.InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    @Test
    void tupleModeChecksTheDegreesOfTheArchitecture() {
        Architecture d = Architecture.of(3, 2, 1);
        var e = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1^2", 3)), p("x1*x2", 3), false));
        assertThat(e.argument()).isEqualTo("--num");
        assertThat(e.getMessage()).contains("D_P = 1").contains("degree 2");
        var f = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1", 3)), p("x1*x2*x3", 3), false));
        assertThat(f.argument()).isEqualTo("--den");
        assertThat(f.getMessage()).contains("D_Q = 2");
        // a zero numerator has every degree
        assertThat(MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("0", 3)), p("x1*x2", 3), false).numerators())
                .hasSize(1);
    }

    @Test
    void functionModeAcceptsAnyRepresentativeOfTheRightShape() {
        Architecture d = Architecture.of(2, 3, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(p("1", 2)), p("x1", 2), true);
        assertThat(in.denominator()).isEqualTo(p("x1", 2));
    }

    @Test
    void rejectsCountZeroDenominatorAndNonHomogeneousInput() {
        Architecture d = Architecture.of(2, 2, 2);
        var count = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1", 2)), p("x1*x2", 2), false));
        assertThat(count.getMessage()).contains("d_L = 2").contains("got 1");
        var zero = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("x1", 2)), p("0", 2), true));
        assertThat(zero.argument()).isEqualTo("--fn");
        assertThat(zero.getMessage()).contains("nonzero denominator");
        var inhom = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("x1 + 1", 2)), p("x1*x2", 2), false));
        assertThat(inhom.getMessage()).contains("homogeneous").contains("0..1");
    }

    @Test
    void parsesTheFunctionsOfExamples() {
        assertThat(MembershipInput.parseFunction("2*x1/(x1^2 + x2^2)", 2))
                .isEqualTo(new MembershipInput.Fraction(p("2*x1", 2), p("x1^2 + x2^2", 2)));
        assertThat(MembershipInput.parseFunction("(x1 + x2)/(x1*x2)", 3))
                .isEqualTo(new MembershipInput.Fraction(p("x1 + x2", 3), p("x1*x2", 3)));
        assertThat(MembershipInput.parseFunction("x2/x1^2", 2))
                .isEqualTo(new MembershipInput.Fraction(p("x2", 2), p("x1^2", 2)));
        assertThat(MembershipInput.parseFunction("1/x1", 2))
                .isEqualTo(new MembershipInput.Fraction(p("1", 2), p("x1", 2)));
        // a division by a constant stays inside the numerator
        assertThat(MembershipInput.parseFunction("x1/2/x2", 2))
                .isEqualTo(new MembershipInput.Fraction(p("1/2*x1", 2), p("x2", 2)));
        assertThat(MembershipInput.parseFunction("x1/2", 2).denominator()).isEqualTo(p("1", 2));
    }

    @Test
    void syntaxErrorsCarryTheColumnInTheWholeText() {
        // "x1/(x1 + )": the error is at the ')' in column 10
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1/(x1 + )", 2))
                .isInstanceOfSatisfying(PolynomialSyntaxException.class, e -> assertThat(e.column()).isEqualTo(10));
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1 + x2/x1", 2))
                .isInstanceOf(PolynomialSyntaxException.class).hasMessageContaining("parenthesise");
    }
}
