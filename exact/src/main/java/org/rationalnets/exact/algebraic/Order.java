package org.rationalnets.exact.algebraic;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;

/**
 * Order on rationals. Commons Numbers 1.2 {@code BigFraction.compareTo} reverses the order of any two
 * different negative values (−3/4 compares below −1, −1/2 above −1/3; see {@link Rationals#compare}),
 * and {@code abs} may keep a negative stored denominator ({@code 1/-2} gives {@code -1/-2}); comparisons
 * here go through the sign of the difference instead.
 */
final class Order {

    private Order() {
    }

    /** The sign of {@code a − b}. */
    static int compare(BigFraction a, BigFraction b) {
        return Rationals.compare(a, b);
    }

    /** {@code |a|} with a positive denominator. */
    static BigFraction abs(BigFraction a) {
        return Rationals.abs(a);
    }

    /** {@code a} with a positive denominator. */
    static BigFraction normal(BigFraction a) {
        return BigFraction.of(Rationals.numerator(a), Rationals.denominator(a));
    }

    /** The larger of {@code a}, {@code b}; {@code a} itself on a tie. */
    static BigFraction max(BigFraction a, BigFraction b) {
        return compare(a, b) >= 0 ? a : b;
    }

    /** The smaller of {@code a}, {@code b}; {@code a} itself on a tie. */
    static BigFraction min(BigFraction a, BigFraction b) {
        return compare(a, b) <= 0 ? a : b;
    }
}
