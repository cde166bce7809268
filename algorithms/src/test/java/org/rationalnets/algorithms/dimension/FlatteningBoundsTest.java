package org.rationalnets.algorithms.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Bareiss;
import org.rationalnets.exact.IncrementalRowEchelon;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;

/**
 * The bounds S, {@code F_t} and TC of docs/theory.md §13.8: hand-verified values, where they are not offered,
 * the rank claims of their proofs checked exactly over Q on random network outputs, and a guard against the
 * Jacobian rank.
 */
class FlatteningBoundsTest {

    private static final long P = CertifiedDimension.DEFAULT_PRIME;

    private static List<UpperBound> bounds(int r, int... widths) {
        return FlatteningBounds.of(Architecture.of(widths), Activation.of(r));
    }

    // ---- hand-verified values: amb = e·C(n+r−1, r), #params − tor = s(n + e − 1)

    @Test
    void netsOfQuadricsOf453() {
        // amb = 3·10 = 30 = #params − tor = 5·6; M is 12×12, rank ≤ 10 on V
        List<UpperBound> b = bounds(2, 4, 5, 3);
        assertThat(b).extracting(UpperBound::name).containsExactly("S");
        assertThat(b.get(0).value()).isEqualTo(29);
        assertThat(b.get(0).reason()).isEqualTo("S [derived: 12×12 Koszul matrix M has rank 12 mod " + P
                + " at an explicit net of quadrics, rank ≤ 2s = 10 on V]: 29 = 3·C(5, 2) − 1");
        assertThat(b.get(0).parts()).isEmpty();
    }

    @Test
    void netsOfQuadricsOf683And8113() {
        // amb = 3·21 = 63 ≤ 64 = 8·8; amb = 3·36 = 108 ≤ 110 = 11·10
        assertThat(bounds(2, 6, 8, 3)).singleElement().satisfies(b -> {
            assertThat(b.value()).isEqualTo(62);
            assertThat(b.reason()).startsWith("S [derived: 18×18 Koszul matrix M has rank 18 mod ")
                    .endsWith("rank ≤ 2s = 16 on V]: 62 = 3·C(7, 2) − 1");
        });
        assertThat(bounds(2, 8, 11, 3)).singleElement().satisfies(b -> {
            assertThat(b.value()).isEqualTo(107);
            assertThat(b.reason()).endsWith("rank ≤ 2s = 22 on V]: 107 = 3·C(9, 2) − 1");
        });
    }

    @Test
    void catalecticantOf352() {
        // r = 3: amb = 2·10 = 20 ≤ 20 = 5·4; K_1 is (2·3)×6, rank ≤ 5 on V
        List<UpperBound> b = bounds(3, 3, 5, 2);
        assertThat(b).extracting(UpperBound::name).containsExactly("F_1");
        assertThat(b.get(0).value()).isEqualTo(19);
        assertThat(b.get(0).reason()).isEqualTo("F_1 [derived: 6×6 catalecticant K_1 has rank 6 mod " + P
                + " at an explicit tuple of forms, rank ≤ s = 5 on V]: 19 = 2·C(5, 3) − 1");
        assertThat(b.get(0).parts()).isEmpty();
    }

    @Test
    void twistedCubicOf465() {
        List<UpperBound> b = bounds(2, 4, 6, 5);
        assertThat(b).extracting(UpperBound::name).containsExactly("TC");
        assertThat(b.get(0).value()).isEqualTo(47);
        assertThat(b.get(0).reason()).startsWith("TC [derived: ").endsWith("]: 47 = 22 + 25");
        assertThat(b.get(0).parts()).isEmpty();
        assertThat(bounds(3, 4, 6, 5)).isEmpty();
        assertThat(bounds(2, 4, 6, 4)).isEmpty();
        assertThat(bounds(2, 4, 7, 5)).isEmpty();
        assertThat(bounds(2, 3, 6, 5)).isEmpty();
    }

