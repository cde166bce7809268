package org.rationalnets.algorithms.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

class LinearFactorizationTest {

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    private static BigFraction q(long n) {
        return BigFraction.of(n);
    }

    private static void assertSplits(LinearFactorization f, boolean overQ, boolean overR, boolean overC) {
        assertThat(f.splitsOver(GroundField.Q)).as(f.reason()).isEqualTo(overQ);
        assertThat(f.splitsOver(GroundField.R)).as(f.reason()).isEqualTo(overR);
        assertThat(f.splitsOver(GroundField.C)).as(f.reason()).isEqualTo(overC);
    }

    /** The factor's second coefficient squared, as an element of the class algebra. */
    private static AlgebraicElement square(FactorClass c, int k) {
        AlgebraicElement a = c.coefficients().get(k);
        return a.multiply(a);
    }

    @Test
    void sqrtTwoBinarySplitsOverRNotQ() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 - 2*x2^2", 2), 1);
        assertSplits(f, false, true, true);
        assertThat(f.route()).isEqualTo(LinearFactorization.Route.BINARY);
        assertThat(f.classes()).hasSize(1);
        FactorClass c = f.classes().get(0);
        assertThat(c.multiplicity()).isEqualTo(1);
        assertThat(c.degree()).isEqualTo(2);
        assertThat(c.coefficients().get(0)).isEqualTo(c.algebra().one());
        assertThat(square(c, 1)).isEqualTo(c.algebra().fromLong(2));
        assertThat(f.factors()).hasSize(2).allMatch(LinearFactor::isReal).noneMatch(LinearFactor::isRational);
        assertThat(f.factors().stream().map(l -> l.coefficients().get(1).approx()).toList())
                .containsExactlyInAnyOrder("1.414213562", "-1.414213562");
        assertThat(f.scalar()).isEqualTo(BigFraction.ONE);
        assertThat(f.isCertain(GroundField.Q)).isTrue();
        assertThat(f.errorBound()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void sqrtTwoInThreeVariablesByRandomLines() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 - 2*x2^2", 3), 7);
        assertSplits(f, false, true, true);
        assertThat(f.route()).isEqualTo(LinearFactorization.Route.RANDOM_LINES);
        FactorClass c = f.classes().get(0);
        assertThat(c.norm()).isEqualTo(p("x1^2 - 2*x2^2", 3));
        assertThat(square(c, 1)).isEqualTo(c.algebra().fromLong(2));
        assertThat(c.coefficients().get(2).isZero()).isTrue();
        assertThat(f.factors()).hasSize(2).allMatch(LinearFactor::isReal);
        assertThat(f.isCertain(GroundField.Q)).isTrue();
        assertThat(f.reason(GroundField.Q)).contains("irrational root");
    }

    @Test
    void sumOfTwoSquaresSplitsOnlyOverC() {
        for (int n = 2; n <= 3; n++) {
            LinearFactorization f = LinearFactorization.of(p("x1^2 + x2^2", n), 3);
            assertSplits(f, false, false, true);
            FactorClass c = f.classes().get(0);
            assertThat(square(c, 1)).isEqualTo(c.algebra().fromLong(-1));
            assertThat(f.factors()).hasSize(2).noneMatch(LinearFactor::isReal);
            assertThat(f.factors().stream().map(l -> l.coefficients().get(1).approx()).toList())
                    .containsExactlyInAnyOrder("1i", "-1i");
            assertThat(f.isCertain(GroundField.R)).isTrue();
        }
    }

    @Test
    void productOfCoordinatesIsRational() {
        for (int n = 2; n <= 3; n++) {
            LinearFactorization f = LinearFactorization.of(p("x1*x2", n), 5);
            assertSplits(f, true, true, true);
            assertThat(f.classes()).allMatch(FactorClass::isRational).allMatch(c -> c.multiplicity() == 1);
            List<List<BigFraction>> rows = f.classes().stream().map(FactorClass::rationalCoefficients).toList();
            List<BigFraction> e1 = n == 2 ? List.of(q(1), q(0)) : List.of(q(1), q(0), q(0));
            List<BigFraction> e2 = n == 2 ? List.of(q(0), q(1)) : List.of(q(0), q(1), q(0));
            assertThat(rows).containsExactlyInAnyOrder(e1, e2);
        }
    }

    @Test
    void repeatedFactorHasItsMultiplicity() {
        for (int n = 2; n <= 4; n++) {
            LinearFactorization f = LinearFactorization.of(p("x1^2*x2", n), 11);
            assertSplits(f, true, true, true);
            assertThat(f.distinctFactorCount()).isEqualTo(2);
            assertThat(f.classes().get(0).multiplicity()).isEqualTo(2);
            assertThat(f.classes().get(0).rationalCoefficients().get(0)).isEqualTo(BigFraction.ONE);
            assertThat(f.classes().get(1).multiplicity()).isEqualTo(1);
            assertThat(f.classes().get(1).rationalCoefficients().get(1)).isEqualTo(BigFraction.ONE);
        }
    }

