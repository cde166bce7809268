package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.Equivalences;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;

/**
 * The one check that a witness answers a membership question (docs/theory.md §3): the network's
 * closed form {@code (P_W; Q_W)}, expanded exactly, is the input {@code (P; Q)} — as a point of the
 * ambient space in tuple mode ({@link Equivalences#sameProjectivePoint}), as a rational map in
 * function mode ({@link Equivalences#sameFunction}). Shallow and deep binary membership check every
 * witness with it before returning it, and the conformance checker checks other implementations'
 * witnesses with it. Exact over any field (Q, or an algebra {@code Q[w]/(R)} holding irrational
 * weights, where equality holds at every root of {@code R} at once).
 */
public final class WitnessVerification {

    private WitnessVerification() {
    }

    /**
     * Whether the closed form {@code (pw; qw)} of a witness reproduces {@code (p; q)} in the sense of
     * {@code mode}: the same projective point (tuple) or the same function (function).
     *
     * @throws IllegalArgumentException in function mode, if a denominator is zero or the lengths differ
     */
    public static <T> boolean reproduces(MembershipResult.Mode mode, List<Polynomial<T>> pw, Polynomial<T> qw,
                                         List<Polynomial<T>> p, Polynomial<T> q) {
        if (mode == MembershipResult.Mode.FUNCTION) {
            return Equivalences.sameFunction(pw, qw, p, q);
        }
        List<Polynomial<T>> a = new ArrayList<>(pw);
        a.add(qw);
        List<Polynomial<T>> b = new ArrayList<>(p);
        b.add(q);
        return Equivalences.sameProjectivePoint(a, b);
    }

    /**
     * Whether the network with weights {@code w} over {@code field} reproduces the rational input
     * {@code (p; q)} in the sense of {@code mode}; false for weights of the wrong shape or of another
     * output dimension.
     *
     * @throws org.rationalnets.core.UndefinedNetworkException if the network is not defined (a hidden
     *         pre-activation is identically zero)
     */
    public static <T> boolean reproduces(Field<T> field, Architecture d, List<Matrix<T>> w, MembershipResult.Mode mode,
                                         List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q) {
        ClosedForm<T> cf = RationalNet.of(field, d, w).closedForm();
        if (cf.numerators().size() != p.size()) {
            return false;
        }
        List<Polynomial<T>> pt = p.stream().map(x -> x.map(field, field::fromRational)).toList();
        return reproduces(mode, cf.numerators(), cf.denominator(), pt, q.map(field, field::fromRational));
    }

    /**
     * Whether rational weights reproduce {@code (p; q)} in the sense of {@code mode}.
     *
     * @throws org.rationalnets.core.UndefinedNetworkException if the network is not defined
     */
    public static boolean reproduces(Weights w, MembershipResult.Mode mode, List<Polynomial<BigFraction>> p,
                                     Polynomial<BigFraction> q) {
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        return cf.numerators().size() == p.size() && reproduces(mode, cf.numerators(), cf.denominator(), p, q);
    }
}
