package org.rationalnets.oracle.vectors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.DeepBinaryMembership;
import org.rationalnets.algorithms.membership.Membership;
import org.rationalnets.algorithms.membership.MembershipInput;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.WitnessVerification;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;

/**
 * The membership vectors of deep binary architectures {@code d = (d_0, 2, …, 2, d_L)}, {@code L ≥ 3}
 * (docs/theory.md §7), flag {@link Flag#DeepBinary}. Every expected answer is known by construction:
 *
 * <ul>
 *   <li>network points: the closed form (or its lowest terms) of random rational weights, which are the witness;
 *       some with a rank-one {@code W_k} (a rank-one tail, proportional outputs, cancellation);</li>
 *   <li>conjugate factors: {@code P = (ℓ_i) · Π_{k ∈ K_C} m_k}, {@code Q = Π_{k ∈ K_Q} m_k} with every
 *       {@code m_k} a product of two non-proportional forms, one of them {@code u² ∓ a v²}: the weights
 *       {@code W_1 = A_1}, {@code W_{k+1} = A_{k+1} A_k^{-1} J} exist over {@code Q(√±a)}; a network over a
 *       field F has {@code P_W} and {@code Q_W} split over F, so neither the input (tuple) nor its lowest terms
 *       (function; the factors of the lowest terms divide those of {@code (P_W, Q_W)}) can come from F = Q
 *       (nor from R when the factor is not real);</li>
 *   <li>closure points ({@code d_L ≥ 2}): {@code P_i = ℓ_i C} with {@code ℓ_1, ℓ_2} independent. Then a
 *       network would have {@code rank A_L = 2}, so every {@code A_k} is invertible, every {@code m_k} is a
 *       product of two non-proportional forms and {@code gcd(P) ∝ Π_{K_C} m_k}: a linear form of
 *       multiplicity {@code > a} in {@code C} or {@code > b} in {@code Q}, or {@code Q = 0}, is not in
 *       {@code M_d(C)}; the criterion of docs/theory.md §7 (a common factor of degree {@code ≥ D_P − 1}) puts it in
 *       {@code V_d}. For {@code d_0 = 3} the forms are built in a plane {@code (y_1, y_2)} of linear forms: a
 *       limit of networks of {@code (2, …)} composed with {@code y} is a limit of networks of {@code (3, …)};</li>
 *   <li>points outside the closure: numerators without a common factor of degree {@code D_P − 1} (docs/theory.md §7,
 *       {@code d_0 = 2}, {@code d_L ≥ 2}), and for {@code d_0 = 3} a denominator {@code x1^D + x2^D + x3^D} that
 *       no nonzero derivative {@code ∂_v} kills, while every point of {@code V_d} is a tuple of polynomials in
 *       two linear forms (the row space of {@code W_1}; a closed condition, the Grassmannian being complete);</li>
 *   <li>wrong degree: every nonzero network is homogeneous of degree {@code (−1)^{L−1}} (docs/theory.md §2).</li>
 * </ul>
 * Each answer is also confirmed by {@link DeepBinaryMembership} when the vector is generated
 * ({@link #confirm}); a disagreement stops the generation.
 */
final class DeepBinaryMembershipVectors {

    private static final Boolean T = Boolean.TRUE;
    private static final Boolean F = Boolean.FALSE;

    private final MembershipVectors host;
    private final Random random;

    DeepBinaryMembershipVectors(MembershipVectors host) {
        this.host = host;
        this.random = host.random();
    }

    /** Deep ({@code L ≥ 3}) with binary hidden layers: the architectures of docs/theory.md §7 these vectors cover. */
    static boolean isDeepBinary(Architecture d) {
        return d.isDeep() && DeepBinaryMembership.applies(d);
    }

    void build() {
        networkPoints();
        rankOneTails();
        zeroFunctions();
        conjugateFactors();
        closurePoints();
        outsideClosure();
        wrongDegree();
    }

    // ------------------------------------------------------------------ members over Q

    private void networkPoints() {
        for (String arch : List.of("1,2,2,1", "1,2,2,2,2", "2,2,2,1", "2,2,2,2", "2,2,2,3", "3,2,2,1", "3,2,2,2",
                "2,2,2,2,1", "2,2,2,2,2", "3,2,2,2,2", "2,2,2,2,2,1", "2,2,2,2,2,2", "3,2,2,2,2,1",
                "2,2,2,2,2,2,2", "3,2,2,2,2,2,1", "2,2,2,2,2,2,2,1")) {
            Architecture d = Architecture.parse(arch);
            for (String mode : List.of("tuple", "function")) {
                Weights w = definedWeights(d, -1);
                ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
                host.emit(d, mode, cf.numerators(), cf.denominator(), T, T, T, T, w,
                        "closed form of random rational weights (a network point; L = " + d.depth() + ")", EnumSet.noneOf(Flag.class));
            }
        }
    }

