package org.rationalnets.exact;

import java.math.BigInteger;

/**
 * An incrementally built row-echelon basis of a subspace of {@code F_p^n}, for a prime
 * {@code p < 2^31}: rows are added in batches and the rank is always current. This is the
 * specialised fast path of {@link org.rationalnets.exact.Matrix#rank()} over
 * {@link org.rationalnets.exact.PrimeField} that the certified dimension needs (thousands of
 * Jacobian rows of thousands of entries); it is tested against that generic rank on random matrices.
 * Where the whole matrix is known at once and pivots or a nullspace are wanted, use
 * {@link ModularRowEchelon} (full reduced row echelon form) instead.
 *
 * <p>Written by hand because no library here does it: every basis row is normalised (pivot 1) and
 * is zero in the pivot columns of all earlier basis rows, so a new row is reduced by one pass over
 * the basis in insertion order. The pass keeps entries unreduced and non-negative and adds
 * {@code f·(p − b_j)} without any division; an entry is reduced mod p only when read as a
 * multiplier, and the whole row only when {@code (p−1) + t(p−1)^2} would leave the exact range after
 * t additions. For {@code (p−1)² < 2^42} the entries are doubles (exact integers below 2^53, about
 * 2000 additions between reductions; the loop vectorises, measured about 3× faster than longs),
 * otherwise longs. Rows of one batch are reduced together, basis row by basis row, so each basis
 * row is read from memory once per batch.
 */
public final class IncrementalRowEchelon {

    private final long p;
    private final int columns;
    private final long budget;
    /** Whether the basis is kept in doubles (small p), else in ints. */
    private final boolean floating;
    /** Basis row k, negated: {@code (p − b_k[j]) mod p}, with {@code b_k[pivot_k] = 1} (large p). */
    private int[][] negatedBasis;
    /** The same in doubles (small p). */
    private double[][] negatedBasisInDoubles;
    private int[] pivots;
    private int rank;

    /**
     * An empty basis of the zero subspace of {@code F_p^columns}.
     *
     * @throws IllegalArgumentException unless {@code p} is a prime below 2^31 and {@code columns ≥ 0}
     */
    public IncrementalRowEchelon(long p, int columns) {
        if (p < 2 || p > PrimeField.LARGEST_31_BIT_PRIME || !BigInteger.valueOf(p).isProbablePrime(64)) {
            throw new IllegalArgumentException("expected a prime 2 ≤ p < 2^31, got " + p);
        }
        if (columns < 0) {
            throw new IllegalArgumentException("expected columns ≥ 0, got " + columns);
        }
        this.p = p;
        this.columns = columns;
        long square = (p - 1) * (p - 1);
        this.floating = square < (1L << 42);
        long ceiling = floating ? (1L << 53) : Long.MAX_VALUE;
        this.budget = square == 0 ? Long.MAX_VALUE : Math.max(1, (ceiling - (p - 1)) / square);
        int initial = Math.min(16, Math.max(1, columns));
        this.negatedBasis = new int[initial][];
        this.negatedBasisInDoubles = new double[initial][];
        this.pivots = new int[initial];
    }

    /** The rank of {@code m} over {@code F_p} (entries are any longs, read mod p). */
    public static int rank(long[][] m, long p) {
        int cols = m.length == 0 ? 0 : m[0].length;
        IncrementalRowEchelon e = new IncrementalRowEchelon(p, cols);
        e.addRows(m);
        return e.rank();
    }

    /** The prime p. */
    public long prime() {
        return p;
    }

    /** The number of columns n. */
    public int columns() {
        return columns;
    }

    /** The dimension of the span of all rows added so far. */
    public int rank() {
        return rank;
    }

