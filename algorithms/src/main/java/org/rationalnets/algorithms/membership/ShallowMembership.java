package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.factor.FactorClass;
import org.rationalnets.algorithms.factor.LinearFactor;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

/**
 * Membership for shallow networks {@code d = (d_0, d_1, d_2)} over Q, R and C with witness weights
 * (docs/theory.md §6) [derived].
 *
 * <p><b>Tuple mode.</b> {@code [P : Q] ∈ M_d(F)} iff {@code Q} splits over F into {@code d_1}
 * linear factors and every {@code P_i ∈ span_F{Q/ℓ}} over the distinct factors ℓ. With
 * {@code Q = s · Π_c N_c^{e_c}} ({@link LinearFactorization}: classes c of conjugate factors
 * {@code ℓ(θ)}, θ over the roots of {@code h_c}, norms {@code N_c = Π_θ ℓ(θ)}, multiplicity
 * {@code e_c}), put {@code R = Π_c N_c^{e_c − 1}} and {@code Q' = Π_c N_c}. Every {@code Q/ℓ} is
 * divisible by {@code s·R}, so {@code P_i} must be, and then {@code P_i/(sR) = Σ a_{iℓ} Q'/ℓ}
 * (partial fractions with simple factors). The coefficient of ℓ is read off on the hyperplane
 * {@code ℓ = 0}: at a point {@code z} there (computed in the class algebra {@code A_c}) every
 * other term vanishes, so {@code a = P_i'(z) / C(z)} with {@code C = Q'/ℓ ∈ A_c[x]}; one algebra
 * element gives the coefficients at all conjugates.
 *
 * <p><b>Verification (always, before a witness is returned).</b> The witness network has one row
 * of {@code W_1} per factor ℓ(θ), repeated {@code e_c} times, and {@code W_2} column {@code a(θ)}
 * on the first copy and 0 on the others. Its closed form is {@code Q_W = Π_c N_c^{e_c}} and
 * {@code P_{W,i} = R · Σ_c Tr_{A_c}(a_i · Q'/ℓ)} — the sum over conjugates of an algebra-valued
 * polynomial is its trace, the product over conjugates its norm, both rational and exact. The
 * answer is "yes" only if {@code Q = s·Q_W} and {@code P_i = s·P_{W,i}} hold exactly. If the
 * factors are rational the witness is also expanded literally by {@link RationalNet#closedForm()}.
 * Conversely, if some {@code P_i ∈ span}, the coefficients are unique (the {@code Q'/ℓ} are linearly
 * independent) and the formula recovers them, so a failed identity proves {@code P ∉ span}.
 *
 * <p><b>Function mode.</b> {@code f = 0} is a member (W_2 = 0). Otherwise reduce to lowest terms
 * {@code P_0/Q_0}: f is a member iff {@code deg P_0 = deg Q_0 − 1}, {@code Q_0} is a product of
 * {@code r ≤ d_1} pairwise non-proportional linear forms over F and every {@code P_{0,i}} lies in
 * {@code span{Q_0/ℓ}}; the remaining {@code d_1 − r} rows of {@code W_1} are {@code x_1} with
 * {@code W_2} column 0, and the witness is checked by {@code P_W · Q = P · Q_W}.
 *
 * <p><b>Closure.</b> {@code V_d = A_d} when {@code d_0 ≤ 2} or {@code d_1 = 1} (S2); a point of
 * {@code M_d(C)} is in {@code V_d}; for {@code d_1 = 2} the rank of {@code [S; p_1ᵀ; …]} decides
 * (S3); a nonzero {@code Q} that does not split over C is outside {@code V_d}. Otherwise unknown.
 *
 * <p>About 500 lines in one class because tuple mode, function mode and the closure share one
 * partial-fraction witness and its verification; reached through {@link Membership#decide}.
 */
public final class ShallowMembership {

    private ShallowMembership() {
    }

