package org.rationalnets.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reads polynomials over Q in the grammar of docs/cli.md:
 *
 * <pre>
 *   expr   := ['+'|'-'] term (('+'|'-') term)*
 *   term   := factor (('*'|'/') factor)*          ('/' only by a nonzero constant)
 *   factor := ('+'|'-') factor | base (('^'|'**') natural)?
 *   base   := number | variable | '(' expr ')'
 *   number := digits ['.' digits]                 (read exactly)
 *   variable := 'x' digits                        (x1 … xn; x, y, z for x1, x2, x3 when n ≤ 3)
 * </pre>
 *
 * Errors are {@link PolynomialSyntaxException}s carrying the 1-based column. Hand-written because
 * the grammar is tiny and the error columns are part of the contract.
 */
public final class PolynomialParser {

    private final String text;
    private final int variables;
    private int pos;

    private PolynomialParser(String text, int variables) {
        this.text = text;
        this.variables = variables;
    }

    /**
     * Parses {@code text} as a polynomial in {@code n} variables.
     *
     * @throws PolynomialSyntaxException on a syntax error, an unknown variable, division by a
     *         non-constant or by zero, or a negative or huge exponent
     */
    public static Polynomial<BigFraction> parse(String text, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("expected at least one variable, got " + n);
        }
        PolynomialParser p = new PolynomialParser(text, n);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw new PolynomialSyntaxException("empty polynomial", 1);
        }
        Polynomial<BigFraction> result = p.expr(); // expr ends with a failed accept: spaces skipped
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return result;
    }

    private PolynomialSyntaxException error(String message) {
        return new PolynomialSyntaxException(message, pos + 1);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean accept(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private Polynomial<BigFraction> expr() {
        Polynomial<BigFraction> sum = term();
        while (true) {
            if (accept("+")) {
                sum = sum.add(term());
            } else if (accept("-")) {
                sum = sum.subtract(term());
            } else {
                return sum;
            }
        }
    }

    private Polynomial<BigFraction> term() {
        Polynomial<BigFraction> product = factor();
        while (true) {
            skipSpace();
            // a "**" here is a stray power operator (powers are read in factor): the caller reports it
            if (!text.startsWith("**", pos) && accept("*")) {
                product = product.multiply(factor());
            } else if (accept("/")) {
                int at = pos;
                Polynomial<BigFraction> d = factor();
                if (!d.isConstant()) {
                    throw new PolynomialSyntaxException("division by a non-constant polynomial (only by a constant inside a polynomial)", at + 1);
                }
                if (d.isZero()) {
                    throw new PolynomialSyntaxException("division by zero", at + 1);
                }
                product = product.scale(d.leadingCoefficient().reciprocal());
            } else {
                return product;
            }
        }
    }

    private Polynomial<BigFraction> factor() {
        if (accept("-")) {
            return factor().negate();
        }
        if (accept("+")) {
            return factor();
        }
        Polynomial<BigFraction> base = base();
        if (accept("^") || accept("**")) {
            skipSpace();
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a natural-number exponent");
            }
            BigInteger e = new BigInteger(text.substring(start, pos));
            if (e.compareTo(BigInteger.valueOf(10_000)) > 0) {
                throw new PolynomialSyntaxException("exponent " + e + " exceeds the limit 10000", start + 1);
            }
            return base.pow(e.intValue());
        }
        return base;
    }

    private Polynomial<BigFraction> base() {
        // only called from factor, after accept("-") and accept("+") have skipped the spaces
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a number, a variable or '('");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Polynomial<BigFraction> inner = expr();
            if (!accept(")")) {
                throw error("expected ')'");
            }
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String s = text.substring(start, pos);
            if (s.equals(".") || s.indexOf('.') != s.lastIndexOf('.')) {
                throw new PolynomialSyntaxException("malformed number \"" + s + "\"", start + 1);
            }
            return Polynomial.constant(Rationals.Q, variables, Rationals.fromDecimal(new BigDecimal(s)));
        }
        if (c == 'x' || c == 'y' || c == 'z') {
            int start = pos++;
            int index;
            int digitsStart = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos > digitsStart) {
                if (c != 'x') {
                    throw new PolynomialSyntaxException("unknown variable \"" + text.substring(start, pos) + "\"", start + 1);
                }
                String digits = text.substring(digitsStart, pos);
                index = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
                if (index < 1 || index > variables) {
                    throw new PolynomialSyntaxException("variable x" + digits + " out of range: expected x1..x" + variables, start + 1);
                }
            } else {
                if (variables > 3) {
                    throw new PolynomialSyntaxException("variable \"" + c + "\" is only accepted with at most 3 variables; use x1..x" + variables, start + 1);
                }
                index = c - 'x' + 1;
                if (index > variables) {
                    throw new PolynomialSyntaxException("variable \"" + c + "\" out of range: expected x1..x" + variables, start + 1);
                }
            }
            if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                throw new PolynomialSyntaxException("unknown variable starting \"" + text.substring(start, pos + 1) + "\"", start + 1);
            }
            return Polynomial.variable(Rationals.Q, variables, index - 1);
        }
        throw error("unexpected '" + c + "', expected a number, a variable or '('");
    }
}
