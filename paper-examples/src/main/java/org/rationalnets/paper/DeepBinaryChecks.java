package org.rationalnets.paper;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCensus.Range;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.algorithms.membership.DeepBinaryMembership;
import org.rationalnets.algorithms.membership.Answer;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.WitnessVerification;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.RationalNet;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.oracle.Formulas;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * docs/theory.md §7, deep binary networks {@code (d_0, 2, …, 2, d_L)}: the binary closed form
 * against composition; the deep binary membership examples ({@link Examples#DEEP_BINARY}), whose answers
 * over Q, R, C and the closure equal the literals and whose witnesses, read back from their JSON form,
 * expand (by core's closed form, over Q or over {@code Q[t]/(h)} for algebraic entries) to exactly the
 * input; B1 and B2 against certified dimensions (expected values from {@link Theorems}).
 */
public final class DeepBinaryChecks {

    private DeepBinaryChecks() {
    }

    /**
     * §7: for binary hidden layers, {@code f_W = A_L x · s_L} with {@code A_1 = W_1},
     * {@code A_{k+1} = W_{k+1} J A_k}, {@code m_k = (A_k x)_1 (A_k x)_2}, {@code s_2 = 1/m_1},
     * {@code s_{k+1} = 1/(m_k s_k)} — evaluated here at rational points and compared with direct
     * composition.
     */
    public static Check binaryForm(long seed) {
        List<Architecture> archs = binaryHidden(3, 2, 6, 3);
        return new Check("BINARY-FORM", "§7 deep binary networks [derived]",
                "f_W = A_L x · s_L with A_1 = W_1, A_{k+1} = W_{k+1} J A_k, m_k = (A_k x)_1 (A_k x)_2, s_2 = 1/m_1, s_{k+1} = 1/(m_k s_k)",
                archs.size() + " architectures (d_0 ≤ 3, hidden widths 2, 2 ≤ L ≤ 6, d_L ≤ 3) × 2 random networks × 3 rational points, seed " + seed,
                () -> {
                    Matrix<BigFraction> j = Matrix.of(Rationals.Q,
                            List.of(List.of(BigFraction.ZERO, BigFraction.ONE), List.of(BigFraction.ONE, BigFraction.ZERO)));
                    CompositionComparison.Result run = CompositionComparison.compare(archs, new Random(seed), (d, net) -> {
                        List<Matrix<BigFraction>> a = new ArrayList<>();
                        a.add(net.weight(1));
                        for (int k = 1; k < d.depth(); k++) {
                            a.add(net.weight(k + 1).multiply(j).multiply(a.get(k - 1)));
                        }
                        return new CompositionComparison.Formula() {
                            @Override
                            public Optional<List<BigFraction>> at(List<BigFraction> xi) {
                                BigFraction sk = null;
                                for (int k = 1; k < d.depth(); k++) {
                                    List<BigFraction> ak = a.get(k - 1).apply(xi);
                                    BigFraction mk = ak.get(0).multiply(ak.get(1));
                                    sk = k == 1 ? mk.reciprocal() : mk.multiply(sk).reciprocal();
                                }
                                BigFraction sl = sk;
                                return Optional.of(a.get(d.depth() - 1).apply(xi).stream().map(v -> v.multiply(sl)).toList());
                            }

                            @Override
                            public String mismatch(List<BigFraction> xi, List<BigFraction> direct, List<BigFraction> formula) {
                                return d + " at " + xi + " (seed " + seed + "): expected (composition) " + direct
                                        + ", got (A_L x · s_L) " + formula;
                            }
                        };
                    });
                    if (run.mismatch() != null) {
                        return Check.Outcome.fail(run.mismatch());
                    }
                    int points = run.points();
                    int poles = run.poles();
                    return Check.Outcome.pass(points + " points of " + archs.size() * 2 + " networks agree exactly (" + poles
                            + " poles skipped), seed " + seed);
                });
    }

    /** One check per deep binary membership example. */
    public static List<Check> examples() {
        return Examples.DEEP_BINARY.stream().map(DeepBinaryChecks::check).toList();
    }

    /** The check of one example. */
    public static Check check(Examples.DeepBinaryExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check(e.id(), "§7 deep binary membership [derived]", "tuple membership of P = " + e.numerators() + ", Q = "
                + e.denominator() + " in M" + d + ": Q " + Check.yesNo(e.inQ()) + ", R " + Check.yesNo(e.inR()) + ", C " + Check.yesNo(e.inC())
                + ", V " + Check.yesNo(e.inV()) + " (" + e.note() + ")",
                () -> {
                    int n = d.inputDimension();
                    List<Polynomial<BigFraction>> p = e.numerators().stream().map(s -> PolynomialParser.parse(s, n)).toList();
                    Polynomial<BigFraction> q = PolynomialParser.parse(e.denominator(), n);
                    MembershipResult r = Membership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, p, q),
                            EnumSet.allOf(GroundField.class), 1);
                    String actual = "Q " + r.answer(GroundField.Q).word() + ", R " + r.answer(GroundField.R).word() + ", C "
                            + r.answer(GroundField.C).word() + ", V " + r.closure().word();
                    String expected = "Q " + Check.yesNo(e.inQ()) + ", R " + Check.yesNo(e.inR()) + ", C " + Check.yesNo(e.inC()) + ", V "
                            + Check.yesNo(e.inV());
                    if (!actual.equals(expected)) {
                        return Check.Outcome.fail("expected " + expected + ", got " + actual + " (" + r.reason() + ")");
                    }
                    StringBuilder detail = new StringBuilder(actual);
                    for (GroundField f : GroundField.values()) {
                        if (r.answer(f) == Answer.YES) {
                            String mismatch = reproduces(d, r.weights(f), p, q);
                            if (mismatch != null) {
                                return Check.Outcome.fail("witness over " + f + ": " + mismatch);
                            }
                        }
                    }
                    GroundField smallest = e.inQ() ? GroundField.Q : e.inR() ? GroundField.R : e.inC() ? GroundField.C : null;
                    if (smallest != null) {
                        detail.append("; witness over ").append(smallest).append(" reproduces [P : Q]: ")
                                .append(r.weights(smallest).toText());
                    }
                    return Check.Outcome.pass(detail.toString());
                });
    }

    /** B1 over {@code d_0 ≤ 4, 3 ≤ L ≤ 6, d_L ≤ 3}: certified dimension = {@code 2(d_0 + L + d_L − 3)} or {@code d_L}. */
    public static Check b1(long seed) {
        List<Architecture> archs = binaryHidden(4, 3, 6, 3);
        return DimensionChecks.certifiedAgainst("B1", "B1 (§7) [paper: bounds; exact value derived]",
                "dim V_(d0,2,…,2,dL) = 2(d_0 + L + d_L − 3) if d_0 ≥ 2, d_L if d_0 = 1",
                archs, "d_0 ≤ 4, hidden widths 2, 3 ≤ L ≤ 6, d_L ≤ 3", seed,
                d -> Theorems.dimension(d).orElseThrow().value(), null);
    }

    /**
     * B2 over {@code d_0 ≤ 4, 2 ≤ L ≤ 6, d_L ≤ 3}: fills iff {@code d_0 = 1}, or {@code d_0 = 2} and
     * ({@code L = 2} or {@code d_L = 1}); for {@code d_0 = 2, L ≥ 3, d_L ≥ 2} the codimension is
     * {@code (d_L − 1)(D_P − 1)}.
     */
    public static Check b2(long seed) {
        List<Architecture> archs = binaryHidden(4, 2, 6, 3);
        Check fill = DimensionChecks.certifiedAgainst("B2", "B2 (§7) [paper: classified; statement derived]",
                "(d_0,2,…,2,d_L) fills iff d_0 = 1, or d_0 = 2 and (L = 2 or d_L = 1); for d_0 = 2, L ≥ 3, d_L ≥ 2 "
                        + "the codimension is (d_L − 1)(D_P − 1)",
                archs, "d_0 ≤ 4, hidden widths 2, 2 ≤ L ≤ 6, d_L ≤ 3", seed, null,
                d -> Theorems.fills(d).orElseThrow().value());
        return new Check(fill.id(), fill.label(), fill.statement(), fill.range(), () -> {
            Check.Outcome o = fill.body().get();
            if (!o.passed()) {
                return o;
            }
            int codims = 0;
            for (Architecture d : archs) {
                if (d.inputDimension() == 2 && d.depth() >= 3 && d.outputDimension() >= 2) {
                    DimensionCertificate c = CertifiedDimension.of(d, seed, CertifiedDimension.DEFAULT_PRIME);
                    long dp = Formulas.degrees(d.widths())[0];
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

    /**
     * Null when the witness, read from its JSON form, reproduces the point {@code [P : Q]}; else what differs.
     * Algebraic entries must share one modulus {@code h}; the expansion runs over {@code Q[t]/(h)}.
     */
    static String reproduces(Architecture d, WitnessWeights w, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        JsonNode json = RationalNetsJson.tree(w);
        String h = "t";
        for (JsonNode m : json) {
            for (JsonNode row : m) {
                for (JsonNode x : row) {
                    if (x.isObject()) {
                        if (!h.equals("t") && !h.equals(x.get("poly").asText())) {
                            return "entries over two moduli " + h + " and " + x.get("poly").asText();
                        }
                        h = x.get("poly").asText();
                    }
                }
            }
        }
        AlgebraicExtension alg = AlgebraicExtension.parse(h);
        List<Matrix<AlgebraicElement>> ms = new ArrayList<>();
        for (JsonNode m : json) {
            List<List<AlgebraicElement>> rows = new ArrayList<>();
            for (JsonNode row : m) {
                List<AlgebraicElement> entries = new ArrayList<>();
                for (JsonNode x : row) {
                    entries.add(x.isTextual() ? alg.fromRational(Rationals.parse(x.asText()))
                            : alg.element(AlgebraicExtension.parsePolynomial(x.get("value").asText())));
                }
                rows.add(entries);
            }
            ms.add(Matrix.of(alg, rows));
        }
        if (!WitnessVerification.reproduces(alg, d, ms, MembershipResult.Mode.TUPLE, p, q)) {
            return "expected [P : Q] = [" + p + " : " + q + "], got the closed form " + RationalNet.of(alg, d, ms).closedForm();
        }
        return null;
    }

    private static List<Architecture> binaryHidden(int maxD0, int minL, int maxL, int maxDL) {
        return DimensionCensus.architectures(new Range(1, maxD0), new Range(2, 2), new Range(minL, maxL), new Range(1, maxDL),
                Long.MAX_VALUE, 100_000);
    }
}
