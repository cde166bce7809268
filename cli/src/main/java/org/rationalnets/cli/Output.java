package org.rationalnets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * Printing JSON on the command line: every value goes through {@link RationalNetsJson}, which holds the
 * field names and formats; this class only chooses pretty or one-line output and flushes.
 */
public final class Output {

    /** The mapper of {@link RationalNetsJson}, for commands that build a tree of their own. */
    public static final ObjectMapper JSON = RationalNetsJson.MAPPER;

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
    public static void print(PrintWriter out, Object value) {
        out.println(RationalNetsJson.pretty(value));
        out.flush();
    }

    /** Prints one JSON value on a single line (JSON Lines). */
    public static void printLine(PrintWriter out, Object value) {
        out.println(RationalNetsJson.line(value));
        out.flush();
    }
}
