package org.rationalnets.algorithms.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
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
        return DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.TUPLE, ps, PolynomialParser.parse(q, n), false),
                ALL, 1);
    }

    static MembershipResult function(String arch, String q, String... p) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        List<Polynomial<BigFraction>> ps = new ArrayList<>();
        for (String s : p) {
            ps.add(PolynomialParser.parse(s, n));
        }
        return DeepBinaryMembership.decide(MembershipInput.of(d, MembershipResult.Mode.FUNCTION, ps, PolynomialParser.parse(q, n), false),
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
        assertThat(r.member(GroundField.Q)).isTrue();
        assertThat(r.member(GroundField.R)).isTrue();
        assertThat(r.member(GroundField.C)).isTrue();
        assertThat(r.closureMember()).isTrue();
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("2*x1*x2^2", 2));
        assertThat(cf.denominator()).isEqualTo(poly("x2^2 - x1^2", 2));
    }

    @Test
    void cf2NumeratorOverASumOfSquaresIsComplexOnly() {
        MembershipResult r = tuple("2,2,2,1", "x1^2 + x2^2", "2*x1*x2^2");
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isFalse();
        assertThat(r.member(GroundField.C)).isTrue();
        assertThat(r.closureMember()).isTrue();
        assertThat(r.weights(GroundField.C).isRational()).isFalse();
        assertThat(r.reason()).contains("not real");
        assertAlgebraicWitnessReproduces(r, GroundField.C, List.of(poly("2*x1*x2^2", 2)), poly("x1^2 + x2^2", 2));
    }

    @Test
    void cubesOverASumOfSquaresAreNotInTheClosure() {
        MembershipResult r = tuple("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(r.closureMember()).isFalse();
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isFalse();
        assertThat(r.member(GroundField.C)).isFalse();
        assertThat(r.reason()).contains("common factor of degree 0");
    }

    @Test
    void necessarilyIrrationalWeightsAreRealAlgebraic() {
        // f = x1 · m_1 / m_2 with m_1 = x1 x2 and m_2 = x1^2 − 2 x2^2 = (x1 − √2 x2)(x1 + √2 x2)
        MembershipResult r = tuple("2,2,2,1", "x1^2 - 2*x2^2", "x1^2*x2");
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isTrue();
        assertThat(r.member(GroundField.C)).isTrue();
        assertThat(r.weights(GroundField.R).isRational()).isFalse();
        assertThat(r.reason()).contains("irrational");
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2", 2)), poly("x1^2 - 2*x2^2", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = r.weights(GroundField.R).matrices().stream().flatMap(List::stream).flatMap(List::stream)
                .filter(e -> !e.isRational()).map(e -> (Map<String, Object>) e.toJson()).findFirst().orElseThrow();
        assertThat(entry).containsKey("interval"); // a real root, isolated exactly
    }

    @Test
    void twoDifferentQuadraticIrrationalitiesNeedTheirCompositum() {
        // (2,2,2,2,1): P = ℓ·m_2, Q = m_3·m_1 with m_1 = x1^2 − 2x2^2, m_2 = x1 x2, m_3 = x1^2 − 3x2^2
        MembershipResult r = tuple("2,2,2,2,1", "x1^4 - 5*x1^2*x2^2 + 6*x2^4", "x1^2*x2 + x1*x2^2");
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isTrue();
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2 + x1*x2^2", 2)),
                poly("x1^4 - 5*x1^2*x2^2 + 6*x2^4", 2));
    }

    @Test
    void aSquareInTheNumeratorForcesARankOneTail() {
        // P = x1^3 = ℓ·m_1 with m_1 = x1^2 forces A_1 of rank one, so m_2 ∝ x1^2 too
        MembershipResult yes = tuple("2,2,2,1", "x1^2", "x1^3");
        assertThat(yes.member(GroundField.Q)).isTrue();
        ClosedForm<BigFraction> cf = expand(yes, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("x1^3", 2));
        assertThat(cf.denominator()).isEqualTo(poly("x1^2", 2));
        MembershipResult no = tuple("2,2,2,1", "x2^2", "x1^3");
        assertThat(no.member(GroundField.C)).isFalse();
        assertThat(no.closureMember()).isTrue(); // d_L = 1: V_d is the whole ambient space
    }

    @Test
    void aRepeatedDenominatorFactorBeyondHalfNeedsATail() {
        // (2,2,2,2,1): Q = m_3 m_1 = x1^3 x2 has x1 three times in two quadrics: one must be x1^2,
        // i.e. the tail contains index 3 (and as it is the last index, A_3 ∝ x1, so A_4 ∝ x1: P ∝ x1·m_2)
        MembershipResult yes = tuple("2,2,2,2,1", "x1^3*x2", "x1*x2*(x1 + x2)");
        assertThat(yes.member(GroundField.Q)).isTrue();
        MembershipResult no = tuple("2,2,2,2,1", "x1^3*x2", "x2^2*(x1 + x2)");
        assertThat(no.member(GroundField.Q)).isFalse();
        assertThat(no.member(GroundField.C)).isFalse();
    }

    @Test
    void functionModeAllowsCancellation() {
        // f = x1 is ℓ·m_1/m_2 with m_1 = m_2
        MembershipResult r = function("2,2,2,1", "1", "x1");
        assertThat(r.member(GroundField.Q)).isTrue();
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators().get(0)).isEqualTo(cf.denominator().multiply(poly("x1", 2)));
        // but degree −1 is impossible for L = 3
        MembershipResult no = function("2,2,2,1", "x1", "1");
        assertThat(no.member(GroundField.C)).isFalse();
        assertThat(no.reason()).contains("homogeneous of degree -1").contains("(−1)^(L−1) = 1");
    }

    @Test
    void cf5AsAFunctionNotInLowestTerms() {
        String p = "33/4*x1^3 + 5/4*x1^2*x2 - 29/4*x1*x2^2 - 9/4*x2^3";
        String q = "2*x1^4 + 6*x1^3*x2 - 2*x1^2*x2^2 - 6*x1*x2^3";
        MembershipResult t = tuple("2,2,2,2,1", q, p);
        assertThat(t.member(GroundField.Q)).isTrue();
        assertThat(expand(t, GroundField.Q).numerators()).containsExactly(poly(p, 2));
        MembershipResult f = function("2,2,2,2,1", q, p);
        assertThat(f.member(GroundField.Q)).isTrue();
    }

    @Test
    void threeInputsReduceToThePlaneOfW1() {
        // CF3-like: W_1 rows x1 + 2x2, x2 − x3, then binary layers
        Architecture d = Architecture.of(3, 2, 2, 2);
        Weights w = Weights.parseJson(d, "[[[1,2,0],[0,1,-1]],[[1,3],[2,-1]],[[1,1],[1,-2]]]");
        ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
        MembershipResult r = DeepBinaryMembership.decide(
                MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator(), false), ALL, 1);
        assertThat(r.member(GroundField.Q)).isTrue();
        assertThat(expand(r, GroundField.Q)).isEqualTo(cf);
        // x3 in a third direction: not a network of (3,2,2,2)
        MembershipResult no = tuple("3,2,2,2", "x1*x2", "x1*x3*x2", "x2^2*x1");
        assertThat(no.member(GroundField.C)).isFalse();
        assertThat(no.closureMember()).isFalse();
        assertThat(no.reason()).contains("3 independent linear forms");
    }

    @Test
    void aCubicGaloisClassNeedsItsSplittingField() {
        // Q = m_3 m_1 = x1 (x1^3 − 2 x2^3): splits over C only; the witness lives in Q(∛2, ω), degree 6
        MembershipResult r = tuple("2,2,2,2,1", "x1^4 - 2*x1*x2^3", "x1*x2*(x1 + x2)");
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isFalse();
        assertThat(r.member(GroundField.C)).isTrue();
        assertThat(r.closureMember()).isTrue();
        assertAlgebraicWitnessReproduces(r, GroundField.C, List.of(poly("x1*x2*(x1 + x2)", 2)), poly("x1^4 - 2*x1*x2^3", 2));
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = r.weights(GroundField.C).matrices().stream().flatMap(List::stream).flatMap(List::stream)
                .filter(e -> !e.isRational()).map(e -> (Map<String, Object>) e.toJson()).findFirst().orElseThrow();
        assertThat(AlgebraicExtension.parse((String) entry.get("poly")).degree()).isEqualTo(6);
    }

    @Test
    void aTotallyRealCubicGivesRealAlgebraicWeights() {
        // x1^3 − 3 x1 x2^2 + x2^3: three real roots (2cos(2π/9)-type); Q = x2 · that, P = x1 · m_2 with m_2 = x1 x2
        MembershipResult r = tuple("2,2,2,2,1", "x1^3*x2 - 3*x1*x2^3 + x2^4", "x1^2*x2 + x1*x2^2");
        assertThat(r.member(GroundField.Q)).isFalse();
        assertThat(r.member(GroundField.R)).isTrue();
        assertAlgebraicWitnessReproduces(r, GroundField.R, List.of(poly("x1^2*x2 + x1*x2^2", 2)),
                poly("x1^3*x2 - 3*x1*x2^3 + x2^4", 2));
    }

    @Test
    void oneInputVariable() {
        // d_0 = 1: every A_k has rank one; f = u·x1^(±1)
        MembershipResult r = tuple("1,2,2,2,3", "5*x1^4", "x1^3", "0", "-2*x1^3");
        assertThat(r.member(GroundField.Q)).isTrue();
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("x1^3", 1), poly("0", 1), poly("-2*x1^3", 1));
        assertThat(cf.denominator()).isEqualTo(poly("5*x1^4", 1));
    }

    @Test
    void threeInputsOnALine() {
        // every form is a power of x1 + x3: W_1 of rank one, the whole chain is a rank-one tail
        MembershipResult r = tuple("3,2,2,1", "(x1 + x3)^2", "(x1 + x3)^3");
        assertThat(r.member(GroundField.Q)).isTrue();
        ClosedForm<BigFraction> cf = expand(r, GroundField.Q);
        assertThat(cf.numerators()).containsExactly(poly("(x1 + x3)^3", 3));
        assertThat(cf.denominator()).isEqualTo(poly("(x1 + x3)^2", 3));
        MembershipResult f = function("3,2,2,1", "x2 - x3", "(x2 - x3)^2");
        assertThat(f.member(GroundField.Q)).isTrue();
        ClosedForm<BigFraction> g = expand(f, GroundField.Q);
        assertThat(g.numerators().get(0)).isEqualTo(g.denominator().multiply(poly("x2 - x3", 3)));
    }

    @Test
    void zeroNumeratorsAreNetworksWhenQSplits() {
        MembershipResult r = tuple("2,2,2,2", "x1^2 + x2^2", "0", "0");
        assertThat(r.member(GroundField.R)).isFalse();
        assertThat(r.member(GroundField.C)).isTrue();
        MembershipResult f = function("2,2,2,1", "x1^2 + x2^2", "0");
        assertThat(f.member(GroundField.Q)).isTrue();
    }

    @Test
    void closureInFunctionModeNeedsARepresentativeOfTheAmbientDegrees() {
        // the representative given is a point of the ambient space: its closure answer is reported
        MembershipResult ambient = function("2,2,2,2", "x1^2 + x2^2", "x1^3", "x2^3");
        assertThat(ambient.member(GroundField.C)).isFalse();
        assertThat(ambient.closureMember()).isFalse();
        // the same kind of function written over a smaller denominator: no point of the ambient space, so unknown
        MembershipResult other = function("2,2,2,2", "x1", "x1^2", "x2^2");
        assertThat(other.member(GroundField.C)).isFalse();
        assertThat(other.closureMember()).isNull();
        assertThat(other.evidence()).anyMatch(e -> e.contains("does not have the degrees"));
    }

    @Test
    void onlyTheFieldsAskedAreAnswered() {
        Architecture d = Architecture.of(2, 2, 2, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.TUPLE, List.of(poly("2*x1*x2^2", 2)),
                poly("x1^2 + x2^2", 2), false);
        MembershipResult r = DeepBinaryMembership.decide(in, EnumSet.of(GroundField.R), 1);
        assertThat(r.fields()).containsExactly(GroundField.R);
        assertThat(r.member(GroundField.R)).isFalse();
        assertThat(r.member(GroundField.C)).isNull();
        assertThat(DeepBinaryMembership.decide(in, EnumSet.noneOf(GroundField.class), 1).fields()).hasSize(3);
    }

    @Test
    void refusesArchitecturesWithoutBinaryHiddenLayers() {
        assertThat(DeepBinaryMembership.applies(Architecture.of(2, 3, 2, 1))).isFalse();
        assertThat(DeepBinaryMembership.applies(Architecture.of(2, 1))).isFalse();
        assertThat(DeepBinaryMembership.applies(Architecture.of(3, 2, 2, 2, 4))).isTrue();
        Architecture d = Architecture.of(2, 3, 1);
        MembershipInput in = MembershipInput.of(d, MembershipResult.Mode.FUNCTION, List.of(poly("x1", 2)), poly("x1*x2", 2), false);
        assertThatThrownBy(() -> DeepBinaryMembership.decide(in, ALL, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Acceptance (issue 5): 200 random binary networks, L 3..7, d_0 in {2,3}, d_L in {1,2,3}, rational weights:
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
            Weights w = randomRational(d, random);
            ClosedForm<BigFraction> cf;
            try {
                cf = RationalNet.of(w).closedForm();
            } catch (UndefinedNetworkException e) {
                continue;
            }
            MembershipResult r = DeepBinaryMembership.decide(
                    MembershipInput.of(d, MembershipResult.Mode.TUPLE, cf.numerators(), cf.denominator(), false),
                    EnumSet.of(GroundField.Q), seed);
            assertThat(r.member(GroundField.Q)).as("seed %d, network %d, %s, weights %s: %s", seed, done, d, w.toJson(), r.reason())
                    .isTrue();
            assertThat(expand(r, GroundField.Q)).as("seed %d, network %d, weights %s", seed, done, w.toJson()).isEqualTo(cf);
            done++;
        }
    }

    static Weights randomRational(Architecture d, Random random) {
        List<Matrix<BigFraction>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(BigFraction.of(random.nextInt(9) - 4, 1 + random.nextInt(3)));
                }
                rows.add(row);
            }
            ms.add(Matrix.of(Rationals.Q, rows));
        }
        return Weights.of(d, ms);
    }

    /**
     * Rebuilds the algebraic witness from its JSON (one modulus h for every entry, value polynomials in t),
     * expands the network over Q[t]/(h) with core and compares with the input.
     */
    @SuppressWarnings("unchecked")
    static void assertAlgebraicWitnessReproduces(MembershipResult r, GroundField f, List<Polynomial<BigFraction>> p,
                                                 Polynomial<BigFraction> q) {
        List<Object> json = r.weights(f).toJson();
        String h = null;
        for (Object m : json) {
            for (Object row : (List<Object>) m) {
                for (Object e : (List<Object>) row) {
                    if (e instanceof Map<?, ?> map) {
                        String hh = (String) map.get("poly");
                        assertThat(h == null || h.equals(hh)).as("one modulus for all entries").isTrue();
                        h = hh;
                    }
                }
            }
        }
        AlgebraicExtension alg = AlgebraicExtension.parse(h);
        List<Matrix<AlgebraicElement>> ms = new ArrayList<>();
        for (Object m : json) {
            List<List<AlgebraicElement>> rows = new ArrayList<>();
            for (Object row : (List<Object>) m) {
                List<AlgebraicElement> rr = new ArrayList<>();
                for (Object e : (List<Object>) row) {
                    if (e instanceof String s) {
                        rr.add(alg.fromRational(Rationals.parse(s)));
                    } else {
                        UnivariatePolynomial<BigFraction> v = AlgebraicExtension.parsePolynomial((String) ((Map<?, ?>) e).get("value"));
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
}
