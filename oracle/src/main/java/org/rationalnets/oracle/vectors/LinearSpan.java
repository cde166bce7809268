package org.rationalnets.oracle.vectors;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;

/**
 * The Q-linear span of polynomials, kept in echelon form by leading monomial: {@link #add}
 * reduces a polynomial by the rows whose leading monomial it contains, from the top down, so it
 * reduces to zero exactly when it lies in the span. Used to pick independent equations and to
 * compare two sets of equations. (Polynomials here have a few hundred terms; a sparse map per row
 * is simpler than a dense matrix over all monomials.)
 */
final class LinearSpan {

    private final Map<Monomial, TreeMap<Monomial, BigFraction>> rowsByLead = new HashMap<>();

    /** The dimension of the span. */
    int dimension() {
        return rowsByLead.size();
    }

    /** Whether {@code p} lies in the span. */
    boolean contains(Polynomial<BigFraction> p) {
        return reduce(p).isEmpty();
    }

    /** Adds {@code p}; returns whether the dimension grew. */
    boolean add(Polynomial<BigFraction> p) {
        TreeMap<Monomial, BigFraction> v = reduce(p);
        if (v.isEmpty()) {
            return false;
        }
        rowsByLead.put(v.lastKey(), v);
        return true;
    }

    private TreeMap<Monomial, BigFraction> reduce(Polynomial<BigFraction> p) {
        TreeMap<Monomial, BigFraction> v = new TreeMap<>();
        for (Polynomial.Term<BigFraction> t : p.terms()) {
            v.put(t.monomial(), t.coefficient());
        }
        Monomial bound = null;
        while (!v.isEmpty()) {
            // the largest monomial of v (below the last eliminated one) that leads a row
            Monomial lead = bound == null ? v.lastKey() : v.lowerKey(bound);
            while (lead != null && !rowsByLead.containsKey(lead)) {
                lead = v.lowerKey(lead);
            }
            if (lead == null) {
                break;
            }
            TreeMap<Monomial, BigFraction> row = rowsByLead.get(lead);
            BigFraction factor = v.get(lead).divide(row.get(lead));
            for (Map.Entry<Monomial, BigFraction> e : row.entrySet()) {
                BigFraction c = v.getOrDefault(e.getKey(), BigFraction.ZERO).subtract(factor.multiply(e.getValue()));
                if (c.signum() == 0) {
                    v.remove(e.getKey());
                } else {
                    v.put(e.getKey(), c);
                }
            }
            bound = lead;
        }
        return v;
    }
}
