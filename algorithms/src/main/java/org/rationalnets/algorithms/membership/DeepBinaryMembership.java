package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.AlgebraicRoot;
import org.rationalnets.exact.algebraic.RationalFactorization;
import org.rationalnets.exact.algebraic.RealRoots;

/**
 * Membership of a point {@code [P : Q]} (tuple mode) or a function {@code P/Q} (function mode) in the
 * neuromanifold {@code M_d(F)} of a binary-hidden architecture {@code d = (d_0, 2, …, 2, d_L)},
 * {@code L ≥ 2}, over {@code F = Q, R, C}, with verified witness weights; and closure membership
 * in {@code V_d} (docs/theory.md §7). Every step is exact; nothing is random.
 *
 * <h2>Structure [derived, docs/theory.md §7]</h2>
 * With {@code A_1 = W_1}, {@code A_{k+1} = W_{k+1} J A_k}, {@code m_k = (A_k x)_1 (A_k x)_2}, the closed form
 * is {@code P = A_L x · Π_{k ∈ K_C} m_k}, {@code Q = Π_{k ∈ K_Q} m_k} with {@code K_Q = {L−1, L−3, …}},
 * {@code K_C = {L−2, L−4, …}} ({@code |K_Q| = b = ⌊L/2⌋}, {@code |K_C| = a = ⌊(L−1)/2⌋}). A network is
 * defined iff no row of {@code A_1 … A_{L−1}} vanishes; if some {@code A_r} ({@code r ≤ L−1}) has rank one,
 * every later {@code A_k} is {@code u_k ℓᵀ} for one linear form {@code ℓ} (a rank-one <em>tail</em>
 * {@code r … L−1} of length {@code t = L − r}, where {@code m_k = c_k ℓ²} and {@code A_L = u ℓᵀ}); before
 * it every {@code A_k} is invertible, i.e. {@code m_k} is a product of two non-proportional forms.
 * Conversely every such sequence {@code A_1 … A_L} over F comes from weights over F:
 * {@code W_1 = A_1}, {@code W_{k+1} = A_{k+1} A_k^{-1} J} for invertible {@code A_k}, and
 * {@code W_{k+1} = u_{k+1} e_1ᵀ / (u_k)_2} after a rank-one {@code A_k = u_k ℓᵀ}. So membership over F is:
 * the linear factors (of {@code Q} and the common factor of the numerators in tuple mode; of the
 * lowest-terms denominator and the gcd of the lowest-terms numerators in function mode, where a
 * common cancelled set {@code X} of fresh factors may be added to both) must be F-rational and
 * must be grouped into {@code b} denominator and {@code a} numerator quadrics. A multiset of
 * {@code 2n} forms splits into {@code n} pairs of non-proportional forms iff no form has multiplicity
 * {@code > n}; a tail of length {@code t} takes {@code ⌈t/2⌉} squares {@code ℓ²} from the denominator
 * and {@code ⌊t/2⌋} from the numerator. The search runs over every {@code t ∈ [0, L−1]} and every
 * choice of {@code ℓ} (one per Galois class of factors, plus a fresh form) — at most
 * {@code L · (#classes + 1)} cases, each decided by multiplicities.
 *
 * <h2>Inputs with {@code d_0 ≠ 2}</h2>
 * {@code f = g(W_1 x)} depends only on the row space {@code U} of {@code W_1}. The kernel
 * {@code K = {v : ∂_v F = 0 for every input form F}} is computed exactly (a linear system); the forms
 * lie in {@code Q[U]} with {@code U = K^⊥}. If {@code dim U > 2} the input is not in {@code V_d};
 * otherwise a rational basis {@code B} (2 × d_0) of a plane containing {@code U} reduces to the binary
 * case ({@code F̃(y) = F(S y)}, {@code B S = I}), and {@code W_1 = W̃_1 B} lifts the weights back.
 *
 * <h2>Witnesses</h2>
 * Rational factors give rational weights. Irrational factors are written in one algebra
 * {@code Q[w]/(R)} holding all roots of their classes ({@link SplittingAlgebra}); when that algebra would
 * have degree {@code > 16} the answer, still decided exactly by the search, is reported as unknown
 * with the reason, since no verified witness can be printed. Every witness is expanded exactly (over Q
 * or over {@code Q[w]/(R)} at all its roots at once) and compared with the input before it is returned;
 * its entries are printed at one root of {@code R} (a real one for R).
 */
public final class DeepBinaryMembership {

    private static final int FRESH = -1;

    private DeepBinaryMembership() {
    }

