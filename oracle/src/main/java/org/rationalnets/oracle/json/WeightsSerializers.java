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

    /** Writes one entry (Jackson's writers throw {@link IOException}). */
    private interface EntryWriter<E> {
        void write(E entry) throws IOException;
    }

    /** An array of matrices, each an array of rows, each an array of entries. */
    private static <E> void writeMatrices(List<? extends List<? extends List<E>>> matrices, JsonGenerator g, EntryWriter<E> entry)
            throws IOException {
        g.writeStartArray();
        for (List<? extends List<E>> m : matrices) {
            g.writeStartArray();
            for (List<E> row : m) {
                g.writeStartArray();
                for (E x : row) {
                    entry.write(x);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** Rational weights: every entry an exact rational string. */
    static final class OfWeights extends StdSerializer<Weights> {
        OfWeights() {
            super(Weights.class);
        }

        @Override
        public void serialize(Weights w, JsonGenerator g, SerializerProvider p) throws IOException {
            writeMatrices(w.matrices().stream().map(Matrix::rowList).toList(), g, q -> g.writeString(Rationals.toString(q)));
        }
    }

    /** A witness: rational entries as strings, algebraic ones as objects. */
    static final class OfWitness extends StdSerializer<WitnessWeights> {
        OfWitness() {
            super(WitnessWeights.class);
        }

        @Override
        public void serialize(WitnessWeights w, JsonGenerator g, SerializerProvider p) throws IOException {
            writeMatrices(w.matrices(), g, x -> p.defaultSerializeValue(x, g));
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
