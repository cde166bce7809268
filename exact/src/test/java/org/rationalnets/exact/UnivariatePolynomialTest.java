package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class UnivariatePolynomialTest {

    private static UnivariatePolynomial<BigFraction> u(long... lowToHigh) {
        List<BigFraction> c = new ArrayList<>();
        for (long a : lowToHigh) {
            c.add(BigFraction.of(a));
        }
        return UnivariatePolynomial.of(Rationals.Q, c);
    }

    record Pair(UnivariatePolynomial<BigFraction> f, UnivariatePolynomial<BigFraction> g) {
    }

    /** f·h and g·h with the common factor h. */
    record CommonFactor(UnivariatePolynomial<BigFraction> fh, UnivariatePolynomial<BigFraction> gh, UnivariatePolynomial<BigFraction> h) {
    }

    /** f of degree ≤ 8, g of degree ≤ 5. */
    static Stream<Instance<Pair>> dividends() {
        return Instances.of(r -> new Pair(RandomPolynomials.univariate(r, 8), RandomPolynomials.univariate(r, 5)));
    }

    static Stream<Instance<CommonFactor>> commonFactors() {
        return Instances.of(r -> {
            UnivariatePolynomial<BigFraction> h = RandomPolynomials.univariate(r, 3);
            return new CommonFactor(RandomPolynomials.univariate(r, 4).multiply(h), RandomPolynomials.univariate(r, 4).multiply(h), h);
        });
    }

    /** f·g²·h³ with f, g of degree ≤ 2 and h of degree ≤ 1. */
    static Stream<Instance<UnivariatePolynomial<BigFraction>>> powerProducts() {
        return Instances.of(r -> RandomPolynomials.univariate(r, 2)
                .multiply(RandomPolynomials.univariate(r, 2).pow(2))
                .multiply(RandomPolynomials.univariate(r, 1).pow(3)));
    }

    /** f of degree ≤ 5, g of degree ≤ 4. */
    static Stream<Instance<Pair>> resultantPairs() {
        return Instances.of(r -> new Pair(RandomPolynomials.univariate(r, 5), RandomPolynomials.univariate(r, 4)));
    }

    @ParameterizedTest
    @MethodSource("dividends")
    void divisionIdentity(Instance<Pair> instance) {
        UnivariatePolynomial<BigFraction> a = instance.value().f();
        UnivariatePolynomial<BigFraction> b = instance.value().g();
        if (b.isZero()) {
            return;
        }
        UnivariatePolynomial.DivisionResult<BigFraction> qr = a.divide(b);
        assertThat(qr.quotient().multiply(b).add(qr.remainder())).isEqualTo(a);
        assertThat(qr.remainder().degree()).isLessThan(b.degree());
    }

    @ParameterizedTest
    @MethodSource("commonFactors")
    void gcdDividesBothAndContainsCommonFactor(Instance<CommonFactor> instance) {
        UnivariatePolynomial<BigFraction> g = instance.value().h();
        UnivariatePolynomial<BigFraction> a = instance.value().fh();
        UnivariatePolynomial<BigFraction> b = instance.value().gh();
        UnivariatePolynomial<BigFraction> d = a.gcd(b);
        if (a.isZero() && b.isZero()) {
            assertThat(d.isZero()).isTrue();
            return;
        }
        assertThat(a.mod(d).isZero()).isTrue();
        assertThat(b.mod(d).isZero()).isTrue();
        if (!g.isZero()) {
            assertThat(d.mod(g.monic()).isZero()).as("gcd contains the common factor").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("powerProducts")
    void squareFreeDecompositionRebuildsTheMonicPolynomial(Instance<UnivariatePolynomial<BigFraction>> instance) {
        UnivariatePolynomial<BigFraction> f = instance.value();
        if (f.isZero()) {
            return;
        }
        UnivariatePolynomial<BigFraction> product = UnivariatePolynomial.constant(Rationals.Q, BigFraction.ONE);
        for (UnivariatePolynomial.SquareFreeFactor<BigFraction> sf : f.squareFreeDecomposition()) {
            assertThat(sf.factor().isSquareFree()).isTrue();
            assertThat(sf.factor().leadingCoefficient()).isEqualTo(BigFraction.ONE);
            product = product.multiply(sf.factor().pow(sf.multiplicity()));
        }
        assertThat(product).isEqualTo(f.monic());
    }

    @Test
    void squareFreeDecompositionOfAKnownPolynomial() {
        // (t-1)(t+2)^2 t^3
        UnivariatePolynomial<BigFraction> f = u(-1, 1).multiply(u(2, 1).pow(2)).multiply(u(0, 1).pow(3));
        List<UnivariatePolynomial.SquareFreeFactor<BigFraction>> sf = f.squareFreeDecomposition();
        assertThat(sf).hasSize(3);
        assertThat(sf.get(0)).isEqualTo(new UnivariatePolynomial.SquareFreeFactor<>(u(-1, 1), 1));
        assertThat(sf.get(1)).isEqualTo(new UnivariatePolynomial.SquareFreeFactor<>(u(2, 1), 2));
        assertThat(sf.get(2)).isEqualTo(new UnivariatePolynomial.SquareFreeFactor<>(u(0, 1), 3));
        assertThatThrownBy(() -> UnivariatePolynomial.zero(Rationals.Q).squareFreeDecomposition())
                .isInstanceOf(ArithmeticException.class);
    }

    /** Slow, obviously correct resultant: the determinant of the Sylvester matrix. */
    private static BigFraction sylvester(UnivariatePolynomial<BigFraction> f, UnivariatePolynomial<BigFraction> g) {
        int m = f.degree();
        int n = g.degree();
        List<List<BigFraction>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(shifted(f, i, m + n));
        }
        for (int i = 0; i < m; i++) {
            rows.add(shifted(g, i, m + n));
        }
        return Bareiss.determinant(Matrix.of(Rationals.Q, rows));
    }

    private static List<BigFraction> shifted(UnivariatePolynomial<BigFraction> f, int shift, int size) {
        List<BigFraction> row = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            int k = f.degree() - (j - shift);
            row.add(j < shift || k < 0 ? BigFraction.ZERO : f.coefficient(k));
        }
        return row;
    }

    @ParameterizedTest
    @MethodSource("resultantPairs")
    void resultantEqualsSylvesterDeterminant(Instance<Pair> instance) {
        UnivariatePolynomial<BigFraction> f = instance.value().f();
        UnivariatePolynomial<BigFraction> g = instance.value().g();
        if (f.degree() < 1 || g.degree() < 1) {
            return;
        }
        assertThat(f.resultant(g)).isEqualTo(sylvester(f, g));
    }

    @Test
    void resultantVanishesExactlyOnCommonRoots() {
        assertThat(u(-2, 0, 1).resultant(u(-1, 1))).isEqualTo(BigFraction.of(-1)); // Res(t^2-2, t-1) = (1)^2-2
        assertThat(u(-1, 0, 1).resultant(u(-1, 1))).isEqualTo(BigFraction.ZERO);
        assertThat(u(3).resultant(u(0, 0, 1))).isEqualTo(BigFraction.of(9));
        assertThat(u(0, 0, 1).resultant(u(3))).isEqualTo(BigFraction.of(9));
    }

    @Test
    void basics() {
        UnivariatePolynomial<BigFraction> f = u(-2, 0, 1);
        assertThat(f).hasToString("t^2 - 2");
        assertThat(f.toString("s")).isEqualTo("s^2 - 2");
        assertThat(f.derivative()).isEqualTo(u(0, 2));
        assertThat(f.evaluate(BigFraction.of(3))).isEqualTo(BigFraction.of(7));
        assertThat(f.isSquareFree()).isTrue();
        assertThat(u(1, 2, 1).isSquareFree()).isFalse();
        assertThat(UnivariatePolynomial.monomial(Rationals.Q, BigFraction.of(2), 3)).hasToString("2*t^3");
        assertThat(u(1, -1).divideExact(u(1, -1))).isEqualTo(u(1));
        assertThatThrownBy(() -> u(1, 0, 1).divideExact(u(1, 1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> u(1).divide(UnivariatePolynomial.zero(Rationals.Q))).isInstanceOf(ArithmeticException.class);
    }
}
