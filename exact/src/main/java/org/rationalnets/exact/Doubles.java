package org.rationalnets.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Floating-point numbers as an (inexact) field, for demonstrations and numerics only: no claim
 * of this project rests on it. {@link #isZero} is an exact test against {@code 0.0}.
 */
public final class Doubles implements Field<Double> {

    /** The only instance. */
    public static final Doubles R64 = new Doubles();

    private Doubles() {
    }

    @Override public Double add(Double a, Double b) { return a + b; }
    @Override public Double subtract(Double a, Double b) { return a - b; }
    @Override public Double negate(Double a) { return -a; }
    @Override public Double multiply(Double a, Double b) { return a * b; }
    @Override public Double divide(Double a, Double b) { return a / b; }
    @Override public Double one() { return 1.0; }
    @Override public Double zero() { return 0.0; }
    @Override public boolean isZero(Double a) { return a == 0.0; }
    @Override public Double fromBigInteger(BigInteger n) { return n.doubleValue(); }
    @Override public Double fromLong(long n) { return (double) n; }
    @Override public Double fromRational(BigFraction q) { return q.doubleValue(); }
    @Override public BigInteger characteristic() { return BigInteger.ZERO; }
    @Override public boolean isExact() { return false; }

    @Override
    public Double reciprocal(Double a) {
        if (a == 0.0) {
            throw new ArithmeticException("division by zero");
        }
        return 1.0 / a;
    }

    @Override
    public String toString() {
        return "double";
    }
}
