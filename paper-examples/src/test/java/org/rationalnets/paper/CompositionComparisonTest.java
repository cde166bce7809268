package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

class CompositionComparisonTest {

    private static final List<Architecture> ARCHS = List.of(Architecture.of(2, 2, 1), Architecture.of(3, 2, 2));

    private static CompositionComparison.Formula formula(Function<List<BigFraction>, Optional<List<BigFraction>>> at) {
        return new CompositionComparison.Formula() {
            @Override
            public Optional<List<BigFraction>> at(List<BigFraction> xi) {
                return at.apply(xi);
            }

            @Override
            public String mismatch(List<BigFraction> xi, List<BigFraction> direct, List<BigFraction> got) {
                return "expected " + direct + ", got " + got;
            }
        };
    }

    @Test
    void compositionAgreesWithItselfOnTwoNetworksAndThreePointsEach() {
        CompositionComparison.Result r = CompositionComparison.compare(ARCHS, new Random(7), (d, net) -> formula(net::valueAt));
        assertThat(r.mismatch()).isNull();
        assertThat(r.networks()).isEqualTo(4);
        assertThat(r.points() + r.poles()).isEqualTo(12);
    }

    @Test
    void aWrongFormulaStopsAtTheFirstPointWithItsMessage() {
        CompositionComparison.Result r = CompositionComparison.compare(ARCHS, new Random(7), (d, net) -> formula(
                xi -> net.valueAt(xi).map(v -> v.stream().map(q -> q.add(1)).toList())));
        assertThat(r.mismatch()).startsWith("expected [");
        assertThat(r.networks()).isEqualTo(1);
        assertThat(r.points()).isZero();
    }

    @Test
    void pointsWhereTheFormulaHasAPoleAreSkipped() {
        CompositionComparison.Result r = CompositionComparison.compare(ARCHS, new Random(7), (d, net) -> formula(xi -> Optional.empty()));
        assertThat(r.mismatch()).isNull();
        assertThat(r.points()).isZero();
        assertThat(r.poles()).isEqualTo(12);
    }
}
