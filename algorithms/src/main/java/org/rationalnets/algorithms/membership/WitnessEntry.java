package org.rationalnets.algorithms.membership;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/**
 * One exact entry of a witness weight matrix: a rational number, or (over R and C) an algebraic
 * number. In JSON (docs/cli.md) a rational entry is a string such as {@code "-1/2"}, an algebraic
 * one an object {@code {"poly", "value", "approx", "interval"?}}.
 */
public interface WitnessEntry {

    /** A short readable form, e.g. {@code -1/2} or {@code t (t^2 - 2, ≈1.414213562)}. */
    String toText();

    /** Whether the entry is a rational number. */
    boolean isRational();

    /** The rational entry {@code q}. */
    static WitnessEntry rational(BigFraction q) {
        return new Rational(q);
    }

    /**
     * A rational entry.
     *
     * @param value the number
     */
    record Rational(BigFraction value) implements WitnessEntry {
        @Override
        public String toText() {
            return Rationals.toString(value);
        }

        @Override
        public boolean isRational() {
            return true;
        }
    }

    /** The entry {@code x}: rational when {@code x} is stored as a rational number, algebraic otherwise. */
    static WitnessEntry of(AlgebraicNumber x) {
        return x.isRational() ? new Rational(x.rationalValue()) : new Algebraic(x);
    }

    /**
     * An algebraic entry {@code value(θ)}, θ a specific root of {@code h}.
     *
     * @param value the number
     */
    record Algebraic(AlgebraicNumber value) implements WitnessEntry {
        @Override
        public String toText() {
            return "≈" + value.approx() + " (= " + value.value().toString("t") + ", " + value.polynomial().toString("t") + " = 0)";
        }

        @Override
        public boolean isRational() {
            return false;
        }
    }
}
