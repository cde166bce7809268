package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.exact.instances.RandomPolynomials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/** The closed form for σ(t) = t^r (docs/monomial.md §1) against layer-by-layer composition. */
class MonomialClosedFormTest {

    private static final long SEED = 20_261_203L;
    private static final int[] EXPONENTS = {-3, -2, 2, 3};

    /** Seeded instances: (seed of the instance, r); the architecture and weights come from the instance seed. */
    static Stream<Arguments> instances() {
        Random r = new Random(SEED);
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(r.nextLong(), EXPONENTS[i % EXPONENTS.length]));
    }

    /** An architecture with L ≤ 4, widths ≤ 3 whose P and Q have at most 400 possible terms for σ. */
    static Architecture randomArchitecture(Random r, Activation sigma) {
        while (true) {
            int L = 1 + r.nextInt(4);
            int[] w = new int[L + 1];
            for (int k = 0; k <= L; k++) {
                w[k] = 1 + r.nextInt(3);
            }
            Architecture d = Architecture.of(w);
            Degrees g = Degrees.of(d, sigma);
            BigInteger max = BigInteger.valueOf(400);
            if (g.numeratorDegree() <= 40 && g.denominatorDegree() <= 40
                    && AmbientSpace.monomialCount(w[0], g.numeratorDegree()).compareTo(max) <= 0
                    && AmbientSpace.monomialCount(w[0], g.denominatorDegree()).compareTo(max) <= 0) {
                return d;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, r = {1}")
    @MethodSource("instances")
    void closedFormEqualsComposition(long seed, int exponent) {
        Random random = new Random(seed);
        Activation sigma = Activation.of(exponent);
        Architecture d = randomArchitecture(random, sigma);
        Weights w = RandomNetworks.weights(d, random, 4, 3);
        String instance = "seed " + seed + ", σ = " + sigma + ", d = " + d + ", W = " + w;
        RationalNet<BigFraction> net = RationalNet.of(w, sigma);
        ClosedForm<BigFraction> cf;
        try {
            cf = net.closedForm();
        } catch (UndefinedNetworkException e) {
            // a zero row can make a hidden pre-activation identically zero; r ≥ 2 never throws
            assertThat(sigma.isPolynomial()).as(instance).isFalse();
            return;
        }
        Degrees g = Degrees.of(d, sigma);
        assertHomogeneous(cf.denominator(), g.denominatorDegree(), instance);
        for (Polynomial<BigFraction> p : cf.numerators()) {
            assertHomogeneous(p, g.numeratorDegree(), instance);
        }
        int checked = 0;
        for (int t = 0; t < 30 && checked < 3; t++) {
            List<BigFraction> x = RandomPolynomials.point(random, d.inputDimension(), 20, 7);
            List<BigFraction> direct = composition(w, sigma, x);
            if (direct == null || Rationals.Q.isZero(cf.denominator().evaluate(x))) {
                continue;
            }
            assertThat(cf.evaluate(x)).as(instance + ", x = " + x).isEqualTo(direct);
            checked++;
        }
        assertThat(checked).as(instance + ": no point away from the poles").isPositive();
    }

    private static void assertHomogeneous(Polynomial<BigFraction> p, long degree, String instance) {
        if (!p.isZero()) {
            assertThat(p.isHomogeneous()).as(instance).isTrue();
            assertThat((long) p.degree()).as(instance).isEqualTo(degree);
        }
    }

    /** Direct composition with exact rational powers, written here independently of the forward pass; null at a pole. */
    private static List<BigFraction> composition(Weights w, Activation sigma, List<BigFraction> x) {
        List<BigFraction> y = x;
        int L = w.architecture().depth();
        for (int k = 1; k <= L; k++) {
            List<BigFraction> a = y;
            if (k > 1) {
                a = new ArrayList<>();
                for (BigFraction v : y) {
                    if (v.signum() == 0 && sigma.exponent() < 0) {
                        return null;
                    }
                    a.add(sigma.exponent() > 0 ? v.pow(sigma.exponent()) : v.pow(-sigma.exponent()).reciprocal());
                }
            }
            List<BigFraction> next = new ArrayList<>();
            var m = w.matrices().get(k - 1);
            for (int i = 0; i < m.rows(); i++) {
                BigFraction s = BigFraction.ZERO;
                for (int j = 0; j < m.columns(); j++) {
                    s = s.add(m.get(i, j).multiply(a.get(j)));
                }
                next.add(s);
            }
            y = next;
        }
        return y;
    }

    @Test
    void degreesOfTheSpecificationsExamples() {
        // docs/monomial.md §1: (2,2,1): r=−2 (2,4), r=−3 (3,6); (3,3,3,1): r=−2 (28,24), r=−3 (63,54); (2,1,2,1), r=−2: (4,0)
        assertDegrees(Architecture.of(2, 2, 1), -2, 2, 4);
        assertDegrees(Architecture.of(2, 2, 1), -3, 3, 6);
        assertDegrees(Architecture.of(3, 3, 3, 1), -2, 28, 24);
        assertDegrees(Architecture.of(3, 3, 3, 1), -3, 63, 54);
        assertDegrees(Architecture.of(2, 1, 2, 1), -2, 4, 0);
        assertDegrees(Architecture.of(2, 3, 4, 5, 1), 2, 8, 0);
        assertDegrees(Architecture.of(3, 2, 1), 3, 3, 0);
        assertDegrees(Architecture.of(3, 3, 3, 1), -1, 7, 6);
        // L = 5, s = 2: e = (1,2,4,8,16), c_k = 4e_{k−1}; D_P = 16 + 2·32 ... = e_5 + s c_4 + s³ c_2, D_Q = c_5 + s² c_3
        assertDegrees(Architecture.of(2, 2, 2, 2, 2, 1), -2, 16 + 2 * 16 + 8 * 4, 32 + 4 * 8);
    }

    private static void assertDegrees(Architecture d, int r, long dp, long dq) {
        Degrees g = Degrees.of(d, Activation.of(r));
        assertThat(g.numeratorDegree()).as(d + " r=" + r).isEqualTo(dp);
        assertThat(g.denominatorDegree()).as(d + " r=" + r).isEqualTo(dq);
    }

    @ParameterizedTest(name = "seed {0}, r = {1}")
    @MethodSource("instances")
    void degreesScaleByMagnitudeAndDifferByAPower(long seed, int exponent) {
        // docs/monomial.md §1 [observed]: D_{P,Q}(d,r) = |r|^{L−1} D_{P,Q}(d,−1) for r ≤ −1, D_P − D_Q = r^{L−1}
        Random random = new Random(seed);
        Activation sigma = Activation.of(exponent);
        Architecture d = randomArchitecture(random, sigma);
        Degrees g = Degrees.of(d, sigma);
        long rL = BigInteger.valueOf(exponent).pow(d.depth() - 1).longValueExact();
        assertThat(g.numeratorDegree() - g.denominatorDegree()).as("seed " + seed + " " + d).isEqualTo(rL);
        if (exponent < 0) {
            long scale = Math.abs(rL);
            assertThat(g.numeratorDegree()).as("seed " + seed + " " + d).isEqualTo(scale * d.degrees().numeratorDegree());
            assertThat(g.denominatorDegree()).as("seed " + seed + " " + d).isEqualTo(scale * d.degrees().denominatorDegree());
        }
    }

    @Test
    void ambientSpaceInBothConventions() {
        // r = 2, (3,2,1): quadrics in 3 variables, 6 coefficients; projectively P^5
        AmbientSpace a = AmbientSpace.of(Architecture.of(3, 2, 1), Activation.of(2));
        assertThat(a.dimension()).isEqualTo(BigInteger.valueOf(6));
        assertThat(a.projectiveDimension()).isEqualTo(BigInteger.valueOf(5));
        assertThat(a.coordinateNames()).hasSize(6).first().isEqualTo("P1[2,0,0]");
        assertThat(a).hasToString("A^6");
        // r = −2, (2,2,1): N(2,2) + N(2,4) − 1 = 3 + 5 − 1
        AmbientSpace b = AmbientSpace.of(Architecture.of(2, 2, 1), Activation.of(-2));
        assertThat(b.dimension()).isEqualTo(BigInteger.valueOf(7));
        assertThat(b.projectiveDimension()).isNull();
        assertThat(b.coordinateNames()).hasSize(8).last().isEqualTo("Q[0,4]");
        assertThat(Architecture.of(4, 6, 3).expectedDimension(Activation.of(2))).isEqualTo(BigInteger.valueOf(30));
        assertThat(Architecture.of(3, 2, 1).expectedDimension(Activation.of(2))).isEqualTo(BigInteger.valueOf(6));
    }

    @Test
    void polynomialNetworksHaveNoPoles() {
        Architecture d = Architecture.of(2, 2, 1);
        Weights w = Weights.ofRows(d, List.of(
                List.of(List.of(BigFraction.ONE, BigFraction.ZERO), List.of(BigFraction.ZERO, BigFraction.ZERO)),
                List.of(List.of(BigFraction.ONE, BigFraction.of(2)))));
        RationalNet<BigFraction> net = RationalNet.of(w, Activation.of(2));
        assertThat(net.evaluate(List.of(BigFraction.of(3), BigFraction.ONE))).containsExactly(BigFraction.of(9));
        assertThat(net.closedForm().denominator().degree()).isZero();
        assertThat(net.closedForm().denominator().evaluate(List.of(BigFraction.of(5), BigFraction.of(7)))).isEqualTo(BigFraction.ONE);
        assertThat(net.activation()).isEqualTo(Activation.of(2));
        assertThat(net.toString()).contains("σ = t^2");
        assertThat(RationalNet.of(w).toString()).doesNotContain("σ");
    }

    @Test
    void torusScalesTheNextColumnByTheInversePower() {
        Random random = new Random(7);
        for (int r : EXPONENTS) {
            Activation sigma = Activation.of(r);
            Architecture d = Architecture.of(2, 2, 2, 1);
            RationalNet<BigFraction> net = RationalNet.of(RandomNetworks.weights(d, random, 4, 3), sigma);
            RationalNet<BigFraction> moved = Symmetries.scaleNeuron(net, 1, 2, BigFraction.of(3, 2));
            assertThat(moved.activation()).isEqualTo(sigma);
            RationalNet<BigFraction> permuted = Symmetries.permuteLayer(moved, 2, new int[] {1, 0});
            assertThat(permuted.activation()).isEqualTo(sigma);
            for (int t = 0; t < 3; t++) {
                List<BigFraction> x = RandomPolynomials.point(random, 2, 20, 7);
                var a = net.valueAt(x);
                if (a.isPresent()) {
                    assertThat(permuted.evaluate(x)).as("r = " + r + ", x = " + x).isEqualTo(a.get());
                }
            }
        }
    }
}