    /**
     * A rank-one {@code W_k} makes {@code A_k … A_L} rank one ({@code A_k = u ℓᵀ}): squares {@code m = c ℓ²},
     * proportional outputs, and a closed form that is not in lowest terms. Tuple: the closed form; function:
     * its lowest terms.
     */
    private void rankOneTails() {
        String[][] cases = {{"2,2,2,1", "2"}, {"2,2,2,2,1", "2"}, {"2,2,2,2,2", "3"}, {"3,2,2,2,1", "2"}, {"2,2,2,2,2,1", "4"}};
        for (String[] c : cases) {
            Architecture d = Architecture.parse(c[0]);
            int k = Integer.parseInt(c[1]);
            Weights w = definedWeights(d, k);
            ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
            String what = "random rational weights with W_" + k + " of rank one (A_" + k + " … A_" + d.depth() + " rank one)";
            host.emit(d, "tuple", cf.numerators(), cf.denominator(), T, T, T, T, w, "closed form of " + what,
                    EnumSet.noneOf(Flag.class));
            RationalPolynomials.Fraction low = RationalPolynomials.lowestTerms(cf.numerators(), cf.denominator());
            host.emit(d, "function", low.numerators(), low.denominator(), T, T, T, T, w,
                    "lowest terms of the closed form of " + what, EnumSet.noneOf(Flag.class));
        }
    }

    /** {@code W_L = 0}: the zero function (function mode) and the points {@code [0 : Q_W]} (tuple mode). */
    private void zeroFunctions() {
        for (String arch : List.of("2,2,2,2", "3,2,2,2,1")) {
            Architecture d = Architecture.parse(arch);
            Weights w = zeroOutput(definedWeights(d, -1));
            ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
            host.emit(d, "function", cf.numerators(), cf.denominator(), T, T, T, T, w,
                    "f = 0: random rational hidden weights and W_L = 0", EnumSet.noneOf(Flag.class));
            host.emit(d, "tuple", cf.numerators(), cf.denominator(), T, T, T, T, w,
                    "P = 0, Q the denominator of random rational hidden weights (W_L = 0)", EnumSet.noneOf(Flag.class));
        }
    }

    // ------------------------------------------------------------------ members over R or C only

    /**
     * One quadric {@code u² ∓ a v²} among the {@code m_k}, the others products of two rational forms; in the
     * denominator ({@code k = L−1}) or in the numerators' common factor ({@code k = L−2}).
     */
    private void conjugateFactors() {
        record Case(String arch, int a, boolean real, String mode, boolean inNumerator) {
        }
        List<Case> cases = List.of(
                new Case("2,2,2,1", 2, true, "tuple", false), new Case("2,2,2,1", 1, false, "function", false),
                new Case("2,2,2,2", 3, true, "function", false), new Case("2,2,2,2", 2, false, "tuple", false),
                new Case("3,2,2,1", 5, true, "function", false), new Case("3,2,2,1", 3, false, "tuple", false),
                new Case("2,2,2,2,1", 7, true, "tuple", false), new Case("2,2,2,2,1", 5, false, "function", false),
                new Case("3,2,2,2,2", 6, true, "tuple", false), new Case("3,2,2,2,2", 1, false, "function", false),
                new Case("2,2,2,2,2,2", 10, true, "function", false), new Case("2,2,2,2,2,2", 2, false, "tuple", false),
                new Case("2,2,2,1", 3, true, "function", true), new Case("2,2,2,2,2,1", 1, false, "tuple", true));
        for (Case c : cases) {
            Architecture d = Architecture.parse(c.arch());
            int depth = d.depth();
            Polynomial<BigFraction>[] y = plane(d.inputDimension());
            int special = c.inNumerator() ? depth - 2 : depth - 1;
            List<Polynomial<BigFraction>> m = new ArrayList<>();
            String quadric = null;
            for (int k = 1; k <= depth - 1; k++) {
                List<Polynomial<BigFraction>> pair = distinctForms(y, 2);
                if (k == special) {
                    BigFraction sign = BigFraction.of(c.real() ? -c.a() : c.a());
                    m.add(pair.get(0).multiply(pair.get(0)).add(pair.get(1).multiply(pair.get(1)).scale(sign)));
                    quadric = "m_" + k + " = u^2 " + (c.real() ? "- " : "+ ") + c.a() + "*v^2 with u = " + pair.get(0)
                            + ", v = " + pair.get(1);
                } else {
                    m.add(pair.get(0).multiply(pair.get(1)));
                }
            }
            List<Polynomial<BigFraction>> p = numerators(d, y, m);
            Polynomial<BigFraction> q = product(m, depth, true);
            String where = c.inNumerator() ? "in the numerators' common factor" : "in the denominator";
            String why = c.real() ? "its factors u -+ sqrt(" + c.a() + ")*v are real and irrational: weights exist over R, not over Q"
                    : "its factors u -+ i*sqrt(" + c.a() + ")*v are not real: weights exist over C, not over R";
            host.emit(d, c.mode(), p, q, F, c.real(), T, T, null,
                    "P = (l_i) * prod m_k (k = L-2, L-4, ...), Q = prod m_k (k = L-1, L-3, ...), every m_k a product of two "
                    + "non-proportional forms; " + quadric + " (" + where + "): " + why,
                    EnumSet.of(c.real() ? Flag.RealIrrational : Flag.ComplexOnly));
        }
    }

