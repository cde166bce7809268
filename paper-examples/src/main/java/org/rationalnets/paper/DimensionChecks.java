package org.rationalnets.paper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Equivalences;
import org.rationalnets.core.PoleException;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Symmetries;
import org.rationalnets.exact.Rationals;
import org.rationalnets.oracle.Formulas;

/**
 * docs/theory.md §3–§5, the ambient space, the symmetries and the certified dimension: the ambient
 * and dimension rows of docs/examples.md, the ambient formula ({@link Formulas}), the torus and
 * {@code edim}, the honesty of certificates at any prime, and W1 with the examples of §5 (literals).
 */
public final class DimensionChecks {

    private DimensionChecks() {
    }

    /** A W1 example of docs/theory.md §5 (literals): the dimension and the expected dimension edim it falls short of. */
    record WidthOneExample(String architecture, int dimension, int expectedDimension) {
    }

    /** The W1 examples of docs/theory.md §5. */
    static final List<WidthOneExample> W1_EXAMPLES = List.of(
            new WidthOneExample("2,1,2,2", 3, 4),
            new WidthOneExample("3,3,1,3,3", 11, 17));

    /** The ambient dimension of a row of the dimensions table (§3). */
    public static Check ambient(Examples.DimensionExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check("AMB" + d, "§3 ambient space [derived]", "amb" + d + " = " + e.ambientDimension(),
                () -> Check.Outcome.equal("amb", BigInteger.valueOf(e.ambientDimension()), d.ambientSpace().dimension()));
    }

    /** §3: {@code amb(d) = d_L·N(d_0, D_P) + N(d_0, D_Q) − 1} by {@link Formulas#ambient} (binomials, independent of core), over a range. */
    public static Check ambientFormula() {
        List<Architecture> archs = DimensionCensus.architectures(new Range(1, 4), new Range(1, 4), new Range(1, 5),
                new Range(1, 3), Long.MAX_VALUE, 100_000);
        return new Check("AMBIENT", "§3 ambient space [derived]",
                "amb(d) = d_L·C(d_0+D_P−1, D_P) + C(d_0+D_Q−1, D_Q) − 1, and A_d has amb(d) + 1 named coordinates",
                archs.size() + " architectures (d_0, widths ≤ 4, L ≤ 5, d_L ≤ 3)", () -> {
                    int named = 0;
                    for (Architecture d : archs) {
                        BigInteger expected = Formulas.ambient(d.widths());
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
                        long tor = Formulas.torus(d.widths());
                        if (d.symmetryDimension() != tor) {
                            return Check.Outcome.fail("tor" + d + ": expected " + tor + ", got " + d.symmetryDimension());
                        }
                        BigInteger edim = Formulas.expected(d.widths());
                        if (!edim.equals(d.expectedDimension())) {
                            return Check.Outcome.fail("edim" + d + ": expected " + edim + ", got " + d.expectedDimension());
                        }
                        for (int t = 0; t < 3; t++) {
                            RationalNet<BigFraction> net = RandomNetworks.definedNetwork(d, random);
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
                                int[] perm = RandomNetworks.randomPermutation(d.width(k), random);
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
                literal.size() + " architectures with literal dimensions (docs/examples.md, docs/theory.md §5) × primes 2, 3, 5, 7, 11, 13 "
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
                            RationalNet<BigFraction> net = RandomNetworks.definedNetwork(d, random);
                            RationalNet<BigFraction> prefix = RationalNet.of(Rationals.Q, d.prefix(k), net.weights().subList(0, k));
                            List<BigFraction> c = null;
                            for (int s = 0; s < 4; s++) {
                                List<BigFraction> xi = RandomNetworks.randomPoint(d.inputDimension(), random);
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

    /**
     * A statement checked against certified dimensions over a range: every architecture certified, with
     * the dimension {@code dimension} gives (when not null) and the filling {@code fills} gives (when not
     * null). Used by S1, S2 (§6), B1, B2 (§7).
     */
    static Check certifiedAgainst(String id, String label, String statement, List<Architecture> archs, String rangeText,
                                  long seed, ToLongFunction<Architecture> dimension, Predicate<Architecture> fills) {
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

    /** Null when {@code g} is the same function as {@code f} ({@link Equivalences#sameFunction}), else the difference. */
    private static String sameFunction(ClosedForm<BigFraction> f, ClosedForm<BigFraction> g) {
        return Equivalences.sameFunction(f.numerators(), f.denominator(), g.numerators(), g.denominator())
                ? null : "expected " + f + ", got " + g;
    }
}
