package org.rationalnets.paper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.dimension.CertifiedDimension;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.core.Architecture;
import org.rationalnets.core.ClosedForm;
import org.rationalnets.core.RationalNet;
import org.rationalnets.core.UndefinedNetworkException;
import org.rationalnets.core.Weights;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.PolynomialParser;
import org.rationalnets.exact.RationalPolynomials;
import org.rationalnets.oracle.Formulas;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.oracle.vectors.*;
import org.rationalnets.oracle.json.RationalNetsJson;

/**
 * Generates the conformance test vectors (docs/VECTORS.md): a versioned JSON file in the manner of
 * Wycheproof, with test groups {@code closedForm}, {@code degrees}, {@code dimension},
 * {@code membership} and {@code equations}. Deterministic: every random choice comes from a fixed
 * seed, so {@link #generate()} returns the same tree on every run and {@link #render()} the same bytes.
 *
 * <p>No expected value is taken on trust from a single code path. Closed forms are checked against
 * direct composition of the layers at random rational points; degrees are recomputed here from the
 * formulas of docs/theory.md §2; dimensions come from the literals of docs/examples.md and the formulas S1, B1,
 * W1 ({@link Theorems}); membership inputs are <em>constructed</em> with a known answer (a network
 * point, a denominator with conjugate irrational or complex factors, a repeated factor, …), every
 * rational witness is re-expanded, and the closure answers for {@code d_1 = 2} are re-derived from
 * the rank of {@code [S; p]} (S3); equations are the 3×3 minors of S3, checked to vanish on random
 * network points. Generation fails with {@link IllegalStateException} if any cross-check disagrees.
 */
public final class VectorGenerator {



    private static final long SEED = 20250915L;
    /** Seed and prime of every certified dimension computed here: fixed, so the file does not follow the engine's defaults. */
    private static final long DIMENSION_SEED = 1L;
    private static final long DIMENSION_PRIME = org.rationalnets.exact.PrimeField.LARGEST_31_BIT_PRIME;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<ObjectNode> closedForm = new ArrayList<>();
    private final List<ObjectNode> degrees = new ArrayList<>();
    private final List<ObjectNode> dimension = new ArrayList<>();
    private final List<ObjectNode> membership = new ArrayList<>();
    private final List<ObjectNode> equations = new ArrayList<>();
    private final Random random = new Random(SEED);

    private VectorGenerator() {
    }

    /**
     * The vector file as a JSON tree.
     *
     * @throws IllegalStateException if a cross-check of an expected value fails (a bug, never expected)
     */
    public static ObjectNode generate() {
        VectorGenerator g = new VectorGenerator();
        g.closedForms();
        g.degreeVectors();
        g.dimensionVectors();
        g.membershipVectors();
        g.equationVectors();
        return g.assemble();
    }

    /** The vector file as canonical text (what {@code rationalnet vectors} writes). */
    public static String render() {
        return VectorJson.render(generate());
    }

    // ------------------------------------------------------------------ file

