package org.rationalnets.algorithms.equations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.AmbientSpace;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.ModularRowEchelon;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.RationalReconstruction;
import org.rationalnets.exact.Rationals;

/**
 * Equations of the neurovariety {@code V_d} in a given degree, by interpolation (docs/theory.md §8)
 * [derived; exact and certified].
 *
 * <p><b>Algorithm.</b> Let {@code c_1, …, c_N} be the ambient coordinates and {@code m_1 < … < m_M}
 * the degree-k monomials in them (graded lexicographic). Draw {@code M + SLACK} networks with random
 * integer weights; their closed forms are integer points {@code ξ_s} of {@code M_d}. The evaluation
 * matrix {@code A = (m_j(ξ_s))} has integer entries, and every {@code F ∈ I(V_d)_k} gives a vector
 * in {@code ker_Q A}.
 * <ol>
 *   <li><b>Upper bound.</b> {@code dim I(V_d)_k ≤ dim ker_Q A = M − rank_Q A ≤ M − rank_{F_p} A}
 *       (reduction mod p can only lower a rank). The rank mod p comes from a dense {@code long}
 *       row reduction ({@link ModularRowEchelon}).</li>
 *   <li><b>Candidates.</b> The canonical kernel basis (one vector per non-pivot column, which is the
 *       reduced basis with respect to the monomial order and does not depend on the samples once they
 *       are generic) is computed modulo several primes with the same pivot columns, combined by the
 *       Chinese remainder theorem and lifted to Q by rational reconstruction; the lift is accepted
 *       when it also agrees with the next prime. Nothing is claimed at this point.</li>
 *   <li><b>Proof.</b> Each candidate {@code F} is substituted into the parametrisation with symbolic
 *       weights ({@link SymbolicParametrisation}): {@code F(c(W))} is expanded exactly as a
 *       polynomial with integer coefficients in the weights and must be the zero polynomial. Then
 *       {@code F} vanishes on {@code M_d}, hence on its closure {@code V_d}. The candidates are
 *       linearly independent (distinct leading monomials), so
 *       {@code dim I(V_d)_k ≥ #verified}.</li>
 * </ol>
 * When the two bounds meet, the verified equations are a basis of {@code I(V_d)_k}: certified.
 * If a candidate fails (non-generic samples or an unlucky reconstruction) a fresh sample set is
 * drawn, at most {@link #ATTEMPTS} times; a result that stays uncertified says so and lists only
 * verified equations.
 */
public final class NeurovarietyEquations {

    /** Extra sample points beyond the number of monomials. */
    public static final int SLACK = 12;
    /** Random weights are integers in {@code [−WEIGHT_BOUND, WEIGHT_BOUND]}. */
    public static final int WEIGHT_BOUND = 30;
    /** Sample sets tried before giving up on certification. */
    public static final int ATTEMPTS = 3;
    /** At most this many primes are combined for the rational lift. */
    public static final int MAX_PRIMES = 60;

    private NeurovarietyEquations() {
    }

    /**
     * {@code C(N + k − 1, k)}: the number of degree-k monomials in the {@code N = amb(d) + 1} ambient
     * coordinates, the number of unknowns of the interpolation.
     */
    public static BigInteger monomialCount(Architecture d, int k) {
        BigInteger n = d.ambientSpace().dimension().add(BigInteger.ONE);
        return AmbientSpace.monomialCount(n.intValueExact(), k);
    }

