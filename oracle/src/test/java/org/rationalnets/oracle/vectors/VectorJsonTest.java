package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Monomial;

/** The JSON helpers of the vector file: canonical text, parsing errors, the test skeleton and its architecture flags. */
class VectorJsonTest {

    @Test
    void canonicalTextIsIndentedWithAFinalNewline() {
        String text = VectorJson.render(VectorJson.parse("{\"a\":[1,2],\"b\":{\"c\":\"x\"}}"));
        assertThat(text).endsWith("}\n").contains("\"a\": [").contains("\"c\": \"x\"");
        assertThat(VectorJson.parse(text)).isEqualTo(VectorJson.parse("{\"a\":[1,2],\"b\":{\"c\":\"x\"}}"));
    }

    @Test
    void malformedOrEmptyTextIsRejected() {
        assertThatThrownBy(() -> VectorJson.parse("{\"a\": ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected JSON, got malformed text");
        assertThatThrownBy(() -> VectorJson.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a JSON object, got an empty document");
    }

    @Test
    void theResourcesAreTheCommittedFileAndItsSchema() {
        assertThat(VectorJson.parse(VectorJson.committedText()).get("schema").get("name").asText()).isEqualTo(VectorJson.SCHEMA_NAME);
        assertThat(VectorJson.parse(VectorJson.schemaText()).has("$defs")).isTrue();
    }

    @Test
    void strings() {
        assertThat(VectorJson.strings(List.of(1, "a", BigFraction.of(1, 2))).toString()).isEqualTo("[\"1\",\"a\",\"1 / 2\"]");
        assertThat(VectorJson.strings(VectorJson.parse("[\"x\", 2]"))).containsExactly("x", "2");
        assertThat(VectorJson.rational(BigFraction.of(-3, 6))).isEqualTo("-1/2");
        assertThat(VectorJson.unit(3, 1)).isEqualTo(Monomial.variable(3, 1));
    }

    /** Flags are sorted by their order in {@link Flag}; the architecture adds WidthOne, InputDimensionOne, DepthOne where they apply. */
    @Test
    void testSkeletonAndArchitectureFlags() {
        var t = VectorJson.test("c", EnumSet.of(Flag.values()[2], Flag.values()[0]));
        assertThat(t.get("comment").asText()).isEqualTo("c");
        assertThat(VectorJson.strings(t.get("flags"))).containsExactly(Flag.values()[0].name(), Flag.values()[2].name());
        assertThat(flags("2,1,2,2")).containsExactly(Flag.WidthOne);
        assertThat(flags("1,3,2")).containsExactly(Flag.InputDimensionOne);
        assertThat(flags("3,2")).containsExactly(Flag.DepthOne);
        assertThat(flags("1,1")).containsExactlyInAnyOrder(Flag.InputDimensionOne, Flag.DepthOne);
        assertThat(flags("2,2,1")).isEmpty();
        var withArch = VectorJson.test("c", EnumSet.noneOf(Flag.class), Architecture.of(2, 1, 3, 1));
        assertThat(withArch.get("architecture").asText()).isEqualTo("2,1,3,1");
        assertThat(VectorJson.strings(withArch.get("flags"))).containsExactly("WidthOne");
    }

    private static Set<Flag> flags(String arch) {
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        VectorJson.architectureFlags(Architecture.parse(arch), f);
        return f;
    }

    /** Each flag's note is the one the committed file prints under {@code notes}. */
    @Test
    void flagNotesAreTheFilesNotes() {
        var notes = VectorJson.parse(VectorJson.committedText()).get("notes");
        for (Flag f : Flag.values()) {
            assertThat(f.description()).as(f.name()).isNotBlank().isEqualTo(notes.get(f.name()).asText());
        }
    }
}