    private ObjectNode assemble() {
        ObjectNode root = NODES.objectNode();
        ObjectNode schema = root.putObject("schema");
        schema.put("name", VectorJson.SCHEMA_NAME);
        schema.put("version", VectorJson.SCHEMA_VERSION);
        root.put("algorithm", "RationalNet, activation 1/t (Grosdos, Robeva, Zubkov, arXiv:2509.11088)");
        root.put("generator", "rationalnets " + getClass().getPackage().getName() + ".VectorGenerator, seed " + SEED);
        ArrayNode header = root.putArray("header");
        header.add("Conformance test vectors for RationalNets f_W(x) = W_L s(W_{L-1} s(... s(W_1 x))), s(t) = 1/t coordinate-wise, no biases.");
        header.add("Variables are x1..xn (n = d_0). Polynomials are written canonically (docs/cli.md): terms in descending graded-lexicographic order, exact rationals, '*' and '^'.");
        header.add("Each test has an input and an expected 'result'; docs/VECTORS.md says how to compare an implementation's answers (keyed by tcId) with it.");
        header.add("Provenance: closed forms cross-checked against direct composition at random rational points; degrees recomputed from docs/theory.md §2; "
                + "dimensions from docs/examples.md and theorems S1, B1, W1, all confirmed by the certified engine of §5 (which alone gives those no theorem covers); membership inputs constructed with known answers, rational witnesses re-expanded, deep binary answers confirmed by the §7 algorithm; "
                + "equations are the 3x3 minors of S3, checked to vanish on random network points.");
        ObjectNode notes = root.putObject("notes");
        for (Flag f : Flag.values()) {
            notes.put(f.name(), f.description());
        }
        ArrayNode groups = root.putArray("testGroups");
        int[] id = {0};
        addGroup(groups, "closedForm", "docs/theory.md §2", "The closed form (P_1..P_dL, Q) exactly as the formulas of §2 produce it, and its lowest terms.", closedForm, id);
        addGroup(groups, "degrees", "docs/theory.md §2-§4", "D_P, D_Q, amb(d), #params, tor(d) and edim(d).", degrees, id);
        addGroup(groups, "dimension", "docs/theory.md §3-§7, S1, B1, W1", "The projective dimension of the neurovariety V_d, amb(d), and whether d is filling.", dimension, id);
        addGroup(groups, "membership", "docs/theory.md §6, §7", "Tuple and function membership in M_d(Q), M_d(R), M_d(C), and closure membership in V_d "
                + "(shallow networks, and deep networks with binary hidden layers, flag DeepBinary).", membership, id);
        addGroup(groups, "equations", "docs/theory.md §6 S3, §8", "The number of linearly independent degree-k polynomials in the ideal of V_d, and a basis.", equations, id);
        root.put("numberOfTests", id[0]);
        // numberOfTests after the groups in insertion order reads badly: move it up front
        ObjectNode ordered = NODES.objectNode();
        ordered.set("schema", root.get("schema"));
        ordered.set("algorithm", root.get("algorithm"));
        ordered.set("generator", root.get("generator"));
        ordered.set("numberOfTests", root.get("numberOfTests"));
        ordered.set("header", header);
        ordered.set("notes", notes);
        ordered.set("testGroups", groups);
        return ordered;
    }

    private static void addGroup(ArrayNode groups, String type, String statement, String description,
                                 List<ObjectNode> tests, int[] id) {
        ObjectNode g = groups.addObject();
        g.put("type", type);
        g.put("statement", statement);
        g.put("description", description);
        ArrayNode a = g.putArray("tests");
        for (ObjectNode t : tests) {
            ObjectNode numbered = NODES.objectNode();
            numbered.put("tcId", ++id[0]);
            numbered.setAll(t);
            a.add(numbered);
        }
    }

    // ------------------------------------------------------------------ closed form

