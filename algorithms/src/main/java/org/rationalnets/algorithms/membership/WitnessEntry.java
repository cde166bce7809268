package org.rationalnets.algorithms.membership;

import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/**
 * One exact entry of a witness weight matrix: a rational number, or (over R and C) an algebraic
 * number. {@link #toJson()} gives the docs/cli.md form: a rational string such as {@code "-1/2"},
 * or an object {@code {"poly", "value", "approx", "interval"?}}.
 */
public interface WitnessEntry {

    /** The JSON value: a {@code String} for a rational, a {@code Map<String, Object>} for an algebraic number. */
    Object toJson();

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
        public Object toJson() {
            return Rationals.toString(value);
        }

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
        public Object toJson() {
            return value.toJsonMap();
        }

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
