package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.IsolatingInterval;

/**
 * An algebraic number {@code value(θ)}, θ a root of {@code h}:
 * {@code {"poly": "t^2 - 2", "value": "t", "approx": "1.414213562", "interval": ["1", "2"]}}. The
 * interval isolates θ among the real roots of {@code h} and is written only for a real root; the
 * approximation is for display, every claim uses {@code poly}, {@code value} and the interval.
 */
final class AlgebraicNumberSerializer extends StdSerializer<AlgebraicNumber> {

    AlgebraicNumberSerializer() {
        super(AlgebraicNumber.class);
    }

    @Override
    public void serialize(AlgebraicNumber x, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeStringField("poly", x.polynomial().toString("t"));
        g.writeStringField("value", x.value().toString("t"));
        g.writeStringField("approx", x.approx());
        if (x.root().isReal()) {
            IsolatingInterval i = x.root().interval();
            g.writeArrayFieldStart("interval");
            g.writeString(Rationals.toString(i.lo()));
            g.writeString(Rationals.toString(i.hi()));
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