    /**
     * Adds rows (entries are any longs, read mod p; the arrays are not modified) and returns how
     * much the rank grew.
     *
     * @throws IllegalArgumentException if a row does not have {@link #columns()} entries
     */
    public int addRows(long[][] rows) {
        int b = rows.length;
        long[][] v = new long[b][];
        for (int r = 0; r < b; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("expected rows of length " + columns + ", got " + rows[r].length);
            }
            v[r] = new long[columns];
            for (int j = 0; j < columns; j++) {
                v[r][j] = Math.floorMod(rows[r][j], p);
            }
        }
        if (floating) {
            reduceAgainstBasisInDoubles(v);
        } else {
            reduceAgainstBasisInLongs(v);
        }
        int before = rank;
        for (int r = 0; r < b; r++) {
            long[] row = v[r];
            int c = 0;
            while (c < columns && row[c] == 0) {
                c++;
            }
            if (c == columns) {
                continue;
            }
            long inv = inverse(row[c]);
            long[] nb = new long[columns];
            for (int j = 0; j < columns; j++) {
                long x = row[j] * inv % p;
                nb[j] = x == 0 ? 0 : p - x;
            }
            // the rest of the batch must be zero in this new pivot column too
            for (int s = r + 1; s < b; s++) {
                long[] other = v[s];
                long f = other[c];
                if (f != 0) {
                    for (int j = 0; j < columns; j++) {
                        other[j] = (other[j] + f * nb[j]) % p;
                    }
                }
            }
            append(nb, c);
        }
        return rank - before;
    }

    /** Rows in [0, p) in, rows reduced against the whole basis and again in [0, p) out. */
    private void reduceAgainstBasisInLongs(long[][] v) {
        int b = v.length;
        long[] updates = new long[b];
        for (int k = 0; k < rank; k++) {
            int[] nb = negatedBasis[k];
            int c = pivots[k];
            for (int r = 0; r < b; r++) {
                long[] row = v[r];
                long f = row[c] % p;
                if (f == 0) {
                    continue;
                }
                if (updates[r] == budget) {
                    for (int j = 0; j < columns; j++) {
                        row[j] %= p;
                    }
                    updates[r] = 0;
                }
                for (int j = 0; j < columns; j++) {
                    row[j] += f * nb[j];
                }
                updates[r]++;
            }
        }
        for (long[] row : v) {
            for (int j = 0; j < columns; j++) {
                row[j] %= p;
            }
        }
    }

    /**
     * As {@link #reduceAgainstBasisInLongs} in doubles, for {@code (p−1)² < 2^42}: every value is an
     * integer below 2^53, so every sum and product is exact, and the loop vectorises.
     */
    private void reduceAgainstBasisInDoubles(long[][] v) {
        int b = v.length;
        double[][] w = new double[b][columns];
        for (int r = 0; r < b; r++) {
            for (int j = 0; j < columns; j++) {
                w[r][j] = v[r][j];
            }
        }
        long[] updates = new long[b];
        double dp = p;
        double inverseP = 1.0 / p;
        for (int k = 0; k < rank; k++) {
            double[] nb = negatedBasisInDoubles[k];
            int c = pivots[k];
            for (int r = 0; r < b; r++) {
                double[] row = w[r];
                double f = mod(row[c], dp, inverseP);
                if (f == 0) {
                    continue;
                }
                if (updates[r] == budget) {
                    for (int j = 0; j < columns; j++) {
                        row[j] = mod(row[j], dp, inverseP);
                    }
                    updates[r] = 0;
                }
                for (int j = 0; j < columns; j++) {
                    row[j] += f * nb[j];
                }
                updates[r]++;
            }
        }
        for (int r = 0; r < b; r++) {
            for (int j = 0; j < columns; j++) {
                v[r][j] = (long) mod(w[r][j], dp, inverseP);
            }
        }
    }

    /** {@code x mod p} for an integer {@code 0 ≤ x < 2^53}: the quotient estimate is off by at most one, fma is exact. */
    private static double mod(double x, double p, double inverseP) {
        double r = Math.fma(-Math.floor(x * inverseP), p, x);
        if (r < 0) {
            r += p;
        } else if (r >= p) {
            r -= p;
        }
        return r;
    }

    private void append(long[] negatedRow, int pivot) {
        if (rank == pivots.length) {
            // rank ≥ 1 (initial capacity ≥ 1) and rank < columns (the new pivot is a free column)
            int size = Math.min(columns, rank * 2);
            pivots = java.util.Arrays.copyOf(pivots, size);
            if (floating) {
                negatedBasisInDoubles = java.util.Arrays.copyOf(negatedBasisInDoubles, size);
            } else {
                negatedBasis = java.util.Arrays.copyOf(negatedBasis, size);
            }
        }
        if (floating) {
            double[] d = new double[columns];
            for (int j = 0; j < columns; j++) {
                d[j] = negatedRow[j];
            }
            negatedBasisInDoubles[rank] = d;
        } else {
            int[] i = new int[columns];
            for (int j = 0; j < columns; j++) {
                i[j] = (int) negatedRow[j];
            }
            negatedBasis[rank] = i;
        }
        pivots[rank] = pivot;
        rank++;
    }

    private long inverse(long a) {
        return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(p)).longValue();
    }
}
