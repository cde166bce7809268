package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.algorithms.dimension.Theorems;

/**
 * The {@code dim} object of docs/cli.md (one line of {@code census --json}): {@code dimension} (null
 * unless certified), both bounds and why the upper one holds, {@code ambient_dimension},
 * {@code expected_dimension}, {@code fills}, {@code defective}, the theorems that apply with their
 * values, and the certificate ({@code seed}, {@code prime}, {@code rank_field}, sample points,
 * draws) followed by the {@code contradictions} with a theorem (empty unless something is wrong).
 */
final class DimensionCertificateSerializer extends StdSerializer<DimensionCertificate> {

    DimensionCertificateSerializer() {
        super(DimensionCertificate.class);
    }

    @Override
    public void serialize(DimensionCertificate c, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeStringField("architecture", c.architecture().toArgument());
        g.writeFieldName("dimension");
        RationalNetsJson.writeNumber(g, c.certified() ? Long.valueOf(c.lowerBound()) : null);
        g.writeNumberField("lower_bound", c.lowerBound());
        g.writeNumberField("upper_bound", c.upperBound());
        g.writeStringField("upper_bound_reason", c.upperBoundReason());
        g.writeBooleanField("certified", c.certified());
        g.writeNumberField("ambient_dimension", c.ambientDimension());
        g.writeNumberField("expected_dimension", c.expectedDimension());
        g.writeFieldName("fills");
        RationalNetsJson.writeBoolean(g, c.fills());
        g.writeBooleanField("defective", c.defective());
        g.writeStringField("theorem", label(c.theorem()));
        g.writeFieldName("theorem_value");
        RationalNetsJson.writeNumber(g, c.theoremValue());
        g.writeStringField("filling_theorem", label(c.fillingTheorem()));
        g.writeFieldName("filling_theorem_value");
        RationalNetsJson.writeBoolean(g, c.fillingTheoremValue());
        g.writeFieldName("w1_value");
        RationalNetsJson.writeNumber(g, c.widthOneValue());
        g.writeNumberField("seed", c.seed());
        g.writeFieldName("prime");
        RationalNetsJson.writeNumber(g, c.prime());
        g.writeStringField("rank_field", c.prime() == null ? "Q" : "F_p");
        g.writeNumberField("sample_points", c.samplePoints());
        g.writeNumberField("rejected_points", c.rejectedPoints());
        g.writeNumberField("attempts", c.attempts());
        g.writeArrayFieldStart("contradictions");
        for (String s : Theorems.contradictions(c)) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String label(Theorem t) {
        return t == null ? null : t.label();
    }
}
