package org.rationalnets.exact;

import java.util.Arrays;

/**
 * Reduced row echelon form of a dense matrix over F_p, {@code p < 2^31}, on primitive
 * {@code long} arrays: the measured fast path behind interpolation of equations (an 826 × 816
 * matrix in well under a second), where the generic {@link Matrix} over {@link PrimeField} boxes
 * every entry. It computes the same pivots, rank and nullspace as {@link Matrix} over
 * {@link PrimeField} (tested against it on random inputs).
 *
 * <p>Every product of two residues is below {@code 2^62}, so {@code a + (p − f)·b} never
 * overflows and one {@code %} per update suffices.
 *
 * <p>To grow a basis row batch by row batch with the rank always current (the certified
 * dimension), use {@link IncrementalRowEchelon}.
 */
public final class ModularRowEchelon {

    private final long p;
    private final long[][] rref;
    private final int[] pivots;
    private final int columns;

    private ModularRowEchelon(long p, long[][] rref, int[] pivots, int columns) {
        this.p = p;
        this.rref = rref;
        this.pivots = pivots;
        this.columns = columns;
    }

    /**
     * Gauss–Jordan elimination of {@code rows} (entries in {@code [0, p)}) modulo {@code p}, pivoting
     * on the first nonzero entry of each column from left to right. The input arrays are
     * overwritten (they become the working storage).
     *
     * @throws IllegalArgumentException if {@code p} is not a prime below {@code 2^31} (checked via
     *         {@link PrimeField#of}) or the rows have different lengths
     */
    public static ModularRowEchelon of(long[][] rows, long p) {
        PrimeField field = PrimeField.of(p);
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        for (long[] r : rows) {
            if (r.length != n) {
                throw new IllegalArgumentException("rows of different lengths " + n + " and " + r.length);
            }
        }
        long[][] a = rows;
        int[] piv = new int[Math.min(m, n)];
        int rank = 0;
        for (int c = 0; c < n; c++) { // once rank = rows, no later column finds a pivot row
            int found = -1;
            for (int i = rank; i < m; i++) {
                if (a[i][c] != 0) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            long[] t = a[found];
            a[found] = a[rank];
            a[rank] = t;
            long[] pr = a[rank];
            long inv = field.inv(pr[c]);
            if (inv != 1) {
                for (int j = c; j < n; j++) {
                    pr[j] = (pr[j] * inv) % p;
                }
            }
            // forward only: rows below; the rows above are cleared in one pass at the end
            for (int i = rank + 1; i < m; i++) {
                long[] ri = a[i];
                long f = ri[c];
                if (f == 0) {
                    continue;
                }
                long g = p - f;
                for (int j = c; j < n; j++) {
                    ri[j] = (ri[j] + g * pr[j]) % p;
                }
            }
            piv[rank++] = c;
        }
        // back substitution: clear above each pivot, from the last pivot up
        for (int r = rank - 1; r >= 0; r--) {
            int c = piv[r];
            long[] pr = a[r];
            for (int i = 0; i < r; i++) {
                long[] ri = a[i];
                long f = ri[c];
                if (f == 0) {
                    continue;
                }
                long g = p - f;
                for (int j = c; j < n; j++) {
                    ri[j] = (ri[j] + g * pr[j]) % p;
                }
            }
        }
        return new ModularRowEchelon(p, Arrays.copyOf(a, rank), Arrays.copyOf(piv, rank), n);
    }

    /** The modulus. */
    public long modulus() {
        return p;
    }

    /** The rank over F_p. */
    public int rank() {
        return pivots.length;
    }

    /** The pivot columns, increasing (the lexicographically first maximal independent set of columns). */
    public int[] pivots() {
        return pivots.clone();
    }

    /** Row {@code i < rank} of the reduced row echelon form (a copy). */
    public long[] row(int i) {
        return rref[i].clone();
    }

    /**
     * The canonical basis of the right nullspace: one vector per non-pivot column {@code f}, with
     * entry 1 at {@code f}, 0 at the other non-pivot columns, and {@code −R[i][f]} at pivot column
     * {@code pivots[i]}. In this basis the largest-index nonzero entry of each vector is its own
     * free column.
     */
    public long[][] nullspace() {
        boolean[] isPivot = new boolean[columns];
        for (int c : pivots) {
            isPivot[c] = true;
        }
        long[][] basis = new long[columns - pivots.length][];
        int b = 0;
        for (int f = 0; f < columns; f++) {
            if (isPivot[f]) {
                continue;
            }
            long[] v = new long[columns];
            v[f] = 1;
            for (int i = 0; i < pivots.length; i++) {
                long e = rref[i][f];
                v[pivots[i]] = e == 0 ? 0 : p - e;
            }
            basis[b++] = v;
        }
        return basis;
    }

    /** The non-pivot (free) columns, increasing. */
    public int[] freeColumns() {
        int[] free = new int[columns - pivots.length];
        int b = 0;
        int k = 0;
        for (int f = 0; f < columns; f++) {
            if (k < pivots.length && pivots[k] == f) {
                k++;
            } else {
                free[b++] = f;
            }
        }
        return free;
    }
}
