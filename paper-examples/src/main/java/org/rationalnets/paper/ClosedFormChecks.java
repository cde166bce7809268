package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.oracle.json.RationalNetsJson;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Degrees;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.oracle.Formulas;

/**
 * docs/theory.md §2, the closed form and its degrees: the closed-form and degree rows of
 * docs/examples.md, the closed form against direct composition, and the degree formulas (expected
 * values from {@link Formulas}, written from the statements independently of core's {@code Degrees}).
 */
public final class ClosedFormChecks {

    private ClosedFormChecks() {
    }

    /** A closed-form example: the closed form equals the literal exactly, and lowest terms removes the stated factor. */
    public static Check closedForm(Examples.ClosedFormExample e) {
        return new Check(e.id(), "§2 closed form [paper/derived]",
                "closed form of " + Architecture.parse(e.architecture()) + " with W = " + e.weights()
                        + (e.note().isEmpty() ? "" : " (" + e.note() + ")"),
                () -> {
                    Architecture d = Architecture.parse(e.architecture());
                    ClosedForm<BigFraction> cf = RationalNet.of(RationalNetsJson.weights(d, e.weights())).closedForm();
                    int n = d.inputDimension();
                    List<Polynomial<BigFraction>> expectedP = e.numerators().stream()
                            .map(s -> PolynomialParser.parse(s, n)).toList();
                    Polynomial<BigFraction> expectedQ = PolynomialParser.parse(e.denominator(), n);
                    if (!cf.numerators().equals(expectedP)) {
                        return Check.Outcome.fail("P: expected " + expectedP + ", got " + cf.numerators());
                    }
                    if (!cf.denominator().equals(expectedQ)) {
                        return Check.Outcome.fail("Q: expected " + expectedQ + ", got " + cf.denominator());
                    }
                    Polynomial<BigFraction> factor = RationalPolynomials.lowestTerms(cf.numerators(), cf.denominator()).commonFactor();
                    Polynomial<BigFraction> expectedFactor = RationalPolynomials.primitivePart(PolynomialParser.parse(e.commonFactor(), n));
                    if (!factor.equals(expectedFactor)) {
                        return Check.Outcome.fail("common factor: expected " + expectedFactor + ", got " + factor);
                    }
                    return Check.Outcome.pass("P = " + cf.numerators() + ", Q = " + cf.denominator()
                            + (factor.isConstant() ? ", lowest terms" : ", common factor " + factor));
                });
    }

    /** §2: the closed form {@code (P, Q)} agrees with direct composition at random rational points. */
    public static Check againstComposition(long seed) {
        List<Architecture> archs = new ArrayList<>(DimensionCensus.architectures(new Range(1, 3), new Range(1, 3),
                new Range(1, 3), new Range(1, 2), 24, 10_000));
        archs.addAll(List.of(Architecture.of(2, 2, 2, 2, 1), Architecture.of(2, 2, 2, 2, 2, 1),
                Architecture.of(3, 2, 2, 2, 1), Architecture.of(2, 3, 2, 3, 1)));
        String range = archs.size() + " architectures (d_0, widths ≤ 3, L ≤ 3, d_L ≤ 2, #params ≤ 24, and 4 deeper ones), "
                + "2 random integer networks each (entries in [−5, 5]), 3 rational points each, seed " + seed;
        return new Check("CLOSED-FORM", "§2 closed form [paper for widths ≥ 2; derived]",
                "f_W = (P_1/Q, …, P_{d_L}/Q) with P, Q from the recursion of §2, for every defined network", range, () -> {
                    CompositionComparison.Result run = CompositionComparison.compare(archs, new Random(seed), (d, net) -> {
                        ClosedForm<BigFraction> cf = net.closedForm();
                        return new CompositionComparison.Formula() {
                            @Override
                            public Optional<List<BigFraction>> at(List<BigFraction> xi) {
                                return cf.denominator().evaluate(xi).signum() == 0 ? Optional.empty() : Optional.of(cf.evaluate(xi));
                            }

                            @Override
                            public String mismatch(List<BigFraction> xi, List<BigFraction> direct, List<BigFraction> closed) {
                                return d + " at x = " + xi + " (seed " + seed + "): expected (direct composition) " + direct
                                        + ", got (closed form) " + closed + " from " + cf;
                            }
                        };
                    });
                    if (run.mismatch() != null) {
                        return Check.Outcome.fail(run.mismatch());
                    }
                    int networks = run.networks();
                    int points = run.points();
                    int poles = run.poles();
                    if (points < networks) {
                        return Check.Outcome.fail("only " + points + " points evaluated (" + poles + " poles)");
                    }
                    return Check.Outcome.pass(networks + " networks on " + archs.size() + " architectures, " + points
                            + " points equal exactly (" + poles + " points at a pole skipped), seed " + seed);
                });
    }

