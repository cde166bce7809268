package org.rationalnets.algorithms.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/** FactorClass, LinearFactor, options and the JSON summary. */
class FactorClassTest {

    private static Polynomial<BigFraction> p(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    @Test
    void irrationalClassOverItsOwnCoefficient() {
        LinearFactorization f = LinearFactorization.of(p("(x1 - 2*x3)*(x1^2 - 2*x2^2)", 3), 3);
        FactorClass c = f.classes().get(1);
        assertThat(c.algebra()).isEqualTo(AlgebraicExtension.parse("t^2 - 2"));
        assertThat(c.isRational()).isFalse();
        assertThat(c.degree()).isEqualTo(2);
        assertThat(c.realFactorCount()).isEqualTo(2);
        assertThat(c.linearForm().toString()).isIn("x1 + (t)*x2", "x1 + (-t)*x2");
        assertThat(c.toString()).endsWith("^1 over Q[t]/(t^2 - 2)");
        assertThatThrownBy(c::rationalCoefficients).isInstanceOf(IllegalStateException.class);
        List<LinearFactor> fs = c.factors();
        assertThat(fs).hasSize(2).allMatch(LinearFactor::isReal).allMatch(l -> l.factorClass() == c);
        assertThat(fs.get(0).root()).isNotEqualTo(fs.get(1).root());
        assertThat(fs.stream().map(LinearFactor::toString).toList())
                .containsExactlyInAnyOrder("x1 - 1.414213562*x2", "x1 + 1.414213562*x2");
        assertThatThrownBy(fs.get(0)::rationalCoefficients).isInstanceOf(IllegalStateException.class);
        FactorClass r = f.classes().get(0);
        assertThat(r.toString()).isEqualTo("(x1 - 2*x3)^1");
        assertThat(r.factors()).singleElement().satisfies(l -> {
            assertThat(l.isRational()).isTrue();
            assertThat(l.rationalCoefficients()).containsExactly(BigFraction.ONE, BigFraction.ZERO, BigFraction.of(-2));
            assertThat(l.coefficients().get(2)).isEqualTo(AlgebraicNumber.rational(BigFraction.of(-2)));
        });
    }

    @Test
    void complexFactorsPrintTheirApproximations() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 + x2^2", 2), 0);
        assertThat(f.factors().stream().map(LinearFactor::toString).toList())
                .containsExactlyInAnyOrder("x1 + (1i)*x2", "x1 + (-1i)*x2");
        assertThat(f.classes().get(0).realFactorCount()).isZero();
    }

