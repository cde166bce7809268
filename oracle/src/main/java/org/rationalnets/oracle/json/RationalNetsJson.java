package org.rationalnets.oracle.json;

import java.util.List;
import org.rationalnets.core.Activation;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.Weights;

/**
 * The JSON form of the library's results (docs/cli.md): one mapper that knows an explicit
 * serializer for each result type, so that {@code RationalNetsJson.pretty(result)} prints what the
 * command line prints and {@code RationalNetsJson.tree(result)} is what the vectors hold. Numbers are
 * read exactly (decimals as {@code BigDecimal}), never through {@code double}.
 *
 * <p>Example: {@code RationalNetsJson.line(Weights.ofRows(d, rows))} gives
 * {@code [[["1","1/2"],["0","-3"]],[["2","1"]]]}.
 */
public final class RationalNetsJson {

    /** The mapper with the serializers of this package; not indenting. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .registerModule(new SimpleModule("rationalnets")
                    .addSerializer(new AlgebraicNumberSerializer())
                    .addSerializer(new WeightsSerializers.OfWeights())
                    .addSerializer(new WeightsSerializers.OfWitness())
                    .addSerializer(new WeightsSerializers.OfEntry())
                    .addSerializer(new MembershipResultSerializer())
                    .addSerializer(new LinearFactorizationSerializer())
                    .addSerializer(new DimensionCertificateSerializer())
                    .addSerializer(new CheckReportSerializer())
                    .addSerializer(Architecture.class, new ArchitectureSerializer()));

    private RationalNetsJson() {
    }

    /**
     * The JSON tree of {@code value}: a result of the library, a Jackson tree, or plain values.
     *
     * @throws IllegalArgumentException if {@code value} has no JSON form
     */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** {@code value} pretty-printed (two-space indentation, {@code "a" : 1}), as the command line prints it. */
    public static String pretty(Object value) {
        return write(value, true);
    }

    /** {@code value} on one line (JSON Lines, as {@code census --json} prints one object per architecture). */
    public static String line(Object value) {
        return write(value, false);
    }

    private static String write(Object value, boolean indent) {
        try {
            return (indent ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // every type this mapper meets has a serializer; a failure is a bug, not bad input
            throw new IllegalStateException("no JSON form for " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Weights from the {@code --weights} form of docs/cli.md: an array of matrices, each an array of
     * rows, each entry a number or a string holding an exact rational ({@code "1/2"}, {@code "-3"},
     * {@code "0.25"}); numbers are read exactly.
     *
     * @throws IllegalArgumentException naming the weight matrix, row and entry that is malformed, or
     *         the shape that does not match {@code d}
     */
    public static Weights weights(Architecture d, String json) {
        return WeightsReader.read(d, json);
    }

    static void writeBoolean(JsonGenerator g, Boolean b) throws IOException {
        if (b == null) {
            g.writeNull();
        } else {
            g.writeBoolean(b);
        }
    }

    static void writeNumber(JsonGenerator g, Long n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(n);
        }
    }

    /**
     * A {@code dim} object read back into its certificate (as {@code census merge} does with the lines of
     * {@code census --json}); the parts of a split bound are not read, the object names them only in
     * {@code upper_bound_chain}.
     *
     * @throws IllegalArgumentException or NullPointerException if a field is missing or malformed
     */
    public static DimensionCertificate dimensionCertificate(JsonNode j) {
        Activation sigma = j.has("activation") ? Activation.parse(j.get("activation").asText()) : Activation.RECIPROCAL;
        return new DimensionCertificate(Architecture.parse(j.get("architecture").asText()),
                j.get("lower_bound").intValue(), j.get("upper_bound").longValue(), j.get("upper_bound_reason").asText(),
                j.get("ambient_dimension").bigIntegerValue(), j.get("expected_dimension").bigIntegerValue(),
                j.get("prime").isNull() ? null : j.get("prime").longValue(), j.get("seed").longValue(),
                j.get("sample_points").intValue(), j.get("rejected_points").intValue(), j.get("attempts").intValue(),
                theorem(j.get("theorem")), j.get("theorem_value").isNull() ? null : j.get("theorem_value").longValue(),
                theorem(j.get("filling_theorem")),
                j.get("filling_theorem_value").isNull() ? null : j.get("filling_theorem_value").booleanValue(),
                j.get("w1_value").isNull() ? null : j.get("w1_value").longValue(), sigma, List.of());
    }

    private static Theorem theorem(JsonNode n) {
        return n.isNull() ? null : Theorem.valueOf(n.asText());
    }

    /** An architecture is its {@code --arch} argument, {@code "3,2,1"}. */
    private static final class ArchitectureSerializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Architecture> {
        ArchitectureSerializer() {
            super(Architecture.class);
        }

        @Override
        public void serialize(Architecture d, JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p) throws IOException {
            g.writeString(d.toArgument());
        }
    }
}
