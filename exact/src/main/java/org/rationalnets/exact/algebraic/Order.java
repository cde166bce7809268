package org.rationalnets.exact.algebraic;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;

/**
 * Order on rationals. Commons Numbers 1.2 {@code BigFraction.compareTo} (and {@code abs}) give wrong
 * answers for fractions stored with a negative denominator (e.g. {@code 3/-4 < -1}), which
 * {@code divide} produces; comparisons here go through the sign of the difference instead.
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
