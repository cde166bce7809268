package org.rationalnets.paper;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.factor.LinearFactor;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

/** docs/theory.md §8: splitting forms into linear factors, on forms whose answer is known by hand. */
public final class FactorChecks {

    private FactorChecks() {
    }

    /**
     * A form with a known answer to §8's question: does it split over Q, R, C; and, when it splits over
     * Q, its factors (coefficient vectors, first nonzero coefficient 1) with multiplicities.
     */
    record SplittingExample(String form, boolean overQ, boolean overR, boolean overC, List<List<String>> factors,
                            List<Integer> multiplicities) {
    }

    /** The forms of the FACTOR check, in three variables (literals, known by hand). */
    static final List<SplittingExample> SPLITTING = List.of(
            new SplittingExample("x1*x2 - x1*x3 + 2*x2^2 - 2*x2*x3", true, true, true,
                    List.of(List.of("1", "2", "0"), List.of("0", "1", "-1")), List.of(1, 1)),
            new SplittingExample("x1^2 + x2^2", false, false, true, List.of(), List.of()),
            new SplittingExample("x1^2 - 2*x2^2", false, true, true, List.of(), List.of()),
            new SplittingExample("x1^2*x2", true, true, true, List.of(List.of("1", "0", "0"), List.of("0", "1", "0")), List.of(2, 1)),
            new SplittingExample("x1*x2 - x3^2", false, false, false, List.of(), List.of()));

    /**
     * §8: splitting forms into linear factors, on forms whose answer is known: CF3's denominator
     * {@code (x1 + 2x2)(x2 − x3)} over Q, {@code x1² + x2²} over C only, {@code x1² − 2x2²} over R not Q,
     * {@code x1² x2} with multiplicities, and {@code x1 x2 − x3²} (a smooth conic) over none.
     */
    public static Check linearFactors(long seed) {
        return new Check("FACTOR", "§8 splitting into linear factors [derived]",
                "a form splits over Q/R/C iff the certified identity Q = c·Π Norm_e(ℓ)^e holds with factors over that field",
                SPLITTING.size() + " ternary forms with known answers, seed " + seed, () -> {
                    StringBuilder detail = new StringBuilder();
                    for (SplittingExample row : SPLITTING) {
                        Polynomial<BigFraction> form = PolynomialParser.parse(row.form(), 3);
                        LinearFactorization f = LinearFactorization.of(form, seed);
                        String expected = "Q " + Check.yesNo(row.overQ()) + ", R " + Check.yesNo(row.overR()) + ", C " + Check.yesNo(row.overC());
                        String actual = "Q " + Check.yesNo(f.splitsOver(GroundField.Q)) + ", R " + Check.yesNo(f.splitsOver(GroundField.R))
                                + ", C " + Check.yesNo(f.splitsOver(GroundField.C));
                        if (!expected.equals(actual)) {
                            return Check.Outcome.fail(row.form() + ": expected " + expected + ", got " + actual + " (" + f.reason() + ")");
                        }
                        if (!row.factors().isEmpty()) {
                            Set<String> expectedFactors = new HashSet<>();
                            for (int i = 0; i < row.factors().size(); i++) {
                                expectedFactors.add(row.factors().get(i).stream().map(t -> BigFraction.parse(t).toString()).toList()
                                        + "^" + row.multiplicities().get(i));
                            }
                            Set<String> actualFactors = new HashSet<>();
                            for (LinearFactor l : f.factors()) {
                                actualFactors.add(l.rationalCoefficients().stream().map(BigFraction::toString).toList() + "^" + l.multiplicity());
                            }
                            if (!expectedFactors.equals(actualFactors)) {
                                return Check.Outcome.fail(row.form() + ": expected factors " + expectedFactors + ", got " + actualFactors);
                            }
                        }
                        detail.append(row.form()).append(": ").append(actual)
                                .append(f.isCertain(GroundField.C) ? "" : " (a \"no\" over C, error ≤ " + f.errorBound() + ")").append("; ");
                    }
                    return Check.Outcome.pass(detail + "every \"yes\" certified by the exact norm identity");
                });
    }
}