    @Test
    void aFormThatDoesNotSplitSaysSo() {
        LinearFactorization no = LinearFactorization.of(p("x1^2 + x2^2 + x3^2", 3), 0);
        assertThat(no.toString()).contains("not a product of linear forms");
        assertThat(no.errorBound()).isEqualTo(BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO.pow(54)));
    }

    @Test
    void answersAndCertificateAreConsistent() {
        LinearFactorization f = LinearFactorization.of(p("x1*x2*x3", 3), 0);
        assertThat(f.isProductOfLinearForms()).isTrue();
        assertThat(f.isProductOfRealLinearForms()).isTrue();
        assertThat(f.isProductOfRationalLinearForms()).isTrue();
        for (GroundField k : GroundField.values()) {
            assertThat(f.isCertain(k)).isTrue();
        }
        assertThat(f.reason()).startsWith("Q: ").contains("\nR: ").contains("\nC: ");
        assertThat(f.certificate()).contains("c = 1").contains("N = x1 (e = 1)").contains("seed 0");
        assertThat(f.seed()).isZero();
        assertThat(f.options()).isEqualTo(LinearFactorization.Options.DEFAULT);
        assertThat(f.toString()).isEqualTo("x1*x2*x3 = 1 · (x1)^1 · (x2)^1 · (x3)^1");
        assertThat(f.form()).isEqualTo(p("x1*x2*x3", 3));
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new LinearFactorization.Options(-1, 3, 20, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearFactorization.Options(0, 0, 20, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearFactorization.Options(0, 1, 1, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearFactorization.Options(0, 1, 63, true)).isInstanceOf(IllegalArgumentException.class);
        // without quick lines and with tiny coordinates the bound is honest: min(1, D²/2^bits) per line
        LinearFactorization f = LinearFactorization.of(p("x1^2 + x2^2 + x3^2", 3), 0,
                new LinearFactorization.Options(0, 2, 2, true));
        assertThat(f.errorBound()).isEqualTo(BigFraction.ONE);
        assertThat(f.linesTried()).isEqualTo(2);
    }

    @Test
    void equalityComparesAlgebraCoefficientsAndMultiplicity() {
        AlgebraicExtension a = AlgebraicExtension.parse("t^2 - 2");
        FactorClass c = new FactorClass(a, List.of(a.one(), a.generator()), 1);
        FactorClass same = new FactorClass(AlgebraicExtension.parse("t^2 - 2"),
                List.of(a.fromLong(1), a.generator()), 1);
        assertThat(c).isEqualTo(same).isNotSameAs(same);
        assertThat(c.hashCode()).isEqualTo(same.hashCode());
        FactorClass squared = new FactorClass(a, List.of(a.one(), a.generator()), 2);
        assertThat(c).isNotEqualTo(squared);
        // Objects.hash ends in 31·h + e: multiplicities 1 and 2 give different hashes
        assertThat(c.hashCode()).isNotEqualTo(squared.hashCode());
        assertThat(c).isNotEqualTo(new FactorClass(a, List.of(a.one(), a.negate(a.generator())), 1));
        AlgebraicExtension b = AlgebraicExtension.parse("t^2 - 3");
        assertThat(c).isNotEqualTo(new FactorClass(b, List.of(b.one(), b.generator()), 1));
        assertThat(c).isNotEqualTo("x1 + (t)*x2");
    }

    @Test
    void eachFactorCarriesItsClassMultiplicity() {
        // x1²·x2: x1 twice, x2 once
        LinearFactorization f = LinearFactorization.of(p("x1^2*x2", 3), 11);
        assertThat(f.factors().stream().map(LinearFactor::multiplicity).toList()).containsExactly(2, 1);
        assertThat(f.factors().get(0).rationalCoefficients())
                .containsExactly(BigFraction.ONE, BigFraction.ZERO, BigFraction.ZERO);
    }

    @Test
    void accessorsReportTheInputAndTheThreeAnswers() {
        LinearFactorization f = LinearFactorization.of(p("x1^2 + x2^2", 3), 7);
        assertThat(f.seed()).isEqualTo(7);
        // x1² + x2² splits over C only; x1² − 2x2² over R and C
        assertThat(f.isProductOfLinearForms()).isTrue();
        assertThat(f.isProductOfRealLinearForms()).isFalse();
        assertThat(f.isProductOfRationalLinearForms()).isFalse();
        LinearFactorization g = LinearFactorization.of(p("x1^2 - 2*x2^2", 2), 7);
        assertThat(g.isProductOfRealLinearForms()).isTrue();
        assertThat(g.isProductOfRationalLinearForms()).isFalse();
    }

    @Test
    void theSplitOnlyAccessorsRefuseANo() {
        LinearFactorization no = LinearFactorization.of(p("x1^2 + x2^2 + x3^2", 3), 0);
        assertThat(no.isProductOfLinearForms()).isFalse();
        assertThatThrownBy(no::scalar).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("not a product of linear forms: not a product of linear forms: no line of 5");
        assertThatThrownBy(no::factors).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(no::distinctFactorCount).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void optionsAcceptTheirBoundaries() {
        assertThat(new LinearFactorization.Options(0, 1, 62, false).coordinateBits()).isEqualTo(62);
        assertThat(new LinearFactorization.Options(0, 1, 2, false).coordinateBits()).isEqualTo(2);
    }
}
