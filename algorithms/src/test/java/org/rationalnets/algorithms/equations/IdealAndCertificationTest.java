package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.Architecture;

/**
 * The ideal degree by degree ({@link NeurovarietyEquations#upTo}), and the certificate under forced failures:
 * an unlucky prime or too few samples must give an uncertified answer that says so, never a wrong certified one.
 */
class IdealAndCertificationTest {

    private static final String DET_S =
            "4*Q[2,0,0]*Q[0,2,0]*Q[0,0,2] - Q[2,0,0]*Q[0,1,1]^2 - Q[1,1,0]^2*Q[0,0,2] + Q[1,1,0]*Q[1,0,1]*Q[0,1,1] - Q[1,0,1]^2*Q[0,2,0]";

    private static EquationsOptions options() {
        return EquationsOptions.defaults().withThreads(2);
    }

    /**
     * S3 (checked with Macaulay2, docs/theory.md): for (3,2,1) and (3,2,2) the 3×3 minors generate the prime ideal and
     * there is nothing below degree 3; so all generators sit in degree 3 (4 and 10 of them) and degree 4 has none.
     */
    @Test
    void minimalGeneratorsOfTheDeterminantalCases() {
        for (int[] c : new int[][] {{1, 4}, {2, 10}}) {
            Architecture d = Architecture.of(3, 2, c[0]);
            IdealResult r = NeurovarietyEquations.upTo(d, 4, 5, options());
            assertThat(r.certified()).as("%s", r).isTrue();
            assertThat(r.degrees()).extracting(IdealResult.DegreePart::degree).containsExactly(1, 2, 3, 4);
            assertThat(r.degrees()).extracting(IdealResult.DegreePart::newGenerators).containsExactly(0, 0, c[1], 0);
            IdealResult.DegreePart four = r.degrees().get(3);
            assertThat(four.dimension()).isEqualTo(four.fromLowerDegrees()).isEqualTo(four.upperBound());
            assertThat(four.generators()).isEmpty();
            assertThat(r.generators()).hasSize(c[1]);
            // the Hilbert function in degree 4, from the full interpolation with every equation proved
            assertThat(four.dimension()).isEqualTo(NeurovarietyEquations.inDegree(d, 4, 9, options()).count());
            assertThat(EquationsReport.certificateLines(r).get(0)).startsWith("certified: dim I_j for every j ≤ 4, and the number");
        }
    }

    /** The generators of degree 3 are the reduced basis of I_3 (nothing of lower degree to multiply). */
    @Test
    void generatorsInTheFirstDegreeAreTheBasis() {
        IdealResult r = NeurovarietyEquations.upTo(Architecture.of(3, 2, 1), 3, 2, options());
        List<String> names = r.coordinates();
        assertThat(r.degrees().get(2).generators().stream().map(f -> EquationsResult.formatIn(names, f))).contains(DET_S);
        assertThat(r.degrees().get(2).generatorMultidegrees()).hasSize(4);
        assertThat(r.degrees().get(2).samples()).isEqualTo(6 + NeurovarietyEquations.SLACK);
        assertThat(r.degrees().get(2).largestBlock()).isEqualTo(6);
    }

    /** The unblocked computation (one block, products pooled) gives the same table. */
    @Test
    void upToUnblockedAgrees() {
        Architecture d = Architecture.of(3, 2, 1);
        IdealResult a = NeurovarietyEquations.upTo(d, 4, 1, options());
        IdealResult b = NeurovarietyEquations.upTo(d, 4, 1, options().withMultigraded(false));
        assertThat(b.certified()).isTrue();
        assertThat(b.degrees()).extracting(IdealResult.DegreePart::dimension)
                .isEqualTo(a.degrees().stream().map(IdealResult.DegreePart::dimension).toList());
        assertThat(b.degrees()).extracting(IdealResult.DegreePart::newGenerators).containsExactly(0, 0, 4, 0);
        assertThat(b.degrees()).extracting(IdealResult.DegreePart::blocks).containsExactly(1, 1, 1, 1);
    }

    /**
     * Modulo 2 the rank bound is weak and no lift can be confirmed (no prime below 2): the answer is not certified,
     * says so, keeps an honest upper bound, and lists only true equations.
     */
    @Test
    void aForcedUnluckyPrimeIsNotCertified() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, options().withFirstPrime(2));
        assertThat(r.certified()).isFalse();
        assertThat(r.certificate().upperBound()).isGreaterThanOrEqualTo(4);
        assertThat(r.certificate().attempts()).isEqualTo(NeurovarietyEquations.ATTEMPTS);
        assertThat(r.count()).isLessThan(r.certificate().upperBound());
        List<String> lines = EquationsReport.certificateLines(r);
        assertThat(lines.get(0)).startsWith("NOT certified: " + r.count() + " equations proved");
        assertThat(lines.get(lines.size() - 1)).startsWith("bounds do not meet in ").contains("unlucky prime");
        assertThat(r.equationStrings()).isSubsetOf(NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, options())
                .equationStrings());
        IdealResult ideal = NeurovarietyEquations.upTo(Architecture.of(3, 2, 1), 3, 1, options().withFirstPrime(2));
        assertThat(ideal.certified()).isFalse();
        assertThat(EquationsReport.certificateLines(ideal).get(0)).startsWith("NOT certified");
    }

    /** 3 samples cannot separate the 6 monomials of the largest blocks: those blocks stay uncertified. */
    @Test
    void tooFewSamplesAreNotCertified() {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, options().withSamples(3));
        assertThat(r.certified()).isFalse();
        assertThat(r.certificate().samples()).isEqualTo(3);
        assertThat(r.certificate().upperBound()).isGreaterThan(4);
        assertThat(r.certificate().blocks()).anyMatch(b -> !b.certified() && b.monomials() == 6 && b.rankModP() <= 3);
        assertThat(r.equationStrings()).isSubsetOf(NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, options())
                .equationStrings());
        assertThat(EquationsReport.certificateLines(r)).anyMatch(l -> l.startsWith("bounds do not meet in "));
    }

    /** Progress is reported once per block, ending at the number of blocks (74 for (3,2,1) in degree 3). */
    @Test
    void progressCountsBlocks() {
        List<int[]> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger max = new AtomicInteger();
        NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, options().withProgress((done, total) -> {
            calls.add(new int[] {done, total});
            max.accumulateAndGet(done, Math::max);
        }));
        assertThat(calls).hasSize(74).allMatch(c -> c[1] == 74);
        assertThat(max.get()).isEqualTo(74);
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> options().withThreads(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> options().withSamples(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
        assertThatThrownBy(() -> options().withFirstPrime(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prime");
        assertThatThrownBy(() -> NeurovarietyEquations.upTo(Architecture.of(3, 2, 1), 0, 1, options()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k ≥ 1");
        assertThatThrownBy(() -> NeurovarietyEquations.inDegree(Architecture.of(5, 5, 5), 9, 1, options()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20000");
    }
}
