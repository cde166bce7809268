package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.UnivariatePolynomial;

/** Getters, formatting corners and argument checks of the algebraic package. */
class SmallPiecesTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    @Test
    void decimalFormattingSwitchesToScientificForExtremeScales() {
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("1E+30"))).isEqualTo("1E+30");
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("1.5E-25"))).isEqualTo("1.5E-25");
        assertThat(AlgebraicNumber.formatDecimal(BigDecimal.ZERO)).isEqualTo("0");
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("-2.000"))).isEqualTo("-2");
        assertThat(AlgebraicNumber.formatComplex(-3, 0)).isEqualTo("-3");
        assertThat(AlgebraicNumber.formatComplex(2, -1e-25)).isEqualTo("2 - 1E-25i");
        assertThat(AlgebraicNumber.formatComplex(2, -1e-20)).isEqualTo("2 - 0.00000000000000000001i");
    }

    @Test
    void numbersAtIrrationalRoots() {
        AlgebraicNumber x = AlgebraicNumber.of(AlgebraicRoot.rootsOf(u("t^2 - 5")).get(1), u("t/2 + 1/2"));
        assertThat(x.value()).isEqualTo(u("1/2*t + 1/2"));
        assertThat(x.polynomial()).isEqualTo(u("t^2 - 5"));
        assertThat(x.approx()).isEqualTo("1.618033989");
        assertThat(x.toString()).startsWith("1/2*t + 1/2 at root 1 of t^2 - 5 in [").endsWith("(≈ 1.618033989)");
        // an enclosure of v over an interval contains v at both ends
        BigFraction[] e = AlgebraicNumber.enclose(u("t^2 - t"), new IsolatingInterval(BigFraction.of(-1), BigFraction.of(2)));
        assertThat(e[0].subtract(BigFraction.of(-2)).signum()).isLessThanOrEqualTo(0);
        assertThat(e[1].subtract(BigFraction.of(2)).signum()).isGreaterThanOrEqualTo(0);
        assertThatThrownBy(() -> AlgebraicNumber.root(u("t^2 - 5"), 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> AlgebraicNumber.root(u("(t - 1)^2"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intervalsAndSturmSequences() {
        IsolatingInterval i = new IsolatingInterval(BigFraction.of(1), BigFraction.of(2));
        assertThat(i.midpoint()).isEqualTo(BigFraction.of(3, 2));
        assertThat(i.width()).isEqualTo(BigFraction.ONE);
        assertThat(i.toString()).isEqualTo("[1, 2]");
        assertThat(i.contains(BigFraction.of(5, 2))).isFalse();
        IsolatingInterval exact = new IsolatingInterval(BigFraction.of(3), BigFraction.of(3));
        assertThat(RealRoots.bisect(u("t - 3"), exact)).isSameAs(exact);
        assertThatThrownBy(() -> RealRoots.refine(u("t^2 - 2"), i, BigFraction.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RealRoots.bisect(u("t^2 - 2"), i)).isEqualTo(new IsolatingInterval(BigFraction.ONE, BigFraction.of(3, 2)));
        assertThat(RealRoots.bisect(u("4*t^2 - 9"), i)).isEqualTo(new IsolatingInterval(BigFraction.of(3, 2), BigFraction.of(3, 2)));
        // Sturm sequence of t^3 − t: t^3 − t, 3t^2 − 1, 2/3 t, 1
        SturmSequence s = SturmSequence.of(u("t^3 - t"));
        assertThat(s.polynomials()).containsExactly(u("t^3 - t"), u("3*t^2 - 1"), u("2/3*t"), u("1"));
        assertThat(s.variations(BigFraction.of(-2))).isEqualTo(3);
        assertThat(s.variations(BigFraction.of(2))).isEqualTo(0);
        assertThat(RealRoots.isolate(u("7"))).isEmpty();
        assertThatThrownBy(() -> RealRoots.rootBound(UnivariatePolynomial.zero(org.rationalnets.exact.Rationals.Q)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectionsOfPolynomialsAndRoots() {
        AlgebraicExtension big = AlgebraicExtension.parse("(t^2 - 2)*(t - 3)");
        AlgebraicExtension small = AlgebraicExtension.parse("t^2 - 2");
        Polynomial<AlgebraicElement> f = Polynomial.linearForm(big, List.of(big.one(), big.element(u("t^2"))));
        assertThat(small.project(f)).isEqualTo(Polynomial.linearForm(small, List.of(small.one(), small.fromLong(2))));
        AlgebraicElement g = small.generator();
        assertThat(small.project(g)).isSameAs(g);
        assertThat(big.roots()).hasSize(3);
        assertThat(big.roots().get(2).isRational()).isTrue();
        assertThat(big.roots().get(2).interval()).isEqualTo(new IsolatingInterval(BigFraction.of(3), BigFraction.of(3)));
        assertThat(big.toString()).isEqualTo("Q[t]/(t^3 - 3*t^2 - 2*t + 6)");
        assertThat(big.hashCode()).isEqualTo(AlgebraicExtension.parse("t^3 - 3*t^2 - 2*t + 6").hashCode());
        assertThat(big.generator().hashCode()).isEqualTo(big.element(u("t")).hashCode());
        assertThat(big.isInvertible(big.zero())).isFalse();
        assertThat(RationalFactorization.rationalRoots(big.modulus())).containsExactly(BigFraction.of(3));
    }
}
