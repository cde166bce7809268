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

/**
 * Reading and writing the vector file: one fixed layout (two-space indentation, {@code "\n"}
 * line ends, scalar arrays on one line) so that the same data always gives the same bytes.
 */
public final class VectorJson {

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
}
