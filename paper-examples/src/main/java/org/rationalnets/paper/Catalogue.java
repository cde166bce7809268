package org.rationalnets.paper;

import org.rationalnets.oracle.WitnessComparison;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.ShallowMembership;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Degrees;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;

/**
 * Every statement of docs/theory.md and every row of docs/examples.md as a {@link Check}, listed once. The
 * {@code reproduce} command, its report and the oracle's tests all read this list.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** All checks with the default seed ({@link StatementChecks#DEFAULT_SEED}). */
    public static List<Check> all() {
        return all(StatementChecks.DEFAULT_SEED);
    }

    /**
     * All checks, in the order of docs/theory.md: each section's example rows, then its statements checked
     * over a range with random networks, points and certificates drawn from {@code seed}.
     */
    public static List<Check> all(long seed) {
        List<Check> checks = new ArrayList<>();
        Examples.CLOSED_FORMS.forEach(e -> checks.add(closedForm(e)));
        checks.add(StatementChecks.closedFormAgainstComposition(seed));
        Examples.DEGREES.forEach(e -> checks.add(degrees(e)));
        checks.add(StatementChecks.degreeFormulas(seed));
        Examples.DIMENSIONS.forEach(e -> checks.add(ambient(e)));
        checks.addAll(List.of(StatementChecks.ambientFormula(), StatementChecks.symmetries(seed),
                StatementChecks.certificateHonesty(seed)));
        Examples.DIMENSIONS.forEach(e -> checks.add(dimension(e)));
        checks.addAll(List.of(StatementChecks.w1(seed), StatementChecks.s1(seed), StatementChecks.s2(seed)));
        Examples.EQUATIONS.forEach(e -> checks.add(equations(e)));
        checks.add(StatementChecks.s3(seed));
        Examples.MEMBERSHIP.forEach(e -> checks.add(membership(e)));
        checks.addAll(List.of(StatementChecks.shallowMembership(seed), StatementChecks.binaryForm(seed)));
        checks.addAll(DeepBinaryChecks.all());
        checks.addAll(List.of(StatementChecks.b1(seed), StatementChecks.b2(seed), StatementChecks.linearFactors(seed),
                StatementChecks.censusNoDefect(seed), StatementChecks.censusFilling(seed), StatementChecks.censusWidthOne(seed),
                StatementChecks.nonFillingExample(seed)));
        checks.addAll(LiteratureChecks.all());
        return List.copyOf(checks);
    }

    /** A closed-form example: the closed form equals the literal exactly, and lowest terms removes the stated factor. */
    public static Check closedForm(Examples.ClosedFormExample e) {
        return new Check(e.id(), "§2 closed form [paper/derived]",
                "closed form of " + Architecture.parse(e.architecture()) + " with W = " + e.weights()
                        + (e.note().isEmpty() ? "" : " (" + e.note() + ")"),
                () -> {
                    Architecture d = Architecture.parse(e.architecture());
                    ClosedForm<BigFraction> cf = RationalNet.of(Weights.parseJson(d, e.weights())).closedForm();
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

    /** The ambient dimension of a row of the dimensions table (§3). */
    public static Check ambient(Examples.DimensionExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check("AMB" + d, "§3 ambient space [derived]", "amb" + d + " = " + e.ambientDimension(),
                () -> Check.Outcome.equal("amb", BigInteger.valueOf(e.ambientDimension()), d.ambientSpace().dimension()));
    }

    /**
     * A row of the equations table: {@code I(V_d)_k} by interpolation is certified (every equation
     * proved by symbolic substitution, the count by the rank bound) and has the stated dimension; for
     * (d_0, 2, d_2) the 3×3 minors of S3 span the same space.
     */
    public static Check equations(Examples.EquationsExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check("EQ" + d + "k" + e.degree(), "§8 equations, S3 [derived]",
                "dim I(V" + d + ")_" + e.degree() + " = " + e.count() + (e.note().isEmpty() ? "" : " (" + e.note() + ")"),
                () -> {
                    EquationsResult r = NeurovarietyEquations.inDegree(d, e.degree(), 1);
                    if (!r.certified()) {
                        return Check.Outcome.fail("not certified: " + r.certificate());
                    }
                    if (r.count() != e.count()) {
                        return Check.Outcome.fail("count: expected " + e.count() + ", got " + r.count());
                    }
                    String s3 = "";
                    if (d.width(1) == 2) {
                        DeterminantalEquations.Comparison c = DeterminantalEquations.compare(d, r);
                        if (!c.spansSameSpace()) {
                            return Check.Outcome.fail("the 3×3 minors of [S; p] do not span the interpolated space (rank "
                                    + c.minorSpanRank() + ", contained " + c.containedInInterpolated() + ")");
                        }
                        s3 = "; the " + c.minors().size() + " minors of [S; p] span the same space";
                    }
                    return Check.Outcome.pass("count = " + r.count() + ", certified: rank mod " + r.certificate().rankPrime()
                            + " gives ≤ " + r.certificate().upperBound() + ", " + r.certificate().verified()
                            + " equations proved by substitution" + s3);
                });
    }

    /**
     * A row of the dimensions table (§3–§7): the certified dimension (§5), the ambient dimension and
     * filling equal the literals, the result is certified, and the theorem that applies (S1 for
     * shallow, B1 for binary hidden layers, W1 for a width-1 hidden layer) gives the same value.
     */
    public static Check dimension(Examples.DimensionExample e) {
        Architecture d = Architecture.parse(e.architecture());
        Theorem expected = d.isShallow() ? Theorem.S1
                : d.hasBinaryHiddenLayers() ? Theorem.B1
                : d.firstWidthOneHiddenLayer() > 0 ? Theorem.W1 : null;
        return new Check("DIM" + d, "§5 certified dimension [derived]" + (expected == null ? "" : ", " + expected + " "
                + expected.provenance()),
                "dim V" + d + " = " + e.dimension() + " in P^" + e.ambientDimension() + (e.fills() ? ", fills" : ", does not fill")
                        + (e.remark().isEmpty() ? "" : " (" + e.remark() + ")"),
                () -> {
                    DimensionCertificate c = CertifiedDimension.of(d);
                    if (!c.certified()) {
                        return Check.Outcome.fail("not certified: " + c);
                    }
                    if (c.lowerBound() != e.dimension()) {
                        return Check.Outcome.fail("dim: expected " + e.dimension() + ", got " + c.lowerBound() + " — " + c);
                    }
                    if (!c.ambientDimension().equals(BigInteger.valueOf(e.ambientDimension()))) {
                        return Check.Outcome.fail("amb: expected " + e.ambientDimension() + ", got " + c.ambientDimension());
                    }
                    if (!Boolean.valueOf(e.fills()).equals(c.fills())) {
                        return Check.Outcome.fail("fills: expected " + e.fills() + ", got " + c.fills());
                    }
                    if (c.theorem() != expected) {
                        return Check.Outcome.fail("theorem: expected " + expected + ", got " + c.theorem());
                    }
                    if (!Theorems.contradictions(c).isEmpty()) {
                        return Check.Outcome.fail(String.join("; ", Theorems.contradictions(c)));
                    }
                    return Check.Outcome.pass("certified dim = " + c.lowerBound() + ": rank " + c.lowerBound() + " over "
                            + c.rankField() + " at " + c.samplePoints() + " points (seed " + c.seed() + ") = upper bound ("
                            + c.upperBoundReason() + ")" + (c.theorem() == null ? "" : "; " + c.theorem() + " gives " + c.theoremValue())
                            + "; amb = " + c.ambientDimension() + (Boolean.TRUE.equals(c.fills()) ? ", fills" : ", does not fill"));
                });
    }

    /**
     * A row of the membership table (§6): {@code member} over Q, R, C and {@code closure_member} equal the
     * literals; every "yes" carries a witness; where docs/examples.md lists a witness, the pairs
     * {@code (row of W_1, entry of W_2)} agree with it up to the symmetries of §4 (scaling a row and its
     * output weight together, permuting rows), compared on the decimal approximations of the exact
     * entries (the exactness of the witness itself is verified by the algorithm before it is returned).
     */
    public static Check membership(Examples.MembershipExample e) {
        Architecture d = Architecture.parse(e.architecture());
        String input = e.function() != null ? e.function() : "P = " + e.numerators() + ", Q = " + e.denominator();
        return new Check(e.id(), "§6 membership [derived]", e.mode() + " membership of " + input + " in M" + d + ": Q "
                + yesNo(e.inQ()) + ", R " + yesNo(e.inR()) + ", C " + yesNo(e.inC()) + ", V " + yesNo(e.inV()),
                () -> {
                    int n = d.inputDimension();
                    MembershipResult.Mode mode = e.mode().equals("tuple") ? MembershipResult.Mode.TUPLE : MembershipResult.Mode.FUNCTION;
                    MembershipInput in;
                    if (e.function() != null) {
                        MembershipInput.Fraction f = MembershipInput.parseFunction(e.function(), n);
                        in = MembershipInput.of(d, mode, List.of(f.numerator()), f.denominator(), true);
                    } else {
                        in = MembershipInput.of(d, mode, e.numerators().stream().map(s -> PolynomialParser.parse(s, n)).toList(),
                                PolynomialParser.parse(e.denominator(), n), false);
                    }
                    MembershipResult r = ShallowMembership.decide(in, EnumSet.allOf(GroundField.class), 1);
                    String actual = "Q " + yesNo(r.member(GroundField.Q)) + ", R " + yesNo(r.member(GroundField.R)) + ", C "
                            + yesNo(r.member(GroundField.C)) + ", V " + yesNo(r.closureMember());
                    String expected = "Q " + yesNo(e.inQ()) + ", R " + yesNo(e.inR()) + ", C " + yesNo(e.inC()) + ", V " + yesNo(e.inV());
                    if (!actual.equals(expected)) {
                        return Check.Outcome.fail("expected " + expected + ", got " + actual + " (" + r.reason() + ")");
                    }
                    String witness = "";
                    if (!e.witnessRows().isEmpty()) {
                        GroundField smallest = e.inQ() ? GroundField.Q : e.inR() ? GroundField.R : GroundField.C;
                        WitnessWeights w = r.weights(smallest);
                        String mismatch = WitnessComparison.mismatch(e.witnessRows(), e.witnessOutput(), w, n);
                        if (mismatch != null) {
                            return Check.Outcome.fail("witness over " + smallest + ": " + mismatch + "; got " + w.toText());
                        }
                        witness = "; witness over " + smallest + " as listed (up to symmetry): " + w.toText();
                    }
                    return Check.Outcome.pass(actual + witness);
                });
    }

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }
}
