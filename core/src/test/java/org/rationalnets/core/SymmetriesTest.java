package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** docs/theory.md §4: the arguments of the hidden-neuron symmetries, and their effect on the weights. */
class SymmetriesTest {

    // (2,2,2,1): hidden layers 1 and 2
    private static final Architecture D = Architecture.of(2, 2, 2, 1);
    private static final RationalNet<BigFraction> NET =
            RationalNet.of(WeightsLiteral.parse(D, "[[[1,2],[3,4]],[[5,6],[7,8]],[[9,10]]]"));

    @Test
    void onlyHiddenLayersArePermuted() {
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 3, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a hidden layer 1..2, got 3");
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 0, new int[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a hidden layer 1..2, got 0");
        assertThatThrownBy(() -> Symmetries.scaleNeuron(NET, 3, 1, BigFraction.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a hidden layer 1..2, got 3");
    }

    @Test
    void aPermutationHasItsEntriesInRange() {
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 1, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a permutation of 0..1: [0, 2]");
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 1, new int[] {-1, 0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a permutation of 0..1: [-1, 0]");
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 1, new int[] {1, 1}))
                .hasMessage("not a permutation of 0..1: [1, 1]");
        assertThatThrownBy(() -> Symmetries.permuteLayer(NET, 1, new int[] {0, 1, 2}))
                .hasMessage("expected a permutation of 2 neurons, got length 3");
    }

    @Test
    void swappingLayerTwoSwapsRowsOfW2AndColumnsOfW3() {
        RationalNet<BigFraction> p = Symmetries.permuteLayer(NET, 2, new int[] {1, 0});
        assertThat(p.weight(1)).isEqualTo(NET.weight(1));
        assertThat(p.weight(2).row(0)).containsExactly(BigFraction.of(7), BigFraction.of(8));
        assertThat(p.weight(2).row(1)).containsExactly(BigFraction.of(5), BigFraction.of(6));
        assertThat(p.weight(3).row(0)).containsExactly(BigFraction.of(10), BigFraction.of(9));
    }

    @Test
    void scalingNeuronTwoOfLayerOneScalesRowTwoOfW1AndColumnTwoOfW2() {
        RationalNet<BigFraction> s = Symmetries.scaleNeuron(NET, 1, 2, BigFraction.of(1, 2));
        assertThat(s.weight(1).row(0)).containsExactly(BigFraction.of(1), BigFraction.of(2));
        assertThat(s.weight(1).row(1)).containsExactly(BigFraction.of(3, 2), BigFraction.of(2));
        assertThat(s.weight(2).row(0)).containsExactly(BigFraction.of(5), BigFraction.of(3));
        assertThat(s.weight(2).row(1)).containsExactly(BigFraction.of(7), BigFraction.of(4));
        assertThat(s.weight(3)).isEqualTo(NET.weight(3));
    }
}
