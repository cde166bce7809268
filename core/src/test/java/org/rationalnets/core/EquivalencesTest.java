package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;

class EquivalencesTest {

    private static Polynomial<BigFraction> p(String s) {
        return PolynomialParser.parse(s, 2);
    }

    private static List<Polynomial<BigFraction>> ps(String... s) {
        return java.util.Arrays.stream(s).map(EquivalencesTest::p).toList();
    }

    @Test
    void sameFunctionComparesCrossProducts() {
        // x1/(x1 x2) = 1/x2 = 3 x2/(3 x2^2)
        assertThat(Equivalences.sameFunction(ps("x1"), p("x1*x2"), ps("1"), p("x2"))).isTrue();
        assertThat(Equivalences.sameFunction(ps("1"), p("x2"), ps("3*x2"), p("3*x2^2"))).isTrue();
        // 1/x2 ≠ 1/x1, and a tuple differs when one entry differs
        assertThat(Equivalences.sameFunction(ps("1"), p("x2"), ps("1"), p("x1"))).isFalse();
        assertThat(Equivalences.sameFunction(ps("x1", "x2"), p("x1*x2"), ps("x1", "x1"), p("x1*x2"))).isFalse();
        assertThat(Equivalences.sameFunction(ps("x1", "x2"), p("x1*x2"), ps("2*x1", "2*x2"), p("2*x1*x2"))).isTrue();
        assertThat(Equivalences.sameFunction(List.of(), p("x1"), List.of(), p("x2"))).isTrue();
    }

    @Test
    void sameFunctionNeedsFunctionsOfOneLength() {
        assertThatThrownBy(() -> Equivalences.sameFunction(ps("x1"), p("0"), ps("x1"), p("x2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonzero denominators");
        assertThatThrownBy(() -> Equivalences.sameFunction(ps("x1"), p("x2"), ps("x1"), p("0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Equivalences.sameFunction(ps("x1"), p("x2"), ps("x1", "x2"), p("x2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 1 and 2");
    }

    @Test
    void sameProjectivePointAllowsOneNonzeroScalar() {
        assertThat(Equivalences.sameProjectivePoint(ps("2*x1", "-4*x2"), ps("x1", "-2*x2"))).isTrue();
        assertThat(Equivalences.sameProjectivePoint(ps("-1/2*x1 + x2", "x2"), ps("x1 - 2*x2", "-2*x2"))).isTrue();
        // the scalar is read at the first nonzero entry of b: leading zeros must match zeros
        assertThat(Equivalences.sameProjectivePoint(ps("0", "3*x2"), ps("0", "x2"))).isTrue();
        assertThat(Equivalences.sameProjectivePoint(ps("x1", "3*x2"), ps("0", "x2"))).isFalse();
        assertThat(Equivalences.sameProjectivePoint(ps("0", "x2"), ps("x1", "x2"))).isFalse();
    }

    @Test
    void differentPointsAreTold() {
        // one scalar for all entries
        assertThat(Equivalences.sameProjectivePoint(ps("2*x1", "3*x2"), ps("x1", "x2"))).isFalse();
        // the same leading coefficient ratio but another leading monomial
        assertThat(Equivalences.sameProjectivePoint(ps("x2"), ps("x1"))).isFalse();
        // the same leading term, different lower terms
        assertThat(Equivalences.sameProjectivePoint(ps("x1 + x2"), ps("x1 - x2"))).isFalse();
        assertThat(Equivalences.sameProjectivePoint(ps("x1"), ps("x1", "x2"))).isFalse();
        assertThat(Equivalences.sameProjectivePoint(ps("x1", "x2"), ps("x1"))).isFalse();
    }

    @Test
    void zeroTuplesAreEqualOnlyToZeroTuples() {
        assertThat(Equivalences.sameProjectivePoint(ps("0", "0"), ps("0", "0"))).isTrue();
        assertThat(Equivalences.sameProjectivePoint(ps("0", "x1"), ps("0", "0"))).isFalse();
        assertThat(Equivalences.sameProjectivePoint(ps("x1", "0"), ps("0", "0"))).isFalse();
        assertThat(Equivalences.sameProjectivePoint(List.of(), List.of())).isTrue();
    }
}
