package org.rationalnets.algorithms.membership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairing lemma of docs/theory.md §7 [derived]: a multiset of {@code 2n} elements splits into
 * {@code n} pairs of distinct elements iff no element has multiplicity {@code > n}. (Necessary: each
 * pair holds an element at most once. Sufficient: see {@link #pairs}.) Multisets are maps from an
 * element to its positive multiplicity.
 */
final class FactorPairing {

    private FactorPairing() {
    }

    /** The size of the multiset. */
    static <K> int size(Map<K, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The largest multiplicity, 0 for the empty multiset. */
    static <K> int maxMultiplicity(Map<K, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The multiset with the multiplicity of {@code f} changed by {@code e} (removed at 0). */
    static <K> Map<K, Integer> plus(Map<K, Integer> m, K f, int e) {
        Map<K, Integer> out = new LinkedHashMap<>(m);
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
    static <K extends Comparable<K>> List<List<K>> pairs(Map<K, Integer> m, int n) {
        List<K> list = new ArrayList<>();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (int i = 0; i < e.getValue(); i++) {
                list.add(e.getKey());
            }
        });
        if (list.size() != 2 * n || maxMultiplicity(m) > n) {
            throw new IllegalStateException("cannot pair " + m + " into " + n + " pairs");
        }
        List<List<K>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(List.of(list.get(i), list.get(i + n)));
        }
        return out;
    }
}