    private void closedForms() {
        for (Examples.ClosedFormExample e : Examples.CLOSED_FORMS) {
            Architecture d = Architecture.parse(e.architecture());
            Weights w = RationalNetsJson.weights(d, e.weights());
            ObjectNode t = closedFormTest(w, "docs/examples.md " + e.id() + (e.note().isEmpty() ? "" : ": " + e.note()), EnumSet.of(Flag.Example));
            // the example's literals are the truth: the generated expectation must equal them
            int n = d.inputDimension();
            List<String> expectedP = e.numerators().stream().map(s -> PolynomialParser.parse(s, n).toString()).toList();
            String expectedQ = PolynomialParser.parse(e.denominator(), n).toString();
            JsonNode r = t.get("result");
            if (!VectorJson.strings(r.get("numerators")).equals(expectedP) || !r.get("denominator").asText().equals(expectedQ)) {
                throw new IllegalStateException("closed form of " + e.id() + " disagrees with docs/examples.md: " + r);
            }
            closedForm.add(t);
        }
        List<Architecture> sweep = new ArrayList<>();
        for (int d0 = 1; d0 <= 3; d0++) {
            for (int d1 = 1; d1 <= 2; d1++) {
                sweep.add(Architecture.of(d0, d1));
            }
        }
        for (int d0 = 1; d0 <= 3; d0++) {
            for (int d1 = 1; d1 <= 3; d1++) {
                for (int d2 = 1; d2 <= 2; d2++) {
                    sweep.add(Architecture.of(d0, d1, d2));
                }
            }
        }
        for (int d0 = 1; d0 <= 3; d0++) {
            for (int d1 = 1; d1 <= 3; d1++) {
                for (int d2 = 1; d2 <= 3; d2++) {
                    for (int d3 = 1; d3 <= 2; d3++) {
                        sweep.add(Architecture.of(d0, d1, d2, d3));
                    }
                }
            }
        }
        for (String a : List.of("2,2,2,2,1", "2,2,2,2,2", "3,2,2,2,1", "2,2,2,2,2,1", "2,3,2,2,1", "2,1,2,2,1",
                "3,3,1,3,1", "2,2,1,2,1", "1,2,2,2,1", "2,3,3,1")) {
            sweep.add(Architecture.parse(a));
        }
        for (Architecture d : sweep) {
            closedForm.add(closedFormTest(randomWeights(d, false), "random integer weights in [-3,3]", EnumSet.noneOf(Flag.class)));
            closedForm.add(closedFormTest(randomWeights(d, true), "random rational weights", EnumSet.noneOf(Flag.class)));
        }
        // special weights
        special("2,2,1", "[[[1,1],[2,2]],[[1,1]]]", "proportional rows of W_1: Q = 2*(x1+x2)^2");
        special("3,2,1", "[[[1,0,0],[0,1,0]],[[0,0]]]", "zero output layer: f = 0");
        special("2,2,2,1", "[[[1,0],[0,1]],[[1,0],[1,0]],[[1,-1]]]", "equal rows of W_2: the output cancels, P = 0");
        special("2,2,1", "[[[1,0],[0,0]],[[1,1]]]", "zero row of W_1: not a network");
        special("2,2,2,1", "[[[1,0],[2,0]],[[1,-2],[1,1]],[[1,1]]]", "W_2 row cancels the proportional rows of W_1: p^(2)_1 = 0");
        special("3,3,1", "[[[1,0,0],[1,0,0],[0,0,1]],[[1,-1,1]]]", "two equal rows of W_1 and cancelling output weights");
        special("2,1,1", "[[[0,1]],[[5]]]", "width-one hidden layer: f = 5/x2");
        special("1,1,1,1", "[[[2]],[[3]],[[4]]]", "d_0 = 1 and width one everywhere: f = 8/3*x1");
        special("2,2,2,1", "[[[1,1],[1,-1]],[[1,1],[1,-1]],[[1,0]]]", "W_2 = W_1: common factors appear");
    }

    private void special(String arch, String weights, String comment) {
        Architecture d = Architecture.parse(arch);
        closedForm.add(closedFormTest(RationalNetsJson.weights(d, weights), comment, EnumSet.noneOf(Flag.class)));
    }

    private Weights randomWeights(Architecture d, boolean rational) {
        List<List<List<BigFraction>>> ms = new ArrayList<>();
        for (int k = 1; k <= d.depth(); k++) {
            List<List<BigFraction>> rows = new ArrayList<>();
            for (int i = 0; i < d.width(k); i++) {
                List<BigFraction> row = new ArrayList<>();
                for (int j = 0; j < d.width(k - 1); j++) {
                    row.add(rational ? BigFraction.of(random.nextInt(9) - 4, 1 + random.nextInt(3))
                            : BigFraction.of(random.nextInt(7) - 3));
                }
                rows.add(row);
            }
            ms.add(rows);
        }
        return Weights.ofRows(d, ms);
    }

