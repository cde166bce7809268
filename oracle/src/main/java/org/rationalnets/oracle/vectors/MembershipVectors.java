package org.rationalnets.oracle.vectors;

import org.rationalnets.oracle.Formulas;
import org.rationalnets.algorithms.membership.MembershipResult;
import org.rationalnets.algorithms.membership.ShallowMembership;
import org.rationalnets.algorithms.membership.WitnessVerification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Matrix;
import org.rationalnets.exact.Monomial;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.exact.Rationals;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * The membership vectors (docs/theory.md §6): inputs built so that the answer is known by construction —
 * network points (members over Q with the generating weights as witness), denominators whose
 * linear factors are conjugate real irrational or complex, repeated factors, denominators that do
 * not split, numerators outside {@code span{Q/ℓ}}, and the rows of docs/examples.md. Every claim is
 * cross-checked before it is written: rational witnesses are re-expanded, the answers are
 * monotone ({@code Q ⊂ R ⊂ C ⊂ closure}), and for {@code d_1 = 2}, {@code d_0 ≥ 3} the closure
 * answer is recomputed as {@code rank [S; p] ≤ 2} (S3). The deep binary vectors (docs/theory.md §7) are built by
 * {@link DeepBinaryMembershipVectors} through {@link #emit}, which also confirms them with the §7 algorithm.
 *
 * <p>It is long because each family of constructions sits next to the cross-check that proves its
 * answer; the families share the seeded stream, so their order fixes the committed file.
 */
public final class MembershipVectors {

    private static final Boolean T = Boolean.TRUE;
    private static final Boolean F = Boolean.FALSE;
    /** The seed of the shallow membership vectors: the file's membership group is {@code new MembershipVectors(new Random(SEED), …)}. */
    public static final long SEED = 20250915L;
    /** The seed of the deep-binary membership vectors. */
    private static final long DEEP_SEED = 20250916L;

    private final Random random;
    private final List<ObjectNode> out;

    public MembershipVectors(Random random, List<ObjectNode> out) {
        this.random = random;
        this.out = out;
    }

    /** The source of every random choice of these vectors. */
    Random random() {
        return random;
    }

    public void build() {
        examples();
        networkPoints();
        conjugateFactors();
        repeatedFactors();
        notSplitting();
        outsideSpan();
        smallCases();
        // deep binary networks (docs/theory.md §7) draw from their own seed, so the vectors above keep their inputs
        new DeepBinaryMembershipVectors(new MembershipVectors(new Random(DEEP_SEED), out)).build();
    }

    // ------------------------------------------------------------------ cases

    private void examples() {
        example("MB1", "2,2,1", "tuple", List.of("x2"), "x1^2", F, F, F, T, null, Flag.OutsideSpan);
        example("MB2", "2,2,1", "function", List.of("2*x1"), "x1^2 + x2^2", F, F, T, T, null, Flag.ComplexOnly);
        example("MB3", "3,2,1", "function", List.of("x1"), "x1^2 - 2*x2^2", F, T, T, T, null, Flag.RealIrrational);
        example("MB4", "3,2,1", "function", List.of("x3"), "x1*x2", F, F, F, F, null, Flag.OutsideSpan);
        example("MB5", "3,2,1", "function", List.of("x1 + x2"), "x1*x2", T, T, T, T, "[[[1,0,0],[0,1,0]],[[1,1]]]");
        example("MB6", "2,3,1", "tuple", List.of("x1*x2 + x1^2"), "x1^2*x2", T, T, T, T, "[[[1,0],[1,0],[0,1]],[[1,0,1]]]");
        example("MB7", "2,3,1", "function", List.of("1"), "x1", T, T, T, T, "[[[1,0],[1,0],[1,0]],[[1,0,0]]]", Flag.FewerFactors);
        example("MB8", "2,2,1", "function", List.of("x2"), "x1^2", F, F, F, T, null);
    }

    private void example(String id, String arch, String mode, List<String> p, String q, Boolean mq, Boolean mr, Boolean mc,
                         Boolean closure, String witness, Flag... flags) {
        Architecture d = Architecture.parse(arch);
        int n = d.inputDimension();
        Set<Flag> f = EnumSet.of(Flag.Example);
        f.addAll(List.of(flags));
        emit(d, mode, p.stream().map(s -> PolynomialParser.parse(s, n)).toList(), PolynomialParser.parse(q, n),
                mq, mr, mc, closure, witness == null ? null : RationalNetsJson.weights(d, witness), "docs/examples.md " + id, f);
    }

    private void networkPoints() {
        for (String arch : List.of("2,2,1", "2,2,2", "3,2,1", "3,2,2", "4,2,1", "2,3,1", "3,3,1", "3,3,2", "1,2,1", "1,3,2",
                "3,1,2", "2,1,1", "4,3,1")) {
            Architecture d = Architecture.parse(arch);
            for (String mode : List.of("tuple", "function")) {
                for (boolean rational : new boolean[] {false, true}) {
                    Weights w = randomShallowWeights(d, rational);
                    ClosedForm<BigFraction> cf = RationalNet.of(w).closedForm();
                    emit(d, mode, cf.numerators(), cf.denominator(), T, T, T, T, w,
                            "closed form of random " + (rational ? "rational" : "integer") + " weights (a network point)",
                            EnumSet.noneOf(Flag.class));
                }
            }
        }
    }

    /** Denominators u^2 - a v^2 (real irrational factors) and u^2 + a v^2 (complex), times a rational factor when d_1 = 3. */
    private void conjugateFactors() {
        int[] realA = {2, 3, 5, 7, 6, 10};
        int[] complexA = {1, 2, 3, 5, 1, 2};
        String[] archs = {"2,2,1", "3,2,1", "3,2,2", "4,2,1", "2,3,1", "3,3,1"};
        for (int i = 0; i < archs.length; i++) {
            Architecture d = Architecture.parse(archs[i]);
            for (String mode : List.of("function", "tuple")) {
                conjugate(d, mode, realA[i], true);
                conjugate(d, mode, complexA[i], false);
            }
        }
    }

    private void conjugate(Architecture d, String mode, int a, boolean real) {
        int n = d.inputDimension();
        Polynomial<BigFraction>[] uv = independentPair(n);
        Polynomial<BigFraction> u = uv[0];
        Polynomial<BigFraction> v = uv[1];
        BigFraction sign = BigFraction.of(real ? -a : a);
        Polynomial<BigFraction> quadric = u.multiply(u).add(v.multiply(v).scale(sign));
        Polynomial<BigFraction> q = quadric;
        Polynomial<BigFraction> extra = null;
        if (d.width(1) == 3) {
            extra = randomLinear(n);
            q = q.multiply(extra);
        }
        List<Polynomial<BigFraction>> p = new ArrayList<>();
        for (int i = 0; i < d.outputDimension(); i++) {
            Polynomial<BigFraction> pi = u.scale(nonzero()).add(v.scale(nonzero()));
            if (extra != null) {
                pi = pi.multiply(extra).add(quadric.scale(nonzero()));
            }
            p.add(pi);
        }
        String factors = real ? "Q = u^2 - " + a + "*v^2 (u, v rational linear forms): factors u -+ sqrt(" + a + ")*v are real, irrational"
                : "Q = u^2 + " + a + "*v^2 (u, v rational linear forms): factors u -+ i*sqrt(" + a + ")*v are not real";
        emit(d, mode, p, q, F, real, T, T, null, factors + (extra == null ? "" : "; times a rational linear form"),
                EnumSet.of(real ? Flag.RealIrrational : Flag.ComplexOnly));
    }

    private void repeatedFactors() {
        for (String arch : List.of("2,2,1", "3,2,1", "3,2,2", "4,2,1")) {
            Architecture d = Architecture.parse(arch);
            int n = d.inputDimension();
            for (String mode : List.of("function", "tuple")) {
                Polynomial<BigFraction>[] uv = independentPair(n);
                List<Polynomial<BigFraction>> p = new ArrayList<>();
                for (int i = 0; i < d.outputDimension(); i++) {
                    p.add(uv[0].scale(BigFraction.of(random.nextInt(5) - 2)).add(uv[1].scale(nonzero())));
                }
                emit(d, mode, p, uv[0].multiply(uv[0]), F, F, F, T, null,
                        "Q = u^2, P in span{u, v} but not in span{u}: the limit of 1/(u - eps v) - 1/u", EnumSet.of(Flag.OutsideSpan));
            }
        }
        for (String arch : List.of("2,3,1", "3,3,1")) {
            Architecture d = Architecture.parse(arch);
            int n = d.inputDimension();
            for (String mode : List.of("function", "tuple")) {
                Polynomial<BigFraction>[] uw = independentPair(n);
                Polynomial<BigFraction> u = uw[0];
                Polynomial<BigFraction> w = uw[1];
                Polynomial<BigFraction> q = u.multiply(u).multiply(w);
                Polynomial<BigFraction> p;
                LinearSpan span = new LinearSpan();
                span.add(u.multiply(w));
                span.add(u.multiply(u));
                do {
                    p = randomForm(n, 2);
                } while (span.contains(p) || !RationalPolynomials.gcd(List.of(p, q)).isConstant());
                Boolean closure = Theorems.fills(d).orElseThrow().value() ? T : null;
                emit(d, mode, List.of(p), q, F, F, F, closure, null, "Q = u^2*w, a numerator outside span{u*w, u^2}"
                        + (closure == null ? " (closure not decided by docs/theory.md for d_1 = 3, d_0 = 3)" : ""), EnumSet.of(Flag.OutsideSpan));
            }
        }
        // a repeated factor that a network does produce in tuple mode: Q = u^2 w, P in span{u w, u^2}
        Architecture d = Architecture.parse("3,3,1");
        Polynomial<BigFraction>[] uw = independentPair(3);
        Polynomial<BigFraction> u = uw[0];
        Polynomial<BigFraction> w = uw[1];
        BigFraction alpha = nonzero();
        BigFraction beta = nonzero();
        Weights witness = Weights.ofRows(d, List.of(
                List.of(coefficients(u), coefficients(u), coefficients(w)),
                List.of(List.of(alpha, BigFraction.ZERO, beta))));
        emit(d, "tuple", List.of(u.multiply(w).scale(alpha).add(u.multiply(u).scale(beta))), u.multiply(u).multiply(w),
                T, T, T, T, witness, "Q = u^2*w, P = a u*w + b u^2: rows u, u, w with the weight on one copy of u",
                EnumSet.noneOf(Flag.class));
    }

    private void notSplitting() {
        String[][] cases = {
            {"3,2,1", "x1^2 + x2^2 + x3^2"},
            {"3,2,1", "x1^2 - x2^2 + 2*x1*x3 - 3*x3^2"},
            {"3,2,2", "x1*x2 - x3^2"},
            {"4,2,1", "x1*x2 + x3*x4"},
            {"3,3,1", "x1^3 + x2^3 + x3^3"},
            {"3,3,2", "x1^3 + x2^3 + x3^3 - x1*x2*x3"},
        };
        for (String[] c : cases) {
            Architecture d = Architecture.parse(c[0]);
            int n = d.inputDimension();
            for (String mode : List.of("function", "tuple")) {
                List<Polynomial<BigFraction>> p = new ArrayList<>();
                for (int i = 0; i < d.outputDimension(); i++) {
                    p.add(randomForm(n, d.width(1) - 1));
                }
                emit(d, mode, p, PolynomialParser.parse(c[1], n), F, F, F, F, null,
                        "Q = " + c[1] + " is not a product of linear forms over C", EnumSet.of(Flag.NotSplitting));
            }
        }
    }

    private void outsideSpan() {
        for (String arch : List.of("3,2,1", "3,2,2", "4,2,1", "5,2,1")) {
            Architecture d = Architecture.parse(arch);
            int n = d.inputDimension();
            for (String mode : List.of("function", "tuple")) {
                Polynomial<BigFraction>[] l = independentPair(n);
                List<Polynomial<BigFraction>> p = new ArrayList<>();
                for (int i = 0; i < d.outputDimension(); i++) {
                    p.add(l[0].scale(nonzero()).add(l[1].scale(nonzero())));
                }
                Polynomial<BigFraction> outside;
                do {
                    outside = randomLinear(n);
                } while (rank(List.of(l[0], l[1], outside)) < 3);
                p.set(p.size() - 1, p.get(p.size() - 1).add(outside));
                emit(d, mode, p, l[0].multiply(l[1]), F, F, F, F, null,
                        "Q = l1*l2 splits over Q, but the last numerator is not in span{l1, l2}", EnumSet.noneOf(Flag.class));
            }
        }
        Architecture d = Architecture.parse("3,3,1");
        for (String mode : List.of("function", "tuple")) {
            Polynomial<BigFraction> q;
            Polynomial<BigFraction>[] l;
            Polynomial<BigFraction> l3;
            do {
                l = independentPair(3);
                l3 = randomLinear(3);
            } while (rank(List.of(l[0], l[1], l3)) < 3);
            q = l[0].multiply(l[1]).multiply(l3);
            LinearSpan span = new LinearSpan();
            span.add(l[1].multiply(l3));
            span.add(l[0].multiply(l3));
            span.add(l[0].multiply(l[1]));
            Polynomial<BigFraction> p;
            do {
                p = randomForm(3, 2);
            } while (span.contains(p) || !RationalPolynomials.gcd(List.of(p, q)).isConstant());
            emit(d, mode, List.of(p), q, F, F, F, null, null,
                    "Q = l1*l2*l3, P outside span{Q/l_j}; closure not decided by docs/theory.md for (3,3,1)", EnumSet.noneOf(Flag.class));
        }
    }

    private void smallCases() {
        // zero function and zero numerators
        Architecture d321 = Architecture.parse("3,2,1");
        emit(d321, "function", List.of(parse("0", 3)), parse("x1", 3), T, T, T, T,
                RationalNetsJson.weights(d321, "[[[1,0,0],[0,1,0]],[[0,0]]]"), "f = 0 is a network (zero output layer)", EnumSet.noneOf(Flag.class));
        emit(d321, "tuple", List.of(parse("0", 3)), parse("(x1 + x2)*(x2 - 3*x3)", 3), T, T, T, T,
                RationalNetsJson.weights(d321, "[[[1,1,0],[0,1,-3]],[[0,0]]]"), "P = 0 with a split Q", EnumSet.noneOf(Flag.class));
        // points [P : 0]
        emit(d321, "tuple", List.of(parse("x1 + x2 + x3", 3)), parse("0", 3), F, F, F, T, null,
                "Q = 0: not a network, but [P : 0] is in V_d since [S; p] = [0; p] has rank 1 (S3)", EnumSet.noneOf(Flag.class));
        Architecture d322 = Architecture.parse("3,2,2");
        emit(d322, "tuple", List.of(parse("x1 - x3", 3), parse("2*x2 + x3", 3)), parse("0", 3), F, F, F, T, null,
                "Q = 0 and two numerators: [S; p] has rank 2 (S3)", EnumSet.noneOf(Flag.class));
        Architecture d221 = Architecture.parse("2,2,1");
        emit(d221, "tuple", List.of(parse("x1", 2)), parse("0", 2), F, F, F, T, null, "Q = 0 in a filling architecture",
                EnumSet.noneOf(Flag.class));
        Architecture d312 = Architecture.parse("3,1,2");
        emit(d312, "tuple", List.of(parse("1", 3), parse("1", 3)), parse("0", 3), F, F, F, T, null,
                "Q = 0, d_1 = 1 (filling by S2)", EnumSet.noneOf(Flag.class));
        emit(d312, "tuple", List.of(parse("2", 3), parse("-1", 3)), parse("x1 + 2*x2 - x3", 3), T, T, T, T,
                RationalNetsJson.weights(d312, "[[[1,2,-1]],[[2],[-1]]]"), "d_1 = 1: f = (2, -1)/(x1 + 2*x2 - x3)", EnumSet.noneOf(Flag.class));
        // fewer factors than neurons
        Architecture d331 = Architecture.parse("3,3,1");
        emit(d331, "function", List.of(parse("2*x1 - x2 + x3", 3)), parse("(x1 + x3)*(x1 - x2)", 3), T, T, T, T,
                RationalNetsJson.weights(d331, "[[[1,0,1],[1,-1,0],[1,-1,0]],[[\"1\",\"1\",0]]]"),
                "two distinct factors for three neurons: 1/(x1 + x3) + 1/(x1 - x2)", EnumSet.of(Flag.FewerFactors));
        emit(d322, "function", List.of(parse("3", 3), parse("-1/2", 3)), parse("x1 - x2 + x3", 3), T, T, T, T,
                RationalNetsJson.weights(d322, "[[[1,-1,1],[1,-1,1]],[[3,0],[\"-1/2\",0]]]"),
                "one factor for two neurons: (3, -1/2)/(x1 - x2 + x3)", EnumSet.of(Flag.FewerFactors));
        // not of the degree of a network, or too many factors: no representative of degrees (D_P, D_Q) exists,
        // so not in the closure either
        emit(d221, "function", List.of(parse("x1", 2)), parse("1", 2), F, F, F, F, null,
                "f = x1 has degree +1, a shallow network has degree -1", EnumSet.of(Flag.WrongDegree));
        emit(d321, "function", List.of(parse("x1", 3)), parse("x2", 3), F, F, F, F, null,
                "f = x1/x2 has degree 0", EnumSet.of(Flag.WrongDegree));
        emit(d221, "function", List.of(parse("x1^2 + x2^2", 2)), parse("x1*x2*(x1 + x2)", 2), F, F, F, F, null,
                "degree -1 but three distinct factors for two neurons (no representative of degree D_Q = 2)",
                EnumSet.of(Flag.WrongDegree));
        emit(Architecture.parse("3,1,1"), "function", List.of(parse("x1 + x3", 3)), parse("x1*x2", 3), F, F, F, F, null,
                "degree -1 but two distinct factors for one neuron", EnumSet.of(Flag.WrongDegree));
        // one input variable
        Architecture d121 = Architecture.parse("1,2,1");
        emit(d121, "function", List.of(parse("3", 1)), parse("x1", 1), T, T, T, T,
                RationalNetsJson.weights(d121, "[[[1],[1]],[[3,0]]]"), "f = 3/x1", EnumSet.of(Flag.FewerFactors));
        Architecture d122 = Architecture.parse("1,2,2");
        emit(d122, "tuple", List.of(parse("2*x1", 1), parse("-x1", 1)), parse("5*x1^2", 1), T, T, T, T,
                RationalNetsJson.weights(d122, "[[[5],[1]],[[2,0],[-1,0]]]"), "P = (2 x1, -x1), Q = 5 x1^2", EnumSet.noneOf(Flag.class));
        emit(d121, "tuple", List.of(parse("x1", 1)), parse("0", 1), F, F, F, T, null, "Q = 0 with d_0 = 1 (filling)",
                EnumSet.noneOf(Flag.class));
        emit(d121, "function", List.of(parse("1", 1)), parse("x1^2", 1), F, F, F, F, null,
                "f = 1/x1^2 has degree -2", EnumSet.of(Flag.WrongDegree));
    }

    // ------------------------------------------------------------------ emit and cross-check

    void emit(Architecture d, String mode, List<Polynomial<BigFraction>> p, Polynomial<BigFraction> q,
                      Boolean mq, Boolean mr, Boolean mc, Boolean closure, Weights witness, String comment, Set<Flag> flags) {
        String where = d + " " + mode + " " + p + " / " + q;
        boolean tuple = mode.equals("tuple");
        if (tuple) {
            long[] dpq = Formulas.degrees(d.widths());
            for (Polynomial<BigFraction> pi : p) {
                if (!pi.isZero() && (pi.degree() != dpq[0] || !pi.isHomogeneous())) {
                    throw new IllegalStateException("tuple input " + where + ": numerator not a form of degree D_P = " + dpq[0]);
                }
            }
            if (!q.isZero() && (q.degree() != dpq[1] || !q.isHomogeneous())) {
                throw new IllegalStateException("tuple input " + where + ": denominator not a form of degree D_Q = " + dpq[1]);
            }
            if (q.isZero() && p.stream().allMatch(Polynomial::isZero)) {
                throw new IllegalStateException("the zero tuple is not a projective point: " + where);
            }
        } else if (q.isZero()) {
            throw new IllegalStateException("function with zero denominator: " + where);
        }
        if ((mq && !mr) || (mr && !mc) || (mc && closure != null && !closure)) {
            throw new IllegalStateException("answers not monotone (Q ⊂ R ⊂ C ⊂ V) for " + where);
        }
        if (mq && witness == null) {
            throw new IllegalStateException("a member over Q needs a witness: " + where);
        }
        if (witness != null && !WitnessVerification.reproduces(witness, mode(mode), p, q)) {
            throw new IllegalStateException("witness " + witness + " does not reproduce " + where);
        }
        Optional<Boolean> fills = Theorems.fills(d).map(Theorems.Prediction::value);
        if (tuple && fills.orElse(false) && closure != null && !closure) {
            throw new IllegalStateException("a point of a filling architecture outside the closure: " + where);
        }
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        if (fills.orElse(false)) {
            f.add(Flag.Filling);
        }
        Polynomial<BigFraction> den = q;
        List<Polynomial<BigFraction>> num = p;
        if (!tuple) {
            RationalPolynomials.Fraction lowest = RationalPolynomials.lowestTerms(p, q);
            if (!lowest.commonFactor().isConstant()) {
                f.add(Flag.NotLowestTerms);
            }
            den = lowest.denominator();
            num = lowest.numerators();
        }
        if (Formulas.hasRepeatedFactor(den)) {
            f.add(Flag.RepeatedFactor);
        }
        if (p.stream().allMatch(Polynomial::isZero)) {
            f.add(Flag.ZeroOutput);
        }
        if (T.equals(closure) && !mc) {
            f.add(Flag.ClosurePoint);
        }
        // S3 decides the closure for d_1 = 2, d_0 >= 3 at points of the right degrees
        if (closure != null && d.depth() == 2 && d.width(1) == 2 && d.inputDimension() >= 3
                && (num.stream().allMatch(x -> x.isZero() || x.degree() == 1)) && (den.isZero() || den.degree() == 2)) {
            boolean s3 = ShallowMembership.s3Matrix(num, den).rank() <= 2;
            if (s3 != closure) {
                throw new IllegalStateException("S3 gives closure " + s3 + " for " + where + ", the construction says " + closure);
            }
        }
        if (DeepBinaryMembershipVectors.isDeepBinary(d)) {
            f.add(Flag.DeepBinary);
            DeepBinaryMembershipVectors.confirm(d, mode, p, q, mq, mr, mc, closure, where);
        }
        ObjectNode t = VectorJson.test(comment, f, d);
        t.put("mode", mode);
        t.set("numerators", VectorJson.strings(p));
        t.put("denominator", q.toString());
        ObjectNode r = t.putObject("result");
        ObjectNode member = r.putObject("member");
        member.put("Q", mq);
        member.put("R", mr);
        member.put("C", mc);
        if (closure == null) {
            r.putNull("closure_member");
        } else {
            r.put("closure_member", closure);
        }
        ObjectNode weights = r.putObject("weights");
        JsonNode w = witness == null ? JsonNodeFactory.instance.nullNode() : RationalNetsJson.tree(witness);
        weights.set("Q", mq ? w : JsonNodeFactory.instance.nullNode());
        weights.set("R", mr && mq ? w : JsonNodeFactory.instance.nullNode());
        weights.set("C", mc && mq ? w : JsonNodeFactory.instance.nullNode());
        out.add(t);
    }

    /** The mode named {@code "tuple"} or {@code "function"} in the vectors. */
    static MembershipResult.Mode mode(String name) {
        return name.equals("function") ? MembershipResult.Mode.FUNCTION : MembershipResult.Mode.TUPLE;
    }

    // ------------------------------------------------------------------ random inputs

    /** Random weights, entries in [-4, 4] over 1..4 ({@code rational}) or integers in [-3, 3]; rows of W_1 nonzero. */
    Weights randomShallowWeights(Architecture d, boolean rational) {
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row;
                do {
                    row = new ArrayList<>();
                    for (int j = 0; j < d.width(k - 1); j++) {
                        row.add(rational ? BigFraction.of(random.nextInt(9) - 4, 1 + random.nextInt(4))
                                : BigFraction.of(random.nextInt(7) - 3));
                    }
                } while (k == 1 && row.stream().allMatch(x -> x.signum() == 0));
                rows.add(row);
            }
            ms.add(rows);
        }
        return Weights.ofRows(d, ms);
    }

    BigFraction nonzero() {
        int v = random.nextInt(6) + 1;
        return BigFraction.of(random.nextBoolean() ? v : -v);
    }

    Polynomial<BigFraction> randomLinear(int n) {
        List<BigFraction> c;
        do {
            c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                c.add(BigFraction.of(random.nextInt(7) - 3));
            }
        } while (c.stream().allMatch(x -> x.signum() == 0));
        return Polynomial.linearForm(Rationals.Q, c);
    }

    @SuppressWarnings("unchecked")
    Polynomial<BigFraction>[] independentPair(int n) {
        Polynomial<BigFraction> u;
        Polynomial<BigFraction> v;
        do {
            u = randomLinear(n);
            v = randomLinear(n);
        } while (rank(List.of(u, v)) < 2);
        return new Polynomial[] {u, v};
    }

    Polynomial<BigFraction> randomForm(int n, int degree) {
        Polynomial<BigFraction> s;
        do {
            s = Polynomial.zero(Rationals.Q, n);
            for (Monomial m : Monomial.ofDegree(n, degree)) {
                s = s.add(Polynomial.monomial(Rationals.Q, BigFraction.of(random.nextInt(7) - 3), m));
            }
        } while (s.isZero());
        return s;
    }

    static int rank(List<Polynomial<BigFraction>> linear) {
        List<List<BigFraction>> rows = new ArrayList<>();
        for (Polynomial<BigFraction> l : linear) {
            rows.add(coefficients(l));
        }
        return Matrix.of(Rationals.Q, rows).rank();
    }

    /** The coefficient vector of a linear form. */
    static List<BigFraction> coefficients(Polynomial<BigFraction> l) {
        int n = l.variables();
        List<BigFraction> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            c.add(l.coefficient(Monomial.variable(n, i)));
        }
        return c;
    }

    private static Polynomial<BigFraction> parse(String s, int n) {
        return PolynomialParser.parse(s, n);
    }
}
