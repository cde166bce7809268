package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Boundary cases of the algebraic package with hand-worked expected values: root bounds, bisection
 * ends, tie-breaking, formatting thresholds, and the complex approximations (every root matched by
 * exactly one approximation, to a tolerance far above double rounding).
 */
class BoundaryCasesTest {

    private static UnivariatePolynomial<BigFraction> u(String s) {
        return AlgebraicExtension.parsePolynomial(s);
    }

    private static BigFraction q(long n, long d) {
        return BigFraction.of(n, d);
    }

    // ---- ComplexApproximations ----

    /** Asserts that the approximations match the expected roots one-to-one within {@code tol·|z|} (or {@code tol} for z = 0). */
    private static void assertRootsMatch(List<double[]> got, double[][] expected, double tol) {
        assertThat(got).hasSize(expected.length);
        List<double[]> left = new ArrayList<>(got);
        for (double[] e : expected) {
            double[] best = null;
            for (double[] z : left) {
                double size = Math.hypot(e[0], e[1]);
                if (Math.hypot(z[0] - e[0], z[1] - e[1]) <= tol * (size == 0 ? 1 : size)) {
                    best = z;
                }
            }
            assertThat(best).as("an approximation of %s + %si among %s", e[0], e[1], describe(got)).isNotNull();
            left.remove(best);
        }
    }

    private static String describe(List<double[]> zs) {
        StringBuilder b = new StringBuilder();
        for (double[] z : zs) {
            b.append('(').append(z[0]).append(", ").append(z[1]).append(") ");
        }
        return b.toString();
    }

    /** The n-th roots of {@code r^n}: {@code r·exp(2πik/n)}, from the closed form. */
    private static double[][] rootsOfUnity(int n, double r) {
        double[][] out = new double[n][];
        for (int k = 0; k < n; k++) {
            out[k] = new double[] {r * Math.cos(2 * Math.PI * k / n), r * Math.sin(2 * Math.PI * k / n)};
        }
        return out;
    }

    @Test
    void complexApproximationsFindEveryRootOfUnityOnce() {
        for (int n = 1; n <= 8; n++) {
            assertRootsMatch(ComplexApproximations.roots(u("t^" + n + " - 1")), rootsOfUnity(n, 1), 1e-12);
        }
        // t^3 − 1000: 10·ω^k
        assertRootsMatch(ComplexApproximations.roots(u("t^3 - 1000")), rootsOfUnity(3, 10), 1e-12);
        // 8t^3 − 1 (not monic): (1/2)·ω^k
        assertRootsMatch(ComplexApproximations.roots(u("8*t^3 - 1")), rootsOfUnity(3, 0.5), 1e-12);
    }

    @Test
    void complexApproximationsOfMixedRealAndComplexRoots() {
        // t^2 + 1: ±i
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1")), new double[][] {{0, 1}, {0, -1}}, 1e-12);
        // (t^2 − 1)(t^2 − 4) = t^4 − 5t^2 + 4: ±1, ±2
        assertRootsMatch(ComplexApproximations.roots(u("t^4 - 5*t^2 + 4")),
                new double[][] {{1, 0}, {-1, 0}, {2, 0}, {-2, 0}}, 1e-12);
        // t^3 + t = t(t^2 + 1): 0, ±i
        assertRootsMatch(ComplexApproximations.roots(u("t^3 + t")), new double[][] {{0, 0}, {0, 1}, {0, -1}}, 1e-12);
        // (t^2 + 1)(t^2 + 4): ±i, ±2i
        assertRootsMatch(ComplexApproximations.roots(u("t^4 + 5*t^2 + 4")),
                new double[][] {{0, 1}, {0, -1}, {0, 2}, {0, -2}}, 1e-12);
        // t^2 − 2t + 5: 1 ± 2i;  (t − 3)(t^2 − 2t + 5) = t^3 − 5t^2 + 11t − 15
        assertRootsMatch(ComplexApproximations.roots(u("t^3 - 5*t^2 + 11*t - 15")),
                new double[][] {{3, 0}, {1, 2}, {1, -2}}, 1e-12);
        // t^2 + 10^6: ±1000i;  t^2 + 10^-6: ±0.001i
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1000000")), new double[][] {{0, 1000}, {0, -1000}}, 1e-12);
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1/1000000")), new double[][] {{0, 1e-3}, {0, -1e-3}}, 1e-12);
        // t: 0
        assertRootsMatch(ComplexApproximations.roots(u("t")), new double[][] {{0, 0}}, 1e-12);
    }

