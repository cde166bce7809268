package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class MatrixTest {

    private static Matrix<BigFraction> m(long[][] rows) {
        List<List<BigFraction>> r = new java.util.ArrayList<>();
        for (long[] row : rows) {
            r.add(java.util.Arrays.stream(row).mapToObj(BigFraction::of).toList());
        }
        return Matrix.of(Rationals.Q, r);
    }

    @Test
    void knownRankAndDeterminant() {
        Matrix<BigFraction> a = m(new long[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}});
        assertThat(a.determinant()).isEqualTo(BigFraction.of(18));
        assertThat(Bareiss.determinant(a)).isEqualTo(BigFraction.of(18));
        Matrix<BigFraction> singular = m(new long[][] {{1, 2, 3}, {2, 4, 6}, {1, 0, 1}});
        assertThat(singular.rank()).isEqualTo(2);
        assertThat(Bareiss.rank(singular)).isEqualTo(2);
        assertThat(singular.determinant()).isEqualTo(BigFraction.ZERO);
        Matrix<BigFraction> swap = m(new long[][] {{0, 1}, {1, 0}});
        assertThat(swap.determinant()).isEqualTo(BigFraction.of(-1));
        assertThat(Bareiss.determinant(swap)).isEqualTo(BigFraction.of(-1));
        assertThatThrownBy(() -> m(new long[][] {{1, 2}}).determinant()).isInstanceOf(IllegalArgumentException.class);
    }

    record Pair(Matrix<BigFraction> a, Matrix<BigFraction> b) {
    }

    record ModP(Matrix<BigFraction> a, long p) {
    }

    /** a rows×cols, b square rows×rows. */
    static Stream<Instance<Pair>> rectangularAndSquare() {
        return Instances.of(r -> {
            int rows = 1 + r.nextInt(6);
            int cols = 1 + r.nextInt(6);
            return new Pair(RandomPolynomials.matrix(r, rows, cols, 0.4), RandomPolynomials.matrix(r, rows, rows, 0.3));
        });
    }

    static Stream<Instance<Pair>> squarePairs() {
        return Instances.of(r -> {
            int n = 1 + r.nextInt(5);
            return new Pair(RandomPolynomials.matrix(r, n, n, 0.2), RandomPolynomials.matrix(r, n, n, 0.2));
        });
    }

    static Stream<Instance<ModP>> matricesAndPrimes() {
        return Instances.of(r -> new ModP(RandomPolynomials.matrix(r, 1 + r.nextInt(6), 1 + r.nextInt(6), 0.3),
                new long[] {2, 3, 5, 7, 2_147_483_647L}[r.nextInt(5)]));
    }

    /** a rows×cols, b a 1×cols row: the point x whose image a·x is the right-hand side. */
    static Stream<Instance<Pair>> systems() {
        return Instances.of(r -> {
            int rows = 1 + r.nextInt(5);
            int cols = 1 + r.nextInt(6);
            return new Pair(RandomPolynomials.matrix(r, rows, cols, 0.4), RandomPolynomials.matrix(r, 1, cols, 0.2));
        });
    }

    @ParameterizedTest
    @MethodSource("rectangularAndSquare")
    void gaussAndBareissAgree(Instance<Pair> instance) {
        Matrix<BigFraction> a = instance.value().a();
        assertThat(a.rank()).isEqualTo(Bareiss.rank(a));
        Matrix<BigFraction> sq = instance.value().b();
        assertThat(sq.determinant()).isEqualTo(Bareiss.determinant(sq));
    }

    @ParameterizedTest
    @MethodSource("squarePairs")
    void determinantIsMultiplicative(Instance<Pair> instance) {
        Matrix<BigFraction> a = instance.value().a();
        Matrix<BigFraction> b = instance.value().b();
        assertThat(a.multiply(b).determinant()).isEqualTo(a.determinant().multiply(b.determinant()));
    }

    @ParameterizedTest
    @MethodSource("matricesAndPrimes")
    void rankModPIsAtMostRankOverQ(Instance<ModP> instance) {
        Matrix<BigFraction> a = instance.value().a();
        PrimeField f = PrimeField.of(instance.value().p());
        boolean reducible = a.rowList().stream().flatMap(List::stream)
                .noneMatch(q -> Rationals.denominator(q).mod(java.math.BigInteger.valueOf(f.modulus())).signum() == 0);
        if (reducible) {
            assertThat(a.map(f, f::fromRational).rank()).isLessThanOrEqualTo(a.rank());
        }
    }

    @ParameterizedTest
    @MethodSource("systems")
    void nullspaceAndSolve(Instance<Pair> instance) {
        Matrix<BigFraction> a = instance.value().a();
        int cols = a.columns();
        List<List<BigFraction>> kernel = a.nullspace();
        assertThat(kernel).hasSize(cols - a.rank());
        for (List<BigFraction> v : kernel) {
            assertThat(a.apply(v)).allMatch(q -> q.signum() == 0);
        }
        if (!kernel.isEmpty()) {
            assertThat(Matrix.of(Rationals.Q, kernel).rank()).isEqualTo(kernel.size());
        }
        List<BigFraction> x = instance.value().b().row(0);
        List<BigFraction> b = a.apply(x);
        Optional<List<BigFraction>> y = a.solve(b);
        assertThat(y).isPresent();
        assertThat(a.apply(y.get())).isEqualTo(b);
    }

    @Test
    void inconsistentSystemHasNoSolution() {
        Matrix<BigFraction> a = m(new long[][] {{1, 1}, {2, 2}});
        assertThat(a.solve(List.of(BigFraction.ONE, BigFraction.ONE))).isEmpty();
        assertThat(a.solve(List.of(BigFraction.ONE, BigFraction.of(2)))).contains(List.of(BigFraction.ONE, BigFraction.ZERO));
        assertThatThrownBy(() -> a.solve(List.of(BigFraction.ONE))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shapesAndText() {
        Matrix<BigFraction> a = m(new long[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(a.transpose().rows()).isEqualTo(3);
        assertThat(a.transpose().get(2, 1)).isEqualTo(BigFraction.of(6));
        assertThat(a.column(1)).containsExactly(BigFraction.of(2), BigFraction.of(5));
        assertThat(a).hasToString("[[1, 2, 3], [4, 5, 6]]");
        assertThat(Matrix.identity(Rationals.Q, 2).multiply(a.transpose().transpose())).isEqualTo(a);
        assertThat(Matrix.zero(Rationals.Q, 2, 2).rank()).isZero();
        assertThatThrownBy(() -> a.multiply(a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Matrix.of(Rationals.Q, List.of(List.of(BigFraction.ONE), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
    }
}
