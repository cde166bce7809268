package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

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
    /** m×n matrices over F_101, 1 ≤ m, n ≤ 9, whose first rows repeat (doubled) now and then, so that rank deficiency occurs. */
    static Stream<Instance<List<List<Long>>>> matrices() {
        return Instances.of(60, rnd -> {
            int m = 1 + rnd.nextInt(9);
            int n = 1 + rnd.nextInt(9);
            List<List<Long>> rows = new ArrayList<>();
            int lowRankBy = rnd.nextInt(3);
            for (int i = 0; i < m; i++) {
                List<Long> row = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    row.add(i > 0 && i <= lowRankBy ? (2 * rows.get(i - 1).get(j)) % P : rnd.nextInt(4) == 0 ? 0L : (long) rnd.nextInt((int) P));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void agreesWithGenericMatrixOverPrimeField(Instance<List<List<Long>>> instance) {
        List<List<Long>> rows = instance.value();
        long[][] a = rows.stream().map(row -> row.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
        Matrix<Long> g = Matrix.of(PrimeField.of(P), rows);
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
