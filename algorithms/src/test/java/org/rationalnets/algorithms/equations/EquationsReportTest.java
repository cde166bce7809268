package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

/** The certificate sentences, on certificates written by hand. */
class EquationsReportTest {

    private static final Architecture D = Architecture.of(2, 2, 1);
    private static final List<String> NAMES = List.of("P1[1,0]", "P1[0,1]", "Q[2,0]", "Q[1,1]", "Q[0,2]");

    private static EquationsResult.BlockCertificate block(int x, long prime, boolean certified) {
        return new EquationsResult.BlockCertificate(Multidegree.of(new int[] {0}, 2, new int[] {x, 4 - x}), 2, prime, 1, 1, 3, 0, 0,
                certified);
    }

    private static EquationsResult result(List<EquationsResult.BlockCertificate> blocks, boolean multigraded, boolean certified) {
        EquationsResult.Certificate c = new EquationsResult.Certificate(15, 14, 7, 30, 101, 13, 2, List.of(101L, 97L, 89L), 2, 0, 4, 3,
                multigraded, blocks);
        return new EquationsResult(D, 2, NAMES, List.of(), List.of(), certified, c);
    }

    @Test
    void certifiedSentences() {
        List<String> lines = EquationsReport.certificateLines(result(List.of(block(0, 101, true), block(1, 101, true)), true, true));
        assertThat(lines).containsExactly("certified: dim I_2 = 0, these equations are a basis",
                "upper bound: 15 monomials of degree 2 in 2 multidegree blocks (largest 2) at 14 random networks (seed 7, integer "
                        + "weights in [-30,30]); ranks mod p (p = 101) sum to 13, so dim I_2 ≤ 2",
                "lower bound: 2 kernel vectors lifted to Q (at most 3 primes per block); 0 vanish identically on the parametrisation "
                        + "with 4 symbolic weights, so dim I_2 ≥ 0");
    }

    /** A block whose rank rose modulo a later prime: the prime is reported as "or below". */
    @Test
    void aLaterPrimeIsMentioned() {
        List<String> lines = EquationsReport.certificateLines(result(List.of(block(0, 101, true), block(1, 97, true)), true, true));
        assertThat(lines.get(1)).contains("(p = 101 or below) sum to 13");
    }

    @Test
    void uncertifiedBlocksAreNamedUpToFive() {
        List<EquationsResult.BlockCertificate> blocks = new ArrayList<>();
        for (int x = 0; x <= 4; x++) {
            blocks.add(block(x, 101, x == 2));
        }
        List<String> lines = EquationsReport.certificateLines(result(blocks, true, false));
        assertThat(lines.get(0)).isEqualTo("NOT certified: 0 equations proved, 0 ≤ dim I_2 ≤ 2");
        assertThat(lines.get(3)).isEqualTo("bounds do not meet in 4 block(s): P(0) Q2 x(0,4); P(0) Q2 x(1,3); P(0) Q2 x(3,1); "
                + "P(0) Q2 x(4,0) (too few samples, or an unlucky prime); listed equations are proved, the count is only a lower bound");
        blocks.add(block(5, 101, false));
        blocks.add(block(6, 101, false));
        assertThat(EquationsReport.certificateLines(result(blocks, true, false)).get(3))
                .startsWith("bounds do not meet in 6 block(s): ").contains("x(5,-1); …").doesNotContain("x(6,-2)");
        List<String> one = EquationsReport.certificateLines(result(List.of(
                new EquationsResult.BlockCertificate(null, 15, 101, 13, 2, 3, 0, 0, false)), false, false));
        assertThat(one.get(1)).contains("15 monomials of degree 2 in one block at 14");
        assertThat(one.get(3)).startsWith("bounds do not meet in 1 block(s): all monomials (");
    }
}
