package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactorPairingTest {

    @Test
    void sizeMaximumAndChangesOfMultiplicity() {
        Map<String, Integer> m = new LinkedHashMap<>(Map.of("x", 3));
        m.put("y", 1);
        assertThat(FactorPairing.size(m)).isEqualTo(4);
        assertThat(FactorPairing.maxMultiplicity(m)).isEqualTo(3);
        assertThat(FactorPairing.maxMultiplicity(Map.<String, Integer>of())).isZero();
        assertThat(FactorPairing.plus(m, "y", -1)).containsExactly(Map.entry("x", 3));
        assertThat(FactorPairing.plus(m, "z", 2)).containsEntry("z", 2).containsEntry("x", 3).hasSize(3);
        assertThat(m).hasSize(2); // unchanged
    }

    @Test
    void pairsDistinctElementsAcrossRuns() {
        // x x y z: sorted list x x y z, pairs (x, y), (x, z)
        assertThat(FactorPairing.pairs(Map.of("x", 2, "y", 1, "z", 1), 2)).containsExactly(List.of("x", "y"), List.of("x", "z"));
        assertThat(FactorPairing.pairs(Map.<String, Integer>of(), 0)).isEmpty();
    }

    @Test
    void aMultiplicityAboveHalfOrAWrongSizeCannotBePaired() {
        assertThatThrownBy(() -> FactorPairing.pairs(Map.of("x", 3, "y", 1), 2)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("into 2 pairs");
        assertThatThrownBy(() -> FactorPairing.pairs(Map.of("x", 1, "y", 1), 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FactorPairing.pairs(Map.of("x", 1, "y", 1, "z", 1), 1)).isInstanceOf(IllegalStateException.class);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    /** The lemma against brute force: a pairing into distinct pairs exists iff no multiplicity exceeds n. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairingExistsExactlyWhenNoMultiplicityExceedsHalf(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(4);
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < 2 * n; i++) {
            m.merge(random.nextInt(1 + random.nextInt(4)), 1, Integer::sum);
        }
        boolean exists = bruteForce(m);
        assertThat(FactorPairing.maxMultiplicity(m) <= n).as("seed %d: %s into %d pairs", seed, m, n).isEqualTo(exists);
        if (exists) {
            List<List<Integer>> pairs = FactorPairing.pairs(m, n);
            assertThat(pairs).as("seed %d: %s", seed, m).hasSize(n).allMatch(p -> p.size() == 2 && !p.get(0).equals(p.get(1)));
            Map<Integer, Integer> union = new HashMap<>();
            pairs.forEach(p -> p.forEach(x -> union.merge(x, 1, Integer::sum)));
            assertThat(union).as("seed %d: the pairs use the multiset %s exactly", seed, m).isEqualTo(m);
        } else {
            assertThatThrownBy(() -> FactorPairing.pairs(m, n)).as("seed %d: %s", seed, m).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Whether the multiset splits into pairs of distinct elements, by trying every partner of the first element. */
    private static boolean bruteForce(Map<Integer, Integer> m) {
        List<Integer> list = new ArrayList<>();
        m.forEach((k, e) -> {
            for (int i = 0; i < e; i++) {
                list.add(k);
            }
        });
        return splits(list);
    }

    private static boolean splits(List<Integer> list) {
        if (list.isEmpty()) {
            return true;
        }
        for (int j = 1; j < list.size(); j++) {
            if (!list.get(j).equals(list.get(0))) {
                List<Integer> rest = new ArrayList<>(list);
                rest.remove(j);
                rest.remove(0);
                if (splits(rest)) {
                    return true;
                }
            }
        }
        return false;
    }
}
