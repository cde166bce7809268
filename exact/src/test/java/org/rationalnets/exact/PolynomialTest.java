package org.rationalnets.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;

class PolynomialTest {

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    private static List<BigFraction> point(Random r, int n) {
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(RandomPolynomials.rational(r, 11));
        }
        return x;
    }

    record Triple(Polynomial<BigFraction> a, Polynomial<BigFraction> b, Polynomial<BigFraction> c) {
    }

    record Pair(Polynomial<BigFraction> a, Polynomial<BigFraction> b) {
    }

    record PairAtAPoint(Polynomial<BigFraction> a, Polynomial<BigFraction> b, List<BigFraction> x) {
    }

    /** f·g and the variable x_{i+1} to differentiate by. */
    record ProductAndVariable(Polynomial<BigFraction> f, Polynomial<BigFraction> g, int i) {
    }

    /** f and the line a + t·b at the parameter t. */
    record Line(Polynomial<BigFraction> f, List<BigFraction> a, List<BigFraction> b, BigFraction t) {
    }

    /** Polynomials in three variables of degree ≤ 4 with ≤ 6 terms. */
    static Stream<Instance<Triple>> triples() {
        return Instances.of(r -> new Triple(RandomPolynomials.polynomial(r, 3, 4, 6),
                RandomPolynomials.polynomial(r, 3, 4, 6), RandomPolynomials.polynomial(r, 3, 4, 6)));
    }

    /** Degree ≤ 5, ≤ 12 terms. */
    static Stream<Instance<Pair>> largerPairs() {
        return Instances.of(r -> new Pair(RandomPolynomials.polynomial(r, 3, 5, 12), RandomPolynomials.polynomial(r, 3, 5, 12)));
    }

    static Stream<Instance<PairAtAPoint>> pairsAndPoints() {
        return Instances.of(r -> new PairAtAPoint(RandomPolynomials.polynomial(r, 3, 4, 6),
                RandomPolynomials.polynomial(r, 3, 4, 6), point(r, 3)));
    }

    /** a of degree ≤ 4 and a divisor b of degree ≤ 3. */
    static Stream<Instance<Pair>> dividends() {
        return Instances.of(r -> new Pair(RandomPolynomials.polynomial(r, 3, 4, 6), RandomPolynomials.polynomial(r, 3, 3, 4)));
    }

    static Stream<Instance<ProductAndVariable>> productRuleCases() {
        return Instances.of(r -> new ProductAndVariable(RandomPolynomials.polynomial(r, 3, 4, 5), RandomPolynomials.polynomial(r, 3, 4, 5),
                r.nextInt(3)));
    }

    static Stream<Instance<Line>> lines() {
        return Instances.of(r -> new Line(RandomPolynomials.polynomial(r, 3, 4, 6), point(r, 3), point(r, 3), RandomPolynomials.rational(r, 5)));
    }

    @Test
    void canonicalText() {
        assertThat(p("x2 + x1", 2)).hasToString("x1 + x2");
        assertThat(p("x2^2 - x1^2", 2)).hasToString("-x1^2 + x2^2");
        assertThat(p("1 + x1*x2 + x1^3", 2)).hasToString("x1^3 + x1*x2 + 1");
        assertThat(p("33/4*x1^3 - 9/4*x2^3", 2)).hasToString("33/4*x1^3 - 9/4*x2^3");
        assertThat(p("x1 - x1", 2)).hasToString("0");
        assertThat(p("-1", 1)).hasToString("-1");
        assertThat(p("x3*x1^2", 3)).hasToString("x1^2*x3");
    }

    @Test
    void textWithOtherVariableNames() {
        List<String> names = List.of("P1[1,0]", "Q[0,2]", "z");
        assertThat(p("-3/2*x1^2*x3 + x2 - 1", 3).format(names::get)).isEqualTo("-3/2*P1[1,0]^2*z + Q[0,2] - 1");
        assertThat(p("x2", 3).format(names::get)).isEqualTo("Q[0,2]");
        assertThat(p("0", 3).format(names::get)).isEqualTo("0");
        assertThat(Monomial.of(2, 0, 1).format(names::get)).isEqualTo("P1[1,0]^2*z");
        assertThat(Monomial.of(0, 0, 0).format(names::get)).isEqualTo("1");
    }

    @Test
    void structure() {
        Polynomial<BigFraction> f = p("3*x1^2*x2 - x2^3 + 2*x1", 2);
        assertThat(f.degree()).isEqualTo(3);
        assertThat(f.isHomogeneous()).isFalse();
        assertThat(p("x1^2 - x1*x2", 2).isHomogeneous()).isTrue();
        assertThat(f.leadingMonomial()).isEqualTo(Monomial.of(2, 1));
        assertThat(f.leadingCoefficient()).isEqualTo(BigFraction.of(3));
        assertThat(f.coefficient(Monomial.of(0, 3))).isEqualTo(BigFraction.of(-1));
        assertThat(f.coefficient(Monomial.of(1, 1))).isEqualTo(BigFraction.ZERO);
        assertThat(f.size()).isEqualTo(3);
        assertThat(Polynomial.zero(Rationals.Q, 2).degree()).isEqualTo(-1);
        assertThatThrownBy(() -> Polynomial.zero(Rationals.Q, 2).leadingMonomial()).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @MethodSource("triples")
    void ringLaws(Instance<Triple> instance) {
        Polynomial<BigFraction> a = instance.value().a();
        Polynomial<BigFraction> b = instance.value().b();
        Polynomial<BigFraction> c = instance.value().c();
        assertThat(a.add(b)).isEqualTo(b.add(a));
        assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
        assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
        assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
        assertThat(a.subtract(b).add(b)).isEqualTo(a);
        assertThat(a.add(a.negate()).isZero()).isTrue();
        assertThat(a.pow(3)).isEqualTo(a.multiply(a).multiply(a));
    }

    /** The Q fast path of multiplication against the generic field-abstract product (FLINT's habit). */
    @ParameterizedTest
    @MethodSource("largerPairs")
    void fastRationalProductEqualsGenericProduct(Instance<Pair> instance) {
        Polynomial<BigFraction> a = instance.value().a();
        Polynomial<BigFraction> b = instance.value().b();
        assertThat(a.multiply(b)).isEqualTo(a.multiplyGeneric(b));
    }

    @ParameterizedTest
    @MethodSource("pairsAndPoints")
    void evaluationIsARingHomomorphism(Instance<PairAtAPoint> instance) {
        Polynomial<BigFraction> a = instance.value().a();
        Polynomial<BigFraction> b = instance.value().b();
        List<BigFraction> x = instance.value().x();
        assertThat(a.multiply(b).evaluate(x)).isEqualTo(a.evaluate(x).multiply(b.evaluate(x)));
        assertThat(a.add(b).evaluate(x)).isEqualTo(a.evaluate(x).add(b.evaluate(x)));
    }

    @ParameterizedTest
    @MethodSource("dividends")
    void exactDivisionUndoesMultiplication(Instance<Pair> instance) {
        Polynomial<BigFraction> a = instance.value().a();
        Polynomial<BigFraction> b = instance.value().b();
        if (b.isZero()) {
            return;
        }
        assertThat(a.multiply(b).divideExact(b)).isEqualTo(a);
        assertThat(a.multiply(b).isDivisibleBy(b)).isTrue();
    }

    @Test
    void inexactDivisionIsRefused() {
        assertThatThrownBy(() -> p("x1^2 + x2^2", 2).divideExact(p("x1 + x2", 2)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("not an exact division");
        assertThatThrownBy(() -> p("x1", 2).divideExact(Polynomial.zero(Rationals.Q, 2)))
                .isInstanceOf(ArithmeticException.class);
        assertThat(p("x1^2 - x2^2", 2).divideExact(p("x1 - x2", 2))).isEqualTo(p("x1 + x2", 2));
    }

    @ParameterizedTest
    @MethodSource("productRuleCases")
    void productRuleForPartialDerivatives(Instance<ProductAndVariable> instance) {
        Polynomial<BigFraction> a = instance.value().f();
        Polynomial<BigFraction> b = instance.value().g();
        int i = instance.value().i();
        assertThat(a.multiply(b).partialDerivative(i))
                .isEqualTo(a.partialDerivative(i).multiply(b).add(a.multiply(b.partialDerivative(i))));
    }

    @Test
    void derivatives() {
        Polynomial<BigFraction> f = p("x1^3*x2 + 2*x2^2", 2);
        assertThat(f.partialDerivative(0)).isEqualTo(p("3*x1^2*x2", 2));
        assertThat(f.partialDerivative(1)).isEqualTo(p("x1^3 + 4*x2", 2));
        assertThat(f.directionalDerivative(List.of(BigFraction.of(1), BigFraction.of(-1))))
                .isEqualTo(p("3*x1^2*x2 - x1^3 - 4*x2", 2));
        assertThat(f.gradient()).containsExactly(p("3*x1^2*x2", 2), p("x1^3 + 4*x2", 2));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void restrictionToALineAgreesWithEvaluation(Instance<Line> instance) {
        Polynomial<BigFraction> f = instance.value().f();
        List<BigFraction> a = instance.value().a();
        List<BigFraction> b = instance.value().b();
        BigFraction t = instance.value().t();
        UnivariatePolynomial<BigFraction> g = f.restrictToLine(a, b);
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            x.add(a.get(i).add(t.multiply(b.get(i))));
        }
        assertThat(g.evaluate(t)).isEqualTo(f.evaluate(x));
        assertThat(g.degree()).isLessThanOrEqualTo(f.degree());
    }

    @Test
    void reductionModP() {
        PrimeField f7 = PrimeField.of(7);
        Polynomial<Long> g = p("1/2*x1 + 7*x2 - 3", 2).map(f7, f7::fromRational);
        assertThat(g).hasToString("4*x1 + 4");
        assertThat(g.evaluate(List.of(1L, 5L))).isEqualTo(1L);
    }

    @Test
    void mismatchedVariableCountsAreRefused() {
        assertThatThrownBy(() -> p("x1", 1).add(p("x1", 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p("x1", 2).evaluate(List.of(BigFraction.ONE))).isInstanceOf(IllegalArgumentException.class);
    }
}
