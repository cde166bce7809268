package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

// 2_097_143 is the certified dimension's default prime (the largest below 2^21, where rank runs on exact doubles).
class IncrementalRowEchelonTest {

    @Test
    void ranksOfHandComputedMatrices() {
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 2}, {2, 4}}, 7)).isEqualTo(1);
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 2}, {3, 4}}, 7)).isEqualTo(2);
        // det = 3: rank 2 over Q, 1 over F_3
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 0}, {0, 3}}, 3)).isEqualTo(1);
        assertThat(IncrementalRowEchelon.rank(new long[][] {{1, 0}, {0, 3}}, 5)).isEqualTo(2);
        // negative entries are read mod p: (−1, 1) and (1, −1) are dependent
        assertThat(IncrementalRowEchelon.rank(new long[][] {{-1, 1, 0}, {1, -1, 0}, {0, 0, -6}}, 5)).isEqualTo(2);
        assertThat(IncrementalRowEchelon.rank(new long[][] {{0, 0, 0}}, 2)).isZero();
        assertThat(IncrementalRowEchelon.rank(new long[0][], 2)).isZero();
    }

    @Test
    void rankGrowsBatchByBatchAndReportsTheGain() {
        IncrementalRowEchelon e = new IncrementalRowEchelon(11, 3);
        assertThat(e.addRows(new long[][] {{1, 1, 0}, {2, 2, 0}})).isEqualTo(1);
        assertThat(e.addRows(new long[][] {{0, 0, 5}, {3, 3, 7}})).isEqualTo(1);
        assertThat(e.addRows(new long[][] {{1, 0, 0}})).isEqualTo(1);
        assertThat(e.addRows(new long[][] {{4, 9, 2}})).isZero();
        assertThat(e.rank()).isEqualTo(3);
        assertThat(e.columns()).isEqualTo(3);
        assertThat(e.prime()).isEqualTo(11);
    }

    @Test
    void inputIsValidatedAndNotModified() {
        assertThatThrownBy(() -> new IncrementalRowEchelon(4, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prime");
        assertThatThrownBy(() -> new IncrementalRowEchelon(1L << 31, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncrementalRowEchelon(7, -1)).isInstanceOf(IllegalArgumentException.class);
        IncrementalRowEchelon e = new IncrementalRowEchelon(7, 3);
        assertThatThrownBy(() -> e.addRows(new long[][] {{1, 2}})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 3");
        long[][] m = {{8, 15, -1}};
        e.addRows(m);
        assertThat(m[0]).containsExactly(8, 15, -1);
    }

    // doubles up to 2^21, longs above (33554393: budget 8192; 2^31 − 1: a reduction after every addition)
    private static final long[] PRIMES = {2L, 3L, 5L, 7L, 101L, 65_537L, 2_097_143L, 33_554_393L,
        PrimeField.LARGEST_31_BIT_PRIME};

    /**
     * A rows×cols matrix m of rank ≤ inner (a product A·B mod p, entries shifted by random multiples
     * of p, possibly negative), its residues, and the ends of the batches in which its rows are added.
     */
    record LowRankMatrix(long p, long[][] m, List<List<Long>> residues, int[] batchEnds) {
        @Override
        public String toString() {
            return "p = " + p + ", m = " + java.util.Arrays.deepToString(m) + ", batches end at " + java.util.Arrays.toString(batchEnds);
        }
    }

    static Stream<Instance<LowRankMatrix>> lowRankMatrices() {
        return Instances.of(200, rnd -> {
            long p = PRIMES[rnd.nextInt(PRIMES.length)];
            int rows = 1 + rnd.nextInt(25);
            int cols = 1 + rnd.nextInt(25);
            int inner = rnd.nextInt(26);
            int batches = 1 + rnd.nextInt(6);
            SplittableRandom r = new SplittableRandom(rnd.nextLong());
            // entries span the whole long range mod p
            long[][] a = random(r, rows, inner, p);
            long[][] b = random(r, inner, cols, p);
            PrimeField f = PrimeField.of(p);
            long[][] m = new long[rows][cols];
            List<List<Long>> residues = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                List<Long> row = new ArrayList<>();
                for (int j = 0; j < cols; j++) {
                    long s = 0;
                    for (int k = 0; k < inner; k++) {
                        s = f.plus(s, f.mul(a[i][k], b[k][j]));
                    }
                    // shift by a random multiple of p, possibly negative: the rank must read entries mod p
                    m[i][j] = s + p * (r.nextInt(2001) - 1000);
                    row.add(s);
                }
                residues.add(row);
            }
            int[] ends = new int[batches];
            int start = 0;
            for (int t = 0; t < batches; t++) {
                ends[t] = t == batches - 1 ? rows : Math.min(rows, start + r.nextInt(rows + 1));
                start = ends[t];
            }
            return new LowRankMatrix(p, m, residues, ends);
        });
    }

    /** The fast rank agrees with the generic Gaussian elimination over PrimeField, for matrices of prescribed low rank. */
    @ParameterizedTest
    @MethodSource("lowRankMatrices")
    void agreesWithGenericRank(Instance<LowRankMatrix> instance) {
        LowRankMatrix c = instance.value();
        long p = c.p();
        long[][] m = c.m();
        int expected = Matrix.of(PrimeField.of(p), c.residues()).rank();
        assertThat(IncrementalRowEchelon.rank(m, p)).isEqualTo(expected);
        IncrementalRowEchelon e = new IncrementalRowEchelon(p, m[0].length);
        int start = 0;
        int total = 0;
        for (int end : c.batchEnds()) {
            total += e.addRows(java.util.Arrays.copyOfRange(m, start, end));
            start = end;
        }
        assertThat(e.rank()).isEqualTo(expected).isEqualTo(total);
    }

    /** Many basis rows with the largest 31-bit prime: the delayed reduction must reduce between additions. */
    @Test
    void largePrimeWithManyRowsMatchesGenericRank() {
        long p = PrimeField.LARGEST_31_BIT_PRIME;
        SplittableRandom r = new SplittableRandom(42);
        long[][] m = random(r, 40, 30, p);
        for (int j = 0; j < 30; j++) {
            m[39][j] = (m[0][j] + 3 * m[1][j]) % p;
        }
        PrimeField f = PrimeField.of(p);
        List<List<Long>> boxed = new ArrayList<>();
        for (long[] row : m) {
            List<Long> b = new ArrayList<>();
            for (long x : row) {
                b.add(x);
            }
            boxed.add(b);
        }
        assertThat(IncrementalRowEchelon.rank(m, p)).isEqualTo(Matrix.of(f, boxed).rank()).isEqualTo(30);
    }

    /**
     * More than 2048 additions to one row in the double path (p = 2097143 allows about 2048 between
     * reductions): e_1..e_2099, then (p−1)(1, …, 1), whose residue is (p−1)e_2100 exactly.
     */
    @Test
    void doublePathReducesBetweenAdditions() {
        long p = 2_097_143L;
        int n = 2100;
        IncrementalRowEchelon e = new IncrementalRowEchelon(p, n);
        long[][] unit = new long[n - 1][n];
        for (int i = 0; i < n - 1; i++) {
            unit[i][i] = 1;
        }
        assertThat(e.addRows(unit)).isEqualTo(n - 1);
        long[] ones = new long[n];
        java.util.Arrays.fill(ones, p - 1);
        assertThat(e.addRows(new long[][] {ones})).isEqualTo(1);
        long[] last = new long[n];
        last[n - 1] = 5;
        assertThat(e.addRows(new long[][] {last, ones})).isZero();
        assertThat(e.rank()).isEqualTo(n);
    }

    private static long[][] random(SplittableRandom r, int rows, int cols, long p) {
        long[][] m = new long[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = r.nextInt(4) == 0 ? 0 : r.nextLong(p);
            }
        }
        return m;
    }
}
