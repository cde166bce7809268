package org.rationalnets.oracle.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.rationalnets.oracle.vectors.VectorChecker;

/**
 * The {@code check-vectors} object: {@code total}, {@code passed}, {@code failed}, {@code skipped}
 * (a count), {@code mismatches} (per test its {@code tcId}, {@code type} and {@code differences}),
 * {@code skipped_tcIds} and {@code notes}.
 */
final class CheckReportSerializer extends StdSerializer<VectorChecker.Report> {

    CheckReportSerializer() {
        super(VectorChecker.Report.class);
    }

    @Override
    public void serialize(VectorChecker.Report r, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("total", r.total());
        g.writeNumberField("passed", r.passed());
        g.writeNumberField("failed", r.failed());
        g.writeNumberField("skipped", r.skipped().size());
        g.writeArrayFieldStart("mismatches");
        for (VectorChecker.Mismatch x : r.mismatches()) {
            g.writeStartObject();
            g.writeNumberField("tcId", x.tcId());
            g.writeStringField("type", x.type());
            strings(g, "differences", x.differences());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped_tcIds");
        for (int id : r.skipped()) {
            g.writeNumber(id);
        }
        g.writeEndArray();
        strings(g, "notes", r.notes());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
