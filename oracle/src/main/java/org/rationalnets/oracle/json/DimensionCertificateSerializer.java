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
 * draws) followed by the {@code contradictions} with a theorem (empty unless something is wrong). For an
 * activation other than 1/t the fields of docs/monomial.md §2 and the chain of bounds follow {@code dimension}.
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
        if (!c.activation().isReciprocal()) {
            monomial(g, c);
        }
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

    /**
     * The fields of {@code σ = t^r}, {@code r ≠ −1} (docs/monomial.md §2): the activation, the convention,
     * for {@code r ≥ 2} the projective dimension and both ambient dimensions, and the chain of bounds.
     */
    private static void monomial(JsonGenerator g, DimensionCertificate c) throws IOException {
        g.writeStringField("activation", c.activation().toString());
        g.writeStringField("convention", c.activation().isPolynomial() ? "affine" : "projective");
        if (c.activation().isPolynomial()) {
            g.writeFieldName("projective_dimension");
            RationalNetsJson.writeNumber(g, c.projectiveDimension() == null ? null : Long.valueOf(c.projectiveDimension()));
            g.writeNumberField("ambient_affine_dimension", c.ambientDimension());
            g.writeNumberField("ambient_projective_dimension", c.projectiveAmbientDimension());
        }
        g.writeArrayFieldStart("upper_bound_chain");
        for (String s : c.boundChain()) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static String label(Theorem t) {
        return t == null ? null : t.label();
    }
}
