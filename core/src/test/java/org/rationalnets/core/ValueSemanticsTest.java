package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.rationalnets.exact.PolynomialParser;

/** Immutable values: equality agrees with the mathematics, and text is canonical. */
class ValueSemanticsTest {

    private static final Architecture D = Architecture.of(2, 2, 1);
    private static final String W = "[[[1,0],[0,1]],[[1,1]]]";

    @Test
    void closedFormsAreEqualExactlyWhenTheirPolynomialsAre() {
        ClosedForm<BigFraction> a = RationalNet.of(WeightsLiteral.parse(D, W)).closedForm();
        ClosedForm<BigFraction> b = ClosedForm.of(D, List.of(PolynomialParser.parse("x2 + x1", 2)),
                PolynomialParser.parse("x2*x1", 2));
        ClosedForm<BigFraction> scaled = ClosedForm.of(D, List.of(PolynomialParser.parse("2*x1 + 2*x2", 2)),
                PolynomialParser.parse("2*x1*x2", 2));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(scaled); // the representative, not the function
        assertThat(a).hasToString("(x1 + x2) / (x1*x2)");
        assertThat(a.architecture()).isEqualTo(D);
        assertThat(a.evaluate(List.of(BigFraction.of(1), BigFraction.of(2)))).containsExactly(BigFraction.of(3, 2));
    }

    @Test
    void degreesAreValues() {
        Degrees g = Architecture.of(3, 3, 3, 1).degrees();
        assertThat(g).isEqualTo(Architecture.of(3, 3, 3, 1).degrees()).hasSameHashCodeAs(Architecture.of(3, 3, 3, 1).degrees());
        assertThat(g).isNotEqualTo(Architecture.of(3, 3, 2, 1).degrees());
        assertThat(g).hasToString("Degrees[D_P=7, D_Q=6]");
        long[] e = g.e();
        e[1] = 99; // a copy: the value is immutable
        assertThat(g.e(1)).isEqualTo(1);
        assertThat(g.c()).containsExactly(0, 0, 3, 6);
    }

    @Test
    void architecturesWeightsAndNetworksAsText() {
        assertThat(Architecture.of(3, 2, 1)).hasSameHashCodeAs(Architecture.parse("3,2,1")).isNotEqualTo(Architecture.of(3, 2, 2));
        assertThat(Architecture.of(3, 2, 1).widths()).containsExactly(3, 2, 1);
        assertThat(Architecture.of(3, 2, 1).ambientSpace()).hasToString("P^8");
        Weights w = WeightsLiteral.parse(D, W);
        assertThat(w).hasSameHashCodeAs(WeightsLiteral.parse(D, "[[[1,0],[0,\"1\"]],[[1,1.0]]]"));
        assertThat(w).hasToString("W_1 = [[1, 0], [0, 1]]; W_2 = [[1, 1]]");
        assertThat(RationalNet.of(w).toString()).startsWith("RationalNet(2,2,1) over Q");
        assertThat(RationalNet.of(w).weight(2).row(0)).containsExactly(BigFraction.ONE, BigFraction.ONE);
    }

    /** Hash codes spread: distinct weights and distinct closed forms do not all share one hash code. */
    @Test
    void hashCodesSpread() {
        java.util.Set<Integer> weights = new java.util.HashSet<>();
        java.util.Set<Integer> forms = new java.util.HashSet<>();
        for (String w : List.of(W, "[[[1,0],[0,1]],[[1,-1]]]", "[[[2,1],[0,1]],[[1,1]]]", "[[[1,1],[1,-1]],[[3,1]]]")) {
            Weights ws = WeightsLiteral.parse(D, w);
            weights.add(ws.hashCode());
            forms.add(RationalNet.of(ws).closedForm().hashCode());
        }
        assertThat(weights).hasSizeGreaterThan(1);
        assertThat(forms).hasSizeGreaterThan(1);
    }
}
