package org.rationalnets.oracle.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rationalnets.oracle.vectors.VectorChecker.Document;
import org.rationalnets.oracle.vectors.VectorChecker.MalformedDocumentException;

/** {@link VectorChecker#check(String, String)}: both documents as text, and which one is at fault. */
class VectorCheckerDocumentsTest {

    private static final String VECTORS = VectorJson.committedText();

    @Test
    void theVectorFileAnswersItself() {
        VectorChecker.Report r = VectorChecker.check(VECTORS, VECTORS);
        assertThat(r.ok()).isTrue();
        assertThat(r.total()).isEqualTo(VectorJson.parse(VECTORS).get("numberOfTests").asInt());
        assertThat(r.passed() + r.skipped().size()).isEqualTo(r.total());
    }

    @Test
    void anAnswersFileWithoutAnswersSkipsEverything() {
        VectorChecker.Report r = VectorChecker.check(VECTORS, "{\"answers\": {}}");
        assertThat(r.passed()).isZero();
        assertThat(r.skipped()).hasSize(r.total());
    }

    @Test
    void theMalformedDocumentIsNamed() {
        assertThatThrownBy(() -> VectorChecker.check(VECTORS, "{\"answers\": "))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.document()).isEqualTo(Document.ACTUAL))
                .hasMessageStartingWith("expected JSON, got malformed text");
        assertThatThrownBy(() -> VectorChecker.check("[1]", VECTORS))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.document()).isEqualTo(Document.EXPECTED))
                .hasMessage("expected a JSON object, got ARRAY");
        assertThatThrownBy(() -> VectorChecker.check(VECTORS, "{\"x\": 1}"))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.document()).isEqualTo(Document.ACTUAL))
                .hasMessageStartingWith("expected an answers file");
        assertThatThrownBy(() -> VectorChecker.check("{\"answers\": {}}", VECTORS))
                .isInstanceOfSatisfying(MalformedDocumentException.class, e -> assertThat(e.document()).isEqualTo(Document.EXPECTED))
                .hasMessageStartingWith("expected a vector file");
    }
}
