package org.rationalnets.algorithms.equations;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.ModularRowEchelon;
import org.rationalnets.exact.RationalReconstruction;
import org.rationalnets.exact.Rationals;

/**
 * The kernel of an integer matrix, known only through its reductions modulo primes, lifted to Q:
 * the rank modulo the first prime bounds the kernel from above; the canonical kernel basis (one
 * vector per non-pivot column, 1 there and 0 at the other non-pivot columns) is computed modulo
 * several primes with the same pivots, combined by the Chinese remainder theorem and lifted by
 * rational reconstruction, and accepted when the next prime agrees. Nothing about the lift is
 * claimed: callers prove what they use.
 */
final class ModularLift {

    /** At most this many primes are combined for the rational lift. */
    static final int MAX_PRIMES = 60;

    private ModularLift() {
    }

    /**
     * The outcome: the prime and rank of the matrix, the upper bound {@code m − rank}, the non-pivot
     * columns, the primes used, the canonical kernel lifted to Q (one vector of length m per non-pivot
     * column), and whether the lift was accepted.
     */
    record Lift(long rankPrime, int rank, int upperBound, int[] free, List<Long> primes,
                List<BigFraction[]> candidates, boolean complete) {
    }

    /** The evaluation matrix {@code (m_j(ξ_s))} modulo p; {@code factors[j]} lists the coordinates multiplied in column j. */
    static long[][] evaluationMatrix(List<BigInteger[]> samples, int[][] factors, long p) {
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

    /** An integer matrix modulo p. */
    static long[][] reduce(List<BigInteger[]> rows, int m, long p) {
        BigInteger bp = BigInteger.valueOf(p);
        long[][] a = new long[rows.size()][m];
        for (int s = 0; s < rows.size(); s++) {
            for (int j = 0; j < m; j++) {
                a[s][j] = rows.get(s)[j].mod(bp).longValue();
            }
        }
        return a;
    }

    /** The largest prime below {@code p}, or {@code 0} when there is none ({@code p ≤ 2}). */
    static long nextPrimeBelow(long p) {
        for (long q = p - 1; q >= 2; q--) {
            if (BigInteger.valueOf(q).isProbablePrime(64)) {
                return q;
            }
        }
        return 0;
    }

    /**
     * The rank bound and the lifted kernel of the integer matrix with m columns whose reduction modulo
     * p is {@code matrixModP.apply(p)}, primes descending from {@code firstPrime}.
     */
    static Lift lift(LongFunction<long[][]> matrixModP, int m, long firstPrime) {
        long p = firstPrime;
        ModularRowEchelon ref = ModularRowEchelon.of(matrixModP.apply(p), p);
        long rankPrime = p;
        int[] pivots = ref.pivots();
        int[] free = ref.freeColumns();
        List<Long> primes = new ArrayList<>(List.of(p));
        if (free.length == 0) {
            return new Lift(rankPrime, ref.rank(), 0, free, primes, List.of(), true);
        }
        BigInteger modulus = BigInteger.valueOf(p);
        BigInteger[][] residues = kernelResidues(ref, free);
        BigFraction[][] candidate = null;
        for (int round = 1; round < MAX_PRIMES; round++) {
            if (candidate == null) {
                candidate = reconstruct(residues, modulus);
            }
            p = nextPrimeBelow(p);
            if (p == 0) {
                break;
            }
            ModularRowEchelon e = ModularRowEchelon.of(matrixModP.apply(p), p);
            if (e.rank() > ref.rank()) {
                // the earlier primes were unlucky: start again from this one
                ref = e;
                rankPrime = p;
                pivots = e.pivots();
                free = e.freeColumns();
                primes = new ArrayList<>(List.of(p));
                modulus = BigInteger.valueOf(p);
                residues = kernelResidues(e, free);
                candidate = null;
                if (free.length == 0) {
                    return new Lift(rankPrime, e.rank(), 0, free, primes, List.of(), true);
                }
                continue;
            }
            if (e.rank() < ref.rank() || !Arrays.equals(e.pivots(), pivots)) {
                continue; // unlucky prime for this matrix
            }
            BigInteger[][] next = kernelResidues(e, free);
            BigInteger bp = BigInteger.valueOf(p);
            primes.add(p);
            if (candidate != null && agrees(candidate, next, bp)) {
                return new Lift(rankPrime, ref.rank(), free.length, free, primes, expand(candidate, pivots, free, m), true);
            }
            for (int b = 0; b < residues.length; b++) {
                for (int i = 0; i < residues[b].length; i++) {
                    residues[b][i] = RationalReconstruction.chineseRemainder(residues[b][i], modulus, next[b][i], bp);
                }
            }
            modulus = modulus.multiply(bp);
            candidate = null;
        }
        return new Lift(rankPrime, ref.rank(), free.length, free, primes, List.of(), false);
    }

    private static BigInteger[][] kernelResidues(ModularRowEchelon e, int[] free) {
        int[] pivots = e.pivots();
        BigInteger[][] out = new BigInteger[free.length][pivots.length];
        long p = e.modulus();
        for (int i = 0; i < pivots.length; i++) {
            long[] row = e.row(i);
            for (int b = 0; b < free.length; b++) {
                long x = row[free[b]];
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
            Arrays.fill(v, BigFraction.ZERO);
            v[free[b]] = BigFraction.ONE;
            for (int i = 0; i < pivots.length; i++) {
                v[pivots[i]] = candidate[b][i];
            }
            out.add(v);
        }
        return out;
    }
}
