package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModularRowEchelonTest {

    private static final long P = 101;

    @Test
    void rankPivotsAndNullspaceOfAHandExample() {
        // rows (1,2,3), (2,4,6), (0,1,1) over F_101: rank 2, pivots 0 and 1, kernel (−1,−1,1)
        long[][] a = {{1, 2, 3}, {2, 4, 6}, {0, 1, 1}};
        ModularRowEchelon e = ModularRowEchelon.of(a, P);
        assertThat(e.rank()).isEqualTo(2);
        assertThat(e.pivots()).containsExactly(0, 1);
        assertThat(e.freeColumns()).containsExactly(2);
        assertThat(e.nullspace()).hasDimensions(1, 3);
        assertThat(e.nullspace()[0]).containsExactly(P - 1, P - 1, 1);
    }

    /** Fast path against the generic elimination of {@link Matrix} over {@link PrimeField}. */
    @Property(tries = 60)
    void agreesWithGenericMatrixOverPrimeField(@ForAll @IntRange(min = 1, max = 9) int m,
                                               @ForAll @IntRange(min = 1, max = 9) int n,
                                               @ForAll long seed) {
        Random rnd = new Random(seed);
        PrimeField f = PrimeField.of(P);
        long[][] a = new long[m][n];
        List<List<Long>> rows = new ArrayList<>();
        int lowRankBy = rnd.nextInt(3);
        for (int i = 0; i < m; i++) {
            List<Long> row = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                // copy earlier rows now and then so that rank deficiency occurs
                long v = i > 0 && i <= lowRankBy ? (2 * a[i - 1][j]) % P : rnd.nextInt(4) == 0 ? 0 : rnd.nextInt((int) P);
                a[i][j] = v;
                row.add(v);
            }
            rows.add(row);
        }
        Matrix<Long> g = Matrix.of(f, rows);
        ModularRowEchelon e = ModularRowEchelon.of(a, P);
        assertThat(e.rank()).isEqualTo(g.rank());
        List<List<Long>> kernel = g.nullspace();
        long[][] fast = e.nullspace();
        assertThat(fast.length).isEqualTo(kernel.size());
        for (int k = 0; k < fast.length; k++) {
            List<Long> v = new ArrayList<>();
            for (long x : fast[k]) {
                v.add(x);
            }
            assertThat(v).isEqualTo(kernel.get(k));
            assertThat(g.apply(v)).allMatch(x -> x == 0);
        }
    }
}
