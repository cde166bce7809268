package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.ShallowMembership;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Equivalences;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

/**
 * docs/theory.md §6, shallow networks {@code (d_0, d_1, d_2)}: S1 and S2 against certified dimensions
 * (expected values from {@link Theorems}, the statements), the equations rows of docs/examples.md
 * and S3, the membership rows and membership of random networks in both modes.
 */
public final class ShallowChecks {

    private ShallowChecks() {
    }

    /** S1 over {@code d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3}: certified dimension = {@code d_2} or {@code d_1(d_0 + d_2 − 1)}. */
    public static Check s1(long seed) {
        List<Architecture> archs = shallow(4, 4, 3);
        return DimensionChecks.certifiedAgainst("S1", "S1 (§6) [paper: characterised; formula derived]",
                "dim V_(d0,d1,d2) = d_2 if d_0 = 1, d_1(d_0 + d_2 − 1) if d_0 ≥ 2",
                archs, "d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3", seed,
                d -> Theorems.dimension(d).orElseThrow().value(), null);
    }

    /** S2 over {@code d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3}: certified filling iff {@code d_0 ≤ 2} or {@code d_1 = 1}. */
    public static Check s2(long seed) {
        List<Architecture> archs = shallow(4, 4, 3);
        return DimensionChecks.certifiedAgainst("S2", "S2 (§6) [derived]", "(d_0, d_1, d_2) fills iff d_0 ≤ 2 or d_1 = 1",
                archs, "d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3", seed, null,
                d -> Theorems.fills(d).orElseThrow().value());
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
     * S3: the 3×3 minors of {@code [S; p_1ᵀ; …]} vanish at the closed forms of random networks (rank ≤ 2,
     * checked on the matrix built here from the coefficients, and on the library's minors), not at a
     * random point (rank > 2) of {@code A_d}; for {@code (3,2,1), (3,2,2), (4,2,1)} they span the interpolated cubics, and
     * {@code (3,2,2)}, {@code (4,2,1)} have no quadric.
     */
    public static Check s3(long seed) {
        List<Architecture> archs = new ArrayList<>();
        for (int d0 = 2; d0 <= 5; d0++) {
            for (int d2 = 1; d2 <= 3; d2++) {
                archs.add(Architecture.of(d0, 2, d2));
            }
        }
        return new Check("S3", "S3 (§6) [paper: equations for some architectures; statement derived, checked with Macaulay2]",
                "V_(d0,2,d2) = {rank [S; p_1ᵀ; …; p_{d2}ᵀ] ≤ 2}: its 3×3 minors vanish on V and generate I(V) (no equation of degree < 3)",
                archs.size() + " architectures (d_0 ≤ 5, d_2 ≤ 3) × 3 random networks, seed " + seed
                        + "; degree 3 span for (3,2,1), (3,2,2), (4,2,1); degree 2 for (3,2,2), (4,2,1)", () -> {
                    Random random = new Random(seed);
                    int networks = 0;
                    int minorsEvaluated = 0;
                    for (Architecture d : archs) {
                        List<Polynomial<BigFraction>> minors = d.inputDimension() <= 4 ? DeterminantalEquations.minors(d) : List.of();
                        for (int t = 0; t < 3; t++) {
                            ClosedForm<BigFraction> cf = RandomNetworks.definedNetwork(d, random).closedForm();
                            int rank = ShallowMembership.s3Matrix(cf.numerators(), cf.denominator()).rank();
                            if (rank > 2) {
                                return Check.Outcome.fail(d + " (seed " + seed + "): expected rank [S; p] ≤ 2 at " + cf + ", got " + rank);
                            }
                            List<BigFraction> point = ambientPoint(d, cf.numerators(), cf.denominator());
                            for (Polynomial<BigFraction> m : minors) {
                                if (m.evaluate(point).signum() != 0) {
                                    return Check.Outcome.fail(d + " (seed " + seed + "): expected minor " + m + " = 0 at " + cf
                                            + ", got " + m.evaluate(point));
                                }
                                minorsEvaluated++;
                            }
                            networks++;
                        }
                        if (d.inputDimension() >= 3) {
                            List<Polynomial<BigFraction>> p = new ArrayList<>();
                            for (int i = 0; i < d.outputDimension(); i++) {
                                p.add(RandomNetworks.randomForm(d.inputDimension(), 1, random));
                            }
                            int rank = ShallowMembership.s3Matrix(p, RandomNetworks.randomForm(d.inputDimension(), 2, random)).rank();
                            if (rank <= 2) {
                                return Check.Outcome.fail(d + " (seed " + seed + "): expected a random point of A_d to have rank > 2, got " + rank);
                            }
                        }
                    }
                    StringBuilder spans = new StringBuilder();
                    EquationsResult cubics = null;
                    for (Architecture a : List.of(Architecture.of(3, 2, 1), Architecture.of(3, 2, 2), Architecture.of(4, 2, 1))) {
                        cubics = NeurovarietyEquations.inDegree(a, 3, seed);
                        DeterminantalEquations.Comparison c = DeterminantalEquations.compare(a, cubics);
                        if (!cubics.certified() || !c.spansSameSpace()) {
                            return Check.Outcome.fail(a + " degree 3: expected the minors to span the certified interpolated cubics, got "
                                    + cubics.count() + " cubics (certified " + cubics.certified() + "), minors span rank " + c.minorSpanRank()
                                    + ", contained " + c.containedInInterpolated());
                        }
                        spans.append(spans.length() == 0 ? "" : ", ").append(a).append(": ").append(c.minors().size()).append(" minors span the ")
                                .append(cubics.count()).append(" cubics");
                    }
                    Architecture a = Architecture.of(4, 2, 1);
                    StringBuilder quadrics = new StringBuilder();
                    for (Architecture q : List.of(Architecture.of(3, 2, 2), a)) {
                        EquationsResult r = NeurovarietyEquations.inDegree(q, 2, seed);
                        if (!r.certified() || r.count() != 0) {
                            return Check.Outcome.fail(q + " degree 2: expected 0 certified equations, got " + r.count()
                                    + " (certified " + r.certified() + ")");
                        }
                        quadrics.append(quadrics.length() == 0 ? "" : ", ").append(q);
                    }
                    return Check.Outcome.pass(networks + " network points have rank [S; p] ≤ 2 (" + minorsEvaluated
                            + " minor evaluations = 0); random points of A_d have rank > 2; " + spans
                            + " (certified: rank mod " + cubics.certificate().rankPrime() + ", every cubic proved by substitution); no quadric for "
                            + quadrics);
                });
    }

    /**
     * A row of the membership table (§6): {@code member} over Q, R, C and {@code closure_member} equal the
     * literals; every "yes" carries a witness (verified exactly by the algorithm before it is returned);
     * where docs/examples.md lists a witness, that witness is expanded exactly ({@link ListedWitness}) and
     * must reproduce the input.
     */
    public static Check membership(Examples.MembershipExample e) {
        Architecture d = Architecture.parse(e.architecture());
        String input = e.function() != null ? e.function() : "P = " + e.numerators() + ", Q = " + e.denominator();
        return new Check(e.id(), "§6 membership [derived]", e.mode() + " membership of " + input + " in M" + d + ": Q "
                + Check.yesNo(e.inQ()) + ", R " + Check.yesNo(e.inR()) + ", C " + Check.yesNo(e.inC()) + ", V " + Check.yesNo(e.inV()),
                () -> {
                    int n = d.inputDimension();
                    MembershipResult.Mode mode = e.mode().equals("tuple") ? MembershipResult.Mode.TUPLE : MembershipResult.Mode.FUNCTION;
                    MembershipInput in;
                    if (e.function() != null) {
                        MembershipInput.Fraction f = MembershipInput.parseFunction(e.function(), n);
                        in = MembershipInput.of(d, mode, List.of(f.numerator()), f.denominator());
                    } else {
                        in = MembershipInput.of(d, mode, e.numerators().stream().map(s -> PolynomialParser.parse(s, n)).toList(),
                                PolynomialParser.parse(e.denominator(), n));
                    }
                    MembershipResult r = Membership.decide(in, EnumSet.allOf(GroundField.class), 1);
                    String actual = "Q " + r.answer(GroundField.Q).word() + ", R " + r.answer(GroundField.R).word() + ", C "
                            + r.answer(GroundField.C).word() + ", V " + r.closure().word();
                    String expected = "Q " + Check.yesNo(e.inQ()) + ", R " + Check.yesNo(e.inR()) + ", C " + Check.yesNo(e.inC())
                            + ", V " + Check.yesNo(e.inV());
                    if (!actual.equals(expected)) {
                        return Check.Outcome.fail("expected " + expected + ", got " + actual + " (" + r.reason() + ")");
                    }
                    String witness = "";
                    if (!e.witnessRows().isEmpty()) {
                        GroundField smallest = e.inQ() ? GroundField.Q : e.inR() ? GroundField.R : GroundField.C;
                        WitnessWeights w = r.weights(smallest);
                        String mismatch = ListedWitness.mismatch(d, mode, e.witnessRows(), e.witnessOutput(), in.numerators(),
                                in.denominator());
                        if (mismatch != null) {
                            return Check.Outcome.fail("witness over " + smallest + ": " + mismatch);
                        }
                        witness = "; the listed witness reproduces the input exactly; the one found over " + smallest + ": "
                                + w.toText();
                    }
                    return Check.Outcome.pass(actual + witness);
                });
    }

    /**
     * §6 membership, tuple and function form: the closed form of every random shallow network with
     * rational weights is a member over Q in both modes, and the rational witness returned expands
     * (by the closed form, here) to the same point of {@code A_d} up to a scalar, and to the same
     * function; a point whose {@code Q} does not split over C is in neither {@code M_d} nor {@code V_d}.
     */
    public static Check shallowMembership(long seed) {
        List<Architecture> archs = DimensionCensus.architectures(new Range(2, 3), new Range(1, 3), new Range(2, 2), new Range(1, 2),
                Long.MAX_VALUE, 1000);
        return new Check("MEMBERSHIP", "§6 membership, tuple form [paper: algorithms proposed; this one derived], function form [derived]",
                "[P_W : Q_W] ∈ M_d(Q) and f_W ∈ M_d(Q) for rational weights, with a witness that expands back; "
                        + "Q not split over C ⇒ not in V_d (d_0 ≥ 3, d_1 ≥ 2)",
                archs.size() + " shallow architectures (d_0 ∈ {2,3}, d_1 ≤ 3, d_2 ≤ 2) × 1 random network (entries in [−5, 5]), "
                        + "both modes; x1^2 + x2^2 + x3^2 for (3,2,1), (3,3,1); seed " + seed, () -> {
                    Random random = new Random(seed);
                    EnumSet<GroundField> fields = EnumSet.allOf(GroundField.class);
                    int decided = 0;
                    for (Architecture d : archs) {
                        ClosedForm<BigFraction> cf = RandomNetworks.definedNetwork(d, random).closedForm();
                        for (MembershipResult.Mode mode
                                : MembershipResult.Mode.values()) {
                            var in = MembershipInput.of(d, mode, cf.numerators(), cf.denominator());
                            var r = Membership.decide(in, fields, seed);
                            if (r.answer(GroundField.Q) != Answer.YES) {
                                return Check.Outcome.fail(d + " " + mode + " (seed " + seed + "): expected a member over Q, got "
                                        + r.answer(GroundField.Q) + " for " + cf + " (" + r.reason() + ")");
                            }
                            var w = r.weights(GroundField.Q).toRational(d);
                            if (w.isEmpty()) {
                                return Check.Outcome.fail(d + " " + mode + ": expected rational witness weights, got " + r.weights(GroundField.Q));
                            }
                            ClosedForm<BigFraction> back = RationalNet.of(w.get()).closedForm();
                            boolean same = mode == MembershipResult.Mode.TUPLE
                                    ? Equivalences.sameProjectivePoint(tuple(cf), tuple(back))
                                    : Equivalences.sameFunction(cf.numerators(), cf.denominator(), back.numerators(), back.denominator());
                            if (!same) {
                                return Check.Outcome.fail(d + " " + mode + " witness " + w.get() + " (seed " + seed + "): expected "
                                        + (mode == MembershipResult.Mode.TUPLE ? "a point proportional to " : "") + cf + ", got " + back);
                            }
                            decided++;
                        }
                    }
                    Polynomial<BigFraction> conic = PolynomialParser.parse("x1^2 + x2^2 + x3^2", 3);
                    for (Architecture d : List.of(Architecture.of(3, 2, 1), Architecture.of(3, 3, 1))) {
                        Polynomial<BigFraction> q = d.width(1) == 2 ? conic : conic.multiply(PolynomialParser.parse("x1", 3));
                        Polynomial<BigFraction> p = d.width(1) == 2 ? PolynomialParser.parse("x1", 3) : PolynomialParser.parse("x1*x2", 3);
                        var in = MembershipInput.of(d,
                                MembershipResult.Mode.TUPLE, List.of(p), q);
                        var r = Membership.decide(in, fields, seed);
                        String actual = "M(C) " + r.answer(GroundField.C) + ", V " + r.closure();
                        if (!actual.equals("M(C) NO, V NO")) {
                            return Check.Outcome.fail(d + " P = " + p + ", Q = " + q + ": expected M(C) false, V false, got " + actual);
                        }
                    }
                    return Check.Outcome.pass(decided + " decisions (" + archs.size() + " networks × tuple, function): member over Q, "
                            + "each rational witness expands back to the same point/function; the non-split conic is in neither M(C) "
                            + "nor V for (3,2,1), (3,3,1)");
                });
    }

    private static List<Architecture> shallow(int maxD0, int maxD1, int maxD2) {
        return DimensionCensus.architectures(new Range(1, maxD0), new Range(1, maxD1), new Range(2, 2), new Range(1, maxD2),
                Long.MAX_VALUE, 100_000);
    }

    /** The homogeneous coordinates of {@code [P : Q]} in the order of {@code AmbientSpace.coordinateNames()}. */
    private static List<BigFraction> ambientPoint(Architecture d, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        List<BigFraction> x = new ArrayList<>();
        for (Polynomial<BigFraction> pi : p) {
            for (Monomial m : d.ambientSpace().numeratorMonomials()) {
                x.add(pi.coefficient(m));
            }
        }
        for (Monomial m : d.ambientSpace().denominatorMonomials()) {
            x.add(q.coefficient(m));
        }
        return x;
    }

    /** {@code (P_1, …, P_m, Q)}: the closed form as a point of {@code A_d}'s coordinates, polynomial by polynomial. */
    private static List<Polynomial<BigFraction>> tuple(ClosedForm<BigFraction> f) {
        List<Polynomial<BigFraction>> t = new ArrayList<>(f.numerators());
        t.add(f.denominator());
        return t;
    }
}