    @Test
    void noneWhereAProofDoesNotApply() {
        // n odd: M is skew of odd size 3n, rank ≤ 3n − 1 ≤ 2s here ((5,7,3): 45 ≤ 49, (7,10,3): 84 ≤ 90, (3,4,3): 18 ≤ 20)
        assertThat(bounds(2, 5, 7, 3)).isEmpty();
        assertThat(bounds(2, 7, 10, 3)).isEmpty();
        assertThat(bounds(2, 3, 4, 3)).isEmpty();
        // 2s ≥ 3n: rank M ≤ 3n ≤ 2s
        assertThat(bounds(2, 4, 6, 3)).isEmpty();
        assertThat(bounds(2, 6, 9, 3)).isEmpty();
        // amb > #params − tor: amb − 1 could not be least ((4,4,3): 30 > 24; (4,5,3), r = 3: 60 > 30; (3,4,2), r = 3: 20 > 16)
        assertThat(bounds(2, 4, 4, 3)).isEmpty();
        assertThat(bounds(3, 4, 5, 3)).isEmpty();
        assertThat(bounds(3, 3, 4, 2)).isEmpty();
        // (3,5,2) with r = 2: K_1 is 6×3, rank ≤ 3 < 5 = s
        assertThat(bounds(2, 3, 5, 2)).isEmpty();
        // one output, r < 2, deep
        assertThat(bounds(2, 4, 5, 1)).isEmpty();
        assertThat(bounds(3, 3, 5, 1)).isEmpty();
        assertThat(FlatteningBounds.of(Architecture.of(4, 5, 3), Activation.RECIPROCAL)).isEmpty();
        assertThat(bounds(-2, 4, 5, 3)).isEmpty();
        assertThat(bounds(-2, 4, 6, 5)).isEmpty();
        assertThat(bounds(2, 4, 5, 5, 3)).isEmpty();
        assertThat(bounds(2, 4, 4, 6, 5)).isEmpty();
        assertThat(bounds(3, 3, 3, 5, 2)).isEmpty();
    }

    /**
     * In the range n ≤ 6, 2 ≤ e ≤ 5, r ≤ 4, amb ≤ 120, the bounds apply exactly at (4,5,3), (6,8,3), (4,6,5) with
     * r = 2 and (3,5,2) with r = 3 [derived: S needs 2s < 3n and s(n+2) ≥ 3·C(n+1, 2), i.e. n even, s = 3n/2 − 1,
     * n ≥ 4; F_t needs s < min(e·N(n,t), N(n,r−t)) and s(n+e−1) ≥ e·N(n,r), which in this range only (3,5,2),
     * r = 3, t = 1 meets].
     */
    @Test
    void theBoundsApplyExactlyWhereTheProofsSay() {
        List<String> applicable = new ArrayList<>();
        for (int r = 2; r <= 4; r++) {
            for (int n = 1; n <= 6; n++) {
                for (int e = 2; e <= 5; e++) {
                    long amb = e * monomials(n, r);
                    for (int s = 1; amb <= 120 && s <= amb; s++) {
                        if (!bounds(r, n, s, e).isEmpty()) {
                            applicable.add("(" + n + "," + s + "," + e + ") r=" + r);
                        }
                    }
                }
            }
        }
        assertThat(applicable).containsExactlyInAnyOrder("(4,5,3) r=2", "(6,8,3) r=2", "(4,6,5) r=2", "(3,5,2) r=3");
    }

    // ---- the matrices

    @Test
    void koszulMatrixOfThreeScalars() {
        // n = 1, T = (1, 2, 3): [[0, T_3, −T_2], [−T_3, 0, T_1], [T_2, −T_1, 0]]
        long[][] m = FlatteningBounds.koszul(new long[][][] {{{1}}, {{2}}, {{3}}});
        assertThat(m).isEqualTo(new long[][] {{0, 3, -2}, {-3, 0, 1}, {2, -1, 0}});
    }

    @Test
    void koszulMatrixBlocks() {
        long[][][] t = {{{1, 2}, {2, 3}}, {{4, 5}, {5, 6}}, {{7, 8}, {8, 9}}};
        long[][] m = FlatteningBounds.koszul(t);
        assertThat(m).isEqualTo(new long[][] {
            {0, 0, 7, 8, -4, -5},
            {0, 0, 8, 9, -5, -6},
            {-7, -8, 0, 0, 1, 2},
            {-8, -9, 0, 0, 2, 3},
            {4, 5, -1, -2, 0, 0},
            {5, 6, -2, -3, 0, 0}});
    }

