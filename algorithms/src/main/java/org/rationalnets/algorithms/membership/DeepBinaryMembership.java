package org.rationalnets.algorithms.membership;

import static org.rationalnets.algorithms.membership.BinaryFactors.forms;
import static org.rationalnets.algorithms.membership.BinaryFactors.placeMultiplicities;
import static org.rationalnets.algorithms.membership.FactorPairing.size;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.BinaryFactors.FormId;
import org.rationalnets.algorithms.membership.BinaryFactors.Place;
import org.rationalnets.algorithms.membership.GroupingSearch.Plan;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;

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
 *
 * <p>Reached through {@link Membership#decide}. Its parts: {@link PlaneReduction} (the plane {@code U}),
 * {@link BinaryFactors} (factors by class), {@link FactorPairing} (the pairing lemma), {@link GroupingSearch}
 * (the plan) and {@link DeepBinaryWitness} (witness build and verification).
 */
public final class DeepBinaryMembership {

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
        if (PlaneReduction.of(all, d.inputDimension()).dimension() > 2) {
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

    /** One field's answer, its witness (for a yes) and reason. */
    record FieldAnswer(Answer member, WitnessWeights witness, String reason) {
    }

    /** One decision: the plane, the factors by class, then per field the grouping search and its witness. */
    private static final class Decision {
        private final MembershipInput in;
        private final Set<GroundField> asked;
        private final Architecture d;
        private final int depth;
        private final int a;
        private final int b;
        private final GroupingSearch search;
        private final List<Place> places = new ArrayList<>();
        private final List<String> evidence = new ArrayList<>();
        private PlaneReduction plane;
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
            this.search = new GroupingSearch(depth);
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
            plane = PlaneReduction.of(all, d.inputDimension());
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
            num = ownCoordinates ? p : p.stream().map(plane::restrict).toList();
            den = ownCoordinates ? q : plane.restrict(q);

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
                plan = search.searchZeroNumerator(denForms);
                failure = "no grouping of the factors of Q into quadrics exists";
            } else if (tuple && generalOutput) {
                plan = search.planGeneralOutput(comForms, denForms, false);
                failure = search.multiplicityFailure(comForms, denForms, a, b, numName, denName);
            } else if (!tuple && generalOutput) {
                plan = search.planGeneralOutput(comForms, denForms, true);
                failure = search.multiplicityFailure(comForms, denForms, a, b, numName, denName)
                        + (2 * a - size(comForms) < 0 ? "; deg g = " + size(comForms) + " > 2a = " + 2 * a : "");
            } else {
                plan = search.searchRankOneOutput(comForms, denForms, tuple);
                failure = "the outputs are proportional, f = u·h, and no linear form ℓ (A_L = u ℓᵀ) and rank-one tail"
                        + " t ∈ [0, " + (depth - 1) + "] give quadrics: "
                        + search.multiplicityFailure(comForms, denForms, a, b, numName, denName);
            }
            if (plan.isEmpty()) {
                return new FieldAnswer(Answer.NO, null, failure);
            }
            return new DeepBinaryWitness(in, places, plane, num, den).realise(f, plan.get(), tuple, evidence);
        }
    }
}
