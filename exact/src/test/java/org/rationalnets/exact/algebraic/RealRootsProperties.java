package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.exact.instances.Instance;
import org.rationalnets.exact.instances.Instances;
import org.rationalnets.exact.instances.RandomPolynomials;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;

/** Sturm counts and isolation against polynomials built from known roots. */
class RealRootsProperties {

    private static UnivariatePolynomial<BigFraction> linear(BigFraction r) {
        return UnivariatePolynomial.of(Rationals.Q, List.of(r.negate(), BigFraction.ONE));
    }

    /**
     * {@code Π (t − r_i)^{m_i} · (t² + c)^k}: the distinct real roots are exactly the {@code r_i}
     * (repeated ones and the non-real pair must not be counted).
     */
    record KnownRoots(List<Integer> numerators, int denominator, int c, int complexPower, int firstMultiplicity) {
    }

    /** Up to 6 numerators in [−30, 30] over one denominator in [1, 7], c ∈ [1, 20], k ∈ [0, 2], m_1 ∈ [1, 3]. */
    static Stream<Instance<KnownRoots>> knownRoots() {
        return Instances.of(r -> new KnownRoots(RandomPolynomials.integers(r, r.nextInt(7), -30, 30),
                1 + r.nextInt(7), 1 + r.nextInt(20), r.nextInt(3), 1 + r.nextInt(3)));
    }

    @ParameterizedTest
    @MethodSource("knownRoots")
    void countAndIsolateKnownRoots(Instance<KnownRoots> instance) {
        List<Integer> numerators = instance.value().numerators();
        int denominator = instance.value().denominator();
        int c = instance.value().c();
        int complexPower = instance.value().complexPower();
        int firstMultiplicity = instance.value().firstMultiplicity();
        TreeSet<Double> distinct = new TreeSet<>();
        List<BigFraction> roots = new ArrayList<>();
        UnivariatePolynomial<BigFraction> f = UnivariatePolynomial.of(Rationals.Q,
                List.of(BigFraction.of(c), BigFraction.ZERO, BigFraction.ONE)).pow(complexPower);
        for (int i = 0; i < numerators.size(); i++) {
            BigFraction r = BigFraction.of(numerators.get(i), denominator);
            f = f.multiply(linear(r).pow(i == 0 ? firstMultiplicity : 1));
            if (distinct.add(r.doubleValue())) {
                roots.add(r);
            }
        }
        roots.sort((x, y) -> x.subtract(y).signum());
        if (f.degree() < 1) {
            return;
        }
        assertThat(RealRoots.count(f)).isEqualTo(roots.size());
        List<IsolatingInterval> is = RealRoots.isolate(f);
        assertThat(is).hasSize(roots.size());
        for (int i = 0; i < roots.size(); i++) {
            assertThat(is.get(i).contains(roots.get(i))).as("%s in %s", roots.get(i), is.get(i)).isTrue();
            if (i > 0) {
                assertThat(is.get(i - 1).hi().subtract(is.get(i).lo()).signum()).isLessThanOrEqualTo(0);
                assertThat(is.get(i - 1).isExact() && is.get(i).isExact()
                        || is.get(i - 1).hi().subtract(is.get(i).lo()).signum() <= 0).isTrue();
            }
            if (!is.get(i).isExact()) {
                IsolatingInterval fine = RealRoots.refine(f.divideExact(f.gcd(f.derivative())), is.get(i),
                        BigFraction.of(1, 1000));
                assertThat(fine.contains(roots.get(i))).isTrue();
                assertThat(fine.width().subtract(BigFraction.of(1, 1000)).signum()).isLessThanOrEqualTo(0);
            }
        }
        SturmSequence s = SturmSequence.of(f);
        if (!roots.isEmpty()) {
            BigFraction lo = roots.get(0).subtract(BigFraction.ONE);
            // (lo, r_max] holds every root, (lo, r_0] exactly the first
            assertThat(s.countRoots(lo, roots.get(roots.size() - 1))).isEqualTo(roots.size());
            assertThat(s.countRoots(lo, roots.get(0))).isEqualTo(1);
        }
    }

    /** Roots ±√n of t² − n: isolated by intervals that bracket √n and exclude other roots. */
    /** n ∈ [2, 500], the ends and perfect squares included now and then. */
    static Stream<Instance<Integer>> radicands() {
        return Instances.of(r -> switch (r.nextInt(8)) {
            case 0 -> List.of(2, 4, 499, 500).get(r.nextInt(4));
            case 1 -> {
                int root = 2 + r.nextInt(21);
                yield root * root;
            }
            default -> 2 + r.nextInt(499);
        });
    }

    @ParameterizedTest
    @MethodSource("radicands")
    void squareRoots(Instance<Integer> instance) {
        int n = instance.value();
        UnivariatePolynomial<BigFraction> f = UnivariatePolynomial.of(Rationals.Q,
                List.of(BigFraction.of(-n), BigFraction.ZERO, BigFraction.ONE));
        List<IsolatingInterval> is = RealRoots.isolate(f);
        assertThat(is).hasSize(2);
        IsolatingInterval pos = RealRoots.refine(f, is.get(1), BigFraction.of(1, 1 << 20));
        double sqrt = Math.sqrt(n);
        assertThat(pos.lo().doubleValue()).isLessThanOrEqualTo(sqrt);
        assertThat(pos.hi().doubleValue()).isGreaterThanOrEqualTo(sqrt);
        // exact check: lo² ≤ n ≤ hi² for the positive root (or equality for a perfect square)
        assertThat(pos.lo().multiply(pos.lo()).subtract(BigFraction.of(n)).signum()).isLessThanOrEqualTo(0);
        assertThat(pos.hi().multiply(pos.hi()).subtract(BigFraction.of(n)).signum()).isGreaterThanOrEqualTo(0);
    }
}
