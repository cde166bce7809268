package org.rationalnets.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A field {@code F} whose elements are represented by values of type {@code T}.
 *
 * <p>Extends the Commons Numbers {@link org.apache.commons.numbers.field.Field} with what exact
 * algorithms need beyond the four operations: a zero test (elements need not be canonical
 * objects, so {@code equals} is not the test), embeddings of the integers and rationals, and the
 * characteristic. Polynomials, matrices and the network's forward pass are written once over this
 * interface and run over {@link Rationals Q}, {@link PrimeField F_p} and {@link Doubles double}.
 *
 * @param <T> element type
 */
public interface Field<T> extends org.apache.commons.numbers.field.Field<T> {

    /** Whether {@code a} is the zero of this field. For {@link Doubles} this is {@code a == 0.0}. */
    boolean isZero(T a);

    /** The image of the integer {@code n} under the ring map Z → F. */
    T fromBigInteger(BigInteger n);

    /** The image of {@code n} under Z → F. */
    default T fromLong(long n) {
        return fromBigInteger(BigInteger.valueOf(n));
    }

    /**
     * The image of a rational number under Q → F.
     *
     * @throws ArithmeticException if the denominator is zero in F (only possible in characteristic p)
     */
    T fromRational(BigFraction q);

    /** The characteristic: 0 for Q and double, p for F_p. */
    BigInteger characteristic();

    /** Whether arithmetic is exact (false only for floating point). */
    default boolean isExact() {
        return true;
    }

    /** Whether {@code a} and {@code b} are equal as field elements. */
    default boolean areEqual(T a, T b) {
        return isZero(subtract(a, b));
    }

    /** {@code a^n} for {@code n ≥ 0}, by repeated squaring. */
    default T pow(T a, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative exponent " + n);
        }
        T result = one();
        T base = a;
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = multiply(result, base);
            }
            if (e > 1) {
                base = multiply(base, base);
            }
        }
        return result;
    }

    @Override
    default T multiply(int n, T a) {
        return multiply(fromLong(n), a);
    }

    @Override
    default T subtract(T a, T b) {
        return add(a, negate(b));
    }

    @Override
    default T divide(T a, T b) {
        return multiply(a, reciprocal(b));
    }

    /** A readable, exact rendering of {@code a} (rationals as {@code n/d}). */
    default String format(T a) {
        return String.valueOf(a);
    }
}
