package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/** Ring laws, inverses/zero divisors, norms and traces in Q[θ]/(h) for random square-free h. */
class AlgebraicExtensionProperties {

    /** An algebra with three elements of it. */
    record Case(AlgebraicExtension algebra, AlgebraicElement a, AlgebraicElement b, AlgebraicElement c) {
    }

    static UnivariatePolynomial<BigFraction> poly(List<Integer> lowToHigh) {
        return UnivariatePolynomial.of(Rationals.Q, lowToHigh.stream().map(BigFraction::of).toList());
    }

    /** Q[θ]/(h) for h with 2 to 6 integer coefficients in [−4, 4], redrawn until deg h ≥ 1 and h is square-free. */
    static AlgebraicExtension algebra(Random r) {
        while (true) {
            UnivariatePolynomial<BigFraction> h = poly(RandomPolynomials.integers(r, 2 + r.nextInt(5), -4, 4));
            if (h.degree() >= 1 && h.isSquareFree()) {
                return AlgebraicExtension.of(h);
            }
        }
    }

    /** An element with at most deg h integer coefficients in [−6, 6]. */
    static AlgebraicElement element(Random r, AlgebraicExtension a) {
        return a.element(poly(RandomPolynomials.integers(r, r.nextInt(a.degree() + 1), -6, 6)));
    }

    static Stream<Instance<Case>> cases() {
        return Instances.of(r -> {
            AlgebraicExtension a = algebra(r);
            return new Case(a, element(r, a), element(r, a), element(r, a));
        });
    }

    @ParameterizedTest
    @MethodSource("cases")
    void ringLaws(Instance<Case> instance) {
        Case k = instance.value();
        AlgebraicExtension f = k.algebra();
        AlgebraicElement a = k.a();
        AlgebraicElement b = k.b();
        AlgebraicElement c = k.c();
        assertThat(f.add(f.add(a, b), c)).isEqualTo(f.add(a, f.add(b, c)));
        assertThat(f.multiply(f.multiply(a, b), c)).isEqualTo(f.multiply(a, f.multiply(b, c)));
        assertThat(f.multiply(a, f.add(b, c))).isEqualTo(f.add(f.multiply(a, b), f.multiply(a, c)));
        assertThat(f.multiply(a, b)).isEqualTo(f.multiply(b, a));
        assertThat(f.add(a, f.negate(a)).isZero()).isTrue();
        assertThat(f.multiply(a, f.one())).isEqualTo(a);
        assertThat(f.subtract(f.add(a, b), b)).isEqualTo(a);
        assertThat(a.representative().degree()).isLessThan(f.degree());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inverseOrZeroDivisorSplit(Instance<Case> instance) {
        Case k = instance.value();
        AlgebraicExtension f = k.algebra();
        AlgebraicElement a = k.a();
        if (a.isZero()) {
            return;
        }
        Throwable t = catchThrowable(() -> f.reciprocal(a));
        if (t == null) {
            assertThat(f.isInvertible(a)).isTrue();
            assertThat(f.multiply(a, f.reciprocal(a))).isEqualTo(f.one());
            assertThat(f.norm(a).signum()).isNotZero();
        } else {
            assertThat(t).isInstanceOf(ZeroDivisorException.class);
            ZeroDivisorException z = (ZeroDivisorException) t;
            assertThat(f.isInvertible(a)).isFalse();
            assertThat(f.norm(a).signum()).isZero();
            assertThat(z.factor().multiply(z.cofactor())).isEqualTo(f.modulus());
            assertThat(z.factor().degree()).isBetween(1, f.degree() - 1);
            assertThat(a.representative().mod(z.factor()).isZero()).isTrue();
            AlgebraicExtension rest = z.parts().get(1);
            AlgebraicElement ar = rest.project(a);
            assertThat(rest.multiply(ar, rest.reciprocal(ar))).isEqualTo(rest.one());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normMultiplicativeTraceAdditiveAndMatrixForms(Instance<Case> instance) {
        Case k = instance.value();
        AlgebraicExtension f = k.algebra();
        AlgebraicElement a = k.a();
        AlgebraicElement b = k.b();
        assertThat(f.norm(f.multiply(a, b))).isEqualTo(f.norm(a).multiply(f.norm(b)));
        assertThat(f.trace(f.add(a, b))).isEqualTo(f.trace(a).add(f.trace(b)));
        assertThat(f.norm(a)).isEqualTo(f.multiplicationMatrix(a).determinant());
        BigFraction trace = BigFraction.ZERO;
        for (int i = 0; i < f.degree(); i++) {
            trace = trace.add(f.multiplicationMatrix(a).get(i, i));
        }
        assertThat(f.trace(a)).isEqualTo(trace);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void cayleyHamilton(Instance<Case> instance) {
        Case k = instance.value();
        AlgebraicExtension f = k.algebra();
        UnivariatePolynomial<BigFraction> p = f.characteristicPolynomial(k.a());
        assertThat(p.degree()).isEqualTo(f.degree());
        assertThat(p.leadingCoefficient()).isEqualTo(BigFraction.ONE);
        AlgebraicElement value = f.zero();
        for (int i = p.degree(); i >= 0; i--) {
            value = f.add(f.multiply(value, k.a()), f.fromRational(p.coefficient(i)));
        }
        assertThat(value.isZero()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normOfPolynomialsIsMultiplicative(Instance<Case> instance) {
        Case k = instance.value();
        AlgebraicExtension f = k.algebra();
        Polynomial<AlgebraicElement> l1 = Polynomial.linearForm(f, List.of(k.a(), k.b()));
        Polynomial<AlgebraicElement> l2 = Polynomial.linearForm(f, List.of(k.c(), f.one()));
        Polynomial<BigFraction> n1 = f.norm(l1);
        Polynomial<BigFraction> n2 = f.norm(l2);
        assertThat(f.norm(l1.multiply(l2))).isEqualTo(n1.multiply(n2));
        // at a rational point the norm of the form is the norm of its value
        List<BigFraction> x = List.of(BigFraction.of(2), BigFraction.of(-3));
        List<AlgebraicElement> xa = new ArrayList<>();
        for (BigFraction v : x) {
            xa.add(f.fromRational(v));
        }
        assertThat(n1.evaluate(x)).isEqualTo(f.norm(l1.evaluate(xa)));
        assertThat(f.trace(l1).evaluate(x)).isEqualTo(f.trace(l1.evaluate(xa)));
    }
}
