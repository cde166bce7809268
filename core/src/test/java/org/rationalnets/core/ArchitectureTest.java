package org.rationalnets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void parsesAndCounts() {
        Architecture d = Architecture.parse("3,2,1");
        assertThat(d.depth()).isEqualTo(2);
        assertThat(d.inputDimension()).isEqualTo(3);
        assertThat(d.outputDimension()).isEqualTo(1);
        assertThat(d.parameterCount()).isEqualTo(8);
        assertThat(d.symmetryDimension()).isEqualTo(2);
        assertThat(d.isShallow()).isTrue();
        assertThat(d.isDeep()).isFalse();
        assertThat(d).hasToString("(3,2,1)");
        assertThat(d.toArgument()).isEqualTo("3,2,1");
        assertThat(Architecture.parse(" (2, 2,2,3) ")).isEqualTo(Architecture.of(2, 2, 2, 3));
    }

    @Test
    void binaryAndWidthOne() {
        assertThat(Architecture.of(2, 2, 2, 5).isBinary()).isTrue();
        assertThat(Architecture.of(3, 2, 2, 5).isBinary()).isFalse();
        assertThat(Architecture.of(3, 2, 2, 5).hasBinaryHiddenLayers()).isTrue();
        assertThat(Architecture.of(2, 1, 2, 2).firstWidthOneHiddenLayer()).isEqualTo(1);
        assertThat(Architecture.of(3, 3, 1, 3, 3).firstWidthOneHiddenLayer()).isEqualTo(2);
        assertThat(Architecture.of(3, 3, 1).firstWidthOneHiddenLayer()).isEqualTo(-1);
        assertThat(Architecture.of(3, 3, 1, 3, 3).prefix(2)).isEqualTo(Architecture.of(3, 3, 1));
    }

    @Test
    void expectedDimensionIsTheSmallerBound() {
        // (3,2,1): #params − tor = 8 − 2 = 6 < amb = 8
        assertThat(Architecture.of(3, 2, 1).expectedDimension()).isEqualTo(BigInteger.valueOf(6));
        // (2,1,3,1): #params − tor = 2+3+3 − 4 = 4 > amb = 2
        assertThat(Architecture.of(2, 1, 3, 1).expectedDimension()).isEqualTo(BigInteger.TWO);
        // (2,1,2,2): 2+2+4 − 3 = 5 > amb 4
        assertThat(Architecture.of(2, 1, 2, 2).expectedDimension()).isEqualTo(BigInteger.valueOf(4));
    }

    @Test
    void badTextIsRefusedWithWhatWasSeen() {
        assertThatThrownBy(() -> Architecture.parse("3,,1"))
                .hasMessage("expected comma-separated positive integers, got \"3,,1\"");
        assertThatThrownBy(() -> Architecture.parse("0,2")).hasMessageContaining("every width ≥ 1").hasMessageContaining("d_0 = 0");
        assertThatThrownBy(() -> Architecture.parse("3")).hasMessageContaining("at least two widths");
        assertThatThrownBy(() -> Architecture.parse("a,b")).hasMessageContaining("\"a,b\"");
        assertThatThrownBy(() -> Architecture.parse("-1,2")).hasMessageContaining("positive integers");
    }

    @Test
    void shallowIsExactlyTwoLayersAndDeepAtLeastThree() {
        assertThat(Architecture.of(3, 1).isShallow()).isFalse();
        assertThat(Architecture.of(2, 2, 2, 1).isShallow()).isFalse();
        assertThat(Architecture.of(3, 1).isDeep()).isFalse();
        assertThat(Architecture.of(2, 2, 2, 1).isDeep()).isTrue();
        assertThat(Architecture.of(2, 2, 2, 2, 1).isDeep()).isTrue();
    }

    @Test
    void binaryHiddenLayers() {
        assertThat(Architecture.of(3, 2, 1).hasBinaryHiddenLayers()).isTrue();
        assertThat(Architecture.of(2, 3, 1).hasBinaryHiddenLayers()).isFalse();
        assertThat(Architecture.of(2, 2, 3, 2).hasBinaryHiddenLayers()).isFalse();
        assertThat(Architecture.of(5, 7).hasBinaryHiddenLayers()).isTrue(); // no hidden layer
        assertThat(Architecture.of(2, 3, 1).isBinary()).isFalse();
    }

    /** Hash codes spread: distinct architectures do not all share one hash code. */
    @Test
    void hashCodesSpread() {
        java.util.Set<Integer> hashes = new java.util.HashSet<>();
        for (String a : java.util.List.of("2,1", "2,2,1", "3,2,1", "2,3,1", "3,3,3,1", "2,2,2,2,1")) {
            hashes.add(Architecture.parse(a).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(1);
    }
}
