package org.rationalnets.exact.algebraic;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.UnivariatePolynomial;

/**
 * Exact real root isolation of rational univariate polynomials by Sturm sequences and bisection.
 * Written by hand because neither Commons Numbers nor {@code rings} isolates real roots.
 */
public final class RealRoots {

    private RealRoots() {
    }

    /**
     * The number of distinct real roots of {@code f} (Sturm's theorem).
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static int count(UnivariatePolynomial<BigFraction> f) {
        return SturmSequence.of(f).countRealRoots();
    }

    /**
     * A bound {@code B} with {@code |r| < B} for every complex root {@code r} of {@code f} (Cauchy:
     * {@code B = 1 + max_i |c_i / c_n|}).
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static BigFraction rootBound(UnivariatePolynomial<BigFraction> f) {
        if (f.isZero()) {
            throw new IllegalArgumentException("the zero polynomial has no root bound");
        }
        BigFraction lc = Order.abs(f.leadingCoefficient());
        BigFraction max = BigFraction.ZERO;
        for (int i = 0; i < f.degree(); i++) {
            max = Order.max(max, Order.abs(f.coefficient(i)).divide(lc));
        }
        return max.add(1);
    }

    /**
     * Isolating intervals for the distinct real roots of {@code f}, in increasing order and pairwise
     * disjoint: each is either an exact rational root {@code [r, r]} or an interval {@code [lo, hi]},
     * {@code lo < hi}, on whose ends the square-free part {@code f*} has opposite signs and which contains
     * exactly one root.
     *
     * @throws IllegalArgumentException if {@code f} is zero
     */
    public static List<IsolatingInterval> isolate(UnivariatePolynomial<BigFraction> f) {
        SturmSequence s = SturmSequence.of(f);
        List<IsolatingInterval> out = new ArrayList<>();
        // a constant square-free part (1) has V(−B) = V(B) = 0 and so no root: nothing is appended
        BigFraction b = rootBound(s.squareFreePart());
        BigFraction a = b.negate();
        isolate(s, a, s.variations(a), b, s.variations(b), out);
        return out;
    }

    /** Appends the roots in {@code (a, b]} in increasing order; {@code a} is not a root. */
    private static void isolate(SturmSequence s, BigFraction a, int va, BigFraction b, int vb,
                                List<IsolatingInterval> out) {
        int count = va - vb;
        if (count == 0) {
            return;
        }
        UnivariatePolynomial<BigFraction> f = s.squareFreePart();
        if (count == 1) {
            if (f.evaluate(b).signum() == 0) {
                out.add(new IsolatingInterval(b, b));
            } else {
                out.add(new IsolatingInterval(a, b));
            }
            return;
        }
        BigFraction m = a.add(b).divide(2);
        int vm = s.variations(m);
        if (f.evaluate(m).signum() != 0) {
            isolate(s, a, va, m, vm, out);
            isolate(s, m, vm, b, vb, out);
            return;
        }
        // m is a root: isolate it in (m − δ, m + δ) free of other roots, with ends that are not roots.
        BigFraction delta = b.subtract(a).divide(4);
        while (true) {
            BigFraction lo = m.subtract(delta);
            BigFraction hi = m.add(delta);
            if (f.evaluate(lo).signum() != 0 && f.evaluate(hi).signum() != 0) {
                int vlo = s.variations(lo);
                int vhi = s.variations(hi);
                if (vlo - vhi == 1) {
                    isolate(s, a, va, lo, vlo, out);
                    out.add(new IsolatingInterval(m, m));
                    isolate(s, hi, vhi, b, vb, out);
                    return;
                }
            }
            delta = delta.divide(2);
        }
    }

    /**
     * One bisection step: the half of {@code interval} that contains the root of {@code f}.
     * Exact intervals are returned unchanged; a midpoint that is the root gives the exact interval.
     *
     * @throws IllegalArgumentException if {@code interval} is not isolating for {@code f} (no sign change)
     */
    public static IsolatingInterval bisect(UnivariatePolynomial<BigFraction> f, IsolatingInterval interval) {
        if (interval.isExact()) {
            return interval;
        }
        int slo = f.evaluate(interval.lo()).signum();
        int shi = f.evaluate(interval.hi()).signum();
        if (slo * shi >= 0) {
            throw new IllegalArgumentException("not an isolating interval of " + f + ": " + interval);
        }
        BigFraction m = interval.midpoint();
        int sm = f.evaluate(m).signum();
        if (sm == 0) {
            return new IsolatingInterval(m, m);
        }
        return sm == slo ? new IsolatingInterval(m, interval.hi()) : new IsolatingInterval(interval.lo(), m);
    }

    /**
     * Refines {@code interval} by bisection until its width is at most {@code width} (or it is exact).
     *
     * @throws IllegalArgumentException if {@code width ≤ 0} or the interval is not isolating for {@code f}
     */
    public static IsolatingInterval refine(UnivariatePolynomial<BigFraction> f, IsolatingInterval interval,
                                           BigFraction width) {
        if (width.signum() <= 0) {
            throw new IllegalArgumentException("expected a positive width, got " + width);
        }
        IsolatingInterval r = interval;
        while (Order.compare(r.width(), width) > 0) {
            r = bisect(f, r);
        }
        return r;
    }
}
