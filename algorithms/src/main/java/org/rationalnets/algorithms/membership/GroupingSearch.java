package org.rationalnets.algorithms.membership;

import static org.rationalnets.algorithms.membership.BinaryFactors.FRESH;
import static org.rationalnets.algorithms.membership.FactorPairing.maxMultiplicity;
import static org.rationalnets.algorithms.membership.FactorPairing.pairs;
import static org.rationalnets.algorithms.membership.FactorPairing.plus;
import static org.rationalnets.algorithms.membership.FactorPairing.size;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rationalnets.algorithms.membership.BinaryFactors.FormId;

/**
 * The search for a grouping of linear factors into quadrics {@code m_k} (docs/theory.md §7) for
 * {@code d = (d_0, 2, …, 2, d_L)} of depth {@code L}: {@code b = ⌊L/2⌋} denominator and
 * {@code a = ⌊(L−1)/2⌋} numerator quadrics, each a product of two non-proportional forms, except for a
 * rank-one tail of length {@code t} whose quadrics are squares {@code ℓ²}. It runs over every
 * {@code t ∈ [0, L−1]} and every choice of {@code ℓ} (one per class of factors, plus a fresh form) —
 * at most {@code L · (#classes + 1)} cases, each decided by multiplicities ({@link FactorPairing}).
 */
final class GroupingSearch {

    /**
     * How the quadrics are formed: the rank-one tail length {@code t} and its form {@code ℓ} (also the
     * direction of {@code A_L} when the outputs are proportional; null when they span two forms), and the
     * pairs of non-proportional forms before the tail (numerator quadrics {@code K_C}, denominator {@code K_Q}).
     */
    record Plan(int t, FormId ell, List<List<FormId>> numeratorPairs, List<List<FormId>> denominatorPairs,
                String description) {
    }

    private final int depth;
    private final int a;
    private final int b;

    /** The search for networks of depth {@code depth = L ≥ 2}. */
    GroupingSearch(int depth) {
        this.depth = depth;
        this.a = (depth - 1) / 2;
        this.b = depth / 2;
    }

    /** The reason line when no grouping exists: the largest multiplicities against the bounds {@code a}, {@code b}. */
    String multiplicityFailure(Map<FormId, Integer> n, Map<FormId, Integer> dd, int na, int nb,
                               String numName, String denName) {
        return "a factor of multiplicity " + maxMultiplicity(dd) + " in " + denName + " (at most b = " + nb
                + " allowed without a square m_k = ℓ²) and " + maxMultiplicity(n) + " in " + numName + " (at most a = "
                + na + ")";
    }

    /** Span-2 output: {@code t = 0}, numerator quadrics from {@code n (+X)}, denominator quadrics from {@code dd (+X)}. */
    Optional<Plan> planGeneralOutput(Map<FormId, Integer> n, Map<FormId, Integer> dd, boolean cancel) {
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
    Optional<Plan> searchZeroNumerator(Map<FormId, Integer> dd) {
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
        Set<Integer> seen = new HashSet<>();
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
    Optional<Plan> searchRankOneOutput(Map<FormId, Integer> n, Map<FormId, Integer> dd, boolean tuple) {
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
}
