package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;

/**
 * An incrementally built row-echelon basis of a subspace of {@code F_p^n}, for a prime
 * {@code p < 2^31}: rows are added in batches and the rank is always current. This is the
 * specialised fast path of {@link org.rationalnets.exact.Matrix#rank()} over
 * {@link org.rationalnets.exact.PrimeField} that the certified dimension needs (thousands of
 * Jacobian rows of thousands of entries); it is tested against that generic rank on random matrices.
 *
 * <p>Written by hand because no library here does it: every basis row is normalised (pivot 1) and
 * is zero in the pivot columns of all earlier basis rows, so a new row is reduced by one pass over
 * the basis in insertion order. The pass keeps entries as unreduced non-negative {@code long}s and
 * adds {@code f·(p − b_j)} without any division; an entry is reduced mod p only when read as a
 * multiplier, and the whole row only when {@code (p−1) + t(p−1)^2} would overflow after t additions
 * (never, below 2^25, for up to 8192 basis rows). Rows of one batch are reduced together, basis row
 * by basis row, so each basis row is read from memory once per batch.
 */
public final class ModularRowEchelon {

    private final long p;
    private final int columns;
    private final long budget;
    /** Basis row k, negated: {@code (p − b_k[j]) mod p}, with {@code b_k[pivot_k] = 1}. */
    private int[][] negatedBasis;
    private int[] pivots;
    private int rank;

    /**
     * An empty basis of the zero subspace of {@code F_p^columns}.
     *
     * @throws IllegalArgumentException unless {@code p} is a prime below 2^31 and {@code columns ≥ 0}
     */
    public ModularRowEchelon(long p, int columns) {
        if (p < 2 || p >= (1L << 31) || !BigInteger.valueOf(p).isProbablePrime(64)) {
            throw new IllegalArgumentException("expected a prime 2 ≤ p < 2^31, got " + p);
        }
        if (columns < 0) {
            throw new IllegalArgumentException("expected columns ≥ 0, got " + columns);
        }
        this.p = p;
        this.columns = columns;
        long square = (p - 1) * (p - 1);
        this.budget = square == 0 ? Long.MAX_VALUE : Math.max(1, (Long.MAX_VALUE - (p - 1)) / square);
        this.negatedBasis = new int[Math.min(16, Math.max(1, columns))][];
        this.pivots = new int[negatedBasis.length];
    }

    /** The rank of {@code m} over {@code F_p} (entries are any longs, read mod p). */
    public static int rank(long[][] m, long p) {
        int cols = m.length == 0 ? 0 : m[0].length;
        ModularRowEchelon e = new ModularRowEchelon(p, cols);
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
                long x = rows[r][j] % p;
                v[r][j] = x < 0 ? x + p : x;
            }
        }
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
                    reduce(row);
                    updates[r] = 0;
                }
                for (int j = 0; j < columns; j++) {
                    row[j] += f * nb[j];
                }
                updates[r]++;
            }
        }
        int before = rank;
        for (long[] row : v) {
            reduce(row);
        }
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
            int[] nb = new int[columns];
            for (int j = 0; j < columns; j++) {
                long x = row[j] * inv % p;
                row[j] = x;
                nb[j] = (int) (x == 0 ? 0 : p - x);
            }
            // the rest of the batch must be zero in this new pivot column too
            for (int s = r + 1; s < b; s++) {
                long[] other = v[s];
                long f = other[c] % p;
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

    private void append(int[] negatedRow, int pivot) {
        if (rank == negatedBasis.length) {
            int size = Math.max(rank + 1, Math.min(columns, rank * 2));
            negatedBasis = java.util.Arrays.copyOf(negatedBasis, size);
            pivots = java.util.Arrays.copyOf(pivots, size);
        }
        negatedBasis[rank] = negatedRow;
        pivots[rank] = pivot;
        rank++;
    }

    private void reduce(long[] row) {
        for (int j = 0; j < row.length; j++) {
            row[j] %= p;
        }
    }

    private long inverse(long a) {
        return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(p)).longValue();
    }
}
