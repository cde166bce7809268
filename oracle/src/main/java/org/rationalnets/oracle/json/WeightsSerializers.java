package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.membership.WitnessEntry;
import org.rationalnets.algorithms.membership.WitnessWeights;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Rationals;

/**
 * Weights {@code W_1, …, W_L} as the {@code --weights} form of docs/cli.md: an array of matrices,
 * each an array of rows; a rational entry is an exact string ({@code "-1/2"}), an algebraic entry of a
 * witness an {@link AlgebraicNumberSerializer} object.
 */
final class WeightsSerializers {

    private WeightsSerializers() {
    }

    /** Rational weights: every entry an exact rational string. */
    static final class OfWeights extends StdSerializer<Weights> {
        OfWeights() {
            super(Weights.class);
        }

        @Override
        public void serialize(Weights w, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (Matrix<BigFraction> m : w.matrices()) {
                g.writeStartArray();
                for (List<BigFraction> row : m.rowList()) {
                    g.writeStartArray();
                    for (BigFraction q : row) {
                        g.writeString(Rationals.toString(q));
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
    }

    /** A witness: rational entries as strings, algebraic ones as objects. */
    static final class OfWitness extends StdSerializer<WitnessWeights> {
        OfWitness() {
            super(WitnessWeights.class);
        }

        @Override
        public void serialize(WitnessWeights w, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            for (List<List<WitnessEntry>> m : w.matrices()) {
                g.writeStartArray();
                for (List<WitnessEntry> row : m) {
                    g.writeStartArray();
                    for (WitnessEntry x : row) {
                        p.defaultSerializeValue(x, g);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
    }

    /** One witness entry: {@code "-1/2"} or {@code {"poly", "value", "approx", "interval"?}}. */
    static final class OfEntry extends StdSerializer<WitnessEntry> {
        OfEntry() {
            super(WitnessEntry.class);
        }

        @Override
        public void serialize(WitnessEntry x, JsonGenerator g, SerializerProvider p) throws IOException {
            if (x instanceof WitnessEntry.Rational r) {
                g.writeString(Rationals.toString(r.value()));
            } else {
                p.defaultSerializeValue(((WitnessEntry.Algebraic) x).value(), g);
            }
        }
    }
}
