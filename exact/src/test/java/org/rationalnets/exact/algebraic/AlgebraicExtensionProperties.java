package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.numbers.fraction.BigFraction;
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

    static Arbitrary<AlgebraicExtension> algebras() {
        return Arbitraries.integers().between(-4, 4).list().ofMinSize(2).ofMaxSize(6)
                .map(AlgebraicExtensionProperties::poly)
                .filter(p -> p.degree() >= 1 && p.isSquareFree())
                .map(AlgebraicExtension::of);
    }

    static Arbitrary<AlgebraicElement> elements(AlgebraicExtension a) {
        return Arbitraries.integers().between(-6, 6).list().ofMinSize(0).ofMaxSize(a.degree())
                .map(cs -> a.element(poly(cs)));
    }

    @Provide
    Arbitrary<Case> cases() {
        return algebras().flatMap(a -> elements(a).list().ofSize(3)
                .map(es -> new Case(a, es.get(0), es.get(1), es.get(2))));
    }

    @Property
    void ringLaws(@ForAll("cases") Case k) {
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

    @Property
    void inverseOrZeroDivisorSplit(@ForAll("cases") Case k) {
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

    @Property
    void normMultiplicativeTraceAdditiveAndMatrixForms(@ForAll("cases") Case k) {
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

    @Property
    void cayleyHamilton(@ForAll("cases") Case k) {
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

    @Property
    void normOfPolynomialsIsMultiplicative(@ForAll("cases") Case k) {
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