    // ------------------------------------------------------------------ closure points and non-members

    private void closurePoints() {
        // C with a form of multiplicity > a = number of numerator quadrics
        closurePoint("2,2,2,2", 2, 1, "tuple");
        closurePoint("2,2,2,2,2,2", 3, 2, "tuple");
        closurePoint("3,2,2,2", 2, 1, "tuple");
        // Q with a form of multiplicity > b = number of denominator quadrics
        closurePoint("2,2,2,2,3", 3, 0, "tuple");
        closurePoint("2,2,2,2,2,2,2", 4, 0, "tuple");
        // Q = 0 (no network has Q = 0: every m_k is a product of two nonzero pre-activations)
        closurePoint("2,2,2,2", 0, 0, "tuple");
        closurePoint("3,2,2,2,2", 0, 0, "tuple");
        // d_0 = 1 fills (B2): [P : 0] is in V_d
        Architecture d1 = Architecture.parse("1,2,2,2,2");
        host.emit(d1, "tuple", List.of(parse("2*x1^3", 1), parse("-x1^3", 1)), parse("0", 1), F, F, F, T, null,
                "Q = 0 with d_0 = 1 (filling by B2); no network has Q = 0", EnumSet.noneOf(Flag.class));
        // d_L = 1 (filling): case analysis on the first rank-one A_k
        Architecture d2221 = Architecture.parse("2,2,2,1");
        host.emit(d2221, "tuple", List.of(parse("x1^3", 2)), parse("x2^2", 2), F, F, F, T, null,
                "[x1^3 : x2^2] (filling by B2). Not a network over C: P = A_3 x * m_1, Q = m_2; if A_1 is invertible, m_1 is "
                + "a product of two non-proportional forms and cannot divide x1^3; if A_1 = u l^T has rank one, so do A_2, A_3 "
                + "and P, Q are powers of the same l", EnumSet.noneOf(Flag.class));
        Architecture d22221 = Architecture.parse("2,2,2,2,1");
        host.emit(d22221, "tuple", List.of(parse("x2^3", 2)), parse("x1^4", 2), F, F, F, T, null,
                "[x2^3 : x1^4] (filling by B2). Not a network over C: P = A_4 x * m_2, Q = m_1 m_3; with A_1, A_2 invertible "
                + "m_2 is a product of two non-proportional forms and cannot divide x2^3; if A_2 = u l^T has rank one, "
                + "m_2, m_3 and A_4 x are multiples of l^2, l^2, l, so l = x2 would divide Q = x1^4; if A_1 has rank one all "
                + "forms are powers of one l", EnumSet.noneOf(Flag.class));
    }

