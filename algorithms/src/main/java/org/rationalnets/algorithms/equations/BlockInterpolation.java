package org.rationalnets.algorithms.equations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.ModularRowEchelon;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;

/**
 * The equations of one multidegree block β (or of all monomials of a degree at once), certified
 * (docs/theory.md §8, §12). Write {@code A} for the evaluation matrix of the
 * block's monomials at the sample points and {@code K = ker_Q A ⊇ I(V_d)_β}.
 * <ol>
 *   <li><b>Upper bound.</b> {@code dim I_β ≤ dim K ≤ u = |β| − rank_{F_p} A}, with {@code F} the
 *       {@code u} non-pivot columns modulo the rank prime.</li>
 *   <li><b>Projection.</b> The projection π onto the columns F is injective on K: a primitive
 *       integer {@code v ∈ K} with {@code π(v) = 0} would reduce to a nonzero vector of
 *       {@code ker_{F_p} A} vanishing on the non-pivot columns, and there is none.</li>
 *   <li><b>Known equations.</b> The products {@code c · f} of a coordinate and a proved equation of
 *       degree k − 1 lie in {@code I_β} and need no proof. Their images under π form an integer
 *       matrix; its rank modulo p, r, is a lower bound for {@code dim(R_1 I_{k−1})_β}; its canonical
 *       kernel (lifted to Q) consists of functionals φ; checking {@code φ(π(c·f)) = 0} exactly for
 *       every product shows {@code dim π(R_1 I_{k−1})_β ≤ r}, so with π injective
 *       {@code dim (R_1 I_{k−1})_β = r} exactly.</li>
 *   <li><b>New generators.</b> For each column of F that is not a pivot of that matrix, the lifted
 *       candidate of the canonical kernel of A with its 1 there is proved by substitution. The
 *       products and these candidates have images under π of rank u modulo p, hence over Q, so they
 *       span a u-dimensional subspace of {@code I_β}: {@code dim I_β = u}, certified, and the
 *       candidates are new minimal generators.</li>
 * </ol>
 * Without products (a single degree asked for on its own) every candidate is proved, and they are the
 * reduced basis of {@code I_β}.
 */
final class BlockInterpolation {

    private BlockInterpolation() {
    }

    /**
     * The outcome for one block.
     *
     * @param block the block
     * @param lift the lifted kernel of the evaluation matrix (rank, bound, primes)
     * @param fromLower {@code r}: rank of the products, a lower bound for {@code dim (R_1 I_{k−1})_β}
     * @param fromLowerExact whether {@code r} is proved to be the exact dimension
     * @param generators the proved candidates (all of the reduced basis when there are no products)
     * @param basis a basis of {@code I_β} when certified: independent products, then the generators
     * @param certified whether {@code dim I_β = upperBound} is proved
     */
    record Outcome(Multidegree.Block block, ModularLift.Lift lift, int fromLower, boolean fromLowerExact,
                   List<Polynomial<BigFraction>> generators, List<Polynomial<BigFraction>> basis, boolean certified) {

        int upperBound() {
            return lift.upperBound();
        }
    }

    static Outcome solve(Multidegree.Block block, List<BigInteger[]> samples, List<Polynomial<BigFraction>> products,
                         Supplier<List<Polynomial<BigFraction>>> coordinates, long firstPrime) {
        List<Monomial> cols = block.monomials();
        int m = cols.size();
        int[][] factors = new int[m][];
        for (int j = 0; j < m; j++) {
            factors[j] = SubstitutionVerifier.factorIndices(cols.get(j));
        }
        ModularLift.Lift lift = ModularLift.lift(p -> ModularLift.evaluationMatrix(samples, factors, p), m, firstPrime);
        int u = lift.upperBound();
        if (u == 0) {
            return new Outcome(block, lift, 0, true, List.of(), List.of(), true);
        }
        int[] free = lift.free();
        List<BigInteger[]> projected = new ArrayList<>();
        if (!products.isEmpty()) {
            Map<Monomial, Integer> index = new HashMap<>();
            for (int j = 0; j < m; j++) {
                index.put(cols.get(j), j);
            }
            for (Polynomial<BigFraction> f : products) {
                BigInteger[] y = new BigInteger[m];
                java.util.Arrays.fill(y, BigInteger.ZERO);
                for (Polynomial.Term<BigFraction> t : f.terms()) {
                    y[index.get(t.monomial())] = Rationals.numerator(t.coefficient()); // integer coefficients
                }
                BigInteger[] py = new BigInteger[u];
                for (int i = 0; i < u; i++) {
                    py[i] = y[free[i]];
                }
                projected.add(py);
            }
        }
        int fromLower = 0;
        boolean exact = true;
        int[] newColumns = allColumns(u);
        List<Polynomial<BigFraction>> basis = new ArrayList<>();
        if (!projected.isEmpty()) {
            ModularLift.Lift known = ModularLift.lift(p -> ModularLift.reduce(projected, u, p), u, firstPrime);
            fromLower = known.rank();
            newColumns = known.free();
            exact = known.complete() && annihilates(known.candidates(), projected);
            long p = known.rankPrime();
            long[][] transposed = new long[u][projected.size()];
            BigInteger bp = BigInteger.valueOf(p);
            for (int r = 0; r < projected.size(); r++) {
                for (int i = 0; i < u; i++) {
                    transposed[i][r] = projected.get(r)[i].mod(bp).longValue();
                }
            }
            for (int r : ModularRowEchelon.of(transposed, p).pivots()) {
                basis.add(products.get(r)); // independent modulo p, hence over Q
            }
        }
        List<Polynomial<BigFraction>> generators = new ArrayList<>();
        if (newColumns.length != 0 && lift.complete()) {
            SubstitutionVerifier verifier = new SubstitutionVerifier(coordinates.get(), factors);
            for (int c : newColumns) {
                BigFraction[] v = lift.candidates().get(c);
                if (verifier.vanishes(v)) {
                    generators.add(toPolynomial(v, cols));
                }
            }
        }
        boolean certified = generators.size() == newColumns.length && fromLower + generators.size() == u;
        generators.sort((a, b) -> b.leadingMonomial().compareTo(a.leadingMonomial()));
        basis.addAll(generators);
        return new Outcome(block, lift, fromLower, exact, List.copyOf(generators), List.copyOf(basis), certified);
    }

    private static int[] allColumns(int u) {
        int[] out = new int[u];
        for (int i = 0; i < u; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Whether every functional φ vanishes exactly on every row. */
    static boolean annihilates(List<BigFraction[]> functionals, List<BigInteger[]> rows) {
        for (BigFraction[] phi : functionals) {
            BigInteger lcm = BigInteger.ONE;
            for (BigFraction q : phi) {
                BigInteger d = Rationals.denominator(q);
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            BigInteger[] w = new BigInteger[phi.length];
            for (int i = 0; i < phi.length; i++) {
                w[i] = Rationals.numerator(phi[i]).multiply(lcm.divide(Rationals.denominator(phi[i])));
            }
            for (BigInteger[] y : rows) {
                BigInteger s = BigInteger.ZERO;
                for (int i = 0; i < w.length; i++) {
                    s = s.add(w[i].multiply(y[i]));
                }
                if (s.signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Polynomial<BigFraction> toPolynomial(BigFraction[] v, List<Monomial> columns) {
        Map<Monomial, BigFraction> terms = new HashMap<>();
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() != 0) {
                terms.put(columns.get(j), v[j]);
            }
        }
        return RationalPolynomials.primitivePart(Polynomial.of(Rationals.Q, columns.get(0).variables(), terms));
    }
}
