package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class WeightsLiteralTest {

    @Test
    void readsMatricesRowsAndExactEntries() {
        Architecture d = Architecture.of(2, 2, 1);
        Weights w = WeightsLiteral.parse(d, "[[[1, \"1/2\"], [0.25, -3]], [[\"2\", 1]]]");
        BigFraction h = BigFraction.of(1, 2);
        assertThat(w).isEqualTo(Weights.ofRows(d, List.of(
                List.of(List.of(BigFraction.ONE, h), List.of(BigFraction.of(1, 4), BigFraction.of(-3))),
                List.of(List.of(BigFraction.of(2), BigFraction.ONE)))));
    }

    @Test
    void refusesWhatIsNotALiteral() {
        assertThatThrownBy(() -> WeightsLiteral.parse(Architecture.of(2, 1), "[[1,1]]")).hasMessageContaining("not a weights literal");
    }
}
