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
        var e = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1^2", 3)), p("x1*x2", 3)));
        assertThat(e.role()).isEqualTo("numerator P_1");
        assertThat(e.getMessage()).contains("D_P = 1").contains("degree 2");
        var f = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1", 3)), p("x1*x2*x3", 3)));
        assertThat(f.part()).isEqualTo(MembershipInput.Part.DENOMINATOR);
        assertThat(f.role()).isEqualTo("the denominator Q");
        assertThat(f.getMessage()).contains("D_Q = 2");
        // a zero numerator has every degree
        assertThat(MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("0", 3)), p("x1*x2", 3)).numerators())
                .hasSize(1);
    }

    @Test
    void functionModeAcceptsAnyRepresentativeOfTheRightShape() {
        Architecture d = Architecture.of(2, 3, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(p("1", 2)), p("x1", 2));
        assertThat(in.denominator()).isEqualTo(p("x1", 2));
    }

    @Test
    void rejectsCountZeroDenominatorAndNonHomogeneousInput() {
        Architecture d = Architecture.of(2, 2, 2);
        var count = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(p("x1", 2)), p("x1*x2", 2)));
        assertThat(count.getMessage()).contains("d_L = 2").contains("got 1");
        var zero = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("x1", 2)), p("0", 2)));
        assertThat(zero.part()).isEqualTo(MembershipInput.Part.DENOMINATOR);
        assertThat(zero.index()).isZero();
        assertThat(zero.getMessage()).contains("nonzero denominator");
        var inhom = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.FUNCTION,
                List.of(p("x1 + 1", 2)), p("x1*x2", 2)));
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
    @Test
    void theCountMessageNamesTheRoleTheExpectedCountAndTheCountSeen() {
        var two = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 2), MembershipResult.Mode.TUPLE,
                List.of(p("x1", 2)), p("x1*x2", 2)));
        assertThat(two.part()).isEqualTo(MembershipInput.Part.NUMERATORS);
        assertThat(two.role()).isEqualTo("the numerators");
        assertThat(two.index()).isZero();
        assertThat(two.getMessage()).isEqualTo("expected d_L = 2 numerators for (2,2,2), got 1");
        var one = invalid(() -> MembershipInput.of(Architecture.of(2, 2, 1), MembershipResult.Mode.TUPLE,
                List.of(p("x1", 2), p("x2", 2)), p("x1*x2", 2)));
        assertThat(one.getMessage()).isEqualTo("expected d_L = 1 numerator for (2,2,1), got 2");
        // the library names no command-line argument: that is the caller's mapping
        var fn = invalid(() -> MembershipInput.of(Architecture.of(3, 2, 2), MembershipResult.Mode.FUNCTION,
                List.of(p("x1", 3)), p("x1*x2", 3)));
        assertThat(fn.getMessage()).isEqualTo("expected d_L = 2 numerators for (3,2,2), got 1").doesNotContain("--");
    }

    @Test
    void messagesNameTheOffendingNumeratorByItsIndex() {
        Architecture d = Architecture.of(2, 2, 2);
        var inhom = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.FUNCTION,
                List.of(p("x1", 2), p("x2^2 + x1", 2)), p("x1*x2", 2)));
        assertThat(inhom.part()).isEqualTo(MembershipInput.Part.NUMERATOR);
        assertThat(inhom.index()).isEqualTo(2);
        assertThat(inhom.role()).isEqualTo("numerator P_2");
        assertThat(inhom.getMessage()).isEqualTo("expected homogeneous polynomials (forms), got P_2 = x2^2 + x1 with terms of degrees 1..2");
        var degree = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE,
                List.of(p("x1", 2), p("x2^2", 2)), p("x1*x2", 2)));
        assertThat(degree.part()).isEqualTo(MembershipInput.Part.NUMERATOR);
        assertThat(degree.index()).isEqualTo(2);
        assertThat(degree.getMessage()).isEqualTo("expected forms of degree D_P = 1 for (2,2,2) in tuple mode, got P_2 = x2^2 of degree 2");
        var den = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.TUPLE,
                List.of(p("x1", 2), p("x2", 2)), p("x1^3", 2)));
        assertThat(den.part()).isEqualTo(MembershipInput.Part.DENOMINATOR);
        assertThat(den.getMessage()).isEqualTo("expected a form of degree D_Q = 2 for (2,2,2) in tuple mode, got Q = x1^3 of degree 3");
        var denInhom = invalid(() -> MembershipInput.of(d, MembershipResult.Mode.FUNCTION,
                List.of(p("x1", 2), p("x2", 2)), p("x1^2 + 3", 2)));
        assertThat(denInhom.part()).isEqualTo(MembershipInput.Part.DENOMINATOR);
        assertThat(denInhom.role()).isEqualTo("the denominator Q");
        assertThat(denInhom.getMessage()).isEqualTo("expected a homogeneous denominator (a form), got Q = x1^2 + 3 with terms of degrees 0..2");
    }

    @Test
    void aSignAfterAnOperatorOrAtTheStartIsUnaryNotASum() {
        // -x1/x2: the sign at the start does not make the numerator a sum
        assertThat(MembershipInput.parseFunction("-x1/x2", 2)).isEqualTo(new MembershipInput.Fraction(p("-x1", 2), p("x2", 2)));
        // a sign right after '*', also with a blank in between
        assertThat(MembershipInput.parseFunction("2*-x1/x2", 2)).isEqualTo(new MembershipInput.Fraction(p("-2*x1", 2), p("x2", 2)));
        assertThat(MembershipInput.parseFunction("2* -x1/x2", 2)).isEqualTo(new MembershipInput.Fraction(p("-2*x1", 2), p("x2", 2)));
        // a double sign: "- -x1" is x1
        assertThat(MembershipInput.parseFunction("- -x1/x2", 2)).isEqualTo(new MembershipInput.Fraction(p("x1", 2), p("x2", 2)));
        // a sign at the start of the denominator
        assertThat(MembershipInput.parseFunction("x1/-x2", 2)).isEqualTo(new MembershipInput.Fraction(p("x1", 2), p("-x2", 2)));
        // x2**2 is one factor (** is a power, not two products)
        assertThat(MembershipInput.parseFunction("x1/x2**2", 2)).isEqualTo(new MembershipInput.Fraction(p("x1", 2), p("x2^2", 2)));
    }

    @Test
    void aSumBeforeTheSlashIsRefusedAtTheColumnOfTheSlash() {
        // "x1 + x2/x1": the '/' is character 8
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1 + x2/x1", 2))
                .isInstanceOfSatisfying(PolynomialSyntaxException.class, e -> assertThat(e.column()).isEqualTo(8))
                .hasMessage("the numerator before '/' is a sum: parenthesise it, e.g. '(x1 + x2)/(x1*x2)' at column 8");
        // also when the term before the sign is the first character of the text: "2 - x1/x2", '/' is character 7
        assertThatThrownBy(() -> MembershipInput.parseFunction("2 - x1/x2", 2))
                .isInstanceOfSatisfying(PolynomialSyntaxException.class, e -> assertThat(e.column()).isEqualTo(7))
                .hasMessageContaining("the numerator before '/' is a sum");
    }

    @Test
    void aRightSideThatIsNotOneFactorIsLeftToThePolynomialGrammar() {
        // x1/x2 + x3, 1/(x1 + x2)*(x1 - x2) and x1/x2*x3 are not P/Q with Q the whole right side; read as
        // polynomials they divide by a non-constant, reported at the column after the '/'
        String nonConstant = "division by a non-constant polynomial (only by a constant inside a polynomial)";
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1/x2 + x3", 3)).hasMessage(nonConstant + " at column 4");
        assertThatThrownBy(() -> MembershipInput.parseFunction("1/(x1 + x2)*(x1 - x2)", 2)).hasMessage(nonConstant + " at column 3");
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1/x2*x3", 3)).hasMessage(nonConstant + " at column 4");
        // nothing after the slash
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1/", 2))
                .hasMessage("unexpected end of input, expected a number, a variable or '(' at column 4");
    }

    @Test
    void anErrorInsideTheDenominatorIsReportedOnceWithTheColumnInTheWholeText() {
        // "x1/(x1 + )": the ')' is character 10
        assertThatThrownBy(() -> MembershipInput.parseFunction("x1/(x1 + )", 2))
                .hasMessage("unexpected ')', expected a number, a variable or '(' at column 10");
    }
}
