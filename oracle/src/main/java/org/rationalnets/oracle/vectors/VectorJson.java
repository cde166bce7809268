package org.rationalnets.oracle.vectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Rationals;

/**
 * Reading and writing the vector file: one fixed layout (two-space indentation, {@code "\n"}
 * line ends, scalar arrays on one line) so that the same data always gives the same bytes.
 */
public final class VectorJson {

    /** The schema name written into the file. */
    public static final String SCHEMA_NAME = "rationalnets_vectors";
    /** The schema version; bumped when a field's meaning changes. */
    public static final String SCHEMA_VERSION = "1.1.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Classpath location of the committed vector file. */
    public static final String RESOURCE = "/vectors/rationalnets_vectors.json";
    /** Classpath location of the JSON Schema of the vector file. */
    public static final String SCHEMA_RESOURCE = "/vectors/rationalnets_vectors.schema.json";

    /** Numbers are read as BigInteger/BigDecimal, never through double. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private VectorJson() {
    }

    /** The canonical text of a JSON tree, ending in a newline. */
    public static String render(JsonNode node) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses JSON text.
     *
     * @throws IllegalArgumentException with the parser's message if the text is not JSON
     */
    public static JsonNode parse(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new IllegalArgumentException("expected a JSON object, got an empty document");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("expected JSON, got malformed text: " + e.getOriginalMessage());
        }
    }

    /** The committed vector file, as text. */
    public static String committedText() {
        return resourceText(RESOURCE);
    }

    /** The JSON Schema of the vector file, as text. */
    public static String schemaText() {
        return resourceText(SCHEMA_RESOURCE);
    }

    private static String resourceText(String name) {
        try (InputStream in = VectorJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the oracle jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    public static ArrayNode strings(List<?> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(v -> a.add(String.valueOf(v)));
        return a;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    public static ObjectNode test(String comment, Set<Flag> flags) {
        ObjectNode t = NODES.objectNode();
        t.put("comment", comment);
        ArrayNode f = t.putArray("flags");
        flags.stream().sorted().forEach(x -> f.add(x.name()));
        return t;
    }

    public static ObjectNode test(String comment, Set<Flag> flags, Architecture d) {
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        architectureFlags(d, f);
        ObjectNode t = test(comment, f);
        t.put("architecture", d.toArgument());
        return t;
    }

    public static void architectureFlags(Architecture d, Set<Flag> f) {
        if (d.firstWidthOneHiddenLayer() >= 1) {
            f.add(Flag.WidthOne);
        }
        if (d.inputDimension() == 1) {
            f.add(Flag.InputDimensionOne);
        }
        if (d.depth() == 1) {
            f.add(Flag.DepthOne);
        }
    }

    public static Monomial unit(int n, int i) {
        return Monomial.variable(n, i);
    }

    public static String rational(BigFraction q) {
        return Rationals.toString(q);
    }
}