    @Test
    void catalecticantOfBinaryCubics() {
        // n = 2, r = 3; h for x³, x²y, xy², y³ = 1, 2, 3, 4 (f_1) and 5, 6, 7, 8 (f_2)
        List<Monomial> cubics = Monomial.ofDegree(2, 3);
        long[][] h = new long[2][4];
        for (int i = 0; i < 2; i++) {
            h[i][cubics.indexOf(Monomial.of(3, 0))] = 1 + 4 * i;
            h[i][cubics.indexOf(Monomial.of(2, 1))] = 2 + 4 * i;
            h[i][cubics.indexOf(Monomial.of(1, 2))] = 3 + 4 * i;
            h[i][cubics.indexOf(Monomial.of(0, 3))] = 4 + 4 * i;
        }
        List<Monomial> linear = Monomial.ofDegree(2, 1);
        List<Monomial> quadrics = Monomial.ofDegree(2, 2);
        long[][] k1 = FlatteningBounds.catalecticant(2, 3, 1, h);
        // row (i, α), α ∈ {x, y}; column β ∈ {x², xy, y²}
        assertThat(k1.length).isEqualTo(4);
        for (int i = 0; i < 2; i++) {
            int x = i * 2 + linear.indexOf(Monomial.of(1, 0));
            int y = i * 2 + linear.indexOf(Monomial.of(0, 1));
            assertThat(k1[x][quadrics.indexOf(Monomial.of(2, 0))]).isEqualTo(1 + 4 * i);
            assertThat(k1[x][quadrics.indexOf(Monomial.of(1, 1))]).isEqualTo(2 + 4 * i);
            assertThat(k1[x][quadrics.indexOf(Monomial.of(0, 2))]).isEqualTo(3 + 4 * i);
            assertThat(k1[y][quadrics.indexOf(Monomial.of(2, 0))]).isEqualTo(2 + 4 * i);
            assertThat(k1[y][quadrics.indexOf(Monomial.of(1, 1))]).isEqualTo(3 + 4 * i);
            assertThat(k1[y][quadrics.indexOf(Monomial.of(0, 2))]).isEqualTo(4 + 4 * i);
        }
        long[][] k2 = FlatteningBounds.catalecticant(2, 3, 2, h);
        assertThat(k2.length).isEqualTo(6);
        assertThat(k2[0].length).isEqualTo(2);
        int xy = 3 + quadrics.indexOf(Monomial.of(1, 1));
        assertThat(k2[xy][linear.indexOf(Monomial.of(1, 0))]).isEqualTo(6);
        assertThat(k2[xy][linear.indexOf(Monomial.of(0, 1))]).isEqualTo(7);
    }

