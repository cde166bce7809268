package org.rationalnets.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * F_7 on ints in [0, 7) with nothing but the abstract methods of {@link Field} (so every default
 * method is the interface's), counting its multiplications: lets tests check that repeated
 * squaring does no useless work.
 */
final class CountingF7 implements Field<Integer> {
    int multiplications;

    @Override public Integer add(Integer a, Integer b) { return (a + b) % 7; }
    @Override public Integer negate(Integer a) { return (7 - a) % 7; }
    @Override public Integer multiply(Integer a, Integer b) {
        multiplications++;
        return a * b % 7;
    }
    @Override public Integer reciprocal(Integer a) {
        for (int b = 1; b < 7; b++) {
            if (a * b % 7 == 1) {
                return b;
            }
        }
        throw new ArithmeticException("division by zero");
    }
    @Override public Integer one() { return 1; }
    @Override public Integer zero() { return 0; }
    @Override public boolean isZero(Integer a) { return a == 0; }
    @Override public Integer fromBigInteger(BigInteger n) { return n.mod(BigInteger.valueOf(7)).intValue(); }
    @Override public Integer fromRational(BigFraction q) {
        return fromBigInteger(q.getNumerator()) * reciprocal(fromBigInteger(q.getDenominator())) % 7;
    }
    @Override public BigInteger characteristic() { return BigInteger.valueOf(7); }
}