    /**
     * A basis of {@code I(V_d)_k}, the degree-k equations of the neurovariety, with its certificate
     * (see the class comment).
     *
     * @param d any architecture (the symbolic verification is practical for small shallow and
     *          deep ones; its cost grows with the degree of the parametrisation)
     * @param k the degree, {@code k ≥ 1}
     * @param seed seed of the random sample networks; the equations do not depend on it when certified
     * @throws IllegalArgumentException if {@code k < 1} or there are more than {@code 20000} monomials
     */
    public static EquationsResult inDegree(Architecture d, int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("expected a degree k ≥ 1, got " + k);
        }
        BigInteger count = monomialCount(d, k);
        if (count.compareTo(BigInteger.valueOf(20_000)) > 0) {
            throw new IllegalArgumentException("degree " + k + " has " + count + " monomials in the ambient coordinates of "
                    + d + ", above the limit 20000");
        }
        AmbientSpace space = d.ambientSpace();
        List<String> names = space.coordinateNames();
        int n = names.size();
        List<Monomial> columns = new ArrayList<>(Monomial.ofDegree(n, k));
        Collections.reverse(columns); // ascending: non-pivot columns become leading monomials
        int[][] factors = new int[columns.size()][];
        for (int j = 0; j < columns.size(); j++) {
            factors[j] = factorIndices(columns.get(j));
        }
        SymbolicParametrisation param = null;
        Verifier verifier = null;
        EquationsResult last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long attemptSeed = seed + (attempt - 1) * 0x9E3779B97F4A7C15L;
            List<BigInteger[]> samples = samples(d, columns.size() + SLACK, new Random(attemptSeed), space);
            Lift lift = lift(samples, factors, columns.size());
            List<Polynomial<BigFraction>> verified = new ArrayList<>();
            if (!lift.candidates().isEmpty()) {
                if (verifier == null) {
                    param = SymbolicParametrisation.of(d);
                    verifier = new Verifier(param.coordinates(), factors);
                }
                for (BigFraction[] v : lift.candidates()) {
                    if (verifier.vanishes(v)) {
                        verified.add(toPolynomial(v, columns, n));
                    }
                }
            }
            boolean certified = lift.complete() && verified.size() == lift.upperBound();
            verified.sort((a, b) -> b.leadingMonomial().compareTo(a.leadingMonomial()));
            EquationsResult.Certificate cert = new EquationsResult.Certificate(columns.size(), samples.size(),
                    attemptSeed, WEIGHT_BOUND, lift.rankPrime(), lift.rank(), lift.upperBound(), lift.primes(),
                    lift.candidates().size(), verified.size(), Math.toIntExact(d.parameterCount() - d.symmetryDimension()), attempt);
            last = new EquationsResult(d, k, names, List.copyOf(verified), certified, cert);
            if (certified) {
                return last;
            }
        }
        return last;
    }

    /** The indices of the coordinates multiplied in a monomial, with repetition, increasing. */
    private static int[] factorIndices(Monomial m) {
        int[] out = new int[m.degree()];
        int t = 0;
        for (int i = 0; i < m.variables(); i++) {
            for (int e = 0; e < m.exponent(i); e++) {
                out[t++] = i;
            }
        }
        return out;
    }

    private static Polynomial<BigFraction> toPolynomial(BigFraction[] v, List<Monomial> columns, int n) {
        Map<Monomial, BigFraction> terms = new HashMap<>();
        for (int j = 0; j < v.length; j++) {
            if (v[j].signum() != 0) {
                terms.put(columns.get(j), v[j]);
            }
        }
        return RationalPolynomials.primitivePart(Polynomial.of(Rationals.Q, n, terms));
    }

    /** Integer coordinates of {@code count} random defined networks. */
    static List<BigInteger[]> samples(Architecture d, int count, Random random, AmbientSpace space) {
        List<Monomial> num = space.numeratorMonomials();
        List<Monomial> den = space.denominatorMonomials();
        List<BigInteger[]> out = new ArrayList<>(count);
        while (out.size() < count) {
            ClosedForm<BigFraction> cf;
            try {
                cf = RationalNet.of(Weights.randomIntegers(d, WEIGHT_BOUND, random)).closedForm();
            } catch (UndefinedNetworkException e) {
                continue;
            }
            BigInteger[] c = new BigInteger[d.outputDimension() * num.size() + den.size()];
            int t = 0;
            for (Polynomial<BigFraction> p : cf.numerators()) {
                for (Monomial m : num) {
                    c[t++] = Rationals.numerator(p.coefficient(m));
                }
            }
            for (Monomial m : den) {
                c[t++] = Rationals.numerator(cf.denominator().coefficient(m));
            }
            out.add(c);
        }
        return out;
    }

    /** Primes below 2^31, descending from the largest. */
    static long nextPrimeBelow(long p) {
        long q = p - 1;
        while (!BigInteger.valueOf(q).isProbablePrime(64)) {
            q--;
        }
        return q;
    }

    /** The evaluation matrix modulo p. */
    private static long[][] evaluationMatrix(List<BigInteger[]> samples, int[][] factors, long p) {
        BigInteger bp = BigInteger.valueOf(p);
        long[][] a = new long[samples.size()][factors.length];
        for (int s = 0; s < samples.size(); s++) {
            BigInteger[] c = samples.get(s);
            long[] r = new long[c.length];
            for (int i = 0; i < c.length; i++) {
                r[i] = c[i].mod(bp).longValue();
            }
            long[] row = a[s];
            for (int j = 0; j < factors.length; j++) {
                long v = 1;
                for (int i : factors[j]) {
                    v = (v * r[i]) % p;
                }
                row[j] = v;
            }
        }
        return a;
    }

    /**
     * The outcome of the modular part: the prime and rank of the evaluation matrix, the upper bound
     * {@code M − rank}, the primes used, the canonical kernel lifted to Q (one vector of length M per
     * non-pivot column: 1 there, 0 at the other non-pivot columns), and whether the lift was accepted.
     */
    record Lift(long rankPrime, int rank, int upperBound, List<Long> primes, List<BigFraction[]> candidates,
                        boolean complete) {
    }

    /**
     * The rank bound and the kernel of the evaluation matrix {@code (m_j(ξ_s))} lifted to Q (steps 1–2 of
     * the class comment); {@code factors[j]} lists the coordinates multiplied in column j.
     */
    static Lift lift(List<BigInteger[]> samples, int[][] factors, int m) {
        long p = 2_147_483_647L;
        ModularRowEchelon ref = ModularRowEchelon.of(evaluationMatrix(samples, factors, p), p);
        long rankPrime = p;
        int[] pivots = ref.pivots();
        int[] free = ref.freeColumns();
        int upper = free.length;
        List<Long> primes = new ArrayList<>(List.of(p));
        if (free.length == 0) {
            return new Lift(rankPrime, ref.rank(), 0, primes, List.of(), true);
        }
        // residues of the canonical kernel: entry (b, i) is the value at pivot column pivots[i] of vector b
        BigInteger modulus = BigInteger.valueOf(p);
        BigInteger[][] residues = kernelResidues(ref, free);
        BigFraction[][] candidate = null;
        for (int round = 1; round < MAX_PRIMES; round++) {
            if (candidate == null) {
                candidate = reconstruct(residues, modulus);
            }
            p = nextPrimeBelow(p);
            ModularRowEchelon e = ModularRowEchelon.of(evaluationMatrix(samples, factors, p), p);
            if (e.rank() > ref.rank()) {
                // the earlier primes were unlucky: start again from this one
                ref = e;
                rankPrime = p;
                pivots = e.pivots();
                free = e.freeColumns();
                upper = free.length;
                primes = new ArrayList<>(List.of(p));
                modulus = BigInteger.valueOf(p);
                residues = kernelResidues(e, free);
                candidate = null;
                if (free.length == 0) {
                    return new Lift(rankPrime, e.rank(), 0, primes, List.of(), true);
                }
                continue;
            }
            if (e.rank() < ref.rank() || !java.util.Arrays.equals(e.pivots(), pivots)) {
                continue; // unlucky prime for this matrix
            }
            BigInteger[][] next = kernelResidues(e, free);
            BigInteger bp = BigInteger.valueOf(p);
            primes.add(p);
            if (candidate != null && agrees(candidate, next, bp)) {
                return new Lift(rankPrime, ref.rank(), upper, primes, expand(candidate, pivots, free, m), true);
            }
            for (int b = 0; b < residues.length; b++) {
                for (int i = 0; i < residues[b].length; i++) {
                    residues[b][i] = RationalReconstruction.chineseRemainder(residues[b][i], modulus, next[b][i], bp);
                }
            }
            modulus = modulus.multiply(bp);
            candidate = null;
        }
        return new Lift(rankPrime, ref.rank(), upper, primes, List.of(), false);
    }

    private static BigInteger[][] kernelResidues(ModularRowEchelon e, int[] free) {
        int[] pivots = e.pivots();
        BigInteger[][] out = new BigInteger[free.length][pivots.length];
        long p = e.modulus();
        long[][] rows = new long[pivots.length][];
        for (int i = 0; i < pivots.length; i++) {
            rows[i] = e.row(i);
        }
        for (int b = 0; b < free.length; b++) {
            for (int i = 0; i < pivots.length; i++) {
                long x = rows[i][free[b]];
                out[b][i] = BigInteger.valueOf(x == 0 ? 0 : p - x);
            }
        }
        return out;
    }

    private static BigFraction[][] reconstruct(BigInteger[][] residues, BigInteger modulus) {
        BigFraction[][] out = new BigFraction[residues.length][];
        for (int b = 0; b < residues.length; b++) {
            out[b] = new BigFraction[residues[b].length];
            for (int i = 0; i < residues[b].length; i++) {
                Optional<BigFraction> q = RationalReconstruction.of(residues[b][i], modulus);
                if (q.isEmpty()) {
                    return null;
                }
                out[b][i] = q.get();
            }
        }
        return out;
    }

    private static boolean agrees(BigFraction[][] candidate, BigInteger[][] residues, BigInteger p) {
        for (int b = 0; b < candidate.length; b++) {
            for (int i = 0; i < candidate[b].length; i++) {
                BigInteger den = Rationals.denominator(candidate[b][i]);
                if (den.mod(p).signum() == 0) {
                    return false;
                }
                BigInteger v = Rationals.numerator(candidate[b][i]).multiply(den.modInverse(p)).mod(p);
                if (!v.equals(residues[b][i])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<BigFraction[]> expand(BigFraction[][] candidate, int[] pivots, int[] free, int m) {
        List<BigFraction[]> out = new ArrayList<>();
        for (int b = 0; b < free.length; b++) {
            BigFraction[] v = new BigFraction[m];
            java.util.Arrays.fill(v, BigFraction.ZERO);
            v[free[b]] = BigFraction.ONE;
            for (int i = 0; i < pivots.length; i++) {
                v[pivots[i]] = candidate[b][i];
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Exact substitution of the symbolic parametrisation: the products {@code m_j(c(W))} are
     * expanded once (sharing prefixes), with weight monomials numbered, so checking
     * {@code Σ_j v_j m_j(c(W)) = 0} is one sparse integer accumulation per candidate.
     */
    static final class Verifier {
        private final int[][] monomialIds;
        private final BigInteger[][] coefficients;
        private final int weightMonomials;

        Verifier(List<Polynomial<BigFraction>> coords, int[][] factors) {
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

        private static Polynomial<BigFraction> product(List<Polynomial<BigFraction>> coords, int[] idx, int from,
                                                       Map<String, Polynomial<BigFraction>> cache) {
            if (from == idx.length - 1) {
                return coords.get(idx[from]);
            }
            String key = java.util.Arrays.toString(java.util.Arrays.copyOfRange(idx, from, idx.length));
            Polynomial<BigFraction> hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
            Polynomial<BigFraction> r = coords.get(idx[from]).multiply(product(coords, idx, from + 1, cache));
            cache.put(key, r);
            return r;
        }

        boolean vanishes(BigFraction[] v) {
            BigInteger lcm = BigInteger.ONE;
            for (BigFraction q : v) {
                BigInteger d = Rationals.denominator(q);
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
            BigInteger[] acc = new BigInteger[weightMonomials];
            java.util.Arrays.fill(acc, BigInteger.ZERO);
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
}
