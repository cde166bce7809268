package org.rationalnets.paper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
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

/**
 * The deep binary membership examples ({@link Examples#DEEP_BINARY}, docs/theory.md §7) as {@link Check}s: the
 * answers over Q, R, C and the closure equal the literals, and every witness, read back from its JSON
 * form, expands (by core's closed form, over Q or over {@code Q[t]/(h)} for algebraic entries) to
 * exactly the input.
 */
public final class DeepBinaryChecks {

    private DeepBinaryChecks() {
    }

    /** One check per example. */
    public static List<Check> all() {
        return Examples.DEEP_BINARY.stream().map(DeepBinaryChecks::check).toList();
    }

    /** The check of one example. */
    public static Check check(Examples.DeepBinaryExample e) {
        Architecture d = Architecture.parse(e.architecture());
        return new Check(e.id(), "§7 deep binary membership [derived]", "tuple membership of P = " + e.numerators() + ", Q = "
                + e.denominator() + " in M" + d + ": Q " + yesNo(e.inQ()) + ", R " + yesNo(e.inR()) + ", C " + yesNo(e.inC())
                + ", V " + yesNo(e.inV()) + " (" + e.note() + ")",
                () -> {
                    int n = d.inputDimension();
                    List<Polynomial<BigFraction>> p = e.numerators().stream().map(s -> PolynomialParser.parse(s, n)).toList();
                    Polynomial<BigFraction> q = PolynomialParser.parse(e.denominator(), n);
                    MembershipResult r = Membership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, p, q),
                            EnumSet.allOf(GroundField.class), 1);
                    String actual = "Q " + r.answer(GroundField.Q).word() + ", R " + r.answer(GroundField.R).word() + ", C "
                            + r.answer(GroundField.C).word() + ", V " + r.closure().word();
                    String expected = "Q " + yesNo(e.inQ()) + ", R " + yesNo(e.inR()) + ", C " + yesNo(e.inC()) + ", V "
                            + yesNo(e.inV());
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

    /**
     * Null when the witness, read from its JSON form, reproduces the point {@code [P : Q]}; else what differs.
     * Algebraic entries must share one modulus {@code h}; the expansion runs over {@code Q[t]/(h)}.
     */
    @SuppressWarnings("unchecked")
    static String reproduces(Architecture d, WitnessWeights w, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        List<Object> json = w.toJson();
        String h = "t";
        for (Object m : json) {
            for (Object row : (List<Object>) m) {
                for (Object x : (List<Object>) row) {
                    if (x instanceof Map<?, ?> map) {
                        if (!h.equals("t") && !h.equals(map.get("poly"))) {
                            return "entries over two moduli " + h + " and " + map.get("poly");
                        }
                        h = (String) map.get("poly");
                    }
                }
            }
        }
        AlgebraicExtension alg = AlgebraicExtension.parse(h);
        List<Matrix<AlgebraicElement>> ms = new ArrayList<>();
        for (Object m : json) {
            List<List<AlgebraicElement>> rows = new ArrayList<>();
            for (Object row : (List<Object>) m) {
                List<AlgebraicElement> entries = new ArrayList<>();
                for (Object x : (List<Object>) row) {
                    entries.add(x instanceof String s ? alg.fromRational(Rationals.parse(s))
                            : alg.element(AlgebraicExtension.parsePolynomial((String) ((Map<?, ?>) x).get("value"))));
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

    private static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }
}
