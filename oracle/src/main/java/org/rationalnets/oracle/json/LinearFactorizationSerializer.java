package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.factor.LinearFactor;
import org.rationalnets.algorithms.factor.LinearFactorization;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.algebraic.AlgebraicNumber;

/**
 * Whether a form is a product of linear forms (docs/theory.md §8): {@code form},
 * {@code splits: {Q, R, C}}, {@code certain: {Q, R, C}}, {@code route}, {@code reason: {Q, R, C}},
 * {@code certificate}, {@code error_bound}, {@code seed}, and when the form splits over C
 * {@code scalar} and {@code factors}: per distinct factor its {@code coefficients} (rational strings
 * or algebraic-number objects), {@code multiplicity} and whether it is {@code real}.
 */
final class LinearFactorizationSerializer extends StdSerializer<LinearFactorization> {

    LinearFactorizationSerializer() {
        super(LinearFactorization.class);
    }

    @Override
    public void serialize(LinearFactorization f, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeStringField("form", f.form().toString());
        g.writeObjectFieldStart("splits");
        for (GroundField k : GroundField.values()) {
            g.writeBooleanField(k.name(), f.splitsOver(k));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("certain");
        for (GroundField k : GroundField.values()) {
            g.writeBooleanField(k.name(), f.isCertain(k));
        }
        g.writeEndObject();
        g.writeStringField("route", f.route().name());
        g.writeObjectFieldStart("reason");
        for (GroundField k : GroundField.values()) {
            g.writeStringField(k.name(), f.reason(k));
        }
        g.writeEndObject();
        g.writeStringField("certificate", f.certificate());
        g.writeStringField("error_bound", Rationals.toString(f.errorBound()));
        g.writeNumberField("seed", f.seed());
        if (f.isProductOfLinearForms()) {
            g.writeStringField("scalar", Rationals.toString(f.scalar()));
            g.writeArrayFieldStart("factors");
            for (LinearFactor l : f.factors()) {
                g.writeStartObject();
                g.writeArrayFieldStart("coefficients");
                for (AlgebraicNumber a : l.coefficients()) {
                    if (a.isRational()) {
                        g.writeString(Rationals.toString(a.rationalValue()));
                    } else {
                        p.defaultSerializeValue(a, g);
                    }
                }
                g.writeEndArray();
                g.writeNumberField("multiplicity", l.multiplicity());
                g.writeBooleanField("real", l.isReal());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