    @Test
    void complexApproximationsAreRelativelyPreciseForTinyAndHugeRoots() {
        // t^2 + 10^-12: ±10^-6 i;  t^3 − 10^-15: 10^-5·ω^k;  t^2 + 10^12: ±10^6 i
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1/1000000000000")),
                new double[][] {{0, 1e-6}, {0, -1e-6}}, 1e-12);
        assertRootsMatch(ComplexApproximations.roots(u("t^3 - 1/1000000000000000")), rootsOfUnity(3, 1e-5), 1e-12);
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1000000000000")),
                new double[][] {{0, 1e6}, {0, -1e6}}, 1e-12);
        // t^2 + 10^-60: ±10^-30 i, far below the starting circle;  t^2 + 10^200: ±10^100 i, far above 1
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1/" + "1" + "0".repeat(60))),
                new double[][] {{0, 1e-30}, {0, -1e-30}}, 1e-12);
        assertRootsMatch(ComplexApproximations.roots(u("t^2 + 1" + "0".repeat(200))),
                new double[][] {{0, 1e100}, {0, -1e100}}, 1e-12);
        // (t − 10^-4)(t − 10^4) = t^2 − (10^4 + 10^-4) t + 1: roots of very different sizes
        assertRootsMatch(ComplexApproximations.roots(u("t^2 - 100000001/10000*t + 1")),
                new double[][] {{1e-4, 0}, {1e4, 0}}, 1e-12);
    }

    @Test
    void complexApproximationsOfHigherDegree() {
        for (int n = 9; n <= 24; n += 5) {
            assertRootsMatch(ComplexApproximations.roots(u("t^" + n + " - 1")), rootsOfUnity(n, 1), 1e-12);
        }
        // t^12 − 4096 = t^12 − 2^12: 2·ω^k
        assertRootsMatch(ComplexApproximations.roots(u("t^12 - 4096")), rootsOfUnity(12, 2), 1e-12);
        // (t − 1)(t − 2)…(t − 6) = t^6 − 21t^5 + 175t^4 − 735t^3 + 1624t^2 − 1764t + 720
        assertRootsMatch(ComplexApproximations.roots(u("t^6 - 21*t^5 + 175*t^4 - 735*t^3 + 1624*t^2 - 1764*t + 720")),
                new double[][] {{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}}, 1e-10);
        // (t^2 + 1)(t^2 + 4)(t^2 + 9) = t^6 + 14t^4 + 49t^2 + 36: ±i, ±2i, ±3i
        assertRootsMatch(ComplexApproximations.roots(u("t^6 + 14*t^4 + 49*t^2 + 36")),
                new double[][] {{0, 1}, {0, -1}, {0, 2}, {0, -2}, {0, 3}, {0, -3}}, 1e-12);
    }

    @Test
    void complexEvaluationByHorner() {
        // v = t^2 − 2t + 3 at 2 + i: (3 + 4i) − (4 + 2i) + 3 = 2 + 2i
        double[] z = ComplexApproximations.evaluate(u("t^2 - 2*t + 3"), 2, 1);
        assertThat(z[0]).isCloseTo(2, within(1e-12));
        assertThat(z[1]).isCloseTo(2, within(1e-12));
        // v = t^3 at 1 − 2i: (1 − 2i)^2 = −3 − 4i; (−3 − 4i)(1 − 2i) = −3 + 6i − 4i − 8 = −11 + 2i
        z = ComplexApproximations.evaluate(u("t^3"), 1, -2);
        assertThat(z[0]).isCloseTo(-11, within(1e-12));
        assertThat(z[1]).isCloseTo(2, within(1e-12));
    }

    // ---- AlgebraicRoot ----

    @Test
    void linearPolynomialHasOneRationalRoot() {
        List<AlgebraicRoot> r = AlgebraicRoot.rootsOf(u("2*t - 6"));
        assertThat(r).hasSize(1);
        assertThat(r.get(0).isRational()).isTrue();
        assertThat(r.get(0).interval()).isEqualTo(new IsolatingInterval(BigFraction.of(3), BigFraction.of(3)));
        assertThat(r.get(0).real()).isEqualTo(3.0);
        assertThat(r.get(0).index()).isZero();
    }

    @Test
    void rootsAreNumberedRealFirstThenByRealThenImaginaryPart() {
        // (t − 3)(t^2 + 1) = t^3 − 3t^2 + t − 3: 3, −i, i
        List<AlgebraicRoot> r = AlgebraicRoot.rootsOf(u("t^3 - 3*t^2 + t - 3"));
        assertThat(r).extracting(AlgebraicRoot::index).containsExactly(0, 1, 2);
        assertThat(r.get(0).real()).isEqualTo(3.0);
        assertThat(r.get(0).isRational()).isTrue();
        assertThat(r.get(1).real()).isEqualTo(0.0);
        assertThat(r.get(1).imaginary()).isCloseTo(-1, within(1e-12));
        assertThat(r.get(2).real()).isEqualTo(0.0);
        assertThat(r.get(2).imaginary()).isCloseTo(1, within(1e-12));
        assertThat(r.get(1)).isNotEqualTo(r.get(2));
        assertThat(r.get(1)).isEqualTo(AlgebraicRoot.rootsOf(u("t^3 - 3*t^2 + t - 3")).get(1));
        // (t^2 + 1)(t^2 + 4): −2i, −i, i, 2i (real parts exactly 0)
        List<AlgebraicRoot> s = AlgebraicRoot.rootsOf(u("t^4 + 5*t^2 + 4"));
        double[] ims = {-2, -1, 1, 2};
        for (int k = 0; k < 4; k++) {
            assertThat(s.get(k).real()).isEqualTo(0.0);
            assertThat(s.get(k).imaginary()).isCloseTo(ims[k], within(1e-12));
        }
        // t^2 + 10^6: −1000i, 1000i with real part set to 0
        List<AlgebraicRoot> big = AlgebraicRoot.rootsOf(u("t^2 + 1000000"));
        assertThat(big.get(0).real()).isEqualTo(0.0);
        assertThat(big.get(1).real()).isEqualTo(0.0);
        assertThat(big.get(0).toString()).isEqualTo("root 0 of t^2 + 1000000 ≈ -1000i");
        // t^4 + 1: (−1 − i)/√2, (−1 + i)/√2, (1 − i)/√2, (1 + i)/√2 — conjugates share their real part
        // exactly, so the order "real part, then imaginary part" is never decided by rounding
        for (String h4 : List.of("t^4 + 1", "t^4 + t^3 + t^2 + t + 1", "t^6 + t^3 + 1", "t^4 - 2*t^3 + 3*t^2 - 2*t + 2")) {
            List<AlgebraicRoot> f = AlgebraicRoot.rootsOf(u(h4));
            for (int k = 0; k < f.size(); k += 2) {
                assertThat(f.get(k).real()).as(h4 + " root " + k).isEqualTo(f.get(k + 1).real());
                assertThat(f.get(k).imaginary()).as(h4 + " root " + k).isEqualTo(-f.get(k + 1).imaginary()).isNegative();
            }
        }
        List<AlgebraicRoot> f = AlgebraicRoot.rootsOf(u("t^4 + 1"));
        double h = Math.sqrt(0.5);
        double[] signs = {-1, -1, 1, 1};
        double[] imSigns = {-1, 1, -1, 1};
        for (int k = 0; k < 4; k++) {
            assertThat(f.get(k).real()).isCloseTo(signs[k] * h, within(1e-12));
            assertThat(f.get(k).imaginary()).isCloseTo(imSigns[k] * h, within(1e-12));
        }
        // (t − 1000)(t^2 − 2·10^-6 t + 2·10^-12): 1000 real, then 10^-6 (1 ± i)
        List<AlgebraicRoot> g = AlgebraicRoot.rootsOf(
                u("(t - 1000)*(t^2 - 2/1000000*t + 2/1000000000000)"));
        assertThat(g.get(0).interval().contains(BigFraction.of(1000))).isTrue();
        assertThat(g.get(1).real()).isCloseTo(1e-6, within(1e-15));
        assertThat(g.get(1).imaginary()).isCloseTo(-1e-6, within(1e-15));
        assertThat(g.get(2).imaginary()).isCloseTo(1e-6, within(1e-15));
    }

    @Test
    void irrationalRealRootsAreApproximatedToDoublePrecision() {
        // √2 = 1.41421356237309504880…
        AlgebraicRoot sqrt2 = AlgebraicRoot.rootsOf(u("t^2 - 2")).get(1);
        assertThat(sqrt2.real()).isCloseTo(1.4142135623730950, within(4e-16));
        assertThat(sqrt2.imaginary()).isZero();
        // √2·10^-20, root of t^2 − 2·10^-40: the precision is relative to the root's size
        AlgebraicRoot tiny = AlgebraicRoot.rootsOf(u("t^2 - 2/10000000000000000000000000000000000000000")).get(1);
        assertThat(tiny.real()).isCloseTo(1.4142135623730950e-20, within(1e-32));
        // −∛2 ·10^3 is not a root; ∛2 = 1.25992104989487316…
        AlgebraicRoot cbrt2 = AlgebraicRoot.rootsOf(u("t^3 - 2")).get(0);
        assertThat(cbrt2.real()).isCloseTo(1.2599210498948732, within(4e-16));
    }

    // ---- AlgebraicNumber ----

    @Test
    void decimalFormattingThresholds() {
        // 20 integer digits still print plainly; 21 switch to scientific notation
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("12345678901234567890"))).isEqualTo("12345678900000000000");
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("123456789012345678901"))).isEqualTo("1.23456789E+20");
        // scale 20 prints plainly, scale 21 in scientific notation
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("1E-20"))).isEqualTo("0.00000000000000000001");
        assertThat(AlgebraicNumber.formatDecimal(new BigDecimal("1E-21"))).isEqualTo("1E-21");
        // a real part at exactly 1e-14·|im| counts as zero; 0 + 0i prints as 0i
        assertThat(AlgebraicNumber.formatComplex(1e-14, 1)).isEqualTo("1i");
        assertThat(AlgebraicNumber.formatComplex(1e-13, 1)).isEqualTo("0.0000000000001 + 1i");
        assertThat(AlgebraicNumber.formatComplex(0, 0)).isEqualTo("0i");
        assertThat(AlgebraicNumber.formatComplex(0, -2)).isEqualTo("-2i");
    }

    @Test
    void numbersDifferingInValueOrRootAreUnequal() {
        UnivariatePolynomial<BigFraction> h = u("t^2 - 2");
        AlgebraicNumber a = AlgebraicNumber.root(h, 1);
        assertThat(a).isEqualTo(AlgebraicNumber.root(h, 1));
        assertThat(a).isNotEqualTo(AlgebraicNumber.root(h, 0));
        assertThat(a).isNotEqualTo(AlgebraicNumber.of(a.root(), u("2*t")));
        assertThat(a).isNotEqualTo("t");
        // −√2 + 0: approximation −1.414213562
        assertThat(AlgebraicNumber.root(h, 0).approx()).isEqualTo("-1.414213562");
    }

    // ---- AlgebraicExtension, AlgebraicElement ----

    @Test
    void fieldPredicatesOfTheExtension() {
        AlgebraicExtension f = AlgebraicExtension.parse("t^2 - 2");
        assertThat(f.isZero(f.zero())).isTrue();
        assertThat(f.isZero(f.one())).isFalse();
        assertThat(f.areEqual(f.one(), f.zero())).isFalse();
        assertThat(f.areEqual(f.generator(), f.element(u("t")))).isTrue();
        assertThat(f.generator()).isNotEqualTo(f.one());
        assertThat(f.generator()).isNotEqualTo(AlgebraicExtension.parse("t^2 - 3").generator());
        assertThat(f.generator()).isEqualTo(f.element(u("t^3 - t")));
    }

    // ---- RealRoots, SturmSequence ----

    @Test
    void cauchyRootBoundUsesOnlyTheLowerCoefficients() {
        // 1 + max |c_i / c_n|, i < n
        assertThat(RealRoots.rootBound(u("t - 1/2"))).isEqualTo(q(3, 2));
        assertThat(RealRoots.rootBound(u("2*t^2 - 3*t + 1"))).isEqualTo(q(5, 2));
        assertThat(RealRoots.rootBound(u("-4*t^3 + 1"))).isEqualTo(q(5, 4));
    }

    @Test
    void bisectionRejectsARootAtAnEnd() {
        IsolatingInterval i = new IsolatingInterval(BigFraction.ONE, BigFraction.of(2));
        assertThatThrownBy(() -> RealRoots.bisect(u("t - 2"), i))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an isolating interval");
        assertThatThrownBy(() -> RealRoots.bisect(u("t - 1"), i)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RealRoots.bisect(u("t - 5"), i)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refinementStopsAtTheRequestedWidth() {
        IsolatingInterval i = new IsolatingInterval(BigFraction.ONE, BigFraction.of(2));
        // √2 ∈ [1, 3/2]: one bisection reaches width exactly 1/2
        assertThat(RealRoots.refine(u("t^2 - 2"), i, q(1, 2))).isEqualTo(new IsolatingInterval(BigFraction.ONE, q(3, 2)));
        // width 1 is already met
        assertThat(RealRoots.refine(u("t^2 - 2"), i, BigFraction.ONE)).isEqualTo(i);
        // √2 ∈ [11/8, 23/16] after four bisections (1.375 < 1.41421 < 1.4375)
        assertThat(RealRoots.refine(u("t^2 - 2"), i, q(1, 16))).isEqualTo(new IsolatingInterval(q(11, 8), q(23, 16)));
    }

    @Test
    void constantsHaveNoRealRoots() {
        SturmSequence s = SturmSequence.of(u("7"));
        assertThat(s.polynomials()).containsExactly(u("1"));
        assertThat(s.countRealRoots()).isZero();
        assertThat(RealRoots.isolate(u("7"))).isEmpty();
        // t^2 + 1 has none, t^3 − 2 one, t^3 − 3t two… (t^3 − 3t: 0, ±√3: three)
        assertThat(SturmSequence.of(u("t^2 + 1")).countRealRoots()).isZero();
        assertThat(SturmSequence.of(u("t^3 - 2")).countRealRoots()).isEqualTo(1);
        assertThat(SturmSequence.of(u("t^3 - 3*t")).countRealRoots()).isEqualTo(3);
        assertThat(SturmSequence.of(u("t^3 - 3*t")).countRoots(BigFraction.ZERO, BigFraction.of(2))).isEqualTo(1);
        assertThat(SturmSequence.of(u("t^3 - 3*t")).countRoots(BigFraction.of(-1), BigFraction.of(2))).isEqualTo(2);
    }

    // ---- RationalFactorization ----

    @Test
    void factorsAreOrderedByDegreeBeforeText() {
        // (t^2 − 3)(t^10 − 3): text order would put "t^10 - 3" first
        var f = RationalFactorization.factor(u("(t^2 - 3)*(t^10 - 3)"));
        assertThat(f).extracting(UnivariatePolynomial.SquareFreeFactor::factor).containsExactly(u("t^2 - 3"), u("t^10 - 3"));
        // −2(t − 1)^2 (t + 1): the unit and content are dropped
        var g = RationalFactorization.factor(u("-2*(t - 1)^2*(t + 1)"));
        assertThat(g).extracting(UnivariatePolynomial.SquareFreeFactor::factor).containsExactly(u("t + 1"), u("t - 1"));
        assertThat(g).extracting(UnivariatePolynomial.SquareFreeFactor::multiplicity).containsExactly(1, 2);
        assertThat(RationalFactorization.factor(u("5"))).isEmpty();
    }

    // ---- PolynomialDeterminant, Order ----

    @Test
    void determinantWithAZeroColumnIsZero() {
        Polynomial<BigFraction> x = PolynomialParser.parse("x1", 1);
        Polynomial<BigFraction> zero = PolynomialParser.parse("0", 1);
        Polynomial<BigFraction> one = PolynomialParser.parse("1", 1);
        assertThat(PolynomialDeterminant.of(List.of(List.of(zero, x), List.of(zero, one)), 1).isZero()).isTrue();
        // [[0, x], [1, 1]]: one row swap, det = −x
        assertThat(PolynomialDeterminant.of(List.of(List.of(zero, x), List.of(one, one)), 1))
                .isEqualTo(PolynomialParser.parse("-x1", 1));
    }

    @Test
    void orderTiesReturnTheFirstArgument() {
        BigFraction a = BigFraction.of(1, 2);
        BigFraction b = BigFraction.of(2, 4);
        assertThat(Order.max(a, b)).isSameAs(a);
        assertThat(Order.min(a, b)).isSameAs(a);
        assertThat(Order.max(a, BigFraction.ONE)).isEqualTo(BigFraction.ONE);
        assertThat(Order.min(a, BigFraction.ONE)).isSameAs(a);
    }
}
