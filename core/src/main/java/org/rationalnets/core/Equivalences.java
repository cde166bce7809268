package org.rationalnets.core;

import java.util.List;
import org.rationalnets.exact.Field;
import org.rationalnets.exact.Polynomial;

/**
 * The two equivalences of the theory (docs/theory.md §3), written once for every module that
 * compares tuples {@code (P_1, …, P_m; Q)}:
 *
 * <ul>
 *   <li><b>same function</b>: {@code P/Q} and {@code P'/Q'} are the same rational map, i.e.
 *       {@code P_i·Q' = P'_i·Q} for every {@code i} (both denominators nonzero);</li>
 *   <li><b>same projective point</b>: {@code (P; Q) = c·(P'; Q')} for one nonzero scalar {@code c},
 *       i.e. the same point of {@code ℙ^N}.</li>
 * </ul>
 *
 * Two tuples at the same projective point are the same function; the converse needs both in lowest
 * terms with the same degrees.
 */
public final class Equivalences {

    private Equivalences() {
    }

    /**
     * Whether {@code P/Q = P'/Q'} as rational maps: {@code P_i·Q' = P'_i·Q} for every {@code i}.
     *
     * @throws IllegalArgumentException if a denominator is zero (no function) or the tuples differ in length
     */
    public static <T> boolean sameFunction(List<Polynomial<T>> p, Polynomial<T> q, List<Polynomial<T>> pPrime,
            Polynomial<T> qPrime) {
        if (q.isZero() || qPrime.isZero()) {
            throw new IllegalArgumentException("expected nonzero denominators, got " + (q.isZero() ? q : qPrime));
        }
        if (p.size() != pPrime.size()) {
            throw new IllegalArgumentException("expected tuples of one length, got " + p.size() + " and " + pPrime.size());
        }
        for (int i = 0; i < p.size(); i++) {
            if (!p.get(i).multiply(qPrime).equals(pPrime.get(i).multiply(q))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code a = c·b} entry by entry for one nonzero scalar {@code c}: the same point of
     * projective space (two zero tuples count as equal, although neither is a point).
     */
    public static <T> boolean sameProjectivePoint(List<Polynomial<T>> a, List<Polynomial<T>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        T c = null;
        for (int i = 0; i < b.size() && c == null; i++) {
            if (!b.get(i).isZero()) {
                if (a.get(i).isZero() || !a.get(i).leadingMonomial().equals(b.get(i).leadingMonomial())) {
                    return false;
                }
                Field<T> f = b.get(i).field();
                c = f.divide(a.get(i).leadingCoefficient(), b.get(i).leadingCoefficient());
            }
        }
        if (c == null) {
            return a.stream().allMatch(Polynomial::isZero);
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i).scale(c))) {
                return false;
            }
        }
        return true;
    }
}
