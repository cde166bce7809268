package org.rationalnets.paper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.equations.DeterminantalEquations;
import org.rationalnets.algorithms.equations.EquationsResult;
import org.rationalnets.algorithms.equations.NeurovarietyEquations;
import org.rationalnets.algorithms.factor.LinearFactor;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.ShallowMembership;
import org.rationalnets.algorithms.membership.WitnessVerification;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Degrees;
import org.rationalnets.core.Equivalences;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Symmetries;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;

/**
 * One check per labelled statement of docs/theory.md, each over a finite range (the example rows of
 * docs/examples.md are checked in {@link Catalogue}). Expected values are the statements themselves:
 * formulas written out again here, independently of the code under test, and the literals of docs/theory.md
 * (e.g. the 28 defects, the W1 examples). Every random choice comes from the seed, which each
 * detail reports together with the counts that make up the evidence.
 */
public final class StatementChecks {

    /** The default seed of {@code reproduce}. */
    public static final long DEFAULT_SEED = 1L;

    /** A W1 example of docs/theory.md §5 (literals): the dimension and the expected dimension edim it falls short of. */
    record WidthOneExample(String architecture, int dimension, int expectedDimension) {
    }

    /** The W1 examples of docs/theory.md §5. */
    static final List<WidthOneExample> W1_EXAMPLES = List.of(
            new WidthOneExample("2,1,2,2", 3, 4),
            new WidthOneExample("3,3,1,3,3", 11, 17));

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

    private static final Rationals Q = Rationals.Q;

    private StatementChecks() {
    }

    // ---------------------------------------------------------------- §2

    /** §2: the closed form {@code (P, Q)} agrees with direct composition at random rational points. */
    public static Check closedFormAgainstComposition(long seed) {
        List<Architecture> archs = new ArrayList<>(DimensionCensus.architectures(new Range(1, 3), new Range(1, 3),
                new Range(1, 3), new Range(1, 2), 24, 10_000));
        archs.addAll(List.of(Architecture.of(2, 2, 2, 2, 1), Architecture.of(2, 2, 2, 2, 2, 1),
                Architecture.of(3, 2, 2, 2, 1), Architecture.of(2, 3, 2, 3, 1)));
        String range = archs.size() + " architectures (d_0, widths ≤ 3, L ≤ 3, d_L ≤ 2, #params ≤ 24, and 4 deeper ones), "
                + "2 random integer networks each (entries in [−5, 5]), 3 rational points each, seed " + seed;
        return new Check("CLOSED-FORM", "§2 closed form [paper for widths ≥ 2; derived]",
                "f_W = (P_1/Q, …, P_{d_L}/Q) with P, Q from the recursion of §2, for every defined network", range, () -> {
                    Random random = new Random(seed);
                    int networks = 0;
                    int points = 0;
                    int poles = 0;
                    for (Architecture d : archs) {
                        for (int t = 0; t < 2; t++) {
                            RationalNet<BigFraction> net = definedNetwork(d, random);
                            ClosedForm<BigFraction> cf = net.closedForm();
                            networks++;
                            for (int s = 0; s < 3; s++) {
                                List<BigFraction> xi = randomPoint(d.inputDimension(), random);
                                Optional<List<BigFraction>> value = net.valueAt(xi);
                                if (value.isEmpty()) {
                                    poles++;
                                    continue;
                                }
                                List<BigFraction> direct = value.get();
                                if (cf.denominator().evaluate(xi).signum() == 0) {
                                    poles++;
                                    continue;
                                }
                                List<BigFraction> closed = cf.evaluate(xi);
                                if (!closed.equals(direct)) {
                                    return Check.Outcome.fail(d + " at x = " + xi + " (seed " + seed + "): expected (direct composition) "
                                            + direct + ", got (closed form) " + closed + " from " + cf);
                                }
                                points++;
                            }
                        }
                    }
                    if (points < networks) {
                        return Check.Outcome.fail("only " + points + " points evaluated (" + poles + " poles)");
                    }
                    return Check.Outcome.pass(networks + " networks on " + archs.size() + " architectures, " + points
                            + " points equal exactly (" + poles + " points at a pole skipped), seed " + seed);
                });
    }

    /**
     * §2 and §7: {@code D_P}, {@code D_Q} by the formulas of §2 (written out again here) equal the
     * library's, {@code D_P − D_Q = (−1)^{L−1}}, the binary formulas of §7 hold, and the closed forms of
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
                        long[] expected = degreeFormula(d);
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
                        ClosedForm<BigFraction> cf = definedNetwork(d, random).closedForm();
                        long[] expected = degreeFormula(d);
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

    /** {@code (D_P, D_Q)} by the formulas of §2, written out independently of {@link Degrees}. */
    static long[] degreeFormula(Architecture d) {
        int l = d.depth();
        long[] e = new long[l + 1];
        long[] c = new long[l + 1];
        e[1] = 1;
        for (int k = 2; k <= l; k++) {
            e[k] = e[k - 1] * (d.width(k - 1) - 1);
        }
        for (int k = 1; k < l; k++) {
            c[k + 1] = d.width(k) * e[k];
        }
        long dp = e[l];
        for (int t = l - 1; t >= 0; t -= 2) {
            dp += c[t];
        }
        long dq = 0;
        for (int t = l; t >= 0; t -= 2) {
            dq += c[t];
        }
        return new long[] {dp, dq};
    }

