package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.core.WeightsLiteral;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.core.instances.RandomNetworks;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicNumber;
import org.rationalnets.exact.algebraic.AlgebraicExtension;

class DeepBinaryMembershipTest {

    private static final EnumSet<GroundField> ALL = EnumSet.allOf(GroundField.class);

    static MembershipResult tuple(String arch, String q, String... p) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        List<Polynomial<BigFraction>> ps = new ArrayList<>();
        for (String s : p) {
            ps.add(PolynomialParser.parse(s, n));
        }
        return DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, ps, PolynomialParser.parse(q, n)),
                ALL, 1);
    }

    static MembershipResult function(String arch, String q, String... p) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        List<Polynomial<BigFraction>> ps = new ArrayList<>();
        for (String s : p) {
            ps.add(PolynomialParser.parse(s, n));
        }
        return DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, ps, PolynomialParser.parse(q, n)),
                ALL, 1);
    }

    /** The closed form of rational witness weights, expanded by core (not by the code under test). */
    static ClosedForm<BigFraction> expand(MembershipResult r, GroundField f) {
        Weights w = r.weights(f).toRational(r.architecture()).orElseThrow();
        return RationalNet.of(w).closedForm();
    }

    static Polynomial<BigFraction> poly(String s, int n) {
        return PolynomialParser.parse(s, n);
    }

    @Test
    void cf2IsRecognisedWithWeightsThatReproduceIt() {
        MembershipResult r = tuple("2,2,2,1", "x2^2 - x1^2", "2*x1*x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.YES);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("2*x1*x2^2", 2));
        assertThat(cf.denominator()).isEqualTo(poly("x2^2 - x1^2", 2));
    }

    @Test
    void cf2NumeratorOverASumOfSquaresIsComplexOnly() {
        MembershipResult r = tuple("2,2,2,1", "x1^2 + x2^2", "2*x1*x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.weights(GroundField.C).isRational()).isFalse();
        assertThat(r.reason()).contains("not real");
        assertAlgebraicWitnessReproduces(r, GroundField.C, List.of(poly("2*x1*x2^2", 2)), poly("x1^2 + x2^2", 2));
    }

    @Test
    void cubesOverASumOfSquaresAreNotInTheClosure() {
        MembershipResult r = tuple("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(r.closure()).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.reason()).contains("common factor of degree 0");
    }

    @Test
    void necessarilyIrrationalWeightsAreRealAlgebraic() {
        // f = x1 · m_1 / m_2 with m_1 = x1 x2 and m_2 = x1^2 − 2 x2^2 = (x1 − √2 x2)(x1 + √2 x2)
        MembershipResult r = tuple("2,2,2,1", "x1^2 - 2*x2^2", "x1^2*x2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.YES);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.weights(GroundField.R).isRational()).isFalse();
        assertThat(r.reason()).contains("irrational");
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2", 2)), poly("x1^2 - 2*x2^2", 2));
        AlgebraicNumber entry = r.weights(GroundField.R).matrices().stream().flatMap(List::stream).flatMap(List::stream)
                .filter(e -> !e.isRational()).map(e -> ((WitnessEntry.Algebraic) e).value()).findFirst().orElseThrow();
        assertThat(entry.root().isReal()).isTrue(); // a real root, isolated exactly
    }

    @Test
    void twoDifferentQuadraticIrrationalitiesNeedTheirCompositum() {
        // (2,2,2,2,1): P = ℓ·m_2, Q = m_3·m_1 with m_1 = x1^2 − 2x2^2, m_2 = x1 x2, m_3 = x1^2 − 3x2^2
        MembershipResult r = tuple("2,2,2,2,1", "x1^4 - 5*x1^2*x2^2 + 6*x2^4", "x1^2*x2 + x1*x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.YES);
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2 + x1*x2^2", 2)),
                poly("x1^4 - 5*x1^2*x2^2 + 6*x2^4", 2));
    }

    @Test
    void aSquareInTheNumeratorForcesARankOneTail() {
        // P = x1^3 = ℓ·m_1 with m_1 = x1^2 forces A_1 of rank one, so m_2 ∝ x1^2 too
        MembershipResult yes = tuple("2,2,2,1", "x1^2", "x1^3");
        assertThat(yes.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(yes, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("x1^3", 2));
        assertThat(cf.denominator()).isEqualTo(poly("x1^2", 2));
        MembershipResult no = tuple("2,2,2,1", "x2^2", "x1^3");
        assertThat(no.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(no.closure()).isEqualTo(Answer.YES); // d_L = 1: V_d is the whole ambient space
    }

    @Test
    void aRepeatedDenominatorFactorBeyondHalfNeedsATail() {
        // (2,2,2,2,1): Q = m_3 m_1 = x1^3 x2 has x1 three times in two quadrics: one must be x1^2,
        // i.e. the tail contains index 3 (and as it is the last index, A_3 ∝ x1, so A_4 ∝ x1: P ∝ x1·m_2)
        MembershipResult yes = tuple("2,2,2,2,1", "x1^3*x2", "x1*x2*(x1 + x2)");
        assertThat(yes.answer(GroundField.Q)).isEqualTo(Answer.YES);
        MembershipResult no = tuple("2,2,2,2,1", "x1^3*x2", "x2^2*(x1 + x2)");
        assertThat(no.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(no.answer(GroundField.C)).isEqualTo(Answer.NO);
    }

    @Test
    void functionModeAllowsCancellation() {
        // f = x1 is ℓ·m_1/m_2 with m_1 = m_2
        MembershipResult r = function("2,2,2,1", "1", "x1");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0)).isEqualTo(cf.denominator().multiply(poly("x1", 2)));
        // but degree −1 is impossible for L = 3
        MembershipResult no = function("2,2,2,1", "x1", "1");
        assertThat(no.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(no.reason()).contains("homogeneous of degree -1").contains("(−1)^(L−1) = 1");
    }

    @Test
    void cf5AsAFunctionNotInLowestTerms() {
        String p = "33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3";
        String q = "2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3";
        MembershipResult t = tuple("2,2,2,2,1", q, p);
        assertThat(t.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(expand(t, GroundField.Q).numerators()).containsExactly(poly(p, 2));
        MembershipResult f = function("2,2,2,2,1", q, p);
        assertThat(f.answer(GroundField.Q)).isEqualTo(Answer.YES);
    }

    @Test
    void threeInputsReduceToThePlaneOfW1() {
        // CF3-like: W_1 rows x1 + 2x2, x2 − x3, then binary layers
        Architecture d = Architecture.of(3, 2, 2, 2);
        Weights w = WeightsLiteral.parse(d, "[[[1,2,0],[0,1,-1]],[[1,3],[2,-1]],[[1,1],[1,-2]]]");
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        MembershipResult r = DeepBinaryMembership.decide(
                MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator()), ALL, 1);
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(expand(r, GroundField.Q)).isEqualTo(cf);
        // x3 in a third direction: not a network of (3,2,2,2)
        MembershipResult no = tuple("3,2,2,2", "x1*x2", "x1*x3*x2", "x2^2*x1");
        assertThat(no.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(no.closure()).isEqualTo(Answer.NO);
        assertThat(no.reason()).contains("3 independent linear forms");
    }

    @Test
    void aCubicGaloisClassNeedsItsSplittingField() {
        // Q = m_3 m_1 = x1 (x1^3 − 2 x2^3): splits over C only; the witness lives in Q(∛2, ω), degree 6
        MembershipResult r = tuple("2,2,2,2,1", "x1^4 - 2*x1*x2^3", "x1*x2*(x1 + x2)");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertAlgebraicWitnessReproduces(r, GroundField.C, List.of(poly("x1*x2*(x1 + x2)", 2)), poly("x1^4 - 2*x1*x2^3", 2));
        AlgebraicNumber entry = r.weights(GroundField.C).matrices().stream().flatMap(List::stream).flatMap(List::stream)
                .filter(e -> !e.isRational()).map(e -> ((WitnessEntry.Algebraic) e).value()).findFirst().orElseThrow();
        assertThat(entry.polynomial().degree()).isEqualTo(6);
    }

    @Test
    void aTotallyRealCubicGivesRealAlgebraicWeights() {
        // x1^3 − 3 x1 x2^2 + x2^3: three real roots (2cos(2π/9)-type); Q = x2 · that, P = x1 · m_2 with m_2 = x1 x2
        MembershipResult r = tuple("2,2,2,2,1", "x1^3*x2 - 3*x1*x2^3 + x2^4", "x1^2*x2 + x1*x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.YES);
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2 + x1*x2^2", 2)),
                poly("x1^3*x2 - 3*x1*x2^3 + x2^4", 2));
    }

    @Test
    void oneInputVariable() {
        // d_0 = 1: every A_k has rank one; f = u·x1^(±1)
        MembershipResult r = tuple("1,2,2,2,3", "5*x1^4", "x1^3", "0", "-2*x1^3");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("x1^3", 1), poly("0", 1), poly("-2*x1^3", 1));
        assertThat(cf.denominator()).isEqualTo(poly("5*x1^4", 1));
    }

    @Test
    void threeInputsOnALine() {
        // every form is a power of x1 + x3: W_1 of rank one, the whole chain is a rank-one tail
        MembershipResult r = tuple("3,2,2,1", "(x1 + x3)^2", "(x1 + x3)^3");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("(x1 + x3)^3", 3));
        assertThat(cf.denominator()).isEqualTo(poly("(x1 + x3)^2", 3));
        MembershipResult f = function("3,2,2,1", "x2 - x3", "(x2 - x3)^2");
        assertThat(f.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> g = expand(f, GroundField.Q);
        assertThat(g.numerators().get(0)).isEqualTo(g.denominator().multiply(poly("x2 - x3", 3)));
    }

    @Test
    void zeroNumeratorsAreNetworksWhenQSplits() {
        MembershipResult r = tuple("2,2,2,2", "x1^2 + x2^2", "0", "0");
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        MembershipResult f = function("2,2,2,1", "x1^2 + x2^2", "0");
        assertThat(f.answer(GroundField.Q)).isEqualTo(Answer.YES);
    }

    @Test
    void closureInFunctionModeNeedsARepresentativeOfTheAmbientDegrees() {
        // the representative given is a point of the ambient space: its closure answer is reported
        MembershipResult ambient = function("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(ambient.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(ambient.closure()).isEqualTo(Answer.NO);
        // the same kind of function written over a smaller denominator: no point of the ambient space, so unknown
        MembershipResult other = function("2,2,2,2", "x1", "x1^2", "x2^2");
        assertThat(other.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(other.closure()).isEqualTo(Answer.UNKNOWN);
        assertThat(other.evidence()).anyMatch(e -> e.contains("does not have the degrees"));
    }

    @Test
    void onlyTheFieldsAskedAreAnswered() {
        Architecture d = Architecture.of(2, 2, 2, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(poly("2*x1*x2^2", 2)),
                poly("x1^2 + x2^2", 2));
        MembershipResult r = DeepBinaryMembership.decide(in, EnumSet.of(GroundField.R), 1);
        assertThat(r.fields()).containsExactly(GroundField.R);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.UNKNOWN);
        assertThat(DeepBinaryMembership.decide(in, EnumSet.noneOf(GroundField.class), 1).fields()).hasSize(3);
    }

    @Test
    void refusesArchitecturesWithoutBinaryHiddenLayers() {
        assertThat(DeepBinaryMembership.applies(Architecture.of(2, 3, 2, 1))).isFalse();
        assertThat(DeepBinaryMembership.applies(Architecture.of(2, 1))).isFalse();
        assertThat(DeepBinaryMembership.applies(Architecture.of(3, 2, 2, 2, 4))).isTrue();
        Architecture d = Architecture.of(2, 3, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(poly("x1", 2)), poly("x1*x2", 2));
        assertThatThrownBy(() -> DeepBinaryMembership.decide(in, ALL, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Recovery at scale: 200 random binary networks, L 3..7, d_0 in {2,3}, d_L in {1,2,3}, rational weights:
     * the closed form is recognised over Q and the witness reproduces it exactly (about 10 s: tagged slow).
     */
    @Test
    @Tag("slow")
    void twoHundredRandomBinaryNetworksAreRecognisedAndReproduced() {
        randomNetworksAreRecognised(200, 20261127L);
    }

    /** The same on 25 networks (kept for mutation testing). */
    @Test
    void randomBinaryNetworksAreRecognisedAndReproduced() {
        randomNetworksAreRecognised(25, 7L);
    }

    static void randomNetworksAreRecognised(int count, long seed) {
        Random random = new Random(seed);
        int done = 0;
        while (done < count) {
            int depth = 3 + random.nextInt(5);
            int[] widths = new int[depth + 1];
            widths[0] = 2 + random.nextInt(2);
            for (int k = 1; k < depth; k++) {
                widths[k] = 2;
            }
            widths[depth] = 1 + random.nextInt(3);
            Architecture d = Architecture.of(widths);
            Weights w = RandomNetworks.weights(d, random, 4, 3);
            ClosedForm<BigFraction> cf;
            try {
                cf = RationalNet.of(w).closedForm();
            } catch (UndefinedNetworkException e) {
                continue;
            }
            MembershipResult r = DeepBinaryMembership.decide(
                    MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator()),
                    EnumSet.of(GroundField.Q), seed);
            assertThat(r.answer(GroundField.Q)).as("seed %d, network %d, %s, weights %s: %s", seed, done, d, w, r.reason())
                    .isEqualTo(Answer.YES);
            assertThat(expand(r, GroundField.Q)).as("seed %d, network %d, weights %s", seed, done, w).isEqualTo(cf);
            done++;
        }
    }

    /**
     * Rebuilds the algebraic witness from its entries (one modulus h for every entry, value polynomials in t),
     * expands the network over Q[t]/(h) with core and compares with the input.
     */
    static void assertAlgebraicWitnessReproduces(MembershipResult r, GroundField f, List<Polynomial<BigFraction>> p,
                                                 Polynomial<BigFraction> q) {
        List<List<List<WitnessEntry>>> json = r.weights(f).matrices();
        String h = null;
        for (List<List<WitnessEntry>> m : json) {
            for (List<WitnessEntry> row : m) {
                for (WitnessEntry e : row) {
                    if (e instanceof WitnessEntry.Algebraic a) {
                        String hh = a.value().polynomial().toString("t");
                        assertThat(h == null || h.equals(hh)).as("one modulus for all entries").isTrue();
                        h = hh;
                    }
                }
            }
        }
        AlgebraicExtension alg = AlgebraicExtension.parse(h);
        List<Matrix<AlgebraicElement>> ms = new ArrayList<>();
        for (List<List<WitnessEntry>> m : json) {
            List<List<AlgebraicElement>> rows = new ArrayList<>();
            for (List<WitnessEntry> row : m) {
                List<AlgebraicElement> rr = new ArrayList<>();
                for (WitnessEntry e : row) {
                    if (e instanceof WitnessEntry.Rational c) {
                        rr.add(alg.fromRational(c.value()));
                    } else {
                        UnivariatePolynomial<BigFraction> v = ((WitnessEntry.Algebraic) e).value().value();
                        rr.add(alg.element(v));
                    }
                }
                rows.add(rr);
            }
            ms.add(Matrix.of(alg, rows));
        }
        ClosedForm<AlgebraicElement> cf = RationalNet.of(alg, r.architecture(), ms).closedForm();
        Polynomial<AlgebraicElement> qa = alg.lift(q);
        for (int i = 0; i < p.size(); i++) {
            assertThat(cf.numerators().get(i).multiply(qa)).isEqualTo(alg.lift(p.get(i)).multiply(cf.denominator()));
        }
    }

    // ------------------------------------------------------------------------------------------------
    // closure criterion (docs/theory.md §7), called directly: expected values from the criterion by hand

    @Test
    void closureMemberFollowsTheCommonFactorCriterion() {
        Architecture d = Architecture.of(2, 2, 2, 2); // L = 3: D_P = 3, D_Q = 2
        // gcd x1·x2 of degree 2 = D_P − 1: exactly on the boundary, so in V_d
        assertThat(DeepBinaryMembership.closureMember(d, List.of(poly("x1^2*x2", 2), poly("x1*x2^2", 2)), poly("x1^2 + x2^2", 2)))
                .isTrue();
        // gcd x1 + x2 of degree 1 < 2
        assertThat(DeepBinaryMembership.closureMember(d, List.of(poly("x1^2*(x1 + x2)", 2), poly("x2^2*(x1 + x2)", 2)),
                poly("x1*x2", 2))).isFalse();
        // L = 2 fills (D_P − 1 = 0): coprime numerators are fine
        assertThat(DeepBinaryMembership.closureMember(Architecture.of(2, 2, 2), List.of(poly("x1", 2), poly("x2", 2)),
                poly("x1*x2", 2))).isTrue();
        // d_L = 1 fills
        assertThat(DeepBinaryMembership.closureMember(Architecture.of(2, 2, 2, 1), List.of(poly("x1^3", 2)), poly("x2^2", 2)))
                .isTrue();
        // P = 0 is in V_d
        assertThat(DeepBinaryMembership.closureMember(d, List.of(poly("0", 2), poly("0", 2)), poly("x1^2 + x2^2", 2))).isTrue();
    }

    @Test
    void closureMemberNeedsThePlaneOfW1() {
        // three independent linear forms (x1, x2, x3) occur: not g(W_1 x) with W_1 of rank ≤ 2, even though d_L = 1
        Architecture d = Architecture.of(3, 2, 2, 1);
        assertThat(DeepBinaryMembership.closureMember(d, List.of(poly("x1*x2*x3", 3)), poly("x1*x2", 3))).isFalse();
        // forms in x1 + x3 and x2 only: on a plane, d_L = 1
        assertThat(DeepBinaryMembership.closureMember(d, List.of(poly("(x1 + x3)^2*x2", 3)), poly("x2^2", 3))).isTrue();
    }

    @Test
    void bothEntryPointsNameTheArchitecturesTheyAccept() {
        Architecture d = Architecture.of(2, 3, 1);
        assertThatThrownBy(() -> DeepBinaryMembership.closureMember(d, List.of(poly("x1", 2)), poly("x1*x2", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an architecture (d_0, 2, …, 2, d_L) with L ≥ 2");
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(poly("x1", 2)), poly("x1*x2", 2));
        assertThatThrownBy(() -> DeepBinaryMembership.decide(in, ALL, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an architecture (d_0, 2, …, 2, d_L) with L ≥ 2");
    }

    // ------------------------------------------------------------------------------------------------
    // reasons and evidence, worked by hand

    @Test
    void threeIndependentFormsAreRejectedWithTheKernelDimension() {
        MembershipResult t = tuple("3,2,2,2", "x1*x2", "x1*x3*x2", "x2^2*x1");
        assertThat(t.reason()).contains("the forms involve 3 independent linear forms (the common kernel of ∂_v has dimension 0)");
        // function mode with a representative of degrees (3, 1) ≠ (D_P, D_Q) = (3, 2): closure unknown, not false
        MembershipResult f = function("3,2,2,2", "x1", "x1*x3", "x2^2");
        assertThat(f.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(f.reason()).contains("3 independent linear forms");
        assertThat(f.closure()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void evidenceNamesThePlaneOnlyWhenTheInputIsNotBinary() {
        Architecture d = Architecture.of(3, 2, 2, 2);
        Weights w = WeightsLiteral.parse(d, "[[[1,2,0],[0,1,-1]],[[1,3],[2,-1]],[[1,1],[1,-2]]]");
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        MembershipResult r = DeepBinaryMembership.decide(
                MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator()), ALL, 1);
        assertThat(r.evidence()).anyMatch(e -> e.contains("reduced to the binary case by x = S y"));
        MembershipResult binary = tuple("2,2,2,1", "x2^2 - x1^2", "2*x1*x2^2");
        assertThat(binary.evidence()).noneMatch(e -> e.contains("reduced to the binary case"));
        assertThat(binary.evidence()).contains("closure (docs/theory.md §7): in V_d");
    }

    @Test
    void twoInputsOnALineUseTheirOwnPlane() {
        // every form is a power of x1 + x2 (dim U = 1 < d_0 = 2): all A_k of rank one
        MembershipResult r = tuple("2,2,2,1", "(x1 + x2)^2", "(x1 + x2)^3");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("(x1 + x2)^3", 2));
        assertThat(cf.denominator()).isEqualTo(poly("(x1 + x2)^2", 2));
    }

    @Test
    void aFunctionMemberIsInTheClosureWhateverItsRepresentative() {
        // f = x1, given as x1/1 (degrees (1, 0), not the ambient (3, 2)): a member, hence in V_d
        MembershipResult r = function("2,2,2,1", "1", "x1");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.evidence()).contains("closure (docs/theory.md §7): in V_d");
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (outputs proportional: A_L = u ℓᵀ; no rank-one A_k; 2 cancelled fresh factor(s))");
    }

    @Test
    void aFunctionOfTheWrongDegreeOverTheAmbientDenominatorDegree() {
        // f = x1/(x1^2 + x2^2) has degree −1, every representative P·h/(Q·h) too, but a point of degrees
        // (D_P, D_Q) = (3, 2) has degree +1: no representative is a point of the ambient space, so f ∉ V_d
        MembershipResult r = function("2,2,2,1", "x1^2 + x2^2", "x1");
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.reason()).contains("homogeneous of degree -1");
        assertThat(r.closure()).isEqualTo(Answer.NO);
        assertThat(r.evidence()).contains("closure: no representative of degrees (D_P, D_Q) = (3, 2) exists, so f is not a point of V_d");
    }

    @Test
    void aFunctionWhoseLowestTermsDenominatorIsTooLargeIsOutsideTheClosure() {
        // f = x1^4/(x1^3 + x2^3) is in lowest terms with the right degree +1, but every representative has a
        // denominator divisible by x1^3 + x2^3, of degree 3 > D_Q = 2: no point of the ambient space
        MembershipResult r = function("2,2,2,1", "x1^3 + x2^3", "x1^4");
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.closure()).isEqualTo(Answer.NO);
        assertThat(r.evidence()).contains("closure: no representative of degrees (D_P, D_Q) = (3, 2) exists, so f is not a point of V_d");
        assertThat(r.evidence()).noneMatch(e -> e.startsWith("closure (docs/theory.md §7)"));
    }

    @Test
    void aZeroFirstOutputInFunctionMode() {
        // f = (0, x1) = (0, 1)·x1·m_1/m_2 with m_1 = m_2
        MembershipResult r = function("2,2,2,2", "1", "0", "x1");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0).isZero()).isTrue();
        assertThat(cf.numerators().get(1)).isEqualTo(cf.denominator().multiply(poly("x1", 2)));
    }

    @Test
    void cubesOverASumOfSquaresExplainTheDegreeBound() {
        MembershipResult r = tuple("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(r.reason()).isEqualTo("Q, R, C: the P_i have a common factor of degree 0 < D_P − 1 = 2,"
                + " but P = A_L x · C with C of degree D_P − 1");
        assertThat(r.evidence()).contains("closure (docs/theory.md §7): not in V_d: the P_i have no common factor of degree ≥ D_P − 1 = 2"
                + " while L ≥ 3 and d_L ≥ 2");
        MembershipResult f = function("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(f.reason()).isEqualTo("Q, R, C: P_0 = g·v with v of degree 3, but f = A_L x · s_L needs v linear (or constant)");
    }

    @Test
    void anIrrationalLowestTermsDenominatorIsNamed() {
        MembershipResult r = function("2,2,2,1", "x1^2 + x2^2", "2*x1*x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        String tail = ", but every m_k = (A_k x)_1 (A_k x)_2 splits over the field of the weights";
        assertThat(r.reason()).contains("Q: the lowest-terms denominator Q_0 does not split into linear forms over Q:"
                + " factor x1 − θ·x2 (θ a root of t^2 + 1) is irrational" + tail);
        assertThat(r.reason()).contains("R: the lowest-terms denominator Q_0 does not split into linear forms over R:"
                + " factor x1 − θ·x2 (θ a root of t^2 + 1) is not real" + tail);
    }

    @Test
    void anIrrationalCommonFactorIsNamedAndSplitOverC() {
        // P = (x1, x2)·G with G = x1^2 + x2^2 = m_1 (non-real forms x1 ∓ i x2), Q = m_2 = x1 x2
        MembershipResult r = tuple("2,2,2,2", "x1*x2", "x1*(x1^2 + x2^2)", "x2*(x1^2 + x2^2)");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo(
                "Q: the common factor G of the P_i does not split into linear forms over Q: factor x1 − θ·x2 (θ a root of t^2 + 1)"
                + " is irrational; R: the common factor G of the P_i does not split into linear forms over R: factor x1 − θ·x2"
                + " (θ a root of t^2 + 1) is not real; C: yes (outputs span two linear forms: no rank-one A_k; 1 numerator and"
                + " 1 denominator quadrics; algebraic weights)");
        assertAlgebraicWitnessReproduces(r, GroundField.C, List.of(poly("x1*(x1^2 + x2^2)", 2), poly("x2*(x1^2 + x2^2)", 2)),
                poly("x1*x2", 2));
    }

    @Test
    void aFunctionWithSpanTwoOutputsAndTwoCancelledFactors() {
        // f = (x1, x2) = A_L x · m_1/m_2 with m_1 = m_2 = X_1 X_2 fresh
        MembershipResult r = function("2,2,2,2", "1", "x1", "x2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (outputs span two linear forms: no rank-one A_k; 1 numerator and 1 denominator"
                + " quadrics, 2 cancelled fresh factor(s))");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(cf.denominator().multiply(poly("x1", 2)), cf.denominator().multiply(poly("x2", 2)));
    }

    @Test
    void aFreshCancelledFactorAvoidsTheFactorsOfTheInput() {
        // f = (x1, x2)·(x1 − x2)/(x1 + x2): m_1 = (x1 − x2)·X, m_2 = (x1 + x2)·X with X fresh; X = x1 − x2 would make
        // m_1 a square and A_1 singular
        MembershipResult r = function("2,2,2,2", "x1 + x2", "x1^2 - x1*x2", "x1*x2 - x2^2");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (outputs span two linear forms: no rank-one A_k; 1 numerator and 1 denominator"
                + " quadrics, 1 cancelled fresh factor(s))");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        Polynomial<BigFraction> q = poly("x1 + x2", 2);
        assertThat(cf.numerators().get(0).multiply(q)).isEqualTo(poly("x1^2 - x1*x2", 2).multiply(cf.denominator()));
        assertThat(cf.numerators().get(1).multiply(q)).isEqualTo(poly("x1*x2 - x2^2", 2).multiply(cf.denominator()));
    }

    @Test
    void multiplicityFailuresInFunctionModeAreSpelledOut() {
        // L = 5 (a = b = 2): g = x1^3, v = (x1, x2), Q_0 = x2^3; 2a − deg g = 1 ≥ 0 fresh factor, but x2 three times
        MembershipResult five = function("2,2,2,2,2,2", "x2^3", "x1^4", "x1^3*x2");
        assertThat(five.reason()).isEqualTo("Q, R, C: a factor of multiplicity 3 in the lowest-terms denominator Q_0 (at most b = 2"
                + " allowed without a square m_k = ℓ²) and 3 in the gcd g of the lowest-terms numerators (at most a = 2)");
        // L = 3: deg g = 2 = 2a exactly (no cancellation), but x1 twice in one numerator quadric
        MembershipResult three = function("2,2,2,2", "x2^2", "x1^3", "x1^2*x2");
        assertThat(three.reason()).isEqualTo("Q, R, C: a factor of multiplicity 2 in the lowest-terms denominator Q_0 (at most b = 1"
                + " allowed without a square m_k = ℓ²) and 2 in the gcd g of the lowest-terms numerators (at most a = 1)");
        // L = 3: deg g = 3 > 2a = 2
        MembershipResult big = function("2,2,2,2", "(x1 - x2)^3", "x1^2*x2*(x1 + x2)", "x1*x2^2*(x1 + x2)");
        assertThat(big.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(big.reason()).isEqualTo("Q, R, C: a factor of multiplicity 3 in the lowest-terms denominator Q_0 (at most b = 1"
                + " allowed without a square m_k = ℓ²) and 1 in the gcd g of the lowest-terms numerators (at most a = 1);"
                + " deg g = 3 > 2a = 2");
        // L = 5: deg g = 5 > 2a = 4
        MembershipResult five2 = function("2,2,2,2,2,2", "x2^5", "x1^6", "x1^5*x2");
        assertThat(five2.reason()).isEqualTo("Q, R, C: a factor of multiplicity 5 in the lowest-terms denominator Q_0 (at most b = 2"
                + " allowed without a square m_k = ℓ²) and 5 in the gcd g of the lowest-terms numerators (at most a = 2);"
                + " deg g = 5 > 2a = 4");
    }

    @Test
    void rankOneTailsAreReported() {
        // P = x1^3, Q = x1^2 for L = 3: A_1, A_2 both ∝ x1 (t = 2)
        MembershipResult yes = tuple("2,2,2,1", "x1^2", "x1^3");
        assertThat(yes.reason()).isEqualTo("Q, R, C: yes (outputs proportional: A_L = u ℓᵀ; rank-one tail A_1 … A_2 = u_k ℓᵀ)");
        MembershipResult no = tuple("2,2,2,1", "x2^2", "x1^3");
        assertThat(no.reason()).isEqualTo("Q, R, C: the outputs are proportional, f = u·h, and no linear form ℓ (A_L = u ℓᵀ) and"
                + " rank-one tail t ∈ [0, 2] give quadrics: a factor of multiplicity 2 in Q (at most b = 1 allowed without a square"
                + " m_k = ℓ²) and 3 in the common factor G of the P_i (at most a = 1)");
    }

    @Test
    void aFunctionOfDepthFiveWithFourCancelledFactors() {
        // f = x1 = x1 · m_3 m_1/(m_4 m_2) with m_3 m_1 = m_4 m_2 = X_1 X_2 X_3 X_4
        MembershipResult r = function("2,2,2,2,2,1", "1", "x1");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (outputs proportional: A_L = u ℓᵀ; no rank-one A_k; 4 cancelled fresh factor(s))");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0)).isEqualTo(cf.denominator().multiply(poly("x1", 2)));
    }

    @Test
    void tooFewCopiesOfTheTailFormInTheNumerator() {
        // L = 5: Q = x1^4 = m_4 m_2 forces A_2 ∝ x1, hence A_3, A_4, A_5 ∝ x1 and P ∝ x1^3·m_1; P has x1 only twice
        MembershipResult r = tuple("2,2,2,2,2,1", "x1^4", "x1^2*x2*(x1 + x2)*(x1 - x2)");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.NO);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: the outputs are proportional, f = u·h, and no linear form ℓ (A_L = u ℓᵀ) and"
                + " rank-one tail t ∈ [0, 4] give quadrics: a factor of multiplicity 4 in Q (at most b = 2 allowed without a square"
                + " m_k = ℓ²) and 2 in the common factor G of the P_i (at most a = 2)");
    }

    // ------------------------------------------------------------------------------------------------
    // P = 0 in tuple mode: A_L = 0, the denominator quadrics may need a rank-one tail

    @Test
    void zeroNumeratorsOverASquareNeedATailOfLengthOne() {
        // L = 3: Q = m_2 = x1^2, so A_2 ∝ x1 (tail t = 1, r = 2)
        MembershipResult r = tuple("2,2,2,1", "x1^2", "0");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (P = 0: A_L = 0; rank-one tail A_2 … A_2 = u_k ℓᵀ)");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0).isZero()).isTrue();
        assertThat(cf.denominator()).isEqualTo(poly("x1^2", 2));
    }

    @Test
    void zeroNumeratorsOverAFourthPowerNeedTheWholeChainOfRankOne() {
        // L = 4: Q = m_3 m_1 = x1^4 forces m_1 ∝ x1^2, so A_1 … A_3 all ∝ x1 (t = 3 = L − 1)
        MembershipResult r = tuple("2,2,2,2,1", "x1^4", "0");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (P = 0: A_L = 0; rank-one tail A_1 … A_3 = u_k ℓᵀ)");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0).isZero()).isTrue();
        assertThat(cf.denominator()).isEqualTo(poly("x1^4", 2));
    }

    @Test
    void zeroNumeratorsPickTheTailFormThatLeavesAGrouping() {
        // L = 6 (b = 3): Q = m_5 m_3 m_1 = x2^2 x1^4; with ℓ = x2 the rest x1^4 cannot fill two quadrics, with ℓ = x1
        // (m_5 = x1^2) the rest x1^2 x2^2 can: tail t = 1
        MembershipResult r = tuple("2,2,2,2,2,2,1", "x1^4*x2^2", "0");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.YES);
        assertThat(r.reason()).isEqualTo("Q, R, C: yes (P = 0: A_L = 0; rank-one tail A_5 … A_5 = u_k ℓᵀ)");
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0).isZero()).isTrue();
        assertThat(cf.denominator()).isEqualTo(poly("x1^4*x2^2", 2));
    }

    @Test
    void aQuinticWithGaloisGroupS5HasNoPrintableWitness() {
        // Q = (x1 + 3 x2)·(x1^5 − x1 x2^4 − x2^5): t^5 − t − 1 is irreducible with one real root and Galois group S5, so
        // its splitting field has degree 120 > 16; over C the grouping exists (six distinct forms, b = 3)
        MembershipResult r = tuple("2,2,2,2,2,2,1", "(x1 + 3*x2)*(x1^5 - x1*x2^4 - x2^5)",
                "x1*x2*(x1 + x2)*(x1 - x2)*(x1 + 2*x2)");
        assertThat(r.answer(GroundField.Q)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.R)).isEqualTo(Answer.NO);
        assertThat(r.answer(GroundField.C)).isEqualTo(Answer.UNKNOWN);
        assertThat(r.closure()).isEqualTo(Answer.YES);
        assertThat(r.reason()).contains("C: the factors can be grouped (").contains("so the input is in M(C) by docs/theory.md §7,"
                + " but the witness needs a splitting field of degree > 16 (of [t^5 - t - 1]); no unverified witness is printed");
    }
}