    private ObjectNode closedFormTest(Weights w, String comment, Set<Flag> flags) {
        Architecture d = w.architecture();
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        VectorJson.architectureFlags(d, f);
        RationalNet<BigFraction> net = RationalNet.of(w);
        ObjectNode result = NODES.objectNode();
        try {
            ClosedForm<BigFraction> cf = net.closedForm();
            verifyByComposition(net, cf);
            long[] dpq = Formulas.degrees(d.widths());
            for (Polynomial<BigFraction> p : cf.numerators()) {
                if (!p.isZero() && (p.degree() != dpq[0] || !p.isHomogeneous())) {
                    throw new IllegalStateException("numerator of degree " + p.degree() + ", expected D_P = " + dpq[0] + " for " + w);
                }
            }
            if (cf.denominator().degree() != dpq[1] || !cf.denominator().isHomogeneous()) {
                throw new IllegalStateException("denominator of degree " + cf.denominator().degree() + ", expected D_Q = " + dpq[1]);
            }
            RationalPolynomials.Fraction lowest = RationalPolynomials.lowestTerms(cf.numerators(), cf.denominator());
            if (!lowest.commonFactor().isConstant()) {
                f.add(Flag.NotLowestTerms);
            }
            if (Formulas.hasRepeatedFactor(cf.denominator())) {
                f.add(Flag.RepeatedFactor);
            }
            if (cf.numerators().stream().allMatch(Polynomial::isZero)) {
                f.add(Flag.ZeroOutput);
            }
            result.set("numerators", VectorJson.strings(cf.numerators()));
            result.put("denominator", cf.denominator().toString());
            ObjectNode lt = result.putObject("lowest_terms");
            lt.set("numerators", VectorJson.strings(lowest.numerators()));
            lt.put("denominator", lowest.denominator().toString());
        } catch (UndefinedNetworkException e) {
            verifyUndefined(net, e);
            f.add(Flag.Undefined);
            result.put("undefined", true);
        }
        ObjectNode t = VectorJson.test(comment, f);
        t.put("architecture", d.toArgument());
        t.set("weights", RationalNetsJson.tree(w));
        t.set("result", result);
        return t;
    }

    /** The closed form agrees with layer-by-layer evaluation at three random points where both are defined. */
    private void verifyByComposition(RationalNet<BigFraction> net, ClosedForm<BigFraction> cf) {
        int n = net.architecture().inputDimension();
        int checked = 0;
        for (int attempt = 0; attempt < 60 && checked < 3; attempt++) {
            List<BigFraction> x = randomPoint(n);
            Optional<List<BigFraction>> direct = net.valueAt(x);
            if (direct.isEmpty() || cf.denominator().evaluate(x).signum() == 0) {
                continue;
            }
            if (!direct.get().equals(cf.evaluate(x))) {
                throw new IllegalStateException("closed form " + cf + " disagrees with composition at " + x + " for " + net);
            }
            checked++;
        }
        if (checked == 0) {
            throw new IllegalStateException("no point where " + net + " is defined");
        }
    }

    /** An undefined network has a pole at every point, in the layer the exception names. */
    private void verifyUndefined(RationalNet<BigFraction> net, UndefinedNetworkException e) {
        for (int i = 0; i < 3; i++) {
            if (net.valueAt(randomPoint(net.architecture().inputDimension())).isPresent()) {
                throw new IllegalStateException(net + " was reported undefined but evaluates at a random point");
            }
        }
    }