    @Test
    void sumOfThreeSquaresIsNotAProductEvenOverC() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 + x2^2 + x3^2", 3), 1);
        assertSplits(f, false, false, false);
        assertThat(f.isCertain(GroundField.C)).isFalse();
        assertThat(f.isCertain(GroundField.R)).isTrue();
        assertThat(f.isCertain(GroundField.Q)).isTrue();
        // 3 lines, D = 2, 20-bit coordinates: (4 / 2^20)^3
        assertThat(f.errorBound()).isEqualTo(BigFraction.of(1, 1L << 54));
        assertThat(f.linesTried()).isEqualTo(5);
        assertThat(f.reason(GroundField.C)).contains("5 random lines").contains("then 3 with").contains("probability ≤ 5.55E-17");
        assertThatThrownBy(f::classes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rationalTimesConjugateSqrtThreeFactors() {
        // (x1 + x2 + x3)(x1 − √3 x2)(x1 + √3 x2)
        Polynomial<BigFraction> form = p("(x1 + x2 + x3)*(x1^2 - 3*x2^2)", 3);
        LinearFactorization f = LinearFactorization.of(form, 2);
        assertSplits(f, false, true, true);
        assertThat(f.classes()).hasSize(2);
        assertThat(f.classes().get(0).rationalCoefficients()).containsExactly(q(1), q(1), q(1));
        FactorClass c = f.classes().get(1);
        assertThat(c.norm()).isEqualTo(p("x1^2 - 3*x2^2", 3));
        assertThat(square(c, 1)).isEqualTo(c.algebra().fromLong(3));
        assertThat(f.distinctFactorCount()).isEqualTo(3);
    }

    @Test
    void cubeRootOfTwoHasOneRealFactor() {
        for (int n = 2; n <= 3; n++) {
            LinearFactorization f = LinearFactorization.of(p("x1^3 - 2*x2^3", n), 4);
            assertSplits(f, false, false, true);
            assertThat(f.factors()).hasSize(3);
            assertThat(f.factors().stream().filter(LinearFactor::isReal).count()).isEqualTo(1);
            FactorClass c = f.classes().get(0);
            AlgebraicElement x = c.coefficients().get(1);
            assertThat(x.multiply(x).multiply(x)).isEqualTo(c.algebra().fromLong(-2));
        }
    }

    @Test
    void scalarAndMixedMultiplicities() {
        // CF3's denominator times 6, and a form with multiplicities 3, 2, 1, 1, 1
        LinearFactorization f = LinearFactorization.of(p("6*(x1 + 2*x2)*(x2 - x3)", 3), 9);
        assertSplits(f, true, true, true);
        assertThat(f.scalar()).isEqualTo(q(6));
        LinearFactorization g = LinearFactorization.of(p("x1*x2*(x1+x2)*(x1+x3)^2*x3^3", 3), 9);
        assertSplits(g, true, true, true);
        assertThat(g.classes().stream().map(FactorClass::multiplicity).toList()).containsExactly(3, 2, 1, 1, 1);
        assertThat(g.classes().get(0).rationalCoefficients()).containsExactly(q(0), q(0), q(1));
        assertThat(g.classes().get(1).rationalCoefficients()).containsExactly(q(1), q(0), q(1));
    }

    @Test
    void constantsAndOneVariable() {
        LinearFactorization c = LinearFactorization.of(p("5", 3), 0);
        assertSplits(c, true, true, true);
        assertThat(c.scalar()).isEqualTo(q(5));
        assertThat(c.classes()).isEmpty();
        LinearFactorization u = LinearFactorization.of(p("-3*x1^4", 1), 0);
        assertSplits(u, true, true, true);
        assertThat(u.scalar()).isEqualTo(q(-3));
        assertThat(u.classes()).singleElement().satisfies(k -> assertThat(k.multiplicity()).isEqualTo(4));
    }

    @Test
    void rejectsZeroAndInhomogeneous() {
        assertThatThrownBy(() -> LinearFactorization.of(p("0", 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonzero");
        assertThatThrownBy(() -> LinearFactorization.of(p("x1^2 + x2", 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("homogeneous");
    }

    @Test
    void zeroDivisorSplitsClassesWhenAFactorHasAZeroLeadingCoefficient() {
        // x2 and x1 − x3 and x2 + x3 appear in one square-free piece; their first coefficients differ in
        // whether they vanish, so normalisation meets zero divisors (degree-1 parts become rational)
        LinearFactorization f = LinearFactorization.of(p("x2*(x1^2 - 2*x3^2)*(x2^2 - 5*x3^2)", 3), 13,
                new LinearFactorization.Options(2, 3, 20, false));
        assertSplits(f, false, true, true);
        assertThat(f.distinctFactorCount()).isEqualTo(5);
        assertThat(f.classes().stream().mapToInt(FactorClass::degree).sorted().toArray()).containsExactly(1, 2, 2);
        for (FactorClass c : f.classes()) {
            assertThat(c.norm()).isIn(p("x2", 3), p("x1^2 - 2*x3^2", 3), p("x2^2 - 5*x3^2", 3));
        }
    }

    @Test
    void algebraOfAClassIsAnAlgebraicExtension() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 - 2*x2^2", 2), 1);
        AlgebraicExtension a = f.classes().get(0).algebra();
        assertThat(a.modulus()).isEqualTo(AlgebraicExtension.parsePolynomial("t^2 - 2"));
    }
}
