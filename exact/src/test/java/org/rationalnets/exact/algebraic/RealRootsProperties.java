package org.rationalnets.exact.algebraic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.numbers.fraction.BigFraction;
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
    @Property
    void countAndIsolateKnownRoots(@ForAll @Size(max = 6) List<@IntRange(min = -30, max = 30) Integer> numerators,
                                   @ForAll @IntRange(min = 1, max = 7) int denominator,
                                   @ForAll @IntRange(min = 1, max = 20) int c,
                                   @ForAll @IntRange(min = 0, max = 2) int complexPower,
                                   @ForAll @IntRange(min = 1, max = 3) int firstMultiplicity) {
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
    @Property
    void squareRoots(@ForAll @IntRange(min = 2, max = 500) int n) {
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