    /**
     * Decides membership of a validated question over the given fields.
     *
     * @param fields the fields to decide (the others are reported as unknown)
     * @param seed seed of the random lines of the factorisation and of the evaluation points
     * @throws IllegalArgumentException if the architecture is not shallow
     */
    static MembershipResult decide(MembershipInput in, Set<GroundField> fields, long seed) {
        Architecture d = in.architecture();
        if (!d.isShallow()) {
            throw new IllegalArgumentException("expected a shallow architecture (d_0, d_1, d_2), got " + d);
        }
        Set<GroundField> asked = fields.isEmpty() ? EnumSet.allOf(GroundField.class) : EnumSet.copyOf(fields);
        return in.mode() == MembershipResult.Mode.TUPLE ? tuple(in, asked, seed) : function(in, asked, seed);
    }

    // ---------------------------------------------------------------- tuple mode

    private static MembershipResult tuple(MembershipInput in, Set<GroundField> asked, long seed) {
        Architecture d = in.architecture();
        MembershipResult.Builder b = MembershipResult.builder(d, MembershipResult.Mode.TUPLE);
        Polynomial<BigFraction> q = in.denominator();
        LinearFactorization fac = LinearFactorization.of(q, seed);
        b.evidence("factorisation of Q: " + fac.reason().replace("\n", "; "));
        Witness w = null;
        if (fac.isProductOfLinearForms()) {
            b.evidence("certificate: " + fac.certificate());
            w = witness(d, in.numerators(), q, fac, 0, seed);
            b.evidence(w.evidence());
        }
        decideFields(b, asked, fac, w);
        String reason;
        if (!fac.isProductOfLinearForms()) {
            reason = "Q does not split into linear forms over C (" + fac.reason(GroundField.C) + ")";
        } else if (!w.inSpan()) {
            reason = w.evidence();
        } else {
            reason = "Q = " + describe(fac) + "; every P_i is in span{Q/ℓ}" + fieldsSentence(fac);
        }
        b.reason(reason);
        b.closure(tupleClosure(d, in.numerators(), q, fac, w, b));
        return b.build();
    }

    /** Membership per field from the factorisation and the span test; returns the answer over C. */
    private static Answer decideFields(MembershipResult.Builder b, Set<GroundField> asked, LinearFactorization fac, Witness w) {
        Answer inC = Answer.UNKNOWN;
        for (GroundField f : GroundField.values()) {
            Answer answer;
            if (fac.splitsOver(f)) {
                answer = Answer.of(w.inSpan());
            } else if (w != null && !w.inSpan()) {
                answer = Answer.NO; // not in the span over C already
            } else {
                answer = Answer.NO;
                if (!fac.isCertain(f)) {
                    b.evidence("'no' over " + f + " rests on " + fac.linesTried() + " random lines: wrong with probability ≤ "
                            + Rationals.toString(fac.errorBound()));
                }
            }
            if (f == GroundField.C) {
                inC = answer;
            }
            if (asked.contains(f)) {
                b.answer(f, answer, answer == Answer.YES ? w.weights() : null);
            }
        }
        return inC;
    }

    private static String fieldsSentence(LinearFactorization fac) {
        if (fac.splitsOver(GroundField.Q)) {
            return "; the factors are rational";
        }
        if (fac.splitsOver(GroundField.R)) {
            return "; the factors are real but not all rational";
        }
        return "; some factors are not real";
    }

    private static String describe(LinearFactorization fac) {
        List<String> parts = new ArrayList<>();
        for (FactorClass c : fac.classes()) {
            parts.add(c.toString());
        }
        return Rationals.toString(fac.scalar()) + " · " + String.join(" · ", parts);
    }

    private static Answer tupleClosure(Architecture d, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                                        LinearFactorization fac, Witness w, MembershipResult.Builder b) {
        if (d.inputDimension() <= 2 || d.width(1) == 1) {
            b.evidence("closure: " + d + " fills (S2: d_0 ≤ 2 or d_1 = 1), so V_d is the whole ambient space");
            return Answer.YES;
        }
        if (fac.isProductOfLinearForms() && w.inSpan()) {
            b.evidence("closure: the point is in M_d(C) ⊆ V_d");
            return Answer.YES;
        }
        if (d.width(1) == 2) {
            int rank = s3Rank(d, p, q);
            b.evidence("closure: rank [S; p_1ᵀ; …] = " + rank + " (S3: in V_d iff ≤ 2)");
            return Answer.of(rank <= 2);
        }
        if (!fac.isProductOfLinearForms()) {
            b.evidence("closure: Q ≠ 0 does not split over C, so the point is outside V_d (§6)"
                    + (fac.isCertain(GroundField.C) ? "" : "; like the 'no' over C this rests on " + fac.linesTried()
                    + " random lines and is wrong with probability ≤ " + Rationals.toString(fac.errorBound())));
            return Answer.NO;
        }
        b.evidence("closure: unknown — Q splits over C but P is not in the span; no exact criterion is implemented for "
                + "d_0 ≥ 3, d_1 ≥ 3 (limits of networks with colliding factors can reach such points)");
        return Answer.UNKNOWN;
    }