    @Test
    void explicitTuplesAreSeededAndInRange() {
        long[][][] t = FlatteningBounds.explicitNet(3);
        assertThat(t[0]).isEqualTo(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(t[1]).isEqualTo(new long[][] {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}});
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(t[2][i][j]).isEqualTo(t[2][j][i]).isBetween(0L, 2 * P - 2);
            }
        }
        assertThat(FlatteningBounds.explicitNet(3)[2]).isEqualTo(t[2]);
        long[][] h = FlatteningBounds.explicitTuple(2, 10);
        assertThat(h.length).isEqualTo(2);
        assertThat(h[1]).hasSize(10);
        assertThat(h[0]).isNotEqualTo(h[1]);
        assertThat(FlatteningBounds.explicitTuple(2, 10)).isEqualTo(h);
        for (long[] row : h) {
            for (long v : row) {
                assertThat(v).isBetween(0L, P - 1);
            }
        }
    }

    // ---- the rank claims, exactly over Q on random network outputs f_i = Σ_j w_ij ℓ_j^r

    /** A shallow network with integer weights: {@code ell[j]} the first-layer rows, {@code w[i][j]} the output weights. */
    record Net(int n, int s, int e, int r, long[][] ell, long[][] w) {

        static Net random(Random random, int n, int s, int e, int r) {
            long[][] ell = new long[s][n];
            long[][] w = new long[e][s];
            for (int j = 0; j < s; j++) {
                for (int c = 0; c < n; c++) {
                    ell[j][c] = random.nextInt(15) - 7;
                }
                for (int i = 0; i < e; i++) {
                    w[i][j] = random.nextInt(15) - 7;
                }
            }
            return new Net(n, s, e, r, ell, w);
        }

        /** f_i, expanded over Q. */
        List<Polynomial<BigFraction>> outputs() {
            List<Polynomial<BigFraction>> f = new ArrayList<>();
            for (int i = 0; i < e; i++) {
                Polynomial<BigFraction> fi = Polynomial.zero(Rationals.Q, n);
                for (int j = 0; j < s; j++) {
                    List<BigFraction> c = new ArrayList<>();
                    for (long v : ell[j]) {
                        c.add(BigFraction.of(v));
                    }
                    fi = fi.add(Polynomial.linearForm(Rationals.Q, c).pow(r).scale(BigFraction.of(w[i][j])));
                }
                f.add(fi);
            }
            return f;
        }

        @Override
        public String toString() {
            return "(" + n + "," + s + "," + e + ") r=" + r + " ℓ=" + java.util.Arrays.deepToString(ell) + " w="
                    + java.util.Arrays.deepToString(w);
        }
    }

    static Stream<Instance<Net>> netsOfQuadrics() {
        return Instances.of(40, random -> {
            int n = 1 + random.nextInt(5);
            return Net.random(random, n, 1 + random.nextInt(3 * n / 2 + 1), 3, 2);
        });
    }

    /** The Gram matrix: {@code T[p][p]} the coefficient of {@code x_p²}, {@code T[p][q]} half that of {@code x_p x_q}. */
    private static BigFraction[][] gram(Polynomial<BigFraction> f, int n) {
        BigFraction[][] t = new BigFraction[n][n];
        for (int p = 0; p < n; p++) {
            for (int q = 0; q < n; q++) {
                int[] e = new int[n];
                e[p]++;
                e[q]++;
                BigFraction c = f.coefficient(Monomial.of(e));
                t[p][q] = p == q ? c : c.divide(2);
            }
        }
        return t;
    }

    @ParameterizedTest
    @MethodSource("netsOfQuadrics")
    void koszulRankIsAtMostTwiceTheWidthOnNetworkOutputs(Instance<Net> instance) {
        Net net = instance.value();
        int n = net.n();
        List<Polynomial<BigFraction>> f = net.outputs();
        BigFraction[][][] t = new BigFraction[3][][];
        for (int c = 0; c < 3; c++) {
            t[c] = gram(f.get(c), n);
        }
        // written out block by block, independently of FlatteningBounds.koszul
        BigFraction[][][][] blocks = {
            {null, t[2], negate(t[1])},
            {negate(t[2]), null, t[0]},
            {t[1], negate(t[0]), null}};
        List<List<BigFraction>> rows = new ArrayList<>();
        long[][][] twice = new long[3][n][n];
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int b = 0; b < 3; b++) {
                    for (int j = 0; j < n; j++) {
                        row.add(blocks[a][b] == null ? BigFraction.ZERO : blocks[a][b][i][j]);
                    }
                }
                rows.add(row);
                for (int j = 0; j < n; j++) {
                    twice[a][i][j] = integer(t[a][i][j].multiply(2));
                }
            }
        }
        int rank = Bareiss.rank(Matrix.of(Rationals.Q, rows));
        assertThat(rank).as(instance.toString()).isLessThanOrEqualTo(2 * net.s());
        // the library's matrix of 2T is 2M, entry by entry
        long[][] m = FlatteningBounds.koszul(twice);
        for (int a = 0; a < 3 * n; a++) {
            for (int b = 0; b < 3 * n; b++) {
                assertThat(BigFraction.of(m[a][b])).as(instance.toString()).isEqualTo(rows.get(a).get(b).multiply(2));
            }
        }
        assertThat(IncrementalRowEchelon.rank(m, P)).as(instance.toString()).isEqualTo(rank);
    }

    private static long integer(BigFraction v) {
        assertThat(v.getDenominator()).isEqualTo(BigInteger.ONE);
        return v.getNumerator().longValueExact();
    }

    private static BigFraction[][] negate(BigFraction[][] t) {
        BigFraction[][] out = new BigFraction[t.length][];
        for (int i = 0; i < t.length; i++) {
            out[i] = new BigFraction[t[i].length];
            for (int j = 0; j < t[i].length; j++) {
                out[i][j] = t[i][j].negate();
            }
        }
        return out;
    }

    static Stream<Instance<Net>> catalecticants() {
        return Instances.of(40, random -> {
            int r = 2 + random.nextInt(3);
            int n = 1 + random.nextInt(r == 4 ? 3 : 4);
            return Net.random(random, n, 1 + random.nextInt(6), 1 + random.nextInt(3), r);
        });
    }

    @ParameterizedTest
    @MethodSource("catalecticants")
    void catalecticantRankIsAtMostTheWidthOnNetworkOutputs(Instance<Net> instance) {
        Net net = instance.value();
        int n = net.n();
        int r = net.r();
        List<Polynomial<BigFraction>> f = net.outputs();
        List<Monomial> gammas = Monomial.ofDegree(n, r);
        // h[i][γ] = coefficient · γ!/r!, which for Σ_j w_ij ℓ_j^r is Σ_j w_ij ℓ_j^γ, an integer
        long[][] h = new long[net.e()][gammas.size()];
        for (int i = 0; i < net.e(); i++) {
            for (int g = 0; g < gammas.size(); g++) {
                BigFraction v = f.get(i).coefficient(gammas.get(g)).multiply(BigFraction.of(factorial(gammas.get(g)),
                        factorial(r)));
                h[i][g] = integer(v);
                assertThat(v).as(instance.toString()).isEqualTo(BigFraction.of(power(net, i, gammas.get(g))));
            }
        }
        for (int t = 1; t < r; t++) {
            // rows (i, α), columns β, entry coefficient of x^{α+β} in f_i times (α+β)!/r!, written out here
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < net.e(); i++) {
                for (Monomial alpha : Monomial.ofDegree(n, t)) {
                    List<BigFraction> row = new ArrayList<>();
                    for (Monomial beta : Monomial.ofDegree(n, r - t)) {
                        Monomial gamma = alpha.multiply(beta);
                        row.add(f.get(i).coefficient(gamma).multiply(BigFraction.of(factorial(gamma), factorial(r))));
                    }
                    rows.add(row);
                }
            }
            int rank = Bareiss.rank(Matrix.of(Rationals.Q, rows));
            assertThat(rank).as(instance + ", t = " + t).isLessThanOrEqualTo(net.s());
            long[][] k = FlatteningBounds.catalecticant(n, r, t, h);
            for (int a = 0; a < rows.size(); a++) {
                for (int b = 0; b < rows.get(a).size(); b++) {
                    assertThat(BigFraction.of(k[a][b])).as(instance + ", t = " + t).isEqualTo(rows.get(a).get(b));
                }
            }
        }
    }

    /** Σ_j w_ij ℓ_j^γ. */
    private static long power(Net net, int i, Monomial gamma) {
        long sum = 0;
        for (int j = 0; j < net.s(); j++) {
            long term = net.w()[i][j];
            for (int c = 0; c < net.n(); c++) {
                for (int k = 0; k < gamma.exponent(c); k++) {
                    term *= net.ell()[j][c];
                }
            }
            sum += term;
        }
        return sum;
    }

    @Test
    void withoutTheFactorialsOneCubeIsNotOfRankOne() {
        // f = (x + y)³ = x³ + 3x²y + 3xy² + y³: raw coefficients [[1, 3], [3, 3]] have rank 2; times γ!/3! they are all 1
        Polynomial<BigFraction> f = Polynomial.linearForm(Rationals.Q, List.of(BigFraction.ONE, BigFraction.ONE)).pow(3);
        List<List<BigFraction>> raw = new ArrayList<>();
        List<List<BigFraction>> normalised = new ArrayList<>();
        for (Monomial alpha : Monomial.ofDegree(2, 1)) {
            List<BigFraction> r = new ArrayList<>();
            List<BigFraction> q = new ArrayList<>();
            for (Monomial beta : Monomial.ofDegree(2, 2)) {
                BigFraction c = f.coefficient(alpha.multiply(beta));
                r.add(c);
                q.add(c.multiply(BigFraction.of(factorial(alpha.multiply(beta)), factorial(3))));
            }
            raw.add(r);
            normalised.add(q);
        }
        assertThat(Bareiss.rank(Matrix.of(Rationals.Q, raw))).isEqualTo(2);
        assertThat(Bareiss.rank(Matrix.of(Rationals.Q, normalised))).isEqualTo(1);
    }

    private static BigInteger factorial(Monomial m) {
        BigInteger out = BigInteger.ONE;
        for (int c = 0; c < m.variables(); c++) {
            out = out.multiply(factorial(m.exponent(c)));
        }
        return out;
    }

    private static BigInteger factorial(int k) {
        BigInteger out = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            out = out.multiply(BigInteger.valueOf(i));
        }
        return out;
    }

    private static long monomials(int n, int m) {
        // C(n+m−1, m), multiplicatively
        long c = 1;
        for (int i = 1; i <= m; i++) {
            c = c * (n + i - 1) / i;
        }
        return c;
    }

    // ---- the guard: every bound offered is at least the Jacobian rank

    record Shallow(int n, int s, int e, int r, long seed) {

        Architecture architecture() {
            return Architecture.of(n, s, e);
        }

        @Override
        public String toString() {
            return "(" + n + "," + s + "," + e + ") r=" + r + ", Jacobian seed " + seed;
        }
    }

    /**
     * Shallow (n, s, e), r = 2, 3, 4, n ≤ 6, e ≤ 4, amb ≤ 120, s at or just above the filling threshold
     * amb/(n+e−1) (below it no bound is offered), and the applicable instances of the range, each with a seed.
     */
    static Stream<Instance<Shallow>> shallowNets() {
        int[][] applicable = {{4, 5, 3, 2}, {6, 8, 3, 2}, {3, 5, 2, 3}, {4, 6, 5, 2}};
        return Instances.of(Math.max(Instances.tries() / 4, 8), random -> {
            if (random.nextInt(3) == 0) {
                int[] a = applicable[random.nextInt(applicable.length)];
                return new Shallow(a[0], a[1], a[2], a[3], random.nextLong());
            }
            while (true) {
                int r = 2 + random.nextInt(3);
                int n = 1 + random.nextInt(6);
                int e = 2 + random.nextInt(3);
                long amb = e * monomials(n, r);
                if (amb <= 120) {
                    int s = (int) ((amb + n + e - 2) / (n + e - 1)) + random.nextInt(3) - 1;
                    return new Shallow(n, Math.max(1, s), e, r, random.nextLong());
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("shallowNets")
    void everyBoundIsAtLeastTheJacobianRank(Instance<Shallow> instance) {
        Shallow net = instance.value();
        Activation sigma = Activation.of(net.r());
        List<UpperBound> bounds = FlatteningBounds.of(net.architecture(), sigma);
        int rank = CertifiedDimension.of(net.architecture(), sigma, net.seed(), P).lowerBound();
        for (UpperBound b : bounds) {
            assertThat(b.value()).as(instance + ": " + b.reason()).isGreaterThanOrEqualTo(rank);
        }
    }

    // ---- what the certifier now certifies

    @Test
    void theCertifierCertifiesTheDefectiveShallowNets() {
        DimensionCertificate c683 = CertifiedDimension.of(Architecture.of(6, 8, 3), Activation.of(2), 1, P);
        assertThat(c683.certified()).isTrue();
        assertThat(c683.dimension()).isEqualTo(62);
        assertThat(c683.upperBoundReason()).startsWith("S [derived: 18×18 Koszul matrix");
        DimensionCertificate c465 = CertifiedDimension.of(Architecture.of(4, 6, 5), Activation.of(2), 1, P);
        assertThat(c465.certified()).isTrue();
        assertThat(c465.dimension()).isEqualTo(47);
        assertThat(c465.upperBoundReason()).startsWith("TC [derived");
        DimensionCertificate c8113 = CertifiedDimension.of(Architecture.of(8, 11, 3), Activation.of(2), 1, P);
        assertThat(c8113.certified()).isTrue();
        assertThat(c8113.dimension()).isEqualTo(107);
        // ties keep the §6 reasons of (4,5,3), r = 2 and (3,5,2), r = 3
        assertThat(CertifiedDimension.of(Architecture.of(4, 5, 3), Activation.of(2), 1, P).upperBoundReason()).startsWith("§6");
        assertThat(CertifiedDimension.of(Architecture.of(3, 5, 2), Activation.of(3), 1, P).upperBoundReason()).startsWith("§6");
    }

    @Test
    void directBoundsListTheNewBoundsAfterTheOldOnes() {
        List<UpperBound> b = MonomialCertifier.directBounds(Architecture.of(4, 5, 3), Activation.of(2));
        assertThat(b).extracting(UpperBound::name).containsExactly("#params − tor", "§6", "S");
    }
}
