package org.rationalnets.exact.algebraic;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;

/**
 * A closed rational interval {@code [lo, hi]} that contains exactly one real root of a square-free
 * polynomial {@code f}: either {@code lo = hi} is the (rational) root itself, or {@code lo < hi} and
 * {@code f(lo)·f(hi) < 0} (so the root lies strictly inside and bisection by sign refines it).
 * Produced by {@link RealRoots#isolate}.
 *
 * @param lo the lower end
 * @param hi the upper end, {@code ≥ lo}
 */
public record IsolatingInterval(BigFraction lo, BigFraction hi) {

    /**
     * @throws IllegalArgumentException if {@code lo > hi}
     */
    public IsolatingInterval {
        lo = Order.normal(lo);
        hi = Order.normal(hi);
        if (Order.compare(lo, hi) > 0) {
            throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        }
    }

    /** Whether the interval is a single point, the exact rational root. */
    public boolean isExact() {
        return Order.compare(lo, hi) == 0;
    }

    /** {@code hi − lo}. */
    public BigFraction width() {
        return hi.subtract(lo);
    }

    /** {@code (lo + hi)/2}. */
    public BigFraction midpoint() {
        return lo.add(hi).divide(2);
    }

    /** Whether {@code lo ≤ x ≤ hi}. */
    public boolean contains(BigFraction x) {
        return Order.compare(lo, x) <= 0 && Order.compare(x, hi) <= 0;
    }

    /** {@code ["lo", "hi"]} with exact rational ends. */
    @Override
    public String toString() {
        return "[" + Rationals.toString(lo) + ", " + Rationals.toString(hi) + "]";
    }
}