    // ---------------------------------------------------------------- §3, §4

    /** §3: {@code amb(d) = d_L·N(d_0, D_P) + N(d_0, D_Q) − 1}, written out with binomials, over a range. */
    public static Check ambientFormula() {
        List<Architecture> archs = DimensionCensus.architectures(new Range(1, 4), new Range(1, 4), new Range(1, 5),
                new Range(1, 3), Long.MAX_VALUE, 100_000);
        return new Check("AMBIENT", "§3 ambient space [derived]",
                "amb(d) = d_L·C(d_0+D_P−1, D_P) + C(d_0+D_Q−1, D_Q) − 1, and A_d has amb(d) + 1 named coordinates",
                archs.size() + " architectures (d_0, widths ≤ 4, L ≤ 5, d_L ≤ 3)", () -> {
                    int named = 0;
                    for (Architecture d : archs) {
                        long[] deg = degreeFormula(d);
                        BigInteger expected = BigInteger.valueOf(d.outputDimension())
                                .multiply(binomial(d.inputDimension() + deg[0] - 1, deg[0]))
                                .add(binomial(d.inputDimension() + deg[1] - 1, deg[1])).subtract(BigInteger.ONE);
                        BigInteger actual = d.ambientSpace().dimension();
                        if (!expected.equals(actual)) {
                            return Check.Outcome.fail("amb" + d + ": expected " + expected + ", got " + actual);
                        }
                        if (actual.compareTo(BigInteger.valueOf(5_000)) < 0) {
                            int names = d.ambientSpace().coordinateNames().size();
                            if (names != actual.intValueExact() + 1) {
                                return Check.Outcome.fail(d + ": " + names + " coordinate names, expected " + actual.add(BigInteger.ONE));
                            }
                            named++;
                        }
                    }
                    return Check.Outcome.pass(archs.size() + " ambient dimensions equal the binomial formula; coordinates counted for "
                            + named + " of them (amb < 5000)");
                });
    }

    /**
     * §4: scaling a hidden neuron (row of {@code W_k}, column of {@code W_{k+1}}) and permuting a hidden
     * layer leave {@code f_W} unchanged, checked as the polynomial identity {@code P'_i Q = P_i Q'};
     * {@code tor(d) = Σ hidden widths} and {@code edim = min(#params − tor, amb)}.
     */
    public static Check symmetries(long seed) {
        List<Architecture> archs = List.of(Architecture.of(2, 2, 1), Architecture.of(3, 2, 2), Architecture.of(2, 3, 2, 1),
                Architecture.of(2, 2, 2, 2, 1), Architecture.of(3, 3, 1, 2), Architecture.of(2, 1, 2, 2), Architecture.of(3, 2, 3, 1));
        return new Check("SYMMETRY", "§4 symmetries and expected dimension [derived]",
                "f_W is invariant under the torus (t·row j of W_k, t·column j of W_{k+1}) and under permuting hidden neurons; "
                        + "tor(d) = Σ_{k<L} d_k, edim = min(#params − tor, amb)",
                archs.size() + " architectures, 3 random networks each, every hidden neuron scaled by a random t ≠ 0, "
                        + "every hidden layer permuted at random, seed " + seed, () -> {
                    Random random = new Random(seed);
                    int scalings = 0;
                    int permutations = 0;
                    for (Architecture d : archs) {
                        long tor = 0;
                        for (int k = 1; k < d.depth(); k++) {
                            tor += d.width(k);
                        }
                        if (d.symmetryDimension() != tor) {
                            return Check.Outcome.fail("tor" + d + ": expected " + tor + ", got " + d.symmetryDimension());
                        }
                        BigInteger edim = BigInteger.valueOf(d.parameterCount() - tor).min(d.ambientSpace().dimension());
                        if (!edim.equals(d.expectedDimension())) {
                            return Check.Outcome.fail("edim" + d + ": expected " + edim + ", got " + d.expectedDimension());
                        }
                        for (int t = 0; t < 3; t++) {
                            RationalNet<BigFraction> net = definedNetwork(d, random);
                            ClosedForm<BigFraction> f = net.closedForm();
                            for (int k = 1; k < d.depth(); k++) {
                                for (int j = 1; j <= d.width(k); j++) {
                                    BigFraction s = BigFraction.of(random.nextInt(9) + 1, random.nextInt(7) + 1)
                                            .multiply(random.nextBoolean() ? 1 : -1);
                                    String diff = sameFunction(f, Symmetries.scaleNeuron(net, k, j, s).closedForm());
                                    if (diff != null) {
                                        return Check.Outcome.fail(d + " neuron (" + k + "," + j + ") scaled by " + s + " (seed " + seed + "): " + diff);
                                    }
                                    scalings++;
                                }
                                int[] perm = randomPermutation(d.width(k), random);
                                String diff = sameFunction(f, Symmetries.permuteLayer(net, k, perm).closedForm());
                                if (diff != null) {
                                    return Check.Outcome.fail(d + " layer " + k + " permuted by " + Arrays.toString(perm) + " (seed " + seed + "): " + diff);
                                }
                                permutations++;
                            }
                        }
                    }
                    return Check.Outcome.pass(scalings + " neuron scalings and " + permutations
                            + " layer permutations leave P_i/Q unchanged (P'_i·Q = P_i·Q' exactly); tor and edim as stated for "
                            + archs.size() + " architectures, seed " + seed);
                });
    }

