package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.membership.MembershipResult;

/**
 * The membership object of docs/cli.md: {@code architecture}, {@code mode},
 * {@code member: {Q, R, C}} (true, false, or null when undecided or not asked),
 * {@code closure_member}, {@code weights: {Q, R, C}} (a witness for every "yes", else null),
 * {@code reason}, {@code evidence}.
 */
final class MembershipResultSerializer extends StdSerializer<MembershipResult> {

    MembershipResultSerializer() {
        super(MembershipResult.class);
    }

    @Override
    public void serialize(MembershipResult r, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeStringField("architecture", r.architecture().toArgument());
        g.writeStringField("mode", r.mode().jsonName());
        g.writeObjectFieldStart("member");
        for (GroundField f : GroundField.values()) {
            g.writeFieldName(f.name());
            RationalNetsJson.writeBoolean(g, r.answer(f).asBoolean());
        }
        g.writeEndObject();
        g.writeFieldName("closure_member");
        RationalNetsJson.writeBoolean(g, r.closure().asBoolean());
        g.writeObjectFieldStart("weights");
        for (GroundField f : GroundField.values()) {
            g.writeFieldName(f.name());
            p.defaultSerializeValue(r.weights(f), g);
        }
        g.writeEndObject();
        g.writeStringField("reason", r.reason());
        g.writeArrayFieldStart("evidence");
        for (String line : r.evidence()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