    /**
     * {@code P_i = ℓ_i C}, {@code ℓ_1, ℓ_2} independent: a form of multiplicity {@code numeratorPower} in {@code C}
     * (if {@code > 0}) or {@code denominatorPower} in {@code Q} (if {@code > 0}), or {@code Q = 0} (both 0).
     */
    private void closurePoint(String arch, int denominatorPower, int numeratorPowerFlag, String mode) {
        Architecture d = Architecture.parse(arch);
        int depth = d.depth();
        int a = (depth - 1) / 2;
        int b = depth / 2;
        int n = d.inputDimension();
        Polynomial<BigFraction>[] y = plane(n);
        boolean zeroQ = denominatorPower == 0 && numeratorPowerFlag == 0;
        int numeratorPower = numeratorPowerFlag > 0 ? a + 1 : 0;
        // the repeated form first, then distinct others
        List<Polynomial<BigFraction>> forms = distinctForms(y, 2 * a + 2 * b + 1);
        Polynomial<BigFraction> l = forms.get(0);
        Polynomial<BigFraction> c;
        String what;
        if (numeratorPower > 0) {
            c = l.pow(numeratorPower).multiply(product(n, forms.subList(1, 1 + 2 * a - numeratorPower)));
            what = "C has the factor " + l + " with multiplicity " + numeratorPower + " > a = " + a;
        } else {
            c = product(n, forms.subList(1, 1 + 2 * a));
            what = zeroQ ? "Q = 0" : "Q has the factor " + l + " with multiplicity " + denominatorPower + " > b = " + b;
        }
        Polynomial<BigFraction> q;
        if (zeroQ) {
            q = Polynomial.zero(Rationals.Q, n);
        } else if (denominatorPower > 0) {
            q = l.pow(denominatorPower).multiply(product(n, forms.subList(1 + 2 * a, 1 + 2 * a + 2 * b - denominatorPower)));
        } else {
            q = product(n, forms.subList(1 + 2 * a, 1 + 2 * a + 2 * b));
        }
        List<Polynomial<BigFraction>> ell = distinctForms(y, d.outputDimension());
        List<Polynomial<BigFraction>> p = ell.stream().map(x -> x.multiply(c)).toList();
        host.emit(d, mode, p, q, F, F, F, T, null,
                "P_i = l_i * C with l_1, l_2 independent, so the P_i have the common factor C of degree D_P - 1 (in V_d, docs/theory.md §7)"
                + (d.inputDimension() == 3 ? ", all forms in two linear forms y1 = " + y[0] + ", y2 = " + y[1] : "")
                + "; " + what + ", while a network with rank A_L = 2 has every A_k invertible, gcd(P) = prod of the numerator "
                + "quadrics and Q = prod of the denominator quadrics, each a product of two non-proportional forms",
                EnumSet.noneOf(Flag.class));
    }

    private void outsideClosure() {
        // d_0 = 2, d_L >= 2: the numerators have no common factor of degree >= D_P - 1 (docs/theory.md §7)
        for (String[] c : new String[][] {{"2,2,2,2", "tuple"}, {"2,2,2,2", "function"}, {"2,2,2,2,2", "tuple"},
                {"2,2,2,2,2", "function"}, {"2,2,2,2,2,3", "tuple"}, {"2,2,2,2,2,2,2,2", "tuple"}}) {
            Architecture d = Architecture.parse(c[0]);
            int dp = (int) d.degrees().numeratorDegree();
            int dq = (int) d.degrees().denominatorDegree();
            List<Polynomial<BigFraction>> p;
            do {
                p = new ArrayList<>();
                for (int i = 0; i < d.outputDimension(); i++) {
                    p.add(host.randomForm(2, dp));
                }
            } while (!RationalPolynomials.gcd(p).isConstant());
            Polynomial<BigFraction> q = product(2, distinctForms(plane(2), dq));
            host.emit(d, c[1], p, q, F, F, F, F, null,
                    "the numerators are coprime (no common factor of degree >= D_P - 1 = " + (dp - 1) + "), d_L >= 2, L >= 3: "
                    + "not in V_d (docs/theory.md §7 closure criterion)" + (c[1].equals("function") ? "; the input is in lowest terms, "
                    + "so it is the only representative of degrees (D_P, D_Q)" : ""), EnumSet.noneOf(Flag.class));
        }
        // d_0 = 3: Q = x1^D + x2^D + x3^D is killed by no derivative ∂_v, v ≠ 0, so it is no polynomial in two linear forms
        for (String[] c : new String[][] {{"3,2,2,1", "tuple"}, {"3,2,2,1", "function"}, {"3,2,2,2,2", "tuple"},
                {"3,2,2,2,2,1", "function"}}) {
            Architecture d = Architecture.parse(c[0]);
            int dp = (int) d.degrees().numeratorDegree();
            int dq = (int) d.degrees().denominatorDegree();
            Polynomial<BigFraction> q = parse("x1^" + dq + " + x2^" + dq + " + x3^" + dq, 3);
            Polynomial<BigFraction>[] y = plane(3);
            Polynomial<BigFraction> common = product(3, distinctForms(y, dp - 1));
            List<Polynomial<BigFraction>> p = distinctForms(y, d.outputDimension()).stream().map(x -> x.multiply(common)).toList();
            host.emit(d, c[1], p, q, F, F, F, F, null,
                    "Q = x1^" + dq + " + x2^" + dq + " + x3^" + dq + " depends on three independent linear forms, every point of V_d "
                    + "on two (the row space of W_1); the numerators alone would be fine: P_i = l_i * C in the plane y1 = "
                    + y[0] + ", y2 = " + y[1], EnumSet.of(Flag.NotSplitting));
        }
    }

