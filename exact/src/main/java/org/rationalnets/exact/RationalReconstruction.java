package org.rationalnets.exact;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Rational reconstruction (Wang's algorithm): from a residue {@code u mod m} find the fraction
 * {@code a/b ≡ u (mod m)} with {@code |a|, |b| ≤ √(m/2)}, which is unique when it exists. Used to
 * lift a kernel computed modulo several primes (combined by the Chinese remainder theorem) to Q.
 * Nothing is claimed about a reconstructed value until the caller has verified it exactly.
 */
public final class RationalReconstruction {

    private RationalReconstruction() {
    }

    /**
     * The fraction {@code a/b} with {@code a ≡ u·b (mod m)}, {@code |a|, |b| ≤ √(m/2)},
     * {@code gcd(b, m) = 1}, or empty when there is none.
     *
     * @throws IllegalArgumentException if {@code m < 2}
     */
    public static Optional<BigFraction> of(BigInteger u, BigInteger m) {
        if (m.compareTo(BigInteger.TWO) < 0) {
            throw new IllegalArgumentException("expected a modulus ≥ 2, got " + m);
        }
        BigInteger bound = m.shiftRight(1).sqrt();
        BigInteger r0 = m;
        BigInteger r1 = u.mod(m);
        BigInteger t0 = BigInteger.ZERO;
        BigInteger t1 = BigInteger.ONE;
        while (r1.compareTo(bound) > 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger t = t0.subtract(qr[0].multiply(t1));
            t0 = t1;
            t1 = t;
        }
        if (t1.signum() == 0 || t1.abs().compareTo(bound) > 0 || !t1.gcd(m).equals(BigInteger.ONE)) {
            return Optional.empty();
        }
        // t1 ≠ 0 here: carry its sign to the numerator so that the denominator is positive
        BigInteger sign = BigInteger.valueOf(t1.signum());
        return Optional.of(BigFraction.of(r1.multiply(sign), t1.abs()));
    }

    /** The combination {@code x ≡ a (mod m)}, {@code x ≡ b (mod n)} in {@code [0, m·n)} for coprime m, n. */
    public static BigInteger chineseRemainder(BigInteger a, BigInteger m, BigInteger b, BigInteger n) {
        // x = a + m·((b − a)·m⁻¹ mod n)
        BigInteger k = b.subtract(a).multiply(m.modInverse(n)).mod(n);
        return a.add(m.multiply(k)).mod(m.multiply(n));
    }
}
