package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;

/** The multigraded interpolation against the unblocked one, and the grading of every equation. */
class MultigradedEquationsTest {

    private static EquationsOptions options() {
        return EquationsOptions.defaults().withThreads(2);
    }

    /** Certified counts of docs/examples.md and the equations table. */
    static Stream<Arguments> counts() {
        return Stream.of(Arguments.of("3,2,1", 3, 4), Arguments.of("3,2,2", 3, 10), Arguments.of("4,2,1", 3, 30),
                Arguments.of("3,3,1", 3, 0), Arguments.of("3,2,1", 2, 0), Arguments.of("2,2,1", 3, 0));
    }

    @ParameterizedTest
    @MethodSource("counts")
    void certifiedCounts(String arch, int k, int count) {
        EquationsResult r = NeurovarietyEquations.inDegree(Architecture.parse(arch), k, 1, options());
        assertThat(r.certified()).as("%s degree %d: %s", arch, k, r.certificate()).isTrue();
        assertThat(r.count()).isEqualTo(count);
        assertThat(r.certificate().multigraded()).isTrue();
        assertThat(r.certificate().upperBound()).isEqualTo(count);
        assertThat(r.certificate().verified()).isEqualTo(count);
    }

    /** Every term of every equation has the multidegree recorded for it. */
    @ParameterizedTest
    @MethodSource("counts")
    void everyEquationIsMultihomogeneous(String arch, int k, int count) {
        Architecture d = Architecture.parse(arch);
        EquationsResult r = NeurovarietyEquations.inDegree(d, k, 2, options());
        List<Multidegree> coordinateDegrees = Multidegree.ofCoordinates(d);
        for (int i = 0; i < r.count(); i++) {
            for (Polynomial.Term<BigFraction> t : r.equations().get(i).terms()) {
                assertThat(Multidegree.ofMonomial(coordinateDegrees, t.monomial())).as("%s", r.format(r.equations().get(i)))
                        .isEqualTo(r.multidegrees().get(i));
            }
        }
    }

    static Stream<Arguments> blockedAgainstUnblocked() {
        return Stream.of(Arguments.of("3,2,1", 4), Arguments.of("3,2,2", 3), Arguments.of("4,2,1", 3), Arguments.of("3,3,1", 3));
    }

    /** The reduced basis is unique, so both computations give the same polynomials when both are certified. */
    @ParameterizedTest
    @MethodSource("blockedAgainstUnblocked")
    void blockedAndUnblockedGiveTheSameSpace(String arch, int k) {
        assertSameSpace(Architecture.parse(arch), k);
    }

    /**
     * (3,3,1) in degree 4, where the full unblocked run takes minutes: the rank modulo p of the unblocked evaluation
     * matrix (all 3 876 monomials at 3 888 networks, no grading used) bounds dim I_4 by 185, and the blocked run
     * proves 185 independent equations; so both are I_4, and the unblocked interpolation could find nothing else.
     */
    @Test
    @Tag("slow")
    void blockedAndUnblockedGiveTheSameSpaceForThreeThreeOneInDegreeFour() {
        Architecture d = Architecture.of(3, 3, 1);
        EquationsResult blocked = NeurovarietyEquations.inDegree(d, 4, 3, options());
        assertThat(blocked.certified()).isTrue();
        assertThat(blocked.count()).isEqualTo(185);
        List<org.rationalnets.exact.Monomial> all = org.rationalnets.exact.Monomial.ofDegree(16, 4);
        int[][] factors = all.stream().map(SubstitutionVerifier::factorIndices).toArray(int[][]::new);
        List<java.math.BigInteger[]> samples = NeurovarietyEquations.samples(d, all.size() + NeurovarietyEquations.SLACK,
                new java.util.Random(3), d.ambientSpace());
        long p = EquationsOptions.LARGEST_PRIME;
        int rank = org.rationalnets.exact.ModularRowEchelon.of(ModularLift.evaluationMatrix(samples, factors, p), p).rank();
        assertThat(all).hasSize(3876);
        assertThat(all.size() - rank).isEqualTo(185);
    }

    private static void assertSameSpace(Architecture d, int k) {
        EquationsResult blocked = NeurovarietyEquations.inDegree(d, k, 3, options());
        EquationsResult unblocked = NeurovarietyEquations.inDegree(d, k, 3, options().withMultigraded(false));
        assertThat(blocked.certified()).isTrue();
        assertThat(unblocked.certified()).isTrue();
        assertThat(unblocked.certificate().blocks()).hasSize(1);
        assertThat(new HashSet<>(blocked.equations())).isEqualTo(new HashSet<>(unblocked.equations()));
        assertThat(blocked.certificate().upperBound()).isEqualTo(unblocked.certificate().upperBound());
    }
}