    private List<BigFraction> randomPoint(int n) {
        List<BigFraction> x = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x.add(BigFraction.of(random.nextInt(41) - 20, 1 + random.nextInt(7)));
        }
        return x;
    }

    // ------------------------------------------------------------------ degrees

    private void degreeVectors() {
        Set<Architecture> seen = new LinkedHashSet<>();
        for (Examples.DegreeExample e : Examples.DEGREES) {
            Architecture d = Architecture.parse(e.architecture());
            long[] dpq = Formulas.degrees(d.widths());
            if (dpq[0] != e.numeratorDegree() || dpq[1] != e.denominatorDegree()) {
                throw new IllegalStateException("degrees of " + d + " disagree with docs/examples.md");
            }
            seen.add(d);
            degrees.add(degreeTest(d, "docs/examples.md degrees", EnumSet.of(Flag.Example)));
        }
        List<Architecture> all = new ArrayList<>();
        for (int d0 = 1; d0 <= 4; d0++) {
            for (int d1 = 1; d1 <= 4; d1++) {
                all.add(Architecture.of(d0, d1));
            }
        }
        for (int d0 = 1; d0 <= 4; d0++) {
            for (int d1 = 1; d1 <= 4; d1++) {
                for (int d2 = 1; d2 <= 4; d2++) {
                    all.add(Architecture.of(d0, d1, d2));
                }
            }
        }
        for (int i = 0; i < 60; i++) {
            int L = 3 + random.nextInt(4);
            int[] w = new int[L + 1];
            for (int k = 0; k <= L; k++) {
                w[k] = 1 + random.nextInt(k == 0 ? 4 : 3);
            }
            all.add(Architecture.of(w));
        }
        for (Architecture d : all) {
            if (seen.add(d)) {
                degrees.add(degreeTest(d, d.depth() <= 2 ? "all architectures with L <= 2 and widths <= 4" : "random deep architecture", EnumSet.noneOf(Flag.class)));
            }
        }
    }

    private ObjectNode degreeTest(Architecture d, String comment, Set<Flag> flags) {
        int[] w = d.widths();
        long[] dpq = Formulas.degrees(w);
        // the library's answer must agree with the independent one (it is the reference implementation)
        if (d.degrees().numeratorDegree() != dpq[0] || d.degrees().denominatorDegree() != dpq[1]
                || !d.ambientSpace().dimension().equals(Formulas.ambient(w))
                || !d.expectedDimension().equals(Formulas.expected(w))) {
            throw new IllegalStateException("degrees of " + d + " disagree with the formulas of docs/theory.md §2-§4");
        }
        if (dpq[0] - dpq[1] != (d.depth() % 2 == 1 ? 1 : -1)) {
            throw new IllegalStateException("D_P - D_Q is not (-1)^(L-1) for " + d);
        }
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        VectorJson.architectureFlags(d, f);
        ObjectNode t = VectorJson.test(comment, f);
        t.put("architecture", d.toArgument());
        ObjectNode r = t.putObject("result");
        r.put("DP", dpq[0]);
        r.put("DQ", dpq[1]);
        r.put("ambient_dimension", Formulas.ambient(w));
        r.put("parameters", Formulas.parameters(w));
        r.put("symmetry_dimension", Formulas.torus(w));
        r.put("expected_dimension", Formulas.expected(w));
        return t;
    }

    // ------------------------------------------------------------------ dimension

    private void dimensionVectors() {
        Set<Architecture> seen = new LinkedHashSet<>();
        for (Examples.DimensionExample e : Examples.DIMENSIONS) {
            Architecture d = Architecture.parse(e.architecture());
            Optional<Theorems.StatedDimension> t = Theorems.statedDimension(d);
            if (t.isPresent() && t.get().dimension() != e.dimension()) {
                throw new IllegalStateException("theorem " + t.get() + " disagrees with docs/examples.md for " + d);
            }
            if (!Formulas.ambient(d.widths()).equals(BigInteger.valueOf(e.ambientDimension()))) {
                throw new IllegalStateException("amb of " + d + " disagrees with docs/examples.md");
            }
            seen.add(d);
            dimension.add(dimensionTest(d, e.dimension(), "docs/examples.md" + (e.remark().isEmpty() ? "" : ": " + e.remark()),
                    t.map(Theorems.StatedDimension::theorems).orElse("docs/examples.md"), EnumSet.of(Flag.Example)));
        }
        List<Architecture> all = new ArrayList<>();
        for (int d0 = 1; d0 <= 5; d0++) {
            for (int d1 = 1; d1 <= 6; d1++) {
                for (int d2 = 1; d2 <= 4; d2 += (d0 >= 4 ? 3 : 1)) {
                    all.add(Architecture.of(d0, d1, d2));
                }
            }
        }
        for (int d0 = 1; d0 <= 4; d0++) {
            for (int L = 3; L <= 7; L++) {
                for (int dl = 1; dl <= 4; dl += 3) {
                    int[] w = new int[L + 1];
                    java.util.Arrays.fill(w, 2);
                    w[0] = d0;
                    w[L] = dl;
                    all.add(Architecture.of(w));
                }
            }
        }
        for (String a : List.of("3,3,1,3,3", "2,1,3,1", "2,2,1,2,1", "3,1,2,2", "2,3,1,2", "3,2,1,3,2", "1,2,1,2",
                "2,2,2,1,3", "4,1,4,2", "3,3,1,1")) {
            all.add(Architecture.parse(a));
        }
        for (Architecture d : all) {
            if (seen.add(d)) {
                Theorems.StatedDimension t = Theorems.statedDimension(d).orElseThrow();
                dimension.add(dimensionTest(d, t.dimension(), "theorem " + t.theorems(), t.theorems(), EnumSet.noneOf(Flag.class)));
            }
        }
        // architectures no theorem covers (the census range of docs/theory.md §9): the certified engine's value
        List<Architecture> census = new ArrayList<>();
        for (int d0 = 2; d0 <= 3; d0++) {
            for (int a = 1; a <= 4; a++) {
                for (int b = 1; b <= 4; b++) {
                    for (int dl = 1; dl <= 3; dl++) {
                        census.add(Architecture.of(d0, a, b, dl));
                        census.add(Architecture.of(d0, a, b, 2, dl));
                    }
                }
            }
        }
        for (Architecture d : census) {
            if (d.parameterCount() <= 36 && Theorems.statedDimension(d).isEmpty() && seen.add(d)) {
                DimensionCertificate c = CertifiedDimension.of(d, DIMENSION_SEED, DIMENSION_PRIME);
                if (!c.certified()) {
                    throw new IllegalStateException("the dimension of " + d + " is not certified: " + c);
                }
                dimension.add(dimensionTest(d, c.dimension(), "no theorem applies; certified (docs/theory.md §5): rank over F_"
                        + c.prime() + " at seed " + c.seed() + " = upper bound (" + c.upperBoundReason() + ")",
                        "certified", EnumSet.noneOf(Flag.class)));
            }
        }
    }

    private ObjectNode dimensionTest(Architecture d, long dim, String comment, String source, Set<Flag> flags) {
        BigInteger amb = Formulas.ambient(d.widths());
        BigInteger edim = Formulas.expected(d.widths());
        // the certified engine (docs/theory.md §5) must agree with every expected dimension
        DimensionCertificate certificate = CertifiedDimension.of(d, DIMENSION_SEED, DIMENSION_PRIME);
        if (!certificate.certified() || certificate.dimension() != dim) {
            throw new IllegalStateException("expected dimension " + dim + " of " + d + " (" + source + "), the certified engine says " + certificate);
        }
        // docs/theory.md §9 [observed]: no defect when d_0 >= 2 and every hidden width is >= 2
        if (d.inputDimension() >= 2 && d.depth() >= 2 && d.firstWidthOneHiddenLayer() < 0
                && !BigInteger.valueOf(dim).equals(edim)) {
            throw new IllegalStateException("a defect outside width-1 architectures: " + d + " has dimension " + dim + " < edim " + edim);
        }
        if (BigInteger.valueOf(dim).compareTo(edim) > 0) {
            throw new IllegalStateException("dimension " + dim + " of " + d + " above edim " + edim);
        }
        boolean fills = amb.equals(BigInteger.valueOf(dim));
        Optional<Boolean> stated = Theorems.fills(d).map(Theorems.Prediction::value);
        if (stated.isPresent() && stated.get() != fills) {
            throw new IllegalStateException("S2/B2 say fills = " + stated.get() + " for " + d + ", dimension says " + fills);
        }
        Set<Flag> f = EnumSet.noneOf(Flag.class);
        f.addAll(flags);
        VectorJson.architectureFlags(d, f);
        if (fills) {
            f.add(Flag.Filling);
        }
        if (BigInteger.valueOf(dim).compareTo(edim) < 0) {
            f.add(Flag.Defective);
        }
        ObjectNode t = VectorJson.test(comment, f);
        t.put("architecture", d.toArgument());
        t.put("source", source);
        ObjectNode r = t.putObject("result");
        r.put("dimension", dim);
        r.put("ambient_dimension", amb);
        r.put("fills", fills);
        return t;
    }

    // ------------------------------------------------------------------ membership

    private void membershipVectors() {
        new MembershipVectors(new Random(MembershipVectors.SEED), membership).build();
    }

    // ------------------------------------------------------------------ equations

    private void equationVectors() {
        new EquationVectors(random, equations).build();
    }
}
