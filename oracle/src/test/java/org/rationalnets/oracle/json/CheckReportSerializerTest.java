package org.rationalnets.oracle.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.oracle.vectors.VectorChecker;

/** The {@code check-vectors} object. */
class CheckReportSerializerTest {

    @Test
    void countsMismatchesSkippedAndNotes() {
        VectorChecker.Report r = new VectorChecker.Report(5, 2, List.of(new VectorChecker.Mismatch(3, "ClosedForm", List.of("P_1 differs"))),
                List.of(4, 5), List.of("a note"));
        assertThat(RationalNetsJson.line(r)).isEqualTo("{\"total\":5,\"passed\":2,\"failed\":1,\"skipped\":2,"
                + "\"mismatches\":[{\"tcId\":3,\"type\":\"ClosedForm\",\"differences\":[\"P_1 differs\"]}],"
                + "\"skipped_tcIds\":[4,5],\"notes\":[\"a note\"]}");
    }

    @Test
    void reportsInAListAreClosedObjects() {
        VectorChecker.Report r = new VectorChecker.Report(0, 0, List.of(), List.of(), List.of());
        assertThat(RationalNetsJson.line(List.of(r, r))).isEqualTo("[{\"total\":0,\"passed\":0,\"failed\":0,\"skipped\":0,"
                + "\"mismatches\":[],\"skipped_tcIds\":[],\"notes\":[]},{\"total\":0,\"passed\":0,\"failed\":0,\"skipped\":0,"
                + "\"mismatches\":[],\"skipped_tcIds\":[],\"notes\":[]}]");
    }
}