    /**
     * The {@code (d_0 + d_2) × d_0} matrix {@code [S; p_1ᵀ; …]} of S3: {@code Q = xᵀ S x} with
     * {@code S_ii} the coefficient of {@code x_i²} and {@code S_ij = S_ji} half that of {@code x_i x_j};
     * {@code p_k} the coefficient vector of the linear form {@code P_k}. Only the quadratic part of Q and
     * the linear part of each P_k are read.
     */
    public static Matrix<BigFraction> s3Matrix(List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        int n = q.variables();
        List<List<BigFraction>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<BigFraction> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int[] e = new int[n];
                e[i]++;
                e[j]++;
                BigFraction c = q.coefficient(Monomial.of(e));
                row.add(i == j ? c : c.divide(2));
            }
            rows.add(row);
        }
        for (Polynomial<BigFraction> pi : p) {
            List<BigFraction> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                row.add(pi.coefficient(Monomial.variable(n, j)));
            }
            rows.add(row);
        }
        return Matrix.of(Rationals.Q, rows);
    }

    /** The rank of {@code [S; p_1ᵀ; …]} (S3, {@link #s3Matrix}) for linear {@code P_i} and quadratic {@code Q}, exactly over Q. */
    public static int s3Rank(Architecture d, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        return Bareiss.rank(s3Matrix(p, q));
    }

    // ---------------------------------------------------------------- function mode

    private static MembershipResult function(MembershipInput in, Set<GroundField> asked, long seed) {
        Architecture d = in.architecture();
        int n = d.inputDimension();
        int d1 = d.width(1);
        MembershipResult.Builder b = MembershipResult.builder(d, MembershipResult.Mode.FUNCTION);
        if (in.numerators().stream().allMatch(Polynomial::isZero)) {
            WitnessWeights zero = zeroNetwork(d);
            for (GroundField f : asked) {
                b.answer(f, Answer.YES, zero);
            }
            return b.reason("f = 0 is the network with W_2 = 0").closure(Answer.YES)
                    .evidence("witness: W_1 rows x1, W_2 = 0; its closed form has P = 0").build();
        }
        RationalPolynomials.Fraction lt = RationalPolynomials.lowestTerms(in.numerators(), in.denominator());
        Polynomial<BigFraction> q0 = lt.denominator();
        int r = q0.degree();
        b.evidence("lowest terms: common factor " + lt.commonFactor() + " removed; Q_0 = " + q0 + " (degree " + r + ")");
        for (Polynomial<BigFraction> p0 : lt.numerators()) {
            if (!p0.isZero() && p0.degree() != r - 1) {
                allFields(b, asked, Answer.NO);
                return b.reason("f is homogeneous of degree " + (p0.degree() - r) + ", but every shallow network has degree −1")
                        .closure(Answer.NO)
                        .evidence("closure: no representative of degrees (D_P, D_Q) = (" + (d1 - 1) + ", " + d1 + ") exists").build();
            }
        }
        if (r > d1) {
            allFields(b, asked, Answer.NO);
            return b.reason("the lowest-terms denominator has degree " + r + " > d_1 = " + d1)
                    .closure(Answer.NO)
                    .evidence("closure: a representative of degree D_Q = " + d1 + " would need a denominator of degree ≥ " + r)
                    .build();
        }
        LinearFactorization fac = LinearFactorization.of(q0, seed);
        b.evidence("factorisation of Q_0: " + fac.reason().replace("\n", "; "));
        boolean repeated = fac.isProductOfLinearForms() && fac.classes().stream().anyMatch(c -> c.multiplicity() > 1);
        Witness w = null;
        if (fac.isProductOfLinearForms() && !repeated) {
            b.evidence("certificate: " + fac.certificate());
            w = witness(d, lt.numerators(), q0, fac, d1 - r, seed);
            if (w.inSpan()) {
                w = w.checkedAsFunction(in.numerators(), in.denominator());
            }
            b.evidence(w.evidence());
        }
        Answer inC;
        String reason;
        if (repeated) {
            allFields(b, asked, Answer.NO);
            inC = Answer.NO;
            reason = "the lowest-terms denominator has a repeated linear factor (" + describe(fac)
                    + "): a shallow network never produces one";
        } else {
            inC = decideFields(b, asked, fac, w);
            if (!fac.isProductOfLinearForms()) {
                reason = "Q_0 does not split into linear forms over C (" + fac.reason(GroundField.C) + ")";
            } else if (!w.inSpan()) {
                reason = w.evidence();
            } else {
                reason = "Q_0 = " + describe(fac) + " with r = " + r + " ≤ d_1 = " + d1
                        + " distinct factors; every numerator is in span{Q_0/ℓ}" + fieldsSentence(fac);
            }
        }
        b.reason(reason);
        b.closure(functionClosure(d, lt, fac, inC, b));
        return b.build();
    }

    private static Answer functionClosure(Architecture d, RationalPolynomials.Fraction lt, LinearFactorization fac,
                                          Answer inC, MembershipResult.Builder b) {
        if (inC == Answer.YES) {
            b.evidence("closure: f is in M_d(C), so a representative lies in V_d");
            return Answer.YES;
        }
        int r = lt.denominator().degree();
        if (d.inputDimension() <= 2 || d.width(1) == 1) {
            b.evidence("closure: " + d + " fills (S2), and f has a representative of degrees (D_P, D_Q)");
            return Answer.YES;
        }
        if (!fac.isProductOfLinearForms()) {
            b.evidence("closure: Q_0 does not split over C, so no multiple of it does: outside V_d (§6)"
                    + (fac.isCertain(GroundField.C) ? "" : "; like the 'no' over C this rests on " + fac.linesTried()
                    + " random lines and is wrong with probability ≤ " + Rationals.toString(fac.errorBound())));
            return Answer.NO;
        }
        if (r == d.width(1) && d.width(1) == 2) {
            int rank = s3Rank(d, lt.numerators(), lt.denominator());
            b.evidence("closure: the only representative of degrees (1, 2) is [P_0 : Q_0]; rank [S; p_1ᵀ; …] = " + rank
                    + " (S3: in V_d iff ≤ 2)");
            return Answer.of(rank <= 2);
        }
        b.evidence("closure: unknown — no exact criterion applies (d_0 ≥ 3, d_1 ≥ 3, or several representatives)");
        return Answer.UNKNOWN;
    }

    private static void allFields(MembershipResult.Builder b, Set<GroundField> asked, Answer answer) {
        for (GroundField f : asked) {
            b.answer(f, answer, null);
        }
    }

    /** {@code d_1} rows {@code x_1} and {@code W_2 = 0}: the network {@code f = 0}. */
    private static WitnessWeights zeroNetwork(Architecture d) {
        int n = d.inputDimension();
        List<List<BigFraction>> w1 = new ArrayList<>();
        for (int j = 0; j < d.width(1); j++) {
            List<BigFraction> row = new ArrayList<>(Collections.nCopies(n, BigFraction.ZERO));
            row.set(0, BigFraction.ONE);
            w1.add(row);
        }
        List<List<BigFraction>> w2 = new ArrayList<>();
        for (int i = 0; i < d.outputDimension(); i++) {
            w2.add(new ArrayList<>(Collections.nCopies(d.width(1), BigFraction.ZERO)));
        }
        return WitnessWeights.rational(Weights.ofRows(d, List.of(w1, w2)));
    }

    // ---------------------------------------------------------------- witness

    /**
     * The outcome of the span test with the verified witness.
     *
     * @param inSpan whether every numerator is in the span (proved either way, see the class comment)
     * @param weights the verified witness when {@code inSpan}
     * @param evidence what was checked
     */
    private record Witness(boolean inSpan, WitnessWeights weights, String evidence, Architecture d,
                           List<Polynomial<BigFraction>> pw, Polynomial<BigFraction> qw) {

        /** In function mode, checks {@code P_W · Q = P · Q_W} against the input as given. */
        Witness checkedAsFunction(List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
            if (!WitnessVerification.reproduces(MembershipResult.Mode.FUNCTION, pw, qw, p, q)) {
                throw new IllegalStateException("witness does not reproduce the function: P_W · Q ≠ P · Q_W");
            }
            return new Witness(true, weights, evidence + "; as functions P_W · Q = P · Q_W holds exactly", d, pw, qw);
        }
    }

    /**
     * Builds and verifies the witness for numerators {@code p} over the split form {@code q}, with
     * {@code extraRows} additional rows {@code x_1} (function mode, {@code W_2} column 0).
     */
    private static Witness witness(Architecture d, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                                   LinearFactorization fac, int extraRows, long seed) {
        int n = d.inputDimension();
        List<FactorClass> classes = fac.classes();
        BigFraction s = fac.scalar();
        Polynomial<BigFraction> one = Polynomial.constant(Rationals.Q, n, BigFraction.ONE);
        Polynomial<BigFraction> rad = one;
        Polynomial<BigFraction> rest = one;
        for (FactorClass c : classes) {
            rad = rad.multiply(c.norm());
            rest = rest.multiply(c.norm().pow(c.multiplicity() - 1)); // N^0 = 1 for a simple factor
        }
        Polynomial<BigFraction> extra = Polynomial.variable(Rationals.Q, n, 0).pow(extraRows);
        Polynomial<BigFraction> qw = rad.multiply(rest).multiply(extra);
        if (!q.multiply(extra).equals(qw.scale(s))) {
            throw new IllegalStateException("factorisation certificate does not hold: Q ≠ s · Π N^e");
        }
        Polynomial<BigFraction> sr = rest.scale(s);
        List<Polynomial<BigFraction>> reduced = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            Polynomial<BigFraction> pi = p.get(i);
            if (!pi.isZero() && !pi.isDivisibleBy(sr)) {
                return new Witness(false, null, "P_" + (i + 1) + " is not divisible by Π ℓ^(e−1) = " + rest
                        + ", so it is not in span{Q/ℓ}", d, null, null);
            }
            reduced.add(pi.isZero() ? pi : pi.divideExact(sr));
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        // per class: a_i in the class algebra, and the cofactor Q'/ℓ
        List<List<AlgebraicElement>> coefficients = new ArrayList<>();
        Polynomial<BigFraction>[] sums = newSums(p.size(), n);
        for (FactorClass c : classes) {
            AlgebraicExtension a = c.algebra();
            Polynomial<AlgebraicElement> ell = c.linearForm();
            Polynomial<AlgebraicElement> cof = a.lift(rad).divideExact(ell);
            List<AlgebraicElement> ai = coefficientsOn(a, ell, cof, reduced, n, random);
            coefficients.add(ai);
            for (int i = 0; i < p.size(); i++) {
                sums[i] = sums[i].add(a.trace(cof.scale(ai.get(i))));
            }
        }
        List<Polynomial<BigFraction>> pw = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (!sums[i].equals(reduced.get(i))) {
                return new Witness(false, null, "P_" + (i + 1) + " is not in span{Q/ℓ}: the partial-fraction coefficients"
                        + " read off on the hyperplanes ℓ = 0 do not reproduce it (exact identity fails)", d, null, null);
            }
            // s · P_W,i = s · R · (P_i / (s R)) · x1^extra = P_i · x1^extra: reduced_i is an exact quotient
            pw.add(sums[i].multiply(rest).multiply(extra));
        }
        WitnessWeights weights = assemble(d, classes, coefficients, extraRows);
        String ev = "witness verified: its closed form (Q_W = Π N^e, P_W = R · Σ_classes Tr(a · Q'/ℓ) over the class "
                + "algebras) reproduces the input with common scalar " + Rationals.toString(s);
        if (weights.isRational()) {
            // (P · x1^extra; Q · x1^extra) is the point of the function P/Q with the witness's degrees
            List<Polynomial<BigFraction>> pe = p.stream().map(x -> x.multiply(extra)).toList();
            if (!WitnessVerification.reproduces(weights.toRational(d).orElseThrow(), MembershipResult.Mode.TUPLE, pe,
                    q.multiply(extra))) {
                throw new IllegalStateException("rational witness does not reproduce (P; Q)");
            }
            ev += "; the rational witness was also expanded by the closed form of §2";
        }
        return new Witness(true, weights, ev, d, pw, qw);
    }

    @SuppressWarnings("unchecked")
    private static Polynomial<BigFraction>[] newSums(int k, int n) {
        Polynomial<BigFraction>[] out = new Polynomial[k];
        for (int i = 0; i < k; i++) {
            out[i] = Polynomial.zero(Rationals.Q, n);
        }
        return out;
    }

    /**
     * {@code a_i = P_i'(z) / C(z)} at a point {@code z = u + t v} on {@code ℓ = 0}, u and v random
     * rational, with {@code ℓ(v)} and {@code C(z)} invertible in the algebra (retried otherwise).
     */
    private static List<AlgebraicElement> coefficientsOn(AlgebraicExtension a, Polynomial<AlgebraicElement> ell,
                                                         Polynomial<AlgebraicElement> cof, List<Polynomial<BigFraction>> p,
                                                         int n, Random random) {
        for (int attempt = 0; attempt < 64; attempt++) {
            List<AlgebraicElement> u = new ArrayList<>();
            List<AlgebraicElement> v = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                u.add(a.fromLong(random.nextInt(201) - 100));
                v.add(a.fromLong(random.nextInt(201) - 100));
            }
            AlgebraicElement ev = ell.evaluate(v);
            if (!a.isInvertible(ev)) {
                continue;
            }
            AlgebraicElement t = a.negate(a.divide(ell.evaluate(u), ev));
            List<AlgebraicElement> z = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                z.add(a.add(u.get(k), a.multiply(t, v.get(k))));
            }
            AlgebraicElement cz = cof.evaluate(z);
            if (!a.isInvertible(cz)) {
                continue;
            }
            AlgebraicElement inv = a.reciprocal(cz);
            List<AlgebraicElement> out = new ArrayList<>();
            for (Polynomial<BigFraction> pi : p) {
                out.add(a.multiply(a.lift(pi).evaluate(z), inv));
            }
            return out;
        }
        throw new IllegalStateException("no point on the hyperplane with an invertible cofactor after 64 tries");
    }

    /** W_1: one row per factor, repeated by multiplicity, then the extra rows x_1; W_2: a(θ) on first copies. */
    private static WitnessWeights assemble(Architecture d, List<FactorClass> classes, List<List<AlgebraicElement>> coefficients,
                                           int extraRows) {
        int n = d.inputDimension();
        int outputs = d.outputDimension();
        List<List<WitnessEntry>> w1 = new ArrayList<>();
        List<List<WitnessEntry>> w2 = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            w2.add(new ArrayList<>());
        }
        WitnessEntry zero = WitnessEntry.rational(BigFraction.ZERO);
        for (int ci = 0; ci < classes.size(); ci++) {
            FactorClass c = classes.get(ci);
            for (LinearFactor f : c.factors()) {
                List<WitnessEntry> row = f.coefficients().stream().map(WitnessEntry::of).toList();
                for (int copy = 0; copy < c.multiplicity(); copy++) {
                    w1.add(row);
                    for (int i = 0; i < outputs; i++) {
                        AlgebraicElement a = coefficients.get(ci).get(i);
                        w2.get(i).add(copy > 0 ? zero
                                : c.isRational() ? WitnessEntry.rational(a.rationalValue()) : WitnessEntry.of(a.at(f.root())));
                    }
                }
            }
        }
        for (int k = 0; k < extraRows; k++) {
            List<WitnessEntry> row = new ArrayList<>(Collections.nCopies(n, zero));
            row.set(0, WitnessEntry.rational(BigFraction.ONE));
            w1.add(row);
            for (int i = 0; i < outputs; i++) {
                w2.get(i).add(zero);
            }
        }
        return new WitnessWeights(List.of(w1, w2));
    }
}