    // ---------------------------------------------------------------- §5

    /**
     * §5: a certificate is honest at any prime and any sampling — the lower bound never exceeds the
     * true dimension (the literals of docs/examples.md and docs/theory.md §5), the upper bound never falls below
     * it, and a certified value equals it — even for tiny primes, where reduction loses rank.
     */
    public static Check certificateHonesty(long seed) {
        List<DimensionLiteral> literal = new ArrayList<>();
        Examples.DIMENSIONS.forEach(e -> literal.add(new DimensionLiteral(e.architecture(), e.dimension())));
        W1_EXAMPLES.forEach(w -> literal.add(new DimensionLiteral(w.architecture(), w.dimension())));
        return certificateHonesty(seed, literal);
    }

    /** A dimension known from docs/examples.md or docs/theory.md. */
    record DimensionLiteral(String architecture, int dimension) {
    }

    /** {@link #certificateHonesty(long)} against the given literal dimensions. */
    static Check certificateHonesty(long seed, List<DimensionLiteral> literal) {
        long[] primes = {2, 3, 5, 7, 11, 13};
        return new Check("HONEST", "§5 certified dimension [derived]",
                "rank_{F_p} J_Φ(W_0) ≤ dim V_d ≤ upper bound for every prime and sampling; a certified value is the dimension",
                literal.size() + " architectures with literal dimensions (EXAMPLES, docs/theory.md §5) × primes 2, 3, 5, 7, 11, 13 "
                        + "× seeds " + seed + ", " + (seed + 1) + ", plus one point, one draw at the default prime", () -> {
                    int runs = 0;
                    int certified = 0;
                    int weaker = 0;
                    CertifiedDimension.Sampling scant = new CertifiedDimension.Sampling(0, 1, 1, 20);
                    for (DimensionLiteral row : literal) {
                        Architecture d = Architecture.parse(row.architecture());
                        int dim = row.dimension();
                        List<DimensionCertificate> certs = new ArrayList<>();
                        for (long p : primes) {
                            for (long s = seed; s <= seed + 1; s++) {
                                certs.add(CertifiedDimension.of(d, s, p));
                            }
                        }
                        certs.add(CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME, scant));
                        for (DimensionCertificate c : certs) {
                            runs++;
                            if (c.lowerBound() > dim || c.upperBound() < dim) {
                                return Check.Outcome.fail(d + ": expected " + c.lowerBound() + " ≤ " + dim + " ≤ " + c.upperBound()
                                        + ", got a bound on the wrong side — " + c);
                            }
                            if (c.certified()) {
                                certified++;
                            } else {
                                weaker++;
                            }
                        }
                    }
                    if (weaker == 0) {
                        return Check.Outcome.fail("no tiny prime weakened a bound: the check did not exercise §5 (" + runs + " runs)");
                    }
                    return Check.Outcome.pass(runs + " certificates: " + certified + " certified, all equal to the literal; "
                            + weaker + " with a weaker lower bound, reported uncertified; no bound on the wrong side");
                });
    }

    // ---------------------------------------------------------------- §6

    /** S1 over {@code d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3}: certified dimension = {@code d_2} or {@code d_1(d_0 + d_2 − 1)}. */
    public static Check s1(long seed) {
        List<Architecture> archs = shallow(4, 4, 3);
        return certifiedAgainst("S1", "S1 (§6) [paper: characterised; formula derived]",
                "dim V_(d0,d1,d2) = d_2 if d_0 = 1, d_1(d_0 + d_2 − 1) if d_0 ≥ 2",
                archs, "d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3", seed,
                d -> d.inputDimension() == 1 ? d.outputDimension() : (long) d.width(1) * (d.inputDimension() + d.outputDimension() - 1),
                null);
    }

    /** S2 over {@code d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3}: certified filling iff {@code d_0 ≤ 2} or {@code d_1 = 1}. */
    public static Check s2(long seed) {
        List<Architecture> archs = shallow(4, 4, 3);
        return certifiedAgainst("S2", "S2 (§6) [derived]", "(d_0, d_1, d_2) fills iff d_0 ≤ 2 or d_1 = 1",
                archs, "d_0 ≤ 4, d_1 ≤ 4, d_2 ≤ 3", seed, null,
                d -> d.inputDimension() <= 2 || d.width(1) == 1);
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
                            ClosedForm<BigFraction> cf = definedNetwork(d, random).closedForm();
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
                                p.add(randomForm(d.inputDimension(), 1, random));
                            }
                            int rank = ShallowMembership.s3Matrix(p, randomForm(d.inputDimension(), 2, random)).rank();
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
                        ClosedForm<BigFraction> cf = definedNetwork(d, random).closedForm();
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
                            String diff = mode == MembershipResult.Mode.TUPLE
                                    ? proportional(cf, back) : sameFunction(cf, back);
                            if (diff != null) {
                                return Check.Outcome.fail(d + " " + mode + " witness " + w.get() + " (seed " + seed + "): " + diff);
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
                            return Check.Outcome.fail(d + " P = " + p + ", Q = " + q + ": expected M(C) NO, V NO, got " + actual);
                        }
                    }
                    return Check.Outcome.pass(decided + " decisions (" + archs.size() + " networks × tuple, function): member over Q, "
                            + "each rational witness expands back to the same point/function; the non-split conic is in neither M(C) "
                            + "nor V for (3,2,1), (3,3,1)");
                });
    }

    // ---------------------------------------------------------------- §7

    /**
     * §7: for binary hidden layers, {@code f_W = A_L x · s_L} with {@code A_1 = W_1},
     * {@code A_{k+1} = W_{k+1} J A_k}, {@code m_k = (A_k x)_1 (A_k x)_2}, {@code s_2 = 1/m_1},
     * {@code s_{k+1} = 1/(m_k s_k)} — evaluated here at rational points and compared with direct
     * composition.
     */
    public static Check binaryForm(long seed) {
        List<Architecture> archs = binary(3, 2, 6, 3);
        return new Check("BINARY-FORM", "§7 deep binary networks [derived]",
                "f_W = A_L x · s_L with A_1 = W_1, A_{k+1} = W_{k+1} J A_k, m_k = (A_k x)_1 (A_k x)_2, s_2 = 1/m_1, s_{k+1} = 1/(m_k s_k)",
                archs.size() + " architectures (d_0 ≤ 3, hidden widths 2, 2 ≤ L ≤ 6, d_L ≤ 3) × 2 random networks × 3 rational points, seed " + seed,
                () -> {
                    Random random = new Random(seed);
                    Matrix<BigFraction> j = Matrix.of(Q, List.of(List.of(BigFraction.ZERO, BigFraction.ONE), List.of(BigFraction.ONE, BigFraction.ZERO)));
                    int points = 0;
                    int poles = 0;
                    for (Architecture d : archs) {
                        for (int t = 0; t < 2; t++) {
                            RationalNet<BigFraction> net = definedNetwork(d, random);
                            List<Matrix<BigFraction>> a = new ArrayList<>();
                            a.add(net.weight(1));
                            for (int k = 1; k < d.depth(); k++) {
                                a.add(net.weight(k + 1).multiply(j).multiply(a.get(k - 1)));
                            }
                            for (int s3 = 0; s3 < 3; s3++) {
                                List<BigFraction> xi = randomPoint(d.inputDimension(), random);
                                Optional<List<BigFraction>> value = net.valueAt(xi);
                                if (value.isEmpty()) {
                                    poles++;
                                    continue;
                                }
                                List<BigFraction> direct = value.get();
                                BigFraction sk = null;
                                for (int k = 1; k < d.depth(); k++) {
                                    List<BigFraction> ak = a.get(k - 1).apply(xi);
                                    BigFraction mk = ak.get(0).multiply(ak.get(1));
                                    sk = k == 1 ? mk.reciprocal() : mk.multiply(sk).reciprocal();
                                }
                                BigFraction sl = sk;
                                List<BigFraction> formula = a.get(d.depth() - 1).apply(xi).stream().map(v -> v.multiply(sl)).toList();
                                if (!formula.equals(direct)) {
                                    return Check.Outcome.fail(d + " at " + xi + " (seed " + seed + "): expected (composition) " + direct
                                            + ", got (A_L x · s_L) " + formula);
                                }
                                points++;
                            }
                        }
                    }
                    return Check.Outcome.pass(points + " points of " + archs.size() * 2 + " networks agree exactly (" + poles
                            + " poles skipped), seed " + seed);
                });
    }

    /** B1 over {@code d_0 ≤ 4, 3 ≤ L ≤ 6, d_L ≤ 3}: certified dimension = {@code 2(d_0 + L + d_L − 3)} or {@code d_L}. */
    public static Check b1(long seed) {
        List<Architecture> archs = binary(4, 3, 6, 3);
        return certifiedAgainst("B1", "B1 (§7) [paper: bounds; exact value derived]",
                "dim V_(d0,2,…,2,dL) = 2(d_0 + L + d_L − 3) if d_0 ≥ 2, d_L if d_0 = 1",
                archs, "d_0 ≤ 4, hidden widths 2, 3 ≤ L ≤ 6, d_L ≤ 3", seed,
                d -> d.inputDimension() == 1 ? d.outputDimension() : 2L * (d.inputDimension() + d.depth() + d.outputDimension() - 3),
                null);
    }

    /**
     * B2 over {@code d_0 ≤ 4, 2 ≤ L ≤ 6, d_L ≤ 3}: fills iff {@code d_0 = 1}, or {@code d_0 = 2} and
     * ({@code L = 2} or {@code d_L = 1}); for {@code d_0 = 2, L ≥ 3, d_L ≥ 2} the codimension is
     * {@code (d_L − 1)(D_P − 1)}.
     */
    public static Check b2(long seed) {
        List<Architecture> archs = binary(4, 2, 6, 3);
        Check fill = certifiedAgainst("B2", "B2 (§7) [paper: classified; statement derived]",
                "(d_0,2,…,2,d_L) fills iff d_0 = 1, or d_0 = 2 and (L = 2 or d_L = 1); for d_0 = 2, L ≥ 3, d_L ≥ 2 "
                        + "the codimension is (d_L − 1)(D_P − 1)",
                archs, "d_0 ≤ 4, hidden widths 2, 2 ≤ L ≤ 6, d_L ≤ 3", seed, null,
                d -> d.inputDimension() == 1 || (d.inputDimension() == 2 && (d.depth() == 2 || d.outputDimension() == 1)));
        return new Check(fill.id(), fill.label(), fill.statement(), fill.range(), () -> {
            Check.Outcome o = fill.body().get();
            if (!o.passed()) {
                return o;
            }
            int codims = 0;
            for (Architecture d : archs) {
                if (d.inputDimension() == 2 && d.depth() >= 3 && d.outputDimension() >= 2) {
                    DimensionCertificate c = CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME);
                    long dp = 1 + 2L * ((d.depth() - 1) / 2);
                    long expected = (d.outputDimension() - 1) * (dp - 1);
                    BigInteger actual = c.ambientDimension().subtract(BigInteger.valueOf(c.lowerBound()));
                    if (!c.certified() || !actual.equals(BigInteger.valueOf(expected))) {
                        return Check.Outcome.fail("codim" + d + ": expected " + expected + ", got " + actual + " — " + c);
                    }
                    codims++;
                }
            }
            return Check.Outcome.pass(o.detail() + "; codimension (d_L − 1)(D_P − 1) certified for " + codims + " architectures with d_0 = 2");
        });
    }

    // ---------------------------------------------------------------- W1

    /**
     * W1: the examples of §5 ((2,1,2,2): 3 against edim 4; (3,3,1,3,3): 11 against 17) are certified,
     * the Jacobian rank alone (not using W1) reaches them, and on random networks
     * {@code f_W = c · h^{(−1)^{L−k}}} with {@code h} the scalar pre-activation of the first width-1 layer.
     */
    public static Check w1(long seed) {
        List<Architecture> shapes = List.of(Architecture.of(2, 1, 2, 2), Architecture.of(3, 3, 1, 3, 3), Architecture.of(2, 2, 1, 2, 1),
                Architecture.of(3, 1, 2, 2, 2), Architecture.of(2, 3, 1, 1, 2), Architecture.of(3, 2, 1, 2));
        return new Check("W1", "W1 (§5) [derived]",
                "d_k = 1 for a hidden layer k: f_W = c·h^{±1}, dim V_d = dim V_(d0,…,dk) + d_L − 1; (2,1,2,2): 3 (edim 4), "
                        + "(3,3,1,3,3): 11 (edim 17)",
                "the 2 examples of docs/theory.md §5; the form f = c·h^{±1} on " + shapes.size() + " architectures × 3 random networks × 4 points, seed " + seed,
                () -> {
                    StringBuilder detail = new StringBuilder();
                    for (WidthOneExample w : W1_EXAMPLES) {
                        Architecture d = Architecture.parse(w.architecture());
                        int dim = w.dimension();
                        int edim = w.expectedDimension();
                        DimensionCertificate c = CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME);
                        if (!d.expectedDimension().equals(BigInteger.valueOf(edim))) {
                            return Check.Outcome.fail("edim" + d + ": expected " + edim + ", got " + d.expectedDimension());
                        }
                        if (!c.certified() || c.lowerBound() != dim) {
                            return Check.Outcome.fail("dim" + d + ": expected " + dim + " certified, got " + c);
                        }
                        detail.append(d).append(": rank ").append(c.lowerBound()).append(" over ").append(c.rankField()).append(" at ")
                                .append(c.samplePoints()).append(" points = W1 bound (").append(c.upperBoundReason()).append(") < edim ")
                                .append(edim).append("; ");
                    }
                    Random random = new Random(seed);
                    int checked = 0;
                    for (Architecture d : shapes) {
                        int k = d.firstWidthOneHiddenLayer();
                        int exponent = (d.depth() - k) % 2 == 0 ? 1 : -1;
                        for (int t = 0; t < 3; t++) {
                            RationalNet<BigFraction> net = definedNetwork(d, random);
                            RationalNet<BigFraction> prefix = RationalNet.of(Q, d.prefix(k), net.weights().subList(0, k));
                            List<BigFraction> c = null;
                            for (int s = 0; s < 4; s++) {
                                List<BigFraction> xi = randomPoint(d.inputDimension(), random);
                                List<BigFraction> f;
                                BigFraction h;
                                try {
                                    f = net.evaluate(xi);
                                    h = prefix.evaluate(xi).get(0);
                                } catch (PoleException e) {
                                    continue;
                                }
                                BigFraction scale = exponent == 1 ? h.reciprocal() : h;
                                List<BigFraction> ci = f.stream().map(v -> v.multiply(scale)).toList();
                                if (c == null) {
                                    c = ci;
                                } else if (!c.equals(ci)) {
                                    return Check.Outcome.fail(d + " (seed " + seed + "): expected f/h^" + exponent + " = " + c
                                            + " at every point, got " + ci + " at " + xi);
                                }
                                checked++;
                            }
                        }
                    }
                    return Check.Outcome.pass(detail + "f_W / h^{±1} = c constant at " + checked + " points of " + shapes.size() * 3
                            + " networks, seed " + seed);
                });
    }

    // ---------------------------------------------------------------- §8

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
                        String expected = "Q " + yesNo(row.overQ()) + ", R " + yesNo(row.overR()) + ", C " + yesNo(row.overC());
                        String actual = "Q " + yesNo(f.splitsOver(GroundField.Q)) + ", R " + yesNo(f.splitsOver(GroundField.R))
                                + ", C " + yesNo(f.splitsOver(GroundField.C));
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

    // ---------------------------------------------------------------- §9

    /** §9: with {@code d_0 ≥ 2} and every hidden width ≥ 2, no defect: certified {@code dim = edim} throughout the census. */
    public static Check censusNoDefect(long seed) {
        return new Check("CENSUS-EDIM", "§9 census [observed]",
                "d_0 ≥ 2, every hidden width ≥ 2: dim V_d = edim(d) (no defect)", ObservedCensus.HIDDEN_AT_LEAST_TWO_RANGE + ", seed " + seed,
                () -> {
                    List<DimensionCertificate> all = ObservedCensus.hiddenWidthsAtLeastTwo(seed);
                    for (DimensionCertificate c : all) {
                        if (!c.certified()) {
                            return Check.Outcome.fail(c.architecture() + " not certified: " + c);
                        }
                        if (!BigInteger.valueOf(c.lowerBound()).equals(c.expectedDimension())) {
                            return Check.Outcome.fail(c.architecture() + ": expected dim = edim = " + c.expectedDimension() + ", got " + c.lowerBound());
                        }
                    }
                    return Check.Outcome.pass(all.size() + " architectures, all certified (rank over F_" + CertifiedDimension.DEFAULT_PRIME
                            + ", seed " + seed + ") with dim = edim; " + points(all) + " sample points in all");
                });
    }

    /** §9: the filling architectures of the census are exactly every {@code (2, d_1, d_2)} and {@code (2,2,…,2,d_{L−1},1)}. */
    public static Check censusFilling(long seed) {
        Predicate<Architecture> stated = d -> {
            if (d.inputDimension() != 2) {
                return false;
            }
            if (d.depth() == 2) {
                return true;
            }
            for (int k = 1; k < d.depth() - 1; k++) {
                if (d.width(k) != 2) {
                    return false;
                }
            }
            return d.outputDimension() == 1;
        };
        return new Check("CENSUS-FILLING", "§9 census [observed]",
                "the filling architectures of the census are exactly every (2, d_1, d_2) and (2,2,…,2,d_{L−1},1)",
                ObservedCensus.HIDDEN_AT_LEAST_TWO_RANGE + ", seed " + seed, () -> {
                    List<String> expected = new ArrayList<>();
                    List<String> actual = new ArrayList<>();
                    for (DimensionCertificate c : ObservedCensus.hiddenWidthsAtLeastTwo(seed)) {
                        if (c.fills() == null) {
                            return Check.Outcome.fail(c.architecture() + ": filling unknown — " + c);
                        }
                        if (stated.test(c.architecture())) {
                            expected.add(c.architecture().toString());
                        }
                        if (c.fills()) {
                            actual.add(c.architecture().toString());
                        }
                    }
                    if (!expected.equals(actual)) {
                        return Check.Outcome.fail("expected filling " + expected + ", got " + actual);
                    }
                    return Check.Outcome.pass(actual.size() + " fill, exactly the stated ones: " + String.join(" ", actual));
                });
    }

    /**
     * §9: with width-1 hidden layers (225 architectures) there are exactly 28 defects, each with a
     * width-1 hidden layer followed by another hidden layer, (2,1,2,2) among them, (2,1,3,1) and
     * (2,2,1,2,1) of that shape but not defective; W1 gives the dimension of all 225.
     */
    public static Check censusWidthOne(long seed) {
        return new Check("CENSUS-W1", "§9 census [observed]; W1 [derived]",
                "225 architectures with a width-1 hidden layer: 28 defects, each a width-1 hidden layer followed by another hidden layer "
                        + "(e.g. (2,1,2,2); not (2,1,3,1), (2,2,1,2,1)); W1 gives every dimension",
                ObservedCensus.WIDTHS_ONE_TO_THREE_RANGE + ", the ones with a width-1 hidden layer, seed " + seed, () -> {
                    List<DimensionCertificate> withOne = ObservedCensus.widthsOneToThree(seed).stream()
                            .filter(c -> c.architecture().firstWidthOneHiddenLayer() > 0).toList();
                    if (withOne.size() != 225) {
                        return Check.Outcome.fail("expected 225 architectures with a width-1 hidden layer, got " + withOne.size());
                    }
                    Set<String> defects = new LinkedHashSet<>();
                    for (DimensionCertificate c : withOne) {
                        Architecture d = c.architecture();
                        if (!c.certified()) {
                            return Check.Outcome.fail(d + " not certified: " + c);
                        }
                        int k = d.firstWidthOneHiddenLayer();
                        DimensionCertificate prefix = CertifiedDimension.of(d.prefix(k), seed, CertifiedDimension.DEFAULT_PRIME);
                        long w1 = k == 1 ? d.inputDimension() + d.outputDimension() - 1 : prefix.lowerBound() + d.outputDimension() - 1;
                        if (k > 1 && !prefix.certified()) {
                            return Check.Outcome.fail("prefix " + d.prefix(k) + " of " + d + " not certified: " + prefix);
                        }
                        if (c.lowerBound() != w1) {
                            return Check.Outcome.fail(d + ": expected the W1 value " + w1 + ", got " + c.lowerBound());
                        }
                        if (c.defective()) {
                            defects.add(d.toString());
                            if (!widthOneFollowedByHidden(d)) {
                                return Check.Outcome.fail(d + " is a defect without a width-1 hidden layer followed by another hidden layer");
                            }
                        }
                    }
                    if (defects.size() != 28) {
                        return Check.Outcome.fail("expected 28 defects, got " + defects.size() + ": " + defects);
                    }
                    for (String s : List.of("(2,1,2,2)")) {
                        if (!defects.contains(s)) {
                            return Check.Outcome.fail("expected " + s + " among the defects, got " + defects);
                        }
                    }
                    for (String s : List.of("(2,1,3,1)", "(2,2,1,2,1)")) {
                        if (defects.contains(s) || !widthOneFollowedByHidden(Architecture.parse(s.substring(1, s.length() - 1)))) {
                            return Check.Outcome.fail("expected " + s + " of the defect shape and not defective, got defects " + defects);
                        }
                    }
                    return Check.Outcome.pass("225 certified, each equal to its W1 value (prefix certified separately); 28 defects, all of the "
                            + "stated shape, including (2,1,2,2), not (2,1,3,1), (2,2,1,2,1): " + String.join(" ", defects));
                });
    }

    /** §9: the non-filling example with {@code d_0 = 2}: {@code (2,3,2,1)} has dimension 9 in {@code P^10}. */
    public static Check nonFillingExample(long seed) {
        return new Check("CENSUS-(2,3,2,1)", "§9 census [observed]", "(2,3,2,1) does not fill: dim 9 in P^10", "", () -> {
            DimensionCertificate c = CertifiedDimension.of(Architecture.of(2, 3, 2, 1), seed, CertifiedDimension.DEFAULT_PRIME);
            String actual = "dim " + c.dimension() + " in P^" + c.ambientDimension() + ", fills " + c.fills();
            return Check.Outcome.equal("(2,3,2,1)", "dim 9 in P^10, fills false", actual).passed()
                    ? Check.Outcome.pass("certified dim 9: rank 9 over " + c.rankField() + " at " + c.samplePoints() + " points (seed "
                            + seed + ") = upper bound (" + c.upperBoundReason() + "); amb 10")
                    : Check.Outcome.fail("expected dim 9 in P^10, fills false, got " + actual);
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Whether some width-1 hidden layer {@code k} is followed by another hidden layer ({@code k ≤ L − 2}). */
    static boolean widthOneFollowedByHidden(Architecture d) {
        for (int k = 1; k <= d.depth() - 2; k++) {
            if (d.width(k) == 1) {
                return true;
            }
        }
        return false;
    }

    private static Check certifiedAgainst(String id, String label, String statement, List<Architecture> archs, String rangeText,
                                          long seed, java.util.function.ToLongFunction<Architecture> dimension,
                                          Predicate<Architecture> fills) {
        return new Check(id, label, statement, archs.size() + " architectures: " + rangeText + "; seed " + seed + ", prime "
                + CertifiedDimension.DEFAULT_PRIME, () -> {
                    int points = 0;
                    int filling = 0;
                    for (Architecture d : archs) {
                        DimensionCertificate c = CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME);
                        if (!c.certified()) {
                            return Check.Outcome.fail(d + " not certified: " + c);
                        }
                        points += c.samplePoints();
                        if (dimension != null && c.lowerBound() != dimension.applyAsLong(d)) {
                            return Check.Outcome.fail("dim" + d + ": expected " + dimension.applyAsLong(d) + ", got " + c.lowerBound() + " — " + c);
                        }
                        if (fills != null) {
                            boolean expected = fills.test(d);
                            if (!Objects.equals(c.fills(), expected)) {
                                return Check.Outcome.fail(d + " fills: expected " + expected + ", got " + c.fills() + " — " + c);
                            }
                            filling += expected ? 1 : 0;
                        }
                    }
                    return Check.Outcome.pass(archs.size() + " architectures certified" + (dimension != null ? " with the stated dimension"
                            : ", " + filling + " filling as stated, the rest not") + " (rank over F_" + CertifiedDimension.DEFAULT_PRIME
                            + " at " + points + " sample points in all, seed " + seed + ")");
                });
    }

    private static List<Architecture> shallow(int maxD0, int maxD1, int maxD2) {
        return DimensionCensus.architectures(new Range(1, maxD0), new Range(1, maxD1), new Range(2, 2), new Range(1, maxD2),
                Long.MAX_VALUE, 100_000);
    }

    private static List<Architecture> binary(int maxD0, int minL, int maxL, int maxDL) {
        return DimensionCensus.architectures(new Range(1, maxD0), new Range(2, 2), new Range(minL, maxL), new Range(1, maxDL),
                Long.MAX_VALUE, 100_000);
    }

    private static int points(List<DimensionCertificate> certs) {
        return certs.stream().mapToInt(DimensionCertificate::samplePoints).sum();
    }

    /** A random integer network that is defined (no hidden pre-activation identically zero). */
    static RationalNet<BigFraction> definedNetwork(Architecture d, Random random) {
        for (int attempt = 0; ; attempt++) {
            RationalNet<BigFraction> net = RationalNet.of(Weights.randomIntegers(d, 5, random));
            try {
                net.closedForm();
                return net;
            } catch (UndefinedNetworkException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static List<BigFraction> randomPoint(int n, Random random) {
        List<BigFraction> x = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x.add(BigFraction.of(random.nextInt(19) - 9, random.nextInt(5) + 1));
        }
        return x;
    }

    private static Polynomial<BigFraction> randomForm(int n, int degree, Random random) {
        Polynomial<BigFraction> f = Polynomial.zero(Q, n);
        for (Monomial m : Monomial.ofDegree(n, degree)) {
            f = f.add(Polynomial.monomial(Q, BigFraction.of(random.nextInt(19) - 9), m));
        }
        return f;
    }

    private static int[] randomPermutation(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** Null when {@code P'_i Q = P_i Q'} for every i (the same rational functions), else the difference. */
    private static String sameFunction(ClosedForm<BigFraction> f, ClosedForm<BigFraction> g) {
        return Equivalences.sameFunction(f.numerators(), f.denominator(), g.numerators(), g.denominator()) ? null
                : "expected " + f + ", got " + g;
    }

    /** Null when {@code (P', Q') = λ (P, Q)} for a nonzero λ (the same point of {@code A_d}), else the difference. */
    private static String proportional(ClosedForm<BigFraction> f, ClosedForm<BigFraction> g) {
        return WitnessVerification.reproduces(MembershipResult.Mode.TUPLE, g.numerators(), g.denominator(), f.numerators(),
                f.denominator()) ? null : "expected a point proportional to " + f + ", got " + g;
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

    private static BigInteger binomial(long n, long k) {
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