    /** A degrees example: D_P and D_Q of §2, and D_P − D_Q = (−1)^{L−1}. */
    public static Check degrees(Examples.DegreeExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check("DEG" + d, "§2 degrees [derived]", "D_P, D_Q of " + d + " are " + e.numeratorDegree()
                + ", " + e.denominatorDegree(),
                () -> {
                    Degrees g = d.degrees();
                    String actual = g.numeratorDegree() + ", " + g.denominatorDegree();
                    Check.Outcome o = Check.Outcome.equal("D_P, D_Q", e.numeratorDegree() + ", " + e.denominatorDegree(), actual);
                    long sign = d.depth() % 2 == 1 ? 1 : -1;
                    if (o.passed() && g.numeratorDegree() - g.denominatorDegree() != sign) {
                        return Check.Outcome.fail("D_P − D_Q = " + (g.numeratorDegree() - g.denominatorDegree()) + ", expected " + sign);
                    }
                    return o;
                });
    }

    /**
     * §2 and §7: {@code D_P}, {@code D_Q} by the formulas of §2 ({@link Formulas}, independent of core's
     * {@link Degrees}) equal the library's, {@code D_P − D_Q = (−1)^{L−1}}, the binary formulas of §7 hold, and the closed forms of
     * random networks are homogeneous of exactly these degrees.
     */
    public static Check degreeFormulas(long seed) {
        List<Architecture> formulaRange = DimensionCensus.architectures(new Range(1, 4), new Range(1, 4), new Range(1, 5),
                new Range(1, 3), Long.MAX_VALUE, 100_000);
        List<Architecture> expandRange = DimensionCensus.architectures(new Range(1, 3), new Range(1, 3), new Range(1, 3),
                new Range(1, 2), 18, 10_000);
        String range = formulaRange.size() + " architectures (d_0, widths ≤ 4, L ≤ 5, d_L ≤ 3) for the formulas; "
                + expandRange.size() + " (d_0, widths ≤ 3, L ≤ 3, d_L ≤ 2, #params ≤ 18) expanded, seed " + seed;
        return new Check("DEGREES", "§2 degrees [derived]; §7 binary degrees [derived]",
                "D_P = e_L + Σ_{t∈S_L} c_t, D_Q = Σ_{t∈T_L} c_t, D_P − D_Q = (−1)^{L−1}; binary: D_P = 1 + 2⌊(L−1)/2⌋, D_Q = 2⌊L/2⌋",
                range, () -> {
                    int binary = 0;
                    for (Architecture d : formulaRange) {
                        long[] expected = Formulas.degrees(d.widths());
                        Degrees g = d.degrees();
                        if (g.numeratorDegree() != expected[0] || g.denominatorDegree() != expected[1]) {
                            return Check.Outcome.fail(d + ": expected D_P, D_Q = " + expected[0] + ", " + expected[1]
                                    + ", got " + g.numeratorDegree() + ", " + g.denominatorDegree());
                        }
                        long sign = d.depth() % 2 == 1 ? 1 : -1;
                        if (expected[0] - expected[1] != sign) {
                            return Check.Outcome.fail(d + ": D_P − D_Q = " + (expected[0] - expected[1]) + ", expected " + sign);
                        }
                        if (d.depth() >= 2 && d.hasBinaryHiddenLayers()) {
                            int l = d.depth();
                            if (expected[0] != 1 + 2L * ((l - 1) / 2) || expected[1] != 2L * (l / 2)) {
                                return Check.Outcome.fail(d + ": binary formula gives " + (1 + 2 * ((l - 1) / 2)) + ", "
                                        + 2 * (l / 2) + ", §2 gives " + expected[0] + ", " + expected[1]);
                            }
                            binary++;
                        }
                    }
                    Random random = new Random(seed);
                    for (Architecture d : expandRange) {
                        ClosedForm<BigFraction> cf = RandomNetworks.definedNetwork(d, random).closedForm();
                        long[] expected = Formulas.degrees(d.widths());
                        for (Polynomial<BigFraction> p : cf.numerators()) {
                            if (!p.isZero() && (!p.isHomogeneous() || p.degree() != expected[0])) {
                                return Check.Outcome.fail(d + " (seed " + seed + "): numerator " + p + " is not homogeneous of degree "
                                        + expected[0]);
                            }
                        }
                        Polynomial<BigFraction> q = cf.denominator();
                        if (q.isZero() || !q.isHomogeneous() || q.degree() != expected[1]) {
                            return Check.Outcome.fail(d + " (seed " + seed + "): denominator " + q + " is not homogeneous of degree "
                                    + expected[1]);
                        }
                    }
                    return Check.Outcome.pass(formulaRange.size() + " architectures agree with the formulas (" + binary
                            + " with binary hidden layers also with §7), D_P − D_Q = ±1 throughout; " + expandRange.size()
                            + " closed forms homogeneous of degrees (D_P, D_Q), seed " + seed);
                });
    }
}
