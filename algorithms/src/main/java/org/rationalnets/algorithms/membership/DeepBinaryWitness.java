package org.rationalnets.algorithms.membership;

import static org.rationalnets.algorithms.membership.BinaryFactors.FRESH;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.BinaryFactors.FormId;
import org.rationalnets.algorithms.membership.BinaryFactors.Place;
import org.rationalnets.algorithms.membership.DeepBinaryMembership.FieldAnswer;
import org.rationalnets.algorithms.membership.GroupingSearch.Plan;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.AlgebraicRoot;

/**
 * The witness of a grouping (docs/theory.md §7): from a {@link Plan}, the matrices {@code A_1 … A_L}
 * and the weights {@code W_1 = A_1 B}, {@code W_{k+1} = A_{k+1} A_k^{-1} J} for invertible {@code A_k},
 * {@code W_{k+1} = u_{k+1} e_1ᵀ / (u_k)_2} after a rank-one {@code A_k = u_k ℓᵀ}; over Q when every
 * form is rational, else over one splitting algebra {@code Q[w]/(R)} ({@link SplittingAlgebra}).
 * Every witness is checked by {@link WitnessVerification} before it is returned.
 */
final class DeepBinaryWitness {

    private final MembershipInput in;
    private final Architecture d;
    private final int depth;
    private final List<Place> places;
    private final PlaneReduction plane;
    /** the binary problem: numerators and denominator on the plane */
    private final List<Polynomial<BigFraction>> num;
    private final Polynomial<BigFraction> den;

    /** Witnesses for {@code in}, whose forms are {@code num}, {@code den} on {@code plane}, factors in {@code places}. */
    DeepBinaryWitness(MembershipInput in, List<Place> places, PlaneReduction plane, List<Polynomial<BigFraction>> num,
                      Polynomial<BigFraction> den) {
        this.in = in;
        this.d = in.architecture();
        this.depth = d.depth();
        this.places = places;
        this.plane = plane;
        this.num = num;
        this.den = den;
    }

    FieldAnswer realise(GroundField f, Plan plan, boolean tuple, List<String> evidence) {
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
        plan.numeratorPairs().forEach(out::addAll);
        plan.denominatorPairs().forEach(out::addAll);
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
                List<FormId> pair = inDenominator(k) ? plan.denominatorPairs().get(nextDen++)
                        : plan.numeratorPairs().get(nextNum++);
                aRows.add(new ArrayList<>(List.of(form.apply(pair.get(0)), form.apply(pair.get(1)))));
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
                w.add(Matrix.of(field, next).multiply(ak.inverse()).multiply(j));
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
