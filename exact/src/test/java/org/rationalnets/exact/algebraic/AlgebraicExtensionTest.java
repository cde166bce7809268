package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.UnivariatePolynomial;

class AlgebraicExtensionTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    private final AlgebraicExtension sqrt2 = AlgebraicExtension.parse("t^2 - 2");
    private final AlgebraicElement r = sqrt2.generator();

    @Test
    void arithmeticReducesModuloH() {
        assertThat(r.multiply(r)).isEqualTo(sqrt2.fromLong(2));
        AlgebraicElement onePlusR = sqrt2.add(sqrt2.one(), r);
        // (1 + √2)(√2 − 1) = 1
        assertThat(onePlusR.multiply(r.subtract(sqrt2.one()))).isEqualTo(sqrt2.one());
        assertThat(onePlusR.reciprocal()).isEqualTo(sqrt2.element(u("t - 1")));
        assertThat(sqrt2.element(u("t^3")).toString()).isEqualTo("2*t");
        assertThat(sqrt2.modulus()).isEqualTo(u("t^2 - 2"));
        assertThat(AlgebraicExtension.parse("2*t^2 - 4").modulus()).isEqualTo(u("t^2 - 2"));
    }

    @Test
    void normAndTraceOfKnownElements() {
        AlgebraicElement onePlusR = sqrt2.add(sqrt2.one(), r);
        // N(1 + √2) = (1 + √2)(1 − √2) = −1, Tr = 2
        assertThat(onePlusR.norm()).isEqualTo(BigFraction.of(-1));
        assertThat(onePlusR.trace()).isEqualTo(BigFraction.of(2));
        assertThat(sqrt2.norm(sqrt2.fromLong(3))).isEqualTo(BigFraction.of(9));
        assertThat(sqrt2.trace(sqrt2.fromLong(3))).isEqualTo(BigFraction.of(6));
        // cube roots of 2: θ^3 = 2; N(θ) = 2, Tr(θ) = 0, Tr(θ^2) = 0, Tr(1) = 3
        AlgebraicExtension cube = AlgebraicExtension.parse("t^3 - 2");
        assertThat(cube.generator().norm()).isEqualTo(BigFraction.of(2));
        assertThat(cube.generator().trace()).isEqualTo(BigFraction.ZERO);
        assertThat(cube.element(u("t^2")).trace()).isEqualTo(BigFraction.ZERO);
        assertThat(cube.one().trace()).isEqualTo(BigFraction.of(3));
        // θ ↦ roots 1, 2, 3 of (t−1)(t−2)(t−3): N(θ + 1) = 2·3·4, Tr(θ^2) = 1 + 4 + 9
        AlgebraicExtension split = AlgebraicExtension.parse("(t - 1)*(t - 2)*(t - 3)");
        assertThat(split.element(u("t + 1")).norm()).isEqualTo(BigFraction.of(24));
        assertThat(split.element(u("t^2")).trace()).isEqualTo(BigFraction.of(14));
    }

    @Test
    void zeroDivisorCarriesTheSplit() {
        AlgebraicExtension a = AlgebraicExtension.parse("t^3 - t");   // roots 0, ±1
        AlgebraicElement x = a.element(u("t^2 - t"));                 // zero at 0 and 1, 2 at −1
        assertThat(a.isInvertible(x)).isFalse();
        assertThatThrownBy(() -> a.reciprocal(x)).isInstanceOfSatisfying(ZeroDivisorException.class, z -> {
            assertThat(z.factor()).isEqualTo(u("t^2 - t"));
            assertThat(z.cofactor()).isEqualTo(u("t + 1"));
            assertThat(z.extension()).isEqualTo(a);
            assertThat(z.parts()).containsExactly(AlgebraicExtension.parse("t^2 - t"), AlgebraicExtension.parse("t + 1"));
            assertThat(z.parts().get(0).project(x).isZero()).isTrue();
            assertThat(z.parts().get(1).project(x)).isEqualTo(z.parts().get(1).fromLong(2));
        });
        assertThatThrownBy(() -> a.reciprocal(a.zero())).isInstanceOf(ArithmeticException.class)
                .isNotInstanceOf(ZeroDivisorException.class);
    }

    @Test
    void rejectsBadModuli() {
        assertThatThrownBy(() -> AlgebraicExtension.parse("(t - 1)^2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("square-free");
        assertThatThrownBy(() -> AlgebraicExtension.parse("3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlgebraicExtension.parse("x^2 - 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sqrt2.add(r, AlgebraicExtension.parse("t^2 + 1").generator()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlgebraicExtension.parse("t^2 + 1").project(r))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiplicationMatrixAndCharacteristicPolynomial() {
        // m_θ on basis 1, θ over t^2 − 2: θ·1 = θ, θ·θ = 2
        assertThat(sqrt2.multiplicationMatrix(r).rowList())
                .containsExactly(List.of(BigFraction.ZERO, BigFraction.of(2)), List.of(BigFraction.ONE, BigFraction.ZERO));
        // charpoly of 1 + √2 is (X − 1)^2 − 2
        assertThat(sqrt2.characteristicPolynomial(sqrt2.add(sqrt2.one(), r))).isEqualTo(u("t^2 - 2*t - 1"));
        // charpoly of θ^2 over roots 0, ±1 is X (X − 1)^2
        AlgebraicExtension a = AlgebraicExtension.parse("t^3 - t");
        assertThat(a.characteristicPolynomial(a.element(u("t^2")))).isEqualTo(u("t^3 - 2*t^2 + t"));
    }

    @Test
    void normOfALinearFormIsTheProductOfItsConjugates() {
        Polynomial<AlgebraicElement> l = Polynomial.linearForm(sqrt2, List.of(sqrt2.one(), r, sqrt2.fromLong(3)));
        assertThat(sqrt2.norm(l)).isEqualTo(PolynomialParser.parse("(x1 + 3*x3)^2 - 2*x2^2", 3));
        assertThat(sqrt2.trace(l)).isEqualTo(PolynomialParser.parse("2*x1 + 6*x3", 3));
        AlgebraicExtension cube = AlgebraicExtension.parse("t^3 - 2");
        Polynomial<AlgebraicElement> m = Polynomial.linearForm(cube, List.of(cube.one(), cube.generator()));
        assertThat(cube.norm(m)).isEqualTo(PolynomialParser.parse("x1^3 + 2*x2^3", 2));
        assertThat(cube.norm(cube.lift(PolynomialParser.parse("x1 - 5", 1))))
                .isEqualTo(PolynomialParser.parse("(x1 - 5)^3", 1));
    }

    @Test
    void changeOfGeneratorPresentsTheSameAlgebra() {
        // over roots 1, 2 of (t−1)(t−2) the element 3θ is a generator with charpoly (X − 3)(X − 6)
        AlgebraicExtension a = AlgebraicExtension.parse("t^2 - 3*t + 2");
        AlgebraicElement s = a.element(u("3*t"));
        ChangeOfGenerator c = a.changeGenerator(s).orElseThrow();
        assertThat(c.target().modulus()).isEqualTo(u("t^2 - 9*t + 18"));
        assertThat(c.apply(s)).isEqualTo(c.target().generator());
        assertThat(c.apply(a.generator())).isEqualTo(c.target().element(u("1/3*t")));
        assertThat(a.changeGenerator(a.fromLong(5))).isEmpty();
        // over Q(√2)×Q(√2)… a non-generator: θ^2 over t^4 − 3t^2 + 2 takes values 1, 1, 2, 2
        AlgebraicExtension b = AlgebraicExtension.parse("(t^2 - 1)*(t^2 - 2)");
        assertThat(b.changeGenerator(b.element(u("t^2")))).isEmpty();
    }

    @Test
    void rootsRealFirstThenComplex() {
        AlgebraicExtension a = AlgebraicExtension.parse("(t^2 - 2)*(t^2 + 1)");
        List<AlgebraicRoot> roots = a.roots();
        assertThat(roots).hasSize(4);
        assertThat(a.realRootCount()).isEqualTo(2);
        assertThat(roots.get(0).isReal()).isTrue();
        assertThat(roots.get(0).interval().hi().signum()).isLessThanOrEqualTo(0);
        assertThat(roots.get(1).interval().lo().signum()).isGreaterThanOrEqualTo(0);
        assertThat(roots.get(2).isReal()).isFalse();
        assertThat(roots.get(2).imaginary()).isCloseTo(-1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(roots.get(3).imaginary()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> roots.get(2).interval()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matrixOverTheAlgebraPropagatesZeroDivisors() {
        AlgebraicExtension a = AlgebraicExtension.parse("t^2 - 1");
        AlgebraicElement x = a.element(u("t - 1"));
        org.rationalnets.exact.Matrix<AlgebraicElement> m = org.rationalnets.exact.Matrix.of(a,
                List.of(List.of(x, a.one()), List.of(a.zero(), a.one())));
        assertThatThrownBy(m::determinant).isInstanceOf(ZeroDivisorException.class);
    }
}
