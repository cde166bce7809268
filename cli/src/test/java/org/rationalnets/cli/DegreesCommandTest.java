package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreesCommandTest {

    /** docs/examples.md, degrees table. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2,2,1; 1; 2", "2,2,2,2,2,1; 5; 4", "3,3,3,1; 7; 6", "2,3,2,3,1; 8; 9", "4,4,4,4,1; 39; 40"})
    void degreesTable(String arch, long dp, long dq) {
        JsonNode o = CliRun.of("degrees", "--arch", arch, "--json").json();
        assertThat(o.get("DP").asLong()).isEqualTo(dp);
        assertThat(o.get("DQ").asLong()).isEqualTo(dq);
    }

    /**
     * docs/examples.md, dimensions table: amb literal; #params, tor and edim by hand from docs/theory.md §4
     * (edim = min(#params − tor, amb)).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2,2,1; 4; 6; 2; 4",
        "1,3,2; 2; 9; 3; 2",
        "3,2,1; 8; 8; 2; 6",
        "3,2,2; 11; 10; 2; 8",
        "3,3,1; 15; 12; 3; 9",
        "4,3,2; 39; 18; 3; 15",
        "2,2,2,1; 6; 10; 4; 6",
        "2,2,2,2; 10; 12; 4; 8",
        "3,2,2,1; 15; 12; 4; 8",
        "2,1,3,1; 2; 8; 4; 2",
        "2,1,2,2; 4; 8; 3; 4",
    })
    void dimensionsTableCounts(String arch, long amb, long params, long tor, long edim) {
        JsonNode o = CliRun.of("degrees", "--arch", arch, "--json").json();
        assertThat(o.get("ambient_dimension").asLong()).isEqualTo(amb);
        assertThat(o.get("parameters").asLong()).isEqualTo(params);
        assertThat(o.get("symmetry_dimension").asLong()).isEqualTo(tor);
        assertThat(o.get("expected_dimension").asLong()).isEqualTo(edim);
    }
}
