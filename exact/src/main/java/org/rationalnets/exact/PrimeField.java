package org.rationalnets.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The prime field F_p for a prime {@code p < 2^31}, elements {@link Long} in {@code [0, p)}.
 *
 * <p>Products of two residues fit in a {@code long}, so arithmetic needs no {@link BigInteger}.
 * Static {@code long} methods serve hot loops (dense rank) without boxing.
 */
public final class PrimeField implements Field<Long> {

    /** The largest prime below 2^31, the default modulus for certified lower bounds. */
    public static final long LARGEST_31_BIT_PRIME = 2_147_483_647L;

    private final long p;
    private final Long zero;
    private final Long one;

    private PrimeField(long p) {
        this.p = p;
        this.zero = 0L;
        this.one = 1L % p;
    }

    /**
     * F_p.
     *
     * @throws IllegalArgumentException unless {@code 2 ≤ p < 2^31} is prime
     */
    public static PrimeField of(long p) {
        if (p < 2 || p > LARGEST_31_BIT_PRIME || !BigInteger.valueOf(p).isProbablePrime(64)) {
            throw new IllegalArgumentException("expected a prime 2 ≤ p < 2^31, got " + p);
        }
        return new PrimeField(p);
    }

    /** The modulus p. */
    public long modulus() {
        return p;
    }

    /** {@code a mod p} in {@code [0, p)} for any long. */
    public long reduce(long a) {
        long r = a % p;
        return r < 0 ? r + p : r;
    }

    /** {@code a·b mod p} for residues. */
    public long mul(long a, long b) {
        return (a * b) % p;
    }

    /** {@code a+b mod p} for residues. */
    public long plus(long a, long b) {
        long s = a + b;
        return s >= p ? s - p : s;
    }

    /** {@code a−b mod p} for residues. */
    public long minus(long a, long b) {
        long s = a - b;
        return s < 0 ? s + p : s;
    }

    /**
     * The inverse of {@code a} modulo p (extended Euclid); {@code a} is reduced first, so a multiple of p
     * is refused rather than given the "inverse" 0.
     *
     * @throws ArithmeticException if {@code a ≡ 0 (mod p)}
     */
    public long inv(long a) {
        a = Math.floorMod(a, p);
        if (a == 0) {
            throw new ArithmeticException("division by zero in F_" + p);
        }
        long t = 0;
        long newT = 1;
        long r = p;
        long newR = a;
        while (newR != 0) {
            long q = r / newR;
            long tmp = t - q * newT;
            t = newT;
            newT = tmp;
            tmp = r - q * newR;
            r = newR;
            newR = tmp;
        }
        return t < 0 ? t + p : t;
    }

    @Override public Long add(Long a, Long b) { return plus(a, b); }
    @Override public Long subtract(Long a, Long b) { return minus(a, b); }
    @Override public Long negate(Long a) { return a == 0 ? zero : p - a; }
    @Override public Long multiply(Long a, Long b) { return mul(a, b); }
    @Override public Long reciprocal(Long a) { return inv(a); }
    @Override public Long divide(Long a, Long b) { return mul(a, inv(b)); }
    @Override public Long one() { return one; }
    @Override public Long zero() { return zero; }
    @Override public boolean isZero(Long a) { return a == 0; }
    @Override public Long fromLong(long n) { return reduce(n); }
    @Override public Long fromBigInteger(BigInteger n) { return n.mod(BigInteger.valueOf(p)).longValue(); }
    @Override public BigInteger characteristic() { return BigInteger.valueOf(p); }
    @Override public boolean areEqual(Long a, Long b) { return a.longValue() == b.longValue(); }

    /**
     * {@inheritDoc}
     *
     * @throws ArithmeticException if p divides the denominator
     */
    @Override
    public Long fromRational(BigFraction q) {
        long den = fromBigInteger(Rationals.denominator(q));
        if (den == 0) {
            throw new ArithmeticException("denominator of " + q + " vanishes mod " + p);
        }
        return mul(fromBigInteger(Rationals.numerator(q)), inv(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrimeField && ((PrimeField) o).p == p;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(p);
    }

    @Override
    public String toString() {
        return "F_" + p;
    }
}
