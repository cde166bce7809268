package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.PolynomialParser;

class ListedWitnessTest {

    private static final MembershipResult.Mode FUNCTION = MembershipResult.Mode.FUNCTION;

    @Test
    void theListedIrrationalWitnessesReproduceTheirFunctionsExactly() {
        Architecture d = Architecture.parse("3,2,1");
        // x1/(x1^2 − 2 x2^2) = (1/2)/(x1 − √2 x2) + (1/2)/(x1 + √2 x2)
        assertThat(ListedWitness.mismatch(d, FUNCTION, List.of("x1 - sqrt2*x2", "x1 + sqrt2*x2"), List.of("1/2", "1/2"),
                List.of(PolynomialParser.parse("x1", 3)), PolynomialParser.parse("x1^2 - 2*x2^2", 3))).isNull();
        // 2 x1/(x1^2 + x2^2) = 1/(x1 + i x2) + 1/(x1 − i x2)
        assertThat(ListedWitness.mismatch(Architecture.parse("2,2,1"), FUNCTION, List.of("x1 + i*x2", "x1 - i*x2"),
                List.of("1", "1"), List.of(PolynomialParser.parse("2*x1", 2)), PolynomialParser.parse("x1^2 + x2^2", 2))).isNull();
    }

    @Test
    void aWrongListingIsCaught() {
        Architecture d = Architecture.parse("3,2,1");
        assertThat(ListedWitness.mismatch(d, FUNCTION, List.of("x1 - sqrt2*x2", "x1 + sqrt2*x2"), List.of("1", "1/2"),
                List.of(PolynomialParser.parse("x1", 3)), PolynomialParser.parse("x1^2 - 2*x2^2", 3)))
                .contains("does not reproduce");
        assertThat(ListedWitness.mismatch(d, FUNCTION, List.of("x1 - sqrt2*x2", "x1 + i*x2"), List.of("1", "1"),
                List.of(PolynomialParser.parse("x1", 3)), PolynomialParser.parse("x1^2 - 2*x2^2", 3)))
                .contains("both √2 and i");
    }

    @Test
    void missingRowsAreFilledWithUnusedRows() {
        // 1/x1 over (2,3,1): one listed row x1 with weight 1, two unused rows
        assertThat(ListedWitness.mismatch(Architecture.parse("2,3,1"), FUNCTION, List.of("x1"), List.of("1"),
                List.of(PolynomialParser.parse("1", 2)), PolynomialParser.parse("x1", 2))).isNull();
    }
}