    private void wrongDegree() {
        wrong("2,2,2,1", "x1 + x2", "x1*x2", "f = (x1 + x2)/(x1*x2), a shallow network's function, has degree -1; L = 3 needs +1");
        wrong("3,2,2,2,1", "x1^2", "x2", "f = x1^2/x2 has degree +1; L = 4 needs -1");
        wrong("2,2,2,2,2,1", "x1", "x2", "f = x1/x2 has degree 0; L = 5 needs +1");
        wrong("1,2,2,2,2,2,1", "x1", "1", "f = x1 has degree +1; L = 6 needs -1");
    }

    private void wrong(String arch, String p, String q, String comment) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        host.emit(d, "function", List.of(parse(p, n)), parse(q, n), F, F, F, F, null, comment, EnumSet.of(Flag.WrongDegree));
    }

    // ------------------------------------------------------------------ confirmation by the implementation

    /**
     * Confirms a constructed answer with {@link DeepBinaryMembership}: the decision over Q, R, C and the closure
     * answer ({@link DeepBinaryMembership#closureMember} for tuple points {@code [P : 0]}, which the membership API
     * refuses), and re-expands the implementation's rational witness. The closure answers must be equal too.
     *
     * @throws IllegalStateException if the implementation disagrees with the construction
     */
    static void confirm(Architecture d, String mode, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                        Boolean mq, Boolean mr, Boolean mc, Boolean closure, String where) {
        boolean tuple = mode.equals("tuple");
        if (tuple && q.isZero()) {
            boolean c = DeepBinaryMembership.closureMember(d, p, q);
            if (closure == null || c != closure || mc) {
                throw new IllegalStateException("DeepBinaryMembership.closureMember says " + c + " for " + where
                        + ", the construction says closure " + closure + ", member over C " + mc);
            }
            return;
        }
        MembershipInput in = MembershipInput.of(d, tuple ? MembershipResult.Mode.TUPLE : MembershipResult.Mode.FUNCTION, p, q);
        MembershipResult r = Membership.decide(in, EnumSet.allOf(GroundField.class), 1);
        if (!mq.equals(r.answer(GroundField.Q).asBoolean()) || !mr.equals(r.answer(GroundField.R).asBoolean())
                || !mc.equals(r.answer(GroundField.C).asBoolean()) || !Objects.equals(r.closure().asBoolean(), closure)) {
            throw new IllegalStateException("DeepBinaryMembership disagrees for " + where + ": it says member Q/R/C = "
                    + r.answer(GroundField.Q) + "/" + r.answer(GroundField.R) + "/" + r.answer(GroundField.C) + ", closure "
                    + r.closure() + " (" + r.reason() + "); the construction says " + mq + "/" + mr + "/" + mc
                    + ", closure " + closure);
        }
        if (mq) {
            Optional<Weights> w = r.weights(GroundField.Q).toRational(d);
            if (w.isEmpty() || !WitnessVerification.reproduces(w.get(), MembershipVectors.mode(mode), p, q)) {
                throw new IllegalStateException("DeepBinaryMembership's witness over Q does not reproduce " + where);
            }
        }
    }

    // ------------------------------------------------------------------ building blocks

    /**
     * Random rational weights defining a network; {@code rankOne ≥ 2} makes {@code W_rankOne} the rank-one
     * matrix {@code u vᵀ} (integer entries, {@code u} without zeros).
     */
    private Weights definedWeights(Architecture d, int rankOne) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Weights w = host.randomShallowWeights(d, true);
            if (rankOne >= 2) {
                List<List<List<BigFraction>>> ms = rows(w);
                BigFraction u0 = host.nonzero();
                BigFraction u1 = host.nonzero();
                BigFraction v0 = host.nonzero();
                BigFraction v1 = BigFraction.of(random.nextInt(7) - 3);
                ms.set(rankOne - 1, List.of(List.of(u0.multiply(v0), u0.multiply(v1)), List.of(u1.multiply(v0), u1.multiply(v1))));
                w = Weights.ofRows(d, ms);
            }
            try {
                RationalNet.of(w).closedForm();
                return w;
            } catch (UndefinedNetworkException e) {
                // a hidden pre-activation vanished: draw again
            }
        }
        throw new IllegalStateException("no defined weights drawn for " + d);
    }

    private static Weights zeroOutput(Weights w) {
        List<List<List<BigFraction>>> ms = rows(w);
        List<List<BigFraction>> last = ms.get(ms.size() - 1);
        List<List<BigFraction>> zero = new ArrayList<>();
        for (List<BigFraction> row : last) {
            zero.add(row.stream().map(x -> BigFraction.ZERO).toList());
        }
        ms.set(ms.size() - 1, zero);
        return Weights.ofRows(w.architecture(), ms);
    }

    private static List<List<List<BigFraction>>> rows(Weights w) {
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (int k = 1; k <= w.architecture().depth(); k++) {
            ms.add(new ArrayList<>(w.matrix(k).rowList()));
        }
        return ms;
    }

    /** Two independent linear forms {@code y_1, y_2}: {@code x1, x2} for {@code d_0 = 2}, random for {@code d_0 = 3}. */
    private Polynomial<BigFraction>[] plane(int n) {
        if (n == 2) {
            @SuppressWarnings("unchecked")
            Polynomial<BigFraction>[] xy = new Polynomial[] {parse("x1", 2), parse("x2", 2)};
            return xy;
        }
        return host.independentPair(n);
    }

    /** {@code count} pairwise non-proportional forms {@code α y_1 + β y_2}, integers {@code α, β ∈ [−3, 3]}. */
    private List<Polynomial<BigFraction>> distinctForms(Polynomial<BigFraction>[] y, int count) {
        List<int[]> chosen = new ArrayList<>();
        List<Polynomial<BigFraction>> out = new ArrayList<>();
        while (out.size() < count) {
            int alpha = random.nextInt(7) - 3;
            int beta = random.nextInt(7) - 3;
            if ((alpha == 0 && beta == 0) || chosen.stream().anyMatch(c -> c[0] * beta - c[1] * alpha == 0)) {
                continue;
            }
            chosen.add(new int[] {alpha, beta});
            out.add(y[0].scale(BigFraction.of(alpha)).add(y[1].scale(BigFraction.of(beta))));
        }
        return out;
    }

    /** {@code P_i = ℓ_i · Π_{k ∈ K_C} m_k} with {@code ℓ_1, ℓ_2} independent forms of the plane. */
    private List<Polynomial<BigFraction>> numerators(Architecture d, Polynomial<BigFraction>[] y, List<Polynomial<BigFraction>> m) {
        Polynomial<BigFraction> c = product(m, d.depth(), false);
        return distinctForms(y, d.outputDimension()).stream().map(x -> x.multiply(c)).toList();
    }

    /** {@code Π m_k} over {@code K_Q = {L−1, L−3, …}} (denominator) or {@code K_C = {L−2, L−4, …}}; {@code m.get(k − 1) = m_k}. */
    private static Polynomial<BigFraction> product(List<Polynomial<BigFraction>> m, int depth, boolean denominator) {
        Polynomial<BigFraction> out = Polynomial.constant(Rationals.Q, m.get(0).variables(), BigFraction.ONE);
        for (int k = 1; k <= depth - 1; k++) {
            if (((depth - 1 - k) % 2 == 0) == denominator) {
                out = out.multiply(m.get(k - 1));
            }
        }
        return out;
    }

    /** The product of {@code forms} (polynomials in {@code n} variables; 1 for none). */
    private static Polynomial<BigFraction> product(int n, List<Polynomial<BigFraction>> forms) {
        Polynomial<BigFraction> out = Polynomial.constant(Rationals.Q, n, BigFraction.ONE);
        for (Polynomial<BigFraction> f : forms) {
            out = out.multiply(f);
        }
        return out;
    }

    private static Polynomial<BigFraction> parse(String s, int n) {
        return PolynomialParser.parse(s, n);
    }
}
