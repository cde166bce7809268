package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Error messages and 1-based columns of {@link PolynomialParser}, each column counted by hand. */
class PolynomialParserErrorsTest {

    private static PolynomialSyntaxException error(String text, int n) {
        PolynomialSyntaxException e = catchThrowableOfType(() -> PolynomialParser.parse(text, n),
                PolynomialSyntaxException.class);
        assertThat(e).as("parse(\"%s\", %d) should fail", text, n).isNotNull();
        return e;
    }

    private static void assertError(String text, int n, String content, int column) {
        PolynomialSyntaxException e = error(text, n);
        assertThat(e.column()).as("column of the error in \"%s\"", text).isEqualTo(column);
        assertThat(e).hasMessageContaining(content).hasMessageEndingWith(" at column " + column);
    }

    @Test
    void blankTextIsEmptyAtColumnOne() {
        assertError("   ", 2, "empty polynomial", 1);
    }

    @Test
    void endOfInputAfterAnOperator() {
        // "x1 + " : the missing operand would start at index 5, column 6
        assertError("x1 + ", 2, "unexpected end of input, expected a number, a variable or '('", 6);
    }

    @Test
    void strayDoubleStarAfterAPowerIsReportedWhereItStarts() {
        // "x1^2**3": '**' at index 4 → column 5; "x1^2 **3": after the space, index 5 → column 6
        assertError("x1^2**3", 1, "unexpected '*'", 5);
        assertError("x1^2 **3", 1, "unexpected '*'", 6);
    }

    @Test
    void divisionErrorsPointJustAfterTheSlash() {
        assertError("x1/x2", 2, "division by a non-constant polynomial", 4);
        assertError("x1/0", 2, "division by zero", 4);
        assertError("1 + x1/(x2 - x2)", 2, "division by zero", 8);
    }

    @Test
    void exponentLimitIsInclusiveAndReportedAtTheDigits() {
        assertError("x1^10001", 1, "exponent 10001 exceeds the limit 10000", 4);
        assertError("x1 ^ 99999", 1, "exponent 99999 exceeds the limit 10000", 6);
        Polynomial<BigFraction> p = PolynomialParser.parse("x1^10000", 1);
        assertThat(p.degree()).isEqualTo(10000);
        assertThat(p.terms()).hasSize(1);
    }

    @Test
    void spaceAfterTheCaretIsAllowed() {
        assertThat(PolynomialParser.parse("x1^ 2 * +3", 1)).hasToString("3*x1^2");
        assertThat(PolynomialParser.parse("+x1 - +x1", 1).isZero()).isTrue();
    }

    @Test
    void malformedNumberColumnIsItsFirstCharacter() {
        assertError("x1 + 1.2.3", 2, "malformed number \"1.2.3\"", 6);
        assertError("x1 + .", 2, "malformed number \".\"", 6);
    }

    @Test
    void variableErrorsPointAtTheVariable() {
        assertError("x1 + y2", 2, "unknown variable \"y2\"", 6);
        assertError("x1 + x3", 2, "variable x3 out of range: expected x1..x2", 6);
        assertError("x1 + x0", 2, "variable x0 out of range: expected x1..x2", 6);
        assertError("x1 + x1234567", 2, "variable x1234567 out of range: expected x1..x2", 6);
        assertError("x1 + y", 4, "variable \"y\" is only accepted with at most 3 variables; use x1..x4", 6);
        assertError("x1 + z", 2, "variable \"z\" out of range: expected x1..x2", 6);
        assertError("x1 + x1a", 2, "unknown variable starting \"x1a\"", 6);
        assertError("x1 + yb", 2, "unknown variable starting \"yb\"", 6);
    }

    @Test
    void sixDigitVariableIndexIsReadWhenInRange() {
        // x100000 has a six-digit index; with 100000 variables it is the last one
        Polynomial<BigFraction> p = PolynomialParser.parse("x100000", 100_000);
        assertThat(p.terms()).hasSize(1);
        assertThat(p.degree()).isEqualTo(1);
        assertThat(p.toString()).isEqualTo("x100000");
    }

    @Test
    void unexpectedCharacter() {
        assertError("x1 + #", 2, "unexpected '#', expected a number, a variable or '('", 6);
    }
}
