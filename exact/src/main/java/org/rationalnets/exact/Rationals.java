package org.rationalnets.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.commons.numbers.field.BigFractionField;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The field Q of rational numbers, elements {@link BigFraction} (always in lowest terms, so
 * {@code equals} agrees with equality of numbers). Arithmetic is delegated to Commons Numbers'
 * {@link BigFractionField}.
 */
public final class Rationals implements Field<BigFraction> {

    /** The only instance. */
    public static final Rationals Q = new Rationals();

    private static final BigFractionField DELEGATE = BigFractionField.get();

    private Rationals() {
    }

    @Override public BigFraction add(BigFraction a, BigFraction b) { return a.add(b); }
    @Override public BigFraction subtract(BigFraction a, BigFraction b) { return a.subtract(b); }
    @Override public BigFraction negate(BigFraction a) { return a.negate(); }
    @Override public BigFraction multiply(BigFraction a, BigFraction b) { return a.multiply(b); }
    @Override public BigFraction multiply(int n, BigFraction a) { return a.multiply(n); }
    @Override public BigFraction divide(BigFraction a, BigFraction b) { return a.divide(b); }
    @Override public BigFraction reciprocal(BigFraction a) { return DELEGATE.reciprocal(a); }
    @Override public BigFraction one() { return BigFraction.ONE; }
    @Override public BigFraction zero() { return BigFraction.ZERO; }
    @Override public boolean isZero(BigFraction a) { return a.signum() == 0; }
    @Override public BigFraction fromBigInteger(BigInteger n) { return BigFraction.of(n); }
    @Override public BigFraction fromLong(long n) { return BigFraction.of(n); }
    @Override public BigFraction fromRational(BigFraction q) { return q; }
    @Override public BigInteger characteristic() { return BigInteger.ZERO; }
    @Override public boolean areEqual(BigFraction a, BigFraction b) { return a.equals(b); }
    @Override public String format(BigFraction a) { return toString(a); }

    /**
     * The numerator of {@code a} in lowest terms with a positive denominator. (Commons Numbers keeps
     * the sign wherever it arose, e.g. {@code BigFraction.of(1, -2)} has denominator −2.)
     */
    public static BigInteger numerator(BigFraction a) {
        return a.getDenominator().signum() < 0 ? a.getNumerator().negate() : a.getNumerator();
    }

    /**
     * The order of Q: the sign of {@code a − b}. Use this, never {@code BigFraction.compareTo}.
     * Commons Numbers 1.2 {@code compareTo} compares the signs and then, when they agree, the absolute
     * values, without negating for a negative sign: for two negative values it answers the opposite
     * of the truth whenever they differ, however they are stored. For example
     * {@code BigFraction.of(-3, 4).compareTo(BigFraction.of(-1))} is −1 (−3/4 &gt; −1) and
     * {@code BigFraction.of(-1, 2).compareTo(BigFraction.of(-1, 3))} is +1 (−1/2 &lt; −1/3); the same holds
     * for fractions stored with a negative denominator, which {@code divide} produces ({@code 3/-4}).
     * Mixed signs, zero and {@code equals} are correct. {@code RationalsTest} pins the defect.
     */
    public static int compare(BigFraction a, BigFraction b) {
        return a.subtract(b).signum();
    }

    /** {@code |a|} with a positive denominator. */
    public static BigFraction abs(BigFraction a) {
        return BigFraction.of(numerator(a).abs(), denominator(a));
    }

    /** The positive denominator of {@code a} in lowest terms. */
    public static BigInteger denominator(BigFraction a) {
        return a.getDenominator().abs();
    }

    /** {@code n} or {@code n/d} with {@code d > 1}: the canonical text of a rational. */
    public static String toString(BigFraction a) {
        BigInteger d = denominator(a);
        return d.equals(BigInteger.ONE) ? numerator(a).toString() : numerator(a) + "/" + d;
    }

    /**
     * Reads an exact rational from text: an integer ({@code -3}), a fraction ({@code 1/2}) or a
     * decimal ({@code 0.25}, read exactly as 1/4, never through {@code double}; exponents allowed).
     *
     * @throws NumberFormatException if the text is none of these, or a fraction has denominator 0
     */
    public static BigFraction parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            BigInteger num = new BigInteger(s.substring(0, slash).strip());
            BigInteger den = new BigInteger(s.substring(slash + 1).strip());
            if (den.signum() == 0) {
                throw new NumberFormatException("zero denominator in \"" + text + "\"");
            }
            return BigFraction.of(num, den);
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new NumberFormatException("not a rational number: \"" + text + "\"");
        }
        return fromDecimal(new BigDecimal(s));
    }

    /** The exact rational value of a decimal. */
    public static BigFraction fromDecimal(BigDecimal d) {
        if (d.scale() <= 0) {
            return BigFraction.of(d.toBigIntegerExact());
        }
        return BigFraction.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    @Override
    public String toString() {
        return "Q";
    }
}