    /**
     * Whether {@code d} has binary hidden layers: {@code L ≥ 2} and {@code d_1 = … = d_{L−1} = 2}.
     * (Deep binary in docs/theory.md's sense when moreover {@code d_0 = 2} and {@code L ≥ 3}.)
     */
    public static boolean applies(Architecture d) {
        if (d.depth() < 2) {
            return false;
        }
        for (int k = 1; k < d.depth(); k++) {
            if (d.width(k) != 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Closure membership of the point {@code [P : Q]} in {@code V_d} (docs/theory.md §7, extended to
     * {@code d_0 ≠ 2} through the plane {@code U}): true iff the forms live on a plane
     * {@code U} ({@code dim U ≤ 2}) and, there, {@code L ≤ 2}, or {@code d_L = 1}, or {@code P = 0}, or
     * the {@code P_i} have a common factor of degree {@code ≥ D_P − 1}. Exact.
     *
     * @param d an architecture with binary hidden layers ({@link #applies})
     * @param numerators {@code P_1 … P_{d_L}}, forms of degree {@code D_P} (or zero)
     * @param denominator {@code Q}, a form of degree {@code D_Q}
     * @throws IllegalArgumentException if {@code d} does not have binary hidden layers
     */
    public static boolean closureMember(Architecture d, List<Polynomial<BigFraction>> numerators,
                                        Polynomial<BigFraction> denominator) {
        requireApplies(d);
        List<Polynomial<BigFraction>> all = new ArrayList<>(numerators);
        all.add(denominator);
        if (plane(all, d.inputDimension()).dimension() > 2) {
            return false;
        }
        return closureOnPlane(d, numerators);
    }

    private static boolean closureOnPlane(Architecture d, List<Polynomial<BigFraction>> numerators) {
        if (d.outputDimension() == 1 || numerators.stream().allMatch(Polynomial::isZero)) {
            return true;
        }
        // the gcd is invariant under the linear change of variables to the plane; L ≤ 2 needs no case of
        // its own: there D_P = 1, and a nonzero gcd has degree ≥ 0 = D_P − 1
        return RationalPolynomials.gcd(numerators).degree() >= d.degrees().numeratorDegree() - 1;
    }

    private static void requireApplies(Architecture d) {
        if (!applies(d)) {
            throw new IllegalArgumentException("expected an architecture (d_0, 2, …, 2, d_L) with L ≥ 2, got " + d);
        }
    }

    /**
     * Decides membership of {@code in} in {@code M_d(F)} for every field asked, with verified witness
     * weights for every "yes", and closure membership.
     *
     * <p>Example: CF2 of docs/examples.md, {@code (2,2,2,1)}, {@code P = 2 x1 x2²}, {@code Q = x2² − x1²}, is in
     * {@code M(Q)}; with {@code Q = x1² + x2²} it is in {@code M(C)} but not {@code M(R)}.
     *
     * @param in the question (architecture with binary hidden layers)
     * @param fields the fields to decide (others stay unknown; empty means all three)
     * @param seed unused: every step is exact (kept for a uniform membership API)
     * @throws IllegalArgumentException if the architecture does not have binary hidden layers
     */
    static MembershipResult decide(MembershipInput in, Set<GroundField> fields, long seed) {
        Architecture d = in.architecture();
        requireApplies(d);
        return new Decision(in, fields.isEmpty() ? EnumSet.allOf(GroundField.class) : EnumSet.copyOf(fields)).run();
    }

    // ------------------------------------------------------------------------------------------------
    // the plane U

    /** A rational 2 × d_0 matrix {@code B} and a d_0 × 2 matrix {@code S} with {@code F(x) = F(S B x)} for the input forms. */
    private record Plane(int dimension, Matrix<BigFraction> b, Matrix<BigFraction> s) {
    }

    /** {@code U = K^⊥}, {@code K = {v : ∂_v F = 0 ∀ F}}, and a basis {@code B} of a plane containing it. */
    private static Plane plane(List<Polynomial<BigFraction>> forms, int n) {
        List<List<BigFraction>> rows = new ArrayList<>();
        for (Polynomial<BigFraction> f : forms) {
            if (f.isZero() || f.degree() == 0) {
                continue;
            }
            List<Polynomial<BigFraction>> grad = f.gradient();
            for (Monomial m : Monomial.ofDegree(n, f.degree() - 1)) {
                List<BigFraction> row = new ArrayList<>(n);
                boolean nonzero = false;
                for (int j = 0; j < n; j++) {
                    BigFraction c = grad.get(j).coefficient(m);
                    row.add(c);
                    nonzero |= c.signum() != 0;
                }
                if (nonzero) {
                    rows.add(row);
                }
            }
        }
        List<List<BigFraction>> kernel = rows.isEmpty() ? identityRows(n) : Matrix.of(Rationals.Q, rows).nullspace();
        List<List<BigFraction>> u = kernel.isEmpty() ? identityRows(n) : Matrix.of(Rationals.Q, kernel).nullspace();
        int dim = u.size();
        if (n == 1) {
            return new Plane(dim, Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE), List.of(BigFraction.ZERO))),
                    Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE, BigFraction.ZERO))));
        }
        if (dim > 2) {
            return new Plane(dim, null, null);
        }
        List<List<BigFraction>> basis = new ArrayList<>(u);
        for (int j = 0; basis.size() < 2; j++) { // ends by j = n − 1: the unit vectors span F^n (n ≥ 2)
            List<List<BigFraction>> trial = new ArrayList<>(basis);
            trial.add(identityRows(n).get(j));
            if (Matrix.of(Rationals.Q, trial).rank() == trial.size()) {
                basis = trial;
            }
        }
        // n = 2, dim = 2: the kernel is 0, so u (hence b) is the identity: the input's own coordinates are kept
        Matrix<BigFraction> b = Matrix.of(Rationals.Q, basis);
        Matrix<BigFraction> bt = b.transpose();
        Matrix<BigFraction> gram = b.multiply(bt);
        Matrix<BigFraction> s = bt.multiply(inverse2(Rationals.Q, gram));
        return new Plane(dim, b, s);
    }

    private static List<List<BigFraction>> identityRows(int n) {
        return Matrix.identity(Rationals.Q, n).rowList();
    }

    /** {@code F(S y)}: the form on the plane, in two variables. */
    private static Polynomial<BigFraction> restrict(Polynomial<BigFraction> f, Matrix<BigFraction> s) {
        int n = f.variables();
        List<Polynomial<BigFraction>> lin = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lin.add(Polynomial.linearForm(Rationals.Q, s.row(i)));
        }
        Polynomial<BigFraction> out = Polynomial.zero(Rationals.Q, 2);
        for (Polynomial.Term<BigFraction> t : f.terms()) {
            Polynomial<BigFraction> term = Polynomial.constant(Rationals.Q, 2, t.coefficient());
            for (int i = 0; i < n; i++) {
                term = term.multiply(lin.get(i).pow(t.monomial().exponent(i)));
            }
            out = out.add(term);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------
    // linear factors of binary forms, by Galois class ("place")

    /**
     * A class of linear factors of binary forms: the roots of a monic irreducible {@code p} in
     * {@code x1/x2} (forms {@code x1 − θ x2}), or the form {@code x2} ({@code p = null}).
     */
    private record Place(UnivariatePolynomial<BigFraction> p) {
        int degree() {
            return p == null ? 1 : p.degree();
        }

        boolean isRational() {
            return degree() == 1;
        }

        boolean isReal() {
            return p == null || RealRoots.count(p) == p.degree();
        }

        boolean rationalIn(GroundField f) {
            return f == GroundField.C || (f == GroundField.R ? isReal() : isRational());
        }

        @Override
        public String toString() {
            if (p == null) {
                return "x2";
            }
            if (p.degree() == 1) {
                return Polynomial.linearForm(Rationals.Q, List.of(BigFraction.ONE, p.coefficient(0))).toString();
            }
            return "x1 − θ·x2 (θ a root of " + p.toString("t") + ")";
        }
    }

    /** A specific linear form: root {@code root} of place {@code place}, or fresh form number {@code root}. */
    private record FormId(int place, int root) implements Comparable<FormId> {
        @Override
        public int compareTo(FormId o) {
            return place != o.place ? Integer.compare(place, o.place) : Integer.compare(root, o.root);
        }
    }

    /** The multiplicity of every place in a form. */
    private static Map<Integer, Integer> placeMultiplicities(Polynomial<BigFraction> form, List<Place> places) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        if (form.isZero() || form.degree() == 0) {
            return out;
        }
        UnivariatePolynomial<BigFraction> g = form.restrictToLine(List.of(BigFraction.ZERO, BigFraction.ONE),
                List.of(BigFraction.ONE, BigFraction.ZERO));
        int atInfinity = form.degree() - g.degree();
        if (atInfinity > 0) {
            out.put(placeIndex(places, new Place(null)), atInfinity);
        }
        if (g.degree() > 0) {
            // square-free parts first: rings 2.5.8 may report a power of t as one factor
            for (UnivariatePolynomial.SquareFreeFactor<BigFraction> s : g.squareFreeDecomposition()) {
                if (s.factor().degree() < 1) {
                    continue;
                }
                for (UnivariatePolynomial.SquareFreeFactor<BigFraction> f : RationalFactorization.factor(s.factor())) {
                    if (!f.factor().isSquareFree() || f.multiplicity() != 1) {
                        throw new IllegalStateException("factorisation of the square-free " + s.factor() + " gave " + f);
                    }
                    out.merge(placeIndex(places, new Place(f.factor())), s.multiplicity(), Integer::sum);
                }
            }
        }
        return out;
    }

    private static int placeIndex(List<Place> places, Place p) {
        int i = places.indexOf(p);
        if (i < 0) {
            places.add(p);
            i = places.size() - 1;
        }
        return i;
    }

    private static Map<FormId, Integer> forms(Map<Integer, Integer> placeMultiplicities, List<Place> places) {
        Map<FormId, Integer> out = new LinkedHashMap<>();
        placeMultiplicities.forEach((pl, e) -> {
            for (int r = 0; r < places.get(pl).degree(); r++) {
                out.put(new FormId(pl, r), e);
            }
        });
        return out;
    }

    private static int size(Map<FormId, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static int maxMultiplicity(Map<FormId, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Map<FormId, Integer> plus(Map<FormId, Integer> m, FormId f, int e) {
        Map<FormId, Integer> out = new LinkedHashMap<>(m);
        out.merge(f, e, Integer::sum);
        if (out.get(f) == 0) {
            out.remove(f);
        }
        return out;
    }

    /**
     * Pairs a multiset of {@code 2n} forms, none of multiplicity {@code > n}, into {@code n} pairs of distinct
     * forms: list it with equal forms adjacent and pair position {@code i} with {@code i + n} (a run of one
     * form has length {@code ≤ n}, so the two ends of a pair never lie in one run).
     */
    private static List<FormId[]> pairs(Map<FormId, Integer> m, int n) {
        List<FormId> list = new ArrayList<>();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (int i = 0; i < e.getValue(); i++) {
                list.add(e.getKey());
            }
        });
        if (list.size() != 2 * n || maxMultiplicity(m) > n) {
            throw new IllegalStateException("cannot pair " + m + " into " + n + " pairs");
        }
        List<FormId[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new FormId[] {list.get(i), list.get(i + n)});
        }
        return out;
    }

    /**
     * How the quadrics are formed: the rank-one tail length {@code t} and its form {@code ℓ} (also the
     * direction of {@code A_L} when the outputs are proportional; null when they span two forms), and the
     * pairs of non-proportional forms before the tail (numerator quadrics {@code K_C}, denominator {@code K_Q}).
     */
    private record Plan(int t, FormId ell, List<FormId[]> numeratorPairs, List<FormId[]> denominatorPairs,
                        String description) {
    }

    // ------------------------------------------------------------------------------------------------

    /** One decision. */
    private static final class Decision {
        private final MembershipInput in;
        private final Set<GroundField> asked;
        private final Architecture d;
        private final int depth;
        private final int a;
        private final int b;
        private final List<Place> places = new ArrayList<>();
        private final List<String> evidence = new ArrayList<>();
        private Plane plane;
        /** the binary problem: numerators and denominator on the plane */
        private List<Polynomial<BigFraction>> num;
        private Polynomial<BigFraction> den;
        /** tuple: common factor G and its forms; function: g; both with the quotient vector v */
        private Polynomial<BigFraction> common;
        private List<Polynomial<BigFraction>> quotient;

        Decision(MembershipInput in, Set<GroundField> asked) {
            this.in = in;
            this.asked = asked;
            this.d = in.architecture();
            this.depth = d.depth();
            this.a = (depth - 1) / 2;
            this.b = depth / 2;
        }

        MembershipResult run() {
            MembershipResult.Builder r = MembershipResult.builder(d, in.mode());
            boolean tuple = in.mode() == MembershipResult.Mode.TUPLE;
            List<Polynomial<BigFraction>> p = in.numerators();
            Polynomial<BigFraction> q = in.denominator();
            if (!tuple) {
                RationalPolynomials.Fraction low = RationalPolynomials.lowestTerms(p, q);
                p = low.numerators();
                q = low.denominator();
                evidence.add("lowest terms: P_0 = " + p + ", Q_0 = " + q);
            }
            Answer closure = Answer.UNKNOWN;
            if (tuple || hasAmbientDegrees(in.numerators(), in.denominator())) {
                closure = Answer.of(closureMember(d, in.numerators(), in.denominator()));
            }
            if (!tuple && p.stream().allMatch(Polynomial::isZero)) {
                return zeroFunction(r);
            }
            if (!tuple) {
                int expected = depth % 2 == 0 ? -1 : 1;
                int degree = p.stream().filter(x -> !x.isZero()).findFirst().orElseThrow().degree() - q.degree();
                if (degree != expected) {
                    String why = "f is homogeneous of degree " + degree + ", but every nonzero network of " + d
                            + " is homogeneous of degree (−1)^(L−1) = " + expected + " (docs/theory.md §2)";
                    for (GroundField f : asked) {
                        r.answer(f, Answer.NO, null);
                    }
                    // every representative P·h/(Q·h) has the same wrong degree, so none is a point of degrees (D_P, D_Q)
                    evidence.add(noRepresentative());
                    return finish(r.closure(Answer.NO).reason(why));
                }
            }
            List<Polynomial<BigFraction>> all = new ArrayList<>(p);
            all.add(q);
            plane = plane(all, d.inputDimension());
            if (plane.dimension() > 2) {
                String why = "the forms involve " + plane.dimension() + " independent linear forms (the common kernel of ∂_v"
                        + " has dimension " + (d.inputDimension() - plane.dimension()) + "), but every network of "
                        + d + " is g(W_1 x) with W_1 of rank ≤ 2";
                evidence.add(why);
                for (GroundField f : asked) {
                    r.answer(f, Answer.NO, null);
                }
                // tuple: closure = closureMember(…) is already false (same forms, same plane)
                return finish(r.closure(closure).reason(why));
            }
            if (d.inputDimension() != 2) {
                evidence.add("the forms lie in Q[B x] with B = " + plane.b().rowList() + " (exact kernel of ∂_v);"
                        + " reduced to the binary case by x = S y, S = " + plane.s().rowList());
            }
            boolean ownCoordinates = plane.b().equals(Matrix.identity(Rationals.Q, 2)); // B is 2 × d_0: only for d_0 = 2
            num = ownCoordinates ? p : p.stream().map(f -> restrict(f, plane.s())).toList();
            den = ownCoordinates ? q : restrict(q, plane.s());

            Map<GroundField, FieldAnswer> answers = new EnumMap<>(GroundField.class);
            FieldAnswer previous = null;
            for (GroundField f : GroundField.values()) {
                if (!asked.contains(f)) {
                    continue;
                }
                FieldAnswer ans = previous != null && previous.member == Answer.YES ? previous : decideOver(f, tuple);
                answers.put(f, ans);
                previous = ans;
            }
            // one reason per distinct text, prefixed by the fields it answers ("Q, R, C: …")
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            for (GroundField f : GroundField.values()) {
                FieldAnswer ans = answers.get(f);
                if (ans == null) {
                    continue;
                }
                r.answer(f, ans.member, ans.member == Answer.YES ? ans.witness : null);
                byReason.computeIfAbsent(ans.reason, k -> new ArrayList<>()).add(f.name());
            }
            List<String> parts = new ArrayList<>();
            byReason.forEach((text, fs) -> parts.add(String.join(", ", fs) + ": " + text));
            String reason = String.join("; ", parts);
            boolean anyYes = answers.values().stream().anyMatch(x -> x.member == Answer.YES);
            if (anyYes) {
                closure = Answer.YES;
            } else if (closure == Answer.UNKNOWN && !tuple && q.degree() > d.degrees().denominatorDegree()) {
                // every representative has a denominator divisible by Q_0, too large for degree D_Q
                evidence.add(noRepresentative());
                return finish(r.closure(Answer.NO).reason(reason));
            } else if (closure == Answer.UNKNOWN && !tuple) {
                evidence.add("closure: the representative given does not have the degrees (D_P, D_Q) = ("
                        + d.degrees().numeratorDegree() + ", " + d.degrees().denominatorDegree() + ") of a point of the ambient space");
            }
            if (closure != Answer.UNKNOWN) {
                evidence.add("closure (docs/theory.md §7): " + (closure == Answer.YES ? "in V_d" : "not in V_d: the P_i have no common factor of degree ≥ D_P − 1 = "
                        + (d.degrees().numeratorDegree() - 1) + " while L ≥ 3 and d_L ≥ 2"));
            }
            return finish(r.closure(closure).reason(reason));
        }

        private String noRepresentative() {
            return "closure: no representative of degrees (D_P, D_Q) = (" + d.degrees().numeratorDegree() + ", "
                    + d.degrees().denominatorDegree() + ") exists, so f is not a point of V_d";
        }

        private MembershipResult finish(MembershipResult.Builder r) {
            evidence.forEach(r::evidence);
            return r.build();
        }

        private boolean hasAmbientDegrees(List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
            long dp = d.degrees().numeratorDegree();
            return q.degree() == d.degrees().denominatorDegree() && p.stream().allMatch(f -> f.isZero() || f.degree() == dp);
        }

        private MembershipResult zeroFunction(MembershipResult.Builder r) {
            List<List<List<BigFraction>>> ms = new ArrayList<>();
            for (int k = 1; k <= depth; k++) {
                List<List<BigFraction>> rows = new ArrayList<>();
                for (int i = 0; i < d.width(k); i++) {
                    List<BigFraction> row = new ArrayList<>();
                    for (int j = 0; j < d.width(k - 1); j++) {
                        row.add(k < depth ? BigFraction.ONE : BigFraction.ZERO);
                    }
                    rows.add(row);
                }
                ms.add(rows);
            }
            Weights w = Weights.ofRows(d, ms);
            ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
            if (!cf.numerators().stream().allMatch(Polynomial::isZero)) {
                throw new IllegalStateException("the zero network does not expand to 0");
            }
            evidence.add("f = 0 is the network with W_L = 0 (hidden weights all 1); expanded exactly: every numerator is 0");
            for (GroundField f : asked) {
                r.answer(f, Answer.YES, WitnessWeights.rational(w));
            }
            return finish(r.closure(Answer.YES).reason("f = 0: W_L = 0"));
        }

        /** One field's answer, its witness (for a yes) and reason. */
        private record FieldAnswer(Answer member, WitnessWeights witness, String reason) {
        }

        private FieldAnswer decideOver(GroundField f, boolean tuple) {
            // places depend only on num and den, which every field shares: placeIndex reuses them
            Map<Integer, Integer> denPlaces = placeMultiplicities(den, places);
            boolean numZero = num.stream().allMatch(Polynomial::isZero);
            Map<Integer, Integer> comPlaces = Map.of();
            int vDegree = -1;
            int vRank = 0;
            if (!numZero) {
                common = RationalPolynomials.gcd(num);
                quotient = num.stream().map(x -> x.isZero() ? x : x.divideExact(common)).toList();
                vDegree = quotient.stream().filter(x -> !x.isZero()).findFirst().orElseThrow().degree();
                if (vDegree == 1) {
                    List<List<BigFraction>> rows = new ArrayList<>();
                    for (Polynomial<BigFraction> v : quotient) {
                        rows.add(List.of(v.coefficient(Monomial.of(1, 0)), v.coefficient(Monomial.of(0, 1))));
                    }
                    vRank = Matrix.of(Rationals.Q, rows).rank();
                }
                comPlaces = placeMultiplicities(common, places);
            }
            String numName = tuple ? "the common factor G of the P_i" : "the gcd g of the lowest-terms numerators";
            String denName = tuple ? "Q" : "the lowest-terms denominator Q_0";
            long dp = d.degrees().numeratorDegree();
            boolean generalOutput = vDegree == 1 && vRank == 2 && (!tuple || common.degree() == dp - 1);
            boolean rankOneOutput = vDegree == 0 && (!tuple || common.degree() == dp);
            if (!numZero && !generalOutput && !rankOneOutput) {
                String why = tuple
                        ? "the P_i have a common factor of degree " + common.degree() + " < D_P − 1 = " + (dp - 1)
                        + ", but P = A_L x · C with C of degree D_P − 1"
                        : "P_0 = g·v with v of degree " + vDegree + (vDegree == 1 ? " and proportional entries" : "")
                        + ", but f = A_L x · s_L needs v linear (or constant)";
                return new FieldAnswer(Answer.NO, null, why);
            }
            // F-rationality of every factor
            for (Map.Entry<Integer, Integer> e : denPlaces.entrySet()) {
                Place pl = places.get(e.getKey());
                if (!pl.rationalIn(f)) {
                    return new FieldAnswer(Answer.NO, null, denName + " does not split into linear forms over " + f + ": factor "
                            + pl + (f == GroundField.R ? " is not real" : " is irrational") + ", but every m_k = (A_k x)_1 (A_k x)_2"
                            + " splits over the field of the weights");
                }
            }
            for (Map.Entry<Integer, Integer> e : comPlaces.entrySet()) {
                Place pl = places.get(e.getKey());
                if (!pl.rationalIn(f)) {
                    return new FieldAnswer(Answer.NO, null, numName + " does not split into linear forms over " + f + ": factor "
                            + pl + (f == GroundField.R ? " is not real" : " is irrational"));
                }
            }
            Optional<Plan> plan;
            String failure;
            Map<FormId, Integer> denForms = forms(denPlaces, places);
            Map<FormId, Integer> comForms = forms(comPlaces, places);
            if (numZero) {
                plan = searchZeroNumerator(denForms);
                failure = "no grouping of the factors of Q into quadrics exists";
            } else if (tuple && generalOutput) {
                plan = planGeneralOutput(comForms, denForms, false);
                failure = multiplicityFailure(comForms, denForms, a, b, numName, denName);
            } else if (!tuple && generalOutput) {
                plan = planGeneralOutput(comForms, denForms, true);
                failure = multiplicityFailure(comForms, denForms, a, b, numName, denName)
                        + (2 * a - size(comForms) < 0 ? "; deg g = " + size(comForms) + " > 2a = " + 2 * a : "");
            } else {
                plan = searchRankOneOutput(comForms, denForms, tuple);
                failure = "the outputs are proportional, f = u·h, and no linear form ℓ (A_L = u ℓᵀ) and rank-one tail"
                        + " t ∈ [0, " + (depth - 1) + "] give quadrics: "
                        + multiplicityFailure(comForms, denForms, a, b, numName, denName);
            }
            if (plan.isEmpty()) {
                return new FieldAnswer(Answer.NO, null, failure);
            }
            return realise(f, plan.get(), tuple);
        }

        private String multiplicityFailure(Map<FormId, Integer> n, Map<FormId, Integer> dd, int na, int nb,
                                           String numName, String denName) {
            return "a factor of multiplicity " + maxMultiplicity(dd) + " in " + denName + " (at most b = " + nb
                    + " allowed without a square m_k = ℓ²) and " + maxMultiplicity(n) + " in " + numName + " (at most a = "
                    + na + ")";
        }

        /** Span-2 output: {@code t = 0}, numerator quadrics from {@code n (+X)}, denominator quadrics from {@code dd (+X)}. */
        private Optional<Plan> planGeneralOutput(Map<FormId, Integer> n, Map<FormId, Integer> dd, boolean cancel) {
            int x = 2 * a - size(n);
            if (x < 0 || 2 * b - size(dd) != x || (!cancel && x != 0)) {
                return Optional.empty();
            }
            Map<FormId, Integer> nn = new LinkedHashMap<>(n);
            Map<FormId, Integer> dx = new LinkedHashMap<>(dd);
            for (int i = 0; i < x; i++) {
                nn.put(new FormId(FRESH, i), 1);
                dx.put(new FormId(FRESH, i), 1);
            }
            if (maxMultiplicity(nn) > a || maxMultiplicity(dx) > b) {
                return Optional.empty();
            }
            return Optional.of(new Plan(0, null, pairs(nn, a), pairs(dx, b),
                    "outputs span two linear forms: no rank-one A_k; " + a + " numerator and " + b + " denominator quadrics"
                    + (x > 0 ? ", " + x + " cancelled fresh factor(s)" : "")));
        }

        /** {@code P = 0} in tuple mode: {@code A_L = 0}; numerator quadrics are free. */
        private Optional<Plan> searchZeroNumerator(Map<FormId, Integer> dd) {
            for (int t = 0; t <= depth - 1; t++) {
                for (FormId ell : ellCandidates(dd, Map.of())) {
                    int sq = (t + 1) / 2;
                    int sc = t / 2;
                    if (dd.getOrDefault(ell, 0) < 2 * sq) { // t = 0: sq = 0, never
                        continue;
                    }
                    Map<FormId, Integer> dRest = plus(dd, ell, -2 * sq);
                    if (maxMultiplicity(dRest) > b - sq) {
                        continue;
                    }
                    Map<FormId, Integer> nn = new LinkedHashMap<>();
                    for (int i = 0; i < 2 * (a - sc); i++) {
                        nn.put(new FormId(FRESH, i), 1);
                    }
                    return Optional.of(new Plan(t, ell, pairs(nn, a - sc), pairs(dRest, b - sq),
                            "P = 0: A_L = 0" + tailText(t)));
                }
            }
            return Optional.empty();
        }

        /** One form per class present (all forms of a class are alike), and one fresh form. */
        private List<FormId> ellCandidates(Map<FormId, Integer> n, Map<FormId, Integer> dd) {
            List<FormId> out = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (FormId f : n.keySet()) {
                if (seen.add(f.place())) {
                    out.add(new FormId(f.place(), 0));
                }
            }
            for (FormId f : dd.keySet()) {
                if (seen.add(f.place())) {
                    out.add(new FormId(f.place(), 0));
                }
            }
            out.add(new FormId(FRESH, 2 * depth)); // a fresh ℓ, distinct from the (≤ 2b) fresh cancelled forms
            return out;
        }

        private String tailText(int t) {
            return t == 0 ? "; no rank-one A_k" : "; rank-one tail A_" + (depth - t) + " … A_" + (depth - 1) + " = u_k ℓᵀ";
        }

        /**
         * Proportional outputs {@code A_L = u ℓᵀ}. Tuple: {@code G = ℓ · N}, {@code N = N' ℓ^{2⌊t/2⌋}},
         * {@code Q = D' ℓ^{2⌈t/2⌉}}. Function: {@code ℓ^ε N'/D' = g/Q_0} with {@code ε = (−1)^t}, a common
         * fresh {@code X} allowed in {@code N'} and {@code D'}.
         */
        private Optional<Plan> searchRankOneOutput(Map<FormId, Integer> n, Map<FormId, Integer> dd, boolean tuple) {
            for (int t = 0; t <= depth - 1; t++) {
                int sq = (t + 1) / 2;
                int sc = t / 2;
                int na = a - sc;
                int nb = b - sq;
                for (FormId ell : ellCandidates(n, dd)) {
                    Map<FormId, Integer> nr;
                    Map<FormId, Integer> dr;
                    int x;
                    if (tuple) {
                        if (n.getOrDefault(ell, 0) < 1 + 2 * sc || dd.getOrDefault(ell, 0) < 2 * sq) {
                            continue;
                        }
                        nr = plus(n, ell, -(1 + 2 * sc));
                        dr = plus(dd, ell, -2 * sq);
                        x = 0;
                    } else {
                        int eps = t % 2 == 0 ? 1 : -1;
                        if (eps == 1) {
                            nr = n.containsKey(ell) ? plus(n, ell, -1) : n;
                            dr = n.containsKey(ell) ? dd : plus(dd, ell, 1);
                        } else {
                            dr = dd.containsKey(ell) ? plus(dd, ell, -1) : dd;
                            nr = dd.containsKey(ell) ? n : plus(n, ell, 1);
                        }
                        x = 2 * na - size(nr);
                        if (x < 0 || 2 * nb - size(dr) != x) {
                            continue;
                        }
                    }
                    if (size(nr) + x != 2 * na || size(dr) + x != 2 * nb) {
                        continue;
                    }
                    Map<FormId, Integer> nn = new LinkedHashMap<>(nr);
                    Map<FormId, Integer> dx = new LinkedHashMap<>(dr);
                    for (int i = 0; i < x; i++) {
                        nn.put(new FormId(FRESH, i), 1);
                        dx.put(new FormId(FRESH, i), 1);
                    }
                    if (maxMultiplicity(nn) > na || maxMultiplicity(dx) > nb) {
                        continue;
                    }
                    return Optional.of(new Plan(t, ell, pairs(nn, na), pairs(dx, nb),
                            "outputs proportional: A_L = u ℓᵀ" + tailText(t)
                            + (x > 0 ? "; " + x + " cancelled fresh factor(s)" : "")));
                }
            }
            return Optional.empty();
        }

        // --------------------------------------------------------------------------------------------
        // witnesses

        private FieldAnswer realise(GroundField f, Plan plan, boolean tuple) {
            List<Integer> irrational = new ArrayList<>();
            for (FormId id : usedForms(plan)) {
                if (id.place() != FRESH && !places.get(id.place()).isRational() && !irrational.contains(id.place())) {
                    irrational.add(id.place());
                }
            }
            String how = plan.description();
            if (irrational.isEmpty()) {
                Optional<List<Matrix<BigFraction>>> w = build(Rationals.Q, plan, tuple, id -> rationalForm(id));
                if (w.isEmpty()) {
                    return new FieldAnswer(Answer.UNKNOWN, null, "a grouping exists (" + how + ") but the witness failed its exact check");
                }
                evidence.add("over " + f + ": " + how + "; witness expanded exactly over Q reproduces the input");
                return new FieldAnswer(Answer.YES, WitnessWeights.rational(Weights.of(d, w.get())), "yes (" + how + ")");
            }
            List<UnivariatePolynomial<BigFraction>> polys = irrational.stream().map(pl -> places.get(pl).p()).toList();
            boolean real = f != GroundField.C;
            Optional<SplittingAlgebra> split = SplittingAlgebra.of(polys, real);
            if (split.isEmpty()) {
                return new FieldAnswer(Answer.UNKNOWN, null, "the factors can be grouped (" + how + "), so the input is in M(" + f
                        + ") by docs/theory.md §7, but the witness needs a splitting field of degree > " + SplittingAlgebra.MAX_DEGREE
                        + " (of " + polys.stream().map(x -> x.toString("t")).toList() + "); no unverified witness is printed");
            }
            SplittingAlgebra c = split.get();
            AlgebraicExtension alg = c.algebra();
            Optional<List<Matrix<AlgebraicElement>>> w = build(alg, plan, tuple, id -> {
                if (id.place() != FRESH && !places.get(id.place()).isRational()) {
                    return List.of(alg.one(), alg.negate(c.root(irrational.indexOf(id.place()), id.root())));
                }
                return rationalForm(id).stream().map(alg::fromRational).toList();
            });
            if (w.isEmpty()) {
                return new FieldAnswer(Answer.UNKNOWN, null, "a grouping exists (" + how + ") but the witness failed its exact check");
            }
            AlgebraicRoot root = c.embedding(real);
            List<List<List<WitnessEntry>>> ms = new ArrayList<>();
            for (Matrix<AlgebraicElement> m : w.get()) {
                List<List<WitnessEntry>> rows = new ArrayList<>();
                for (List<AlgebraicElement> row : m.rowList()) {
                    rows.add(row.stream().map(e -> WitnessEntry.of(AlgebraicNumber.of(root, e.representative()))).toList());
                }
                ms.add(rows);
            }
            evidence.add("over " + f + ": " + how + "; witness expanded exactly over " + alg
                    + " (all roots at once) reproduces the input; entries printed at " + root);
            return new FieldAnswer(Answer.YES, new WitnessWeights(ms), "yes (" + how + "; algebraic weights)");
        }

        private List<FormId> usedForms(Plan plan) {
            List<FormId> out = new ArrayList<>();
            plan.numeratorPairs().forEach(p -> out.addAll(List.of(p)));
            plan.denominatorPairs().forEach(p -> out.addAll(List.of(p)));
            if (plan.ell() != null) {
                out.add(plan.ell());
            }
            return out;
        }

        /** Coefficients {@code (c_1, c_2)} of a rational form: {@code x2}, {@code x1 − ρ x2}, or fresh {@code x1 − k x2}. */
        private List<BigFraction> rationalForm(FormId id) {
            if (id.place() == FRESH) {
                BigFraction k = freshValue(id.root());
                return List.of(BigFraction.ONE, k.negate());
            }
            Place pl = places.get(id.place());
            if (pl.p() == null) {
                return List.of(BigFraction.ZERO, BigFraction.ONE);
            }
            return List.of(BigFraction.ONE, pl.p().coefficient(0));
        }

        /** The {@code i}-th integer {@code k ≥ 1} such that {@code x1 − k x2} is not a factor of the input. */
        private BigFraction freshValue(int i) {
            List<BigFraction> taken = new ArrayList<>();
            for (Place pl : places) {
                if (pl.p() != null && pl.degree() == 1) {
                    taken.add(pl.p().coefficient(0).negate());
                }
            }
            int count = -1;
            for (long k = 1; ; k++) {
                BigFraction v = BigFraction.of(k);
                if (taken.stream().noneMatch(x -> x.compareTo(v) == 0) && ++count == i) {
                    return v;
                }
            }
        }

        /**
         * Builds {@code A_1 … A_L} and the weights over {@code field}, lifts {@code W_1} back through the
         * plane, expands the network and compares with the input. Empty when the check fails.
         */
        private <T> Optional<List<Matrix<T>>> build(Field<T> field, Plan plan, boolean tuple, Function<FormId, List<T>> form) {
            int r = depth - plan.t(); // first rank-one index (depth when there is none)
            List<T> ell = plan.ell() == null ? null : form.apply(plan.ell());
            List<List<List<T>>> aRows = new ArrayList<>(); // aRows.get(k − 1) = rows of A_k, k = 1 … L−1
            int nextNum = 0;
            int nextDen = 0;
            for (int k = 1; k <= depth - 1; k++) {
                if (k >= r) {
                    aRows.add(new ArrayList<>(List.of(ell, ell)));
                } else {
                    FormId[] pair = inDenominator(k) ? plan.denominatorPairs().get(nextDen++)
                            : plan.numeratorPairs().get(nextNum++);
                    aRows.add(new ArrayList<>(List.of(form.apply(pair[0]), form.apply(pair[1]))));
                }
            }
            Polynomial<T> qT = den.map(field, field::fromRational);
            List<Polynomial<T>> pT = num.stream().map(x -> x.map(field, field::fromRational)).toList();
            Polynomial<T> m = product(field, aRows, true);
            if (tuple) {
                T lambda = field.divide(qT.leadingCoefficient(), m.leadingCoefficient());
                List<T> first = aRows.get(depth - 2).get(0);
                aRows.get(depth - 2).set(0, first.stream().map(c -> field.multiply(lambda, c)).toList());
                m = product(field, aRows, true);
                if (!m.equals(qT)) {
                    return Optional.empty();
                }
            }
            Polynomial<T> nn = product(field, aRows, false);
            List<List<T>> outRows = new ArrayList<>();
            for (Polynomial<T> pi : pT) {
                Polynomial<T> lin;
                try {
                    lin = tuple ? pi.divideExact(nn) : pi.multiply(m).divideExact(qT.multiply(nn));
                } catch (ArithmeticException e) {
                    return Optional.empty();
                }
                if (!lin.isZero() && lin.degree() != 1) {
                    return Optional.empty();
                }
                outRows.add(List.of(lin.coefficient(Monomial.of(1, 0)), lin.coefficient(Monomial.of(0, 1))));
            }
            // weights
            List<Matrix<T>> w = new ArrayList<>();
            w.add(Matrix.of(field, aRows.get(0)));
            Matrix<T> j = Matrix.of(field, List.of(List.of(field.zero(), field.one()), List.of(field.one(), field.zero())));
            for (int k = 1; k <= depth - 1; k++) {
                List<List<T>> next = k + 1 <= depth - 1 ? aRows.get(k) : outRows;
                Matrix<T> ak = Matrix.of(field, aRows.get(k - 1));
                if (k < r) {
                    w.add(Matrix.of(field, next).multiply(inverse2(field, ak)).multiply(j));
                } else {
                    List<T> uk = multiples(field, aRows.get(k - 1), ell);
                    List<T> un = multiples(field, next, ell);
                    if (uk == null || un == null) {
                        return Optional.empty();
                    }
                    List<List<T>> rows = new ArrayList<>();
                    for (T ui : un) {
                        rows.add(List.of(field.divide(ui, uk.get(1)), field.zero()));
                    }
                    w.add(Matrix.of(field, rows));
                }
            }
            Matrix<T> bT = plane.b().map(field, field::fromRational);
            w.set(0, w.get(0).multiply(bT));
            return verify(field, w, tuple) ? Optional.of(w) : Optional.empty();
        }

        /** Whether {@code m_k} is a factor of {@code Q}: {@code k ∈ K_Q = {L−1, L−3, …}}. */
        private boolean inDenominator(int k) {
            return (depth - 1 - k) % 2 == 0;
        }

        /** {@code Π m_k} over {@code K_Q} (denominator) or {@code K_C}. */
        private <T> Polynomial<T> product(Field<T> field, List<List<List<T>>> aRows, boolean denominator) {
            Polynomial<T> out = Polynomial.constant(field, 2, field.one());
            for (int k = 1; k <= depth - 1; k++) {
                if (inDenominator(k) == denominator) {
                    List<List<T>> rows = aRows.get(k - 1);
                    out = out.multiply(Polynomial.linearForm(field, rows.get(0))).multiply(Polynomial.linearForm(field, rows.get(1)));
                }
            }
            return out;
        }

        /** {@code u} with {@code rows_i = u_i ℓ}, or null if some row is not a multiple of {@code ℓ}. */
        private static <T> List<T> multiples(Field<T> field, List<List<T>> rows, List<T> ell) {
            int j = field.isZero(ell.get(0)) ? 1 : 0;
            List<T> u = new ArrayList<>();
            for (List<T> row : rows) {
                T ui = field.divide(row.get(j), ell.get(j));
                for (int c = 0; c < 2; c++) {
                    if (!field.isZero(field.subtract(row.get(c), field.multiply(ui, ell.get(c))))) {
                        return null;
                    }
                }
                u.add(ui);
            }
            return u;
        }

        private <T> boolean verify(Field<T> field, List<Matrix<T>> w, boolean tuple) {
            try {
                return WitnessVerification.reproduces(field, d, w, in.mode(), in.numerators(), in.denominator());
            } catch (UndefinedNetworkException e) {
                return false;
            }
        }
    }

    /** The inverse of an invertible 2 × 2 matrix: adjugate over determinant. */
    private static <T> Matrix<T> inverse2(Field<T> field, Matrix<T> m) {
        T det = field.subtract(field.multiply(m.get(0, 0), m.get(1, 1)), field.multiply(m.get(0, 1), m.get(1, 0)));
        T inv = field.reciprocal(det);
        return Matrix.of(field, List.of(
                List.of(field.multiply(inv, m.get(1, 1)), field.negate(field.multiply(inv, m.get(0, 1)))),
                List.of(field.negate(field.multiply(inv, m.get(1, 0))), field.multiply(inv, m.get(0, 0)))));
    }
}
