package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Degrees;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.PolynomialSyntaxException;
import org.rationalnets.exact.Rationals;

/**
 * A validated membership question: an architecture, a mode, numerators {@code P_1 … P_{d_L}} and
 * a denominator {@code Q} with rational coefficients (docs/theory.md §3). Validation (what the CLI turns
 * into exit code 2, naming its own argument for the role): {@code d_L} numerators, a nonzero denominator, homogeneous forms, and in tuple
 * mode the degrees {@code D_P}, {@code D_Q} of the architecture (a zero numerator has every
 * degree). In function mode any representative is accepted; a homogeneous function of the wrong
 * degree is a "no", not an input error.
 *
 * @param architecture the architecture
 * @param mode tuple or function membership
 * @param numerators {@code P_1 … P_{d_L}}
 * @param denominator {@code Q ≠ 0}
 */
public record MembershipInput(Architecture architecture, MembershipResult.Mode mode,
                              List<Polynomial<BigFraction>> numerators, Polynomial<BigFraction> denominator) {

    /** The part of a question that is wrong: the numerators as a tuple, one numerator, or the denominator. */
    public enum Part {
        /** The tuple {@code P_1 … P_{d_L}} as a whole (its length). */
        NUMERATORS,
        /** One numerator {@code P_i}. */
        NUMERATOR,
        /** The denominator {@code Q}. */
        DENOMINATOR
    }

    /** Bad input, naming its mathematical role (a numerator, the numerators, the denominator). */
    public static final class InvalidInputException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Part part;
        private final int index;

        /**
         * Bad {@code part} ({@code index} = i for numerator {@code P_i}, else 0); {@code message} says
         * what was expected and what was seen.
         */
        public InvalidInputException(Part part, int index, String message) {
            super(message);
            this.part = part;
            this.index = index;
        }

        /** The part of the question that is wrong. */
        public Part part() {
            return part;
        }

        /** {@code i} for numerator {@code P_i}; 0 for the numerators as a whole or the denominator. */
        public int index() {
            return index;
        }

        /** The role in words: {@code "the numerators"}, {@code "numerator P_2"}, {@code "the denominator Q"}. */
        public String role() {
            return switch (part) {
                case NUMERATORS -> "the numerators";
                case NUMERATOR -> "numerator P_" + index;
                case DENOMINATOR -> "the denominator Q";
            };
        }
    }

    /** Copies the lists. */
    public MembershipInput {
        numerators = List.copyOf(numerators);
    }

    /**
     * A validated question.
     *
     * @throws InvalidInputException naming the role of the bad part, the expectation and what was seen
     */
    public static MembershipInput of(Architecture d, MembershipResult.Mode mode, List<Polynomial<BigFraction>> numerators,
                                     Polynomial<BigFraction> denominator) {
        if (numerators.size() != d.outputDimension()) {
            throw new InvalidInputException(Part.NUMERATORS, 0, "expected d_L = " + d.outputDimension() + " numerator"
                    + (d.outputDimension() == 1 ? "" : "s") + " for " + d + ", got " + numerators.size());
        }
        if (denominator.isZero()) {
            throw new InvalidInputException(Part.DENOMINATOR, 0, "expected a nonzero denominator, got 0");
        }
        for (int i = 0; i < numerators.size(); i++) {
            if (!numerators.get(i).isHomogeneous()) {
                throw new InvalidInputException(Part.NUMERATOR, i + 1, "expected homogeneous polynomials (forms), got P_"
                        + (i + 1) + " = " + numerators.get(i) + " with terms of degrees " + degreeRange(numerators.get(i)));
            }
        }
        if (!denominator.isHomogeneous()) {
            throw new InvalidInputException(Part.DENOMINATOR, 0, "expected a homogeneous denominator (a form), got Q = "
                    + denominator + " with terms of degrees " + degreeRange(denominator));
        }
        if (mode == MembershipResult.Mode.TUPLE) {
            Degrees g = d.degrees();
            for (int i = 0; i < numerators.size(); i++) {
                Polynomial<BigFraction> p = numerators.get(i);
                if (!p.isZero() && p.degree() != g.numeratorDegree()) {
                    throw new InvalidInputException(Part.NUMERATOR, i + 1, "expected forms of degree D_P = "
                            + g.numeratorDegree() + " for " + d + " in tuple mode, got P_" + (i + 1) + " = " + p
                            + " of degree " + p.degree());
                }
            }
            if (denominator.degree() != g.denominatorDegree()) {
                throw new InvalidInputException(Part.DENOMINATOR, 0, "expected a form of degree D_Q = " + g.denominatorDegree()
                        + " for " + d + " in tuple mode, got Q = " + denominator + " of degree " + denominator.degree());
            }
        }
        return new MembershipInput(d, mode, numerators, denominator);
    }

    private static String degreeRange(Polynomial<BigFraction> p) {
        int lo = p.terms().get(p.size() - 1).monomial().degree();
        return lo + ".." + p.degree();
    }

    /** A function {@code P/Q} read from text: numerator and denominator as written (not reduced). */
    public record Fraction(Polynomial<BigFraction> numerator, Polynomial<BigFraction> denominator) {
    }

    /**
     * Reads a function written {@code 'P/Q'} in {@code n} variables: the split is at the last
     * top-level {@code /} whose right side is one factor (a parenthesised expression, a variable or
     * a number, possibly with a power), e.g. {@code 2*x1/(x1^2 + x2^2)}, {@code x2/x1^2},
     * {@code (x1 + x2)/(x1*x2)}; a text without such a {@code /} is a polynomial over 1. A sum on
     * the left must be parenthesised ({@code x1 + x2/x3} is refused rather than misread).
     *
     * @throws PolynomialSyntaxException with the 1-based column in the whole text
     */
    public static Fraction parseFunction(String text, int n) {
        List<Integer> slashes = new ArrayList<>();
        List<Boolean> sumBeforeSlash = new ArrayList<>();
        boolean sumSeen = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == '/') {
                slashes.add(i);
                sumBeforeSlash.add(sumSeen);
            } else if (depth == 0 && (c == '+' || c == '-') && !isOperator(previousNonSpace(text, i))) {
                sumSeen = true; // a binary + or −; a sign after an operator or at the start is unary
            }
        }
        for (int k = slashes.size() - 1; k >= 0; k--) {
            int s = slashes.get(k);
            String right = text.substring(s + 1);
            if (!isSingleFactor(right)) {
                continue;
            }
            Polynomial<BigFraction> den = parseAt(right, n, s + 1);
            if (den.isConstant()) {
                break; // division by a constant belongs to the polynomial grammar
            }
            if (sumBeforeSlash.get(k)) {
                throw new PolynomialSyntaxException("the numerator before '/' is a sum: parenthesise it, e.g. '(x1 + x2)/(x1*x2)'", s + 1);
            }
            Polynomial<BigFraction> num = parseAt(text.substring(0, s), n, 0);
            return new Fraction(num, den);
        }
        Polynomial<BigFraction> p = parseAt(text, n, 0);
        return new Fraction(p, Polynomial.constant(Rationals.Q, n, BigFraction.ONE));
    }

    /** The last non-blank character before {@code before}; {@code '('} at the start (a sign there is unary). */
    private static char previousNonSpace(String t, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return '(';
    }

    private static boolean isOperator(char c) {
        return c == '*' || c == '/' || c == '^' || c == '(' || c == '+' || c == '-';
    }

    /** No top-level {@code + - * /} after the first character. */
    private static boolean isSingleFactor(String s) {
        String t = s.strip();
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && i > 0 && (c == '+' || c == '-' || c == '/' || (c == '*' && !(t.startsWith("**", i)
                    || t.charAt(i - 1) == '*')))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static Polynomial<BigFraction> parseAt(String part, int n, int offset) {
        try {
            return PolynomialParser.parse(part, n);
        } catch (PolynomialSyntaxException e) {
            // every PolynomialSyntaxException message ends with " at column <c>" (its constructor appends it)
            String m = e.getMessage();
            throw new PolynomialSyntaxException(m.substring(0, m.lastIndexOf(" at column ")), e.column() + offset);
        }
    }
}
