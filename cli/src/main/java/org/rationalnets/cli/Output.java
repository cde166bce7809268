package org.rationalnets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;

/** JSON rendering shared by all commands: field order as inserted, pretty-printed. */
public final class Output {

    /** The mapper all commands use. */
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /** A new, empty object. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** An array of strings. */
    public static ArrayNode strings(List<?> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(v -> a.add(String.valueOf(v)));
        return a;
    }

    /** Prints one JSON value (pretty) followed by a newline. */
    public static void print(PrintWriter out, Object node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** Prints one JSON value on a single line (JSON Lines). */
    public static void printLine(PrintWriter out, Object node) {
        try {
            out.println(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
