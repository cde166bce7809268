package org.rationalnets.algorithms.equations;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * Exact substitution of the symbolic parametrisation into linear combinations of a fixed list of
 * monomials in the coordinates: the products {@code m_j(c(W))} are expanded once (sharing
 * prefixes), with weight monomials numbered, so checking {@code Σ_j v_j m_j(c(W)) = 0} is one
 * sparse integer accumulation per candidate. A zero result proves that {@code Σ_j v_j m_j} vanishes
 * on {@code M_d}, hence on {@code V_d}.
 */
final class SubstitutionVerifier {
    private final int[][] monomialIds;
    private final BigInteger[][] coefficients;
    private final int weightMonomials;

    /** @param factors {@code factors[j]} lists the coordinates multiplied in monomial j, with repetition */
    SubstitutionVerifier(List<Polynomial<BigFraction>> coords, int[][] factors) {
        Map<String, Polynomial<BigFraction>> cache = new HashMap<>();
        Map<Monomial, Integer> ids = new HashMap<>();
        monomialIds = new int[factors.length][];
        coefficients = new BigInteger[factors.length][];
        for (int j = 0; j < factors.length; j++) {
            Polynomial<BigFraction> prod = product(coords, factors[j], 0, cache);
            int size = prod.size();
            monomialIds[j] = new int[size];
            coefficients[j] = new BigInteger[size];
            int t = 0;
            for (Polynomial.Term<BigFraction> term : prod.terms()) {
                monomialIds[j][t] = ids.computeIfAbsent(term.monomial(), x -> ids.size());
                coefficients[j][t++] = Rationals.numerator(term.coefficient()); // integer coefficients
            }
        }
        weightMonomials = ids.size();
    }

    /** The indices of the coordinates multiplied in a monomial, with repetition, increasing. */
    static int[] factorIndices(Monomial m) {
        int[] out = new int[m.degree()];
        int t = 0;
        for (int i = 0; i < m.variables(); i++) {
            for (int e = 0; e < m.exponent(i); e++) {
                out[t++] = i;
            }
        }
        return out;
    }

    private static Polynomial<BigFraction> product(List<Polynomial<BigFraction>> coords, int[] idx, int from,
                                                   Map<String, Polynomial<BigFraction>> cache) {
        if (from == idx.length - 1) {
            return coords.get(idx[from]);
        }
        String key = Arrays.toString(Arrays.copyOfRange(idx, from, idx.length));
        Polynomial<BigFraction> hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        Polynomial<BigFraction> r = coords.get(idx[from]).multiply(product(coords, idx, from + 1, cache));
        cache.put(key, r);
        return r;
    }

    /** Whether {@code Σ_j v_j m_j(c(W))} is the zero polynomial. */
    boolean vanishes(BigFraction[] v) {
        BigInteger lcm = BigInteger.ONE;
        for (BigFraction q : v) {
            BigInteger d = Rationals.denominator(q);
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        BigInteger[] acc = new BigInteger[weightMonomials];
        Arrays.fill(acc, BigInteger.ZERO);
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() == 0) {
                continue;
            }
            BigInteger c = Rationals.numerator(v[j]).multiply(lcm.divide(Rationals.denominator(v[j])));
            int[] ids = monomialIds[j];
            BigInteger[] cs = coefficients[j];
            for (int t = 0; t < ids.length; t++) {
                acc[ids[t]] = acc[ids[t]].add(c.multiply(cs[t]));
            }
        }
        for (BigInteger a : acc) {
            if (a.signum() != 0) {
                return false;
            }
        }
        return true;
    }
}
