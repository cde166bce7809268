package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Rationals;

/**
 * The two flattenings of docs/theory.md §13.4, exactly over Q: of rank below full on network outputs,
 * of full rank at an explicit tuple of forms (so the hypersurface is proper).
 */
class FlatteningCertificatesTest {

    /** K = [[0, A_3, −A_2], [−A_3, 0, A_1], [A_2, −A_1, 0]] from three symmetric 4×4 matrices. */
    private static Matrix<BigFraction> koszul(BigFraction[][][] a) {
        List<List<BigFraction>> rows = new ArrayList<>();
        int[][] sign = {{0, 1, -1}, {-1, 0, 1}, {1, -1, 0}};
        int[][] which = {{-1, 2, 1}, {2, -1, 0}, {1, 0, -1}};
        for (int bi = 0; bi < 3; bi++) {
            for (int i = 0; i < 4; i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int bj = 0; bj < 3; bj++) {
                    for (int j = 0; j < 4; j++) {
                        row.add(sign[bi][bj] == 0 ? BigFraction.ZERO : a[which[bi][bj]][i][j].multiply(sign[bi][bj]));
                    }
                }
                rows.add(row);
            }
        }
        return Matrix.of(Rationals.Q, rows);
    }

    @Test
    void koszulFlatteningOf453() {
        Random r = new Random(453);
        for (int trial = 0; trial < 5; trial++) {
            // Hessians of f_i = Σ_j a_ij ℓ_j²: A_i = 2 Σ_j a_ij ℓ_j ℓ_jᵀ
            int[][] l = new int[5][4];
            int[][] a = new int[3][5];
            for (int j = 0; j < 5; j++) {
                for (int c = 0; c < 4; c++) {
                    l[j][c] = r.nextInt(19) - 9;
                }
                for (int i = 0; i < 3; i++) {
                    a[i][j] = r.nextInt(19) - 9;
                }
            }
            BigFraction[][][] h = new BigFraction[3][4][4];
            for (int i = 0; i < 3; i++) {
                for (int p = 0; p < 4; p++) {
                    for (int q = 0; q < 4; q++) {
                        long s = 0;
                        for (int j = 0; j < 5; j++) {
                            s += 2L * a[i][j] * l[j][p] * l[j][q];
                        }
                        h[i][p][q] = BigFraction.of(s);
                    }
                }
            }
            assertThat(Bareiss.rank(koszul(h))).as("trial " + trial).isLessThanOrEqualTo(10);
        }
        // an explicit tuple: A_1 = diag(1,2,3,4), A_2 = the all-ones matrix plus I, A_3 = [[0,1,0,0],[1,0,1,0],[0,1,0,1],[0,0,1,0]]
        BigFraction[][][] g = new BigFraction[3][4][4];
        for (int p = 0; p < 4; p++) {
            for (int q = 0; q < 4; q++) {
                g[0][p][q] = BigFraction.of(p == q ? p + 1 : 0);
                g[1][p][q] = BigFraction.of(p == q ? 2 : 1);
                g[2][p][q] = BigFraction.of(Math.abs(p - q) == 1 ? 1 : 0);
            }
        }
        assertThat(Bareiss.rank(koszul(g))).isEqualTo(12);
    }

    /** Rows: conics ∂_a∂_b (a ≤ b); columns: (output i, variable c); entry ∂_a∂_b∂_c f_i = T_i[a][b][c]. */
    private static Matrix<BigFraction> conics(long[][][][] t) {
        List<List<BigFraction>> rows = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = a; b < 3; b++) {
                List<BigFraction> row = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    for (int c = 0; c < 3; c++) {
                        row.add(BigFraction.of(t[i][a][b][c]));
                    }
                }
                rows.add(row);
            }
        }
        return Matrix.of(Rationals.Q, rows);
    }

    @Test
    void conicFlatteningOf352() {
        Random r = new Random(352);
        for (int trial = 0; trial < 5; trial++) {
            // third derivatives of f_i = Σ_j a_ij ℓ_j³: T_i = 6 Σ_j a_ij ℓ_j ⊗ ℓ_j ⊗ ℓ_j
            int[][] l = new int[5][3];
            int[][] w = new int[2][5];
            for (int j = 0; j < 5; j++) {
                for (int c = 0; c < 3; c++) {
                    l[j][c] = r.nextInt(19) - 9;
                }
                for (int i = 0; i < 2; i++) {
                    w[i][j] = r.nextInt(19) - 9;
                }
            }
            long[][][][] t = new long[2][3][3][3];
            for (int i = 0; i < 2; i++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        for (int c = 0; c < 3; c++) {
                            for (int j = 0; j < 5; j++) {
                                t[i][a][b][c] += 6L * w[i][j] * l[j][a] * l[j][b] * l[j][c];
                            }
                        }
                    }
                }
            }
            assertThat(Bareiss.rank(conics(t))).as("trial " + trial).isLessThanOrEqualTo(5);
        }
        // explicit cubics: f_1 = x³ + y³ + z³ + xyz... given by symmetric tensors from random multiset coefficients
        long[][][][] g = new long[2][3][3][3];
        long[][] coefficient = new long[2][27];
        Random c = new Random(7);
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 27; k++) {
                coefficient[i][k] = c.nextInt(11) - 5;
            }
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    for (int d = 0; d < 3; d++) {
                        int[] s = {a, b, d};
                        java.util.Arrays.sort(s);
                        g[i][a][b][d] = coefficient[i][s[0] * 9 + s[1] * 3 + s[2]];
                    }
                }
            }
        }
        assertThat(Bareiss.rank(conics(g))).isEqualTo(6);
    }
}
