package org.rationalnets.algorithms.factor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.algorithms.factor.LinearFactorization.Options;
import org.rationalnets.algorithms.factor.LinearFactorization.Route;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.RationalFactorization;
import org.rationalnets.exact.algebraic.RealRoots;
import org.rationalnets.exact.algebraic.ZeroDivisorException;

/**
 * The routes of {@link LinearFactorization} (docs/theory.md §8), one computation each: a constant,
 * a form in one variable, a binary form (dehomogenised and split directly, exact), and three or more
 * variables (random lines, every "yes" certified by the exact identity {@code Q = c·Π N(ℓ)^e}). The
 * state it fills is read once by the {@link LinearFactorization} it builds.
 */
final class FactorizationRoutes {

    /** Quick lines draw coordinates from {@code [−16, 16)}. */
    static final long QUICK_HALF_RANGE = 16;

    private static final AlgebraicExtension RATIONAL = AlgebraicExtension.of(
            UnivariatePolynomial.monomial(Rationals.Q, BigFraction.ONE, 1));

    final Polynomial<BigFraction> form;
    final long seed;
    final Options options;
    Route route;
    final EnumMap<GroundField, Boolean> splits = new EnumMap<>(GroundField.class);
    final EnumMap<GroundField, Boolean> certain = new EnumMap<>(GroundField.class);
    final EnumMap<GroundField, String> reasons = new EnumMap<>(GroundField.class);
    BigFraction scalar;
    List<FactorClass> classes;
    int linesTried;
    BigFraction errorBound = BigFraction.ZERO;
    String certificate;

    FactorizationRoutes(Polynomial<BigFraction> form, long seed, Options options) {
        this.form = form;
        this.seed = seed;
        this.options = options;
    }

    private void setAll(boolean value, String reason) {
        for (GroundField f : GroundField.values()) {
            splits.put(f, value);
            certain.put(f, true);
            reasons.put(f, reason);
        }
    }

    void constant() {
        route = Route.CONSTANT;
        scalar = form.leadingCoefficient();
        classes = List.of();
        setAll(true, "a nonzero constant is the empty product of linear forms");
        certificate = "Q = " + Rationals.toString(scalar) + " (empty product)";
    }

    void univariate() {
        route = Route.UNIVARIATE;
        int d = form.degree();
        scalar = form.leadingCoefficient();
        classes = List.of(rationalClass(List.of(BigFraction.ONE), d));
        setAll(true, "a form in one variable is c·x1^" + d);
        certificate = "Q = " + Rationals.toString(scalar) + "·x1^" + d + " (checked exactly)";
        requireIdentity();
    }

    void binary() {
        route = Route.BINARY;
        int d = form.degree();
        UnivariatePolynomial<BigFraction> g = form.restrictToLine(
                List.of(BigFraction.ZERO, BigFraction.ONE), List.of(BigFraction.ONE, BigFraction.ZERO));
        int atInfinity = d - g.degree();
        List<FactorClass> cs = new ArrayList<>();
        if (atInfinity > 0) {
            cs.add(rationalClass(List.of(BigFraction.ZERO, BigFraction.ONE), atInfinity));
        }
        boolean allReal = true;
        boolean allRational = true;
        int distinctRoots = 0;
        int realRoots = 0;
        // g ≠ 0 (Q(x1, x2) = x2^D·Q(x1/x2, 1)); a constant g has the empty square-free decomposition
        for (UnivariatePolynomial.SquareFreeFactor<BigFraction> sf : g.squareFreeDecomposition()) {
            int r = RealRoots.count(sf.factor());
            distinctRoots += sf.factor().degree();
            realRoots += r;
            allReal &= r == sf.factor().degree();
            for (UnivariatePolynomial<BigFraction> piece : pieces(sf.factor())) {
                if (piece.degree() == 1) {
                    cs.add(rationalClass(List.of(BigFraction.ONE, piece.coefficient(0)), sf.multiplicity()));
                } else {
                    allRational = false;
                    AlgebraicExtension a = AlgebraicExtension.of(piece);
                    cs.add(new FactorClass(a, List.of(a.one(), a.negate(a.generator())), sf.multiplicity()));
                }
            }
        }
        classes = sortClasses(cs);
        scalar = identityScalar();
        if (scalar == null) {
            throw new IllegalStateException("binary factorisation of " + form + " failed its identity check");
        }
        String where = "binary form: Q(t, 1) = " + g.toString("t")
                + (atInfinity > 0 ? " and the factor x2^" + atInfinity + " at infinity" : "");
        splits.put(GroundField.C, true);
        reasons.put(GroundField.C, where + "; every binary form splits over C, identity checked exactly");
        splits.put(GroundField.R, allReal);
        reasons.put(GroundField.R, allReal
                ? "all " + distinctRoots + " distinct roots of Q(t, 1) are real (Sturm)"
                : "Q(t, 1) has " + (distinctRoots - realRoots) + " non-real roots among " + distinctRoots + " (Sturm)");
        splits.put(GroundField.Q, allRational);
        reasons.put(GroundField.Q, allRational ? "all roots of Q(t, 1) are rational"
                : "Q(t, 1) has an irrational root (irreducible factor of degree > 1 over Q)");
        for (GroundField f : GroundField.values()) {
            certain.put(f, true);
        }
        certificate = identityText() + "; " + where;
    }

    void randomLines() {
        route = Route.RANDOM_LINES;
        int n = form.variables();
        int d = form.degree();
        SplittableRandom random = new SplittableRandom(seed);
        int total = options.quickLines() + options.lines();
        String notReal = null;
        String notRational = null;
        List<String> failures = new ArrayList<>();
        for (int line = 1; line <= total; line++) {
            linesTried = line;
            long half = line <= options.quickLines() ? QUICK_HALF_RANGE : 1L << (options.coordinateBits() - 1);
            List<BigFraction> a = new ArrayList<>(n);
            List<BigFraction> b = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                a.add(BigFraction.of(random.nextLong(-half, half)));
            }
            for (int i = 0; i < n; i++) {
                b.add(BigFraction.of(random.nextLong(-half, half)));
            }
            if (form.evaluate(b).signum() == 0) {
                failures.add("line " + line + ": Q(b) = 0");
                continue;
            }
            UnivariatePolynomial<BigFraction> g = form.restrictToLine(a, b);
            List<UnivariatePolynomial.SquareFreeFactor<BigFraction>> sqf = g.squareFreeDecomposition();
            int distinctRoots = 0;
            int realRoots = 0;
            boolean allRational = true;
            List<Piece> pieces = new ArrayList<>();
            for (UnivariatePolynomial.SquareFreeFactor<BigFraction> sf : sqf) {
                distinctRoots += sf.factor().degree();
                realRoots += RealRoots.count(sf.factor());
                for (UnivariatePolynomial<BigFraction> p : pieces(sf.factor())) {
                    allRational &= p.degree() == 1;
                    pieces.add(new Piece(p, sf.multiplicity()));
                }
            }
            String lineText = "a = " + vector(a) + ", b = " + vector(b);
            if (realRoots < distinctRoots && notReal == null) {
                notReal = "on the real line " + lineText + " (Q(b) ≠ 0), g(t) = Q(a + t b) has "
                        + (distinctRoots - realRoots) + " non-real roots (Sturm); a product of real linear"
                        + " forms restricts to a polynomial with real roots only";
            }
            if (!allRational && notRational == null) {
                notRational = "on the rational line " + lineText + " (Q(b) ≠ 0), g(t) = Q(a + t b) has an"
                        + " irrational root; a product of rational linear forms restricts to a polynomial"
                        + " with rational roots only";
            }
            List<RawClass> raw = candidates(a, b, pieces);
            if (!identityAtPoints(raw, random)) {
                failures.add("line " + line + ": the identity Q = c·Π N(ℓ)^e fails at a rational point");
                continue;
            }
            List<FactorClass> cs = new ArrayList<>();
            for (RawClass r : raw) {
                normalise(r.algebra(), r.coefficients(), r.multiplicity(), cs);
            }
            classes = sortClasses(cs);
            scalar = identityScalar();
            if (scalar == null) {
                failures.add("line " + line + ": the identity Q = c·Π N(ℓ)^e fails");
                classes = null;
                continue;
            }
            List<FactorClass> presented = new ArrayList<>(classes.size());
            for (FactorClass c : classes) {
                presented.add(c.isRational() ? c : GeneratorChoice.presentation(c));
            }
            classes = sortClasses(presented);
            splits.put(GroundField.C, true);
            certain.put(GroundField.C, true);
            reasons.put(GroundField.C, "certified by the exact identity Q = c·Π N(ℓ)^e on random line "
                    + line + " (" + lineText + ")");
            boolean real = realRoots == distinctRoots;
            splits.put(GroundField.R, real);
            certain.put(GroundField.R, true);
            reasons.put(GroundField.R, real
                    ? "splits over C and all " + distinctRoots + " distinct roots of g(t) = Q(a + t b) are real"
                    + " (Sturm), so every factor is real"
                    : notReal);
            splits.put(GroundField.Q, allRational);
            certain.put(GroundField.Q, true);
            reasons.put(GroundField.Q, allRational
                    ? "splits over C and all roots of g(t) = Q(a + t b) are rational, so every factor is rational"
                    : notRational);
            certificate = identityText() + "; from the line " + lineText + " (line " + line
                    + ", seed " + seed + ")";
            return;
        }
        // no line certified a split over C
        classes = null;
        BigInteger size = BigInteger.ONE.shiftLeft(options.coordinateBits());
        // min(1, D²/2^bits)
        BigFraction perLine = BigFraction.of(BigInteger.valueOf((long) d * d).min(size), size);
        errorBound = perLine.pow(options.lines());
        String no = "no line of " + linesTried + " random lines (seed " + seed + "; " + options.quickLines()
                + " with coordinates in [−" + QUICK_HALF_RANGE + ", " + QUICK_HALF_RANGE + "), then " + options.lines()
                + " with coordinates uniform in [−2^" + (options.coordinateBits() - 1) + ", 2^"
                + (options.coordinateBits() - 1) + ")) certifies a"
                + " split (" + String.join("; ", failures) + "); if Q were a product of linear forms, each"
                + " line of the last " + options.lines() + " would fail with probability ≤ D²/2^"
                + options.coordinateBits() + " = "
                + Rationals.toString(perLine) + ", so this answer is wrong with probability ≤ "
                + decimal(errorBound);
        splits.put(GroundField.C, false);
        certain.put(GroundField.C, false);
        reasons.put(GroundField.C, "not a product of linear forms: " + no);
        splits.put(GroundField.R, false);
        certain.put(GroundField.R, notReal != null);
        reasons.put(GroundField.R, notReal != null ? notReal : "not a product of linear forms even over C: " + no);
        splits.put(GroundField.Q, false);
        certain.put(GroundField.Q, notRational != null);
        reasons.put(GroundField.Q, notRational != null ? notRational
                : "not a product of linear forms even over C: " + no);
        certificate = "none: no split over C was found";
    }

    /** One square-free piece {@code h} of {@code h_e} with its multiplicity {@code e}. */
    private record Piece(UnivariatePolynomial<BigFraction> modulus, int multiplicity) {
    }

    /**
     * The candidate classes {@code ℓ ∝ ∇(∂_b^{e−1} Q)(a + θ b)} for every piece. The candidate never vanishes
     * at a root: {@code Σ b_i ℓ_i = (∂_b^e Q)(a + θ b) = g^{(e)}(θ)}, nonzero at every root of {@code h_e}
     * (each of multiplicity exactly {@code e} in {@code g}), so it is invertible in {@code Q[θ]/(h)} and in
     * every part the algebra splits into.
     */
    private List<RawClass> candidates(List<BigFraction> a, List<BigFraction> b, List<Piece> pieces) {
        Map<Integer, List<UnivariatePolynomial<BigFraction>>> gradients = new LinkedHashMap<>();
        List<RawClass> out = new ArrayList<>();
        for (Piece p : pieces) {
            List<UnivariatePolynomial<BigFraction>> grad = gradients.computeIfAbsent(p.multiplicity(), e -> {
                Polynomial<BigFraction> f = form;
                for (int k = 1; k < e; k++) {
                    f = f.directionalDerivative(b);
                }
                List<UnivariatePolynomial<BigFraction>> gs = new ArrayList<>();
                for (Polynomial<BigFraction> gi : f.gradient()) {
                    gs.add(gi.restrictToLine(a, b));
                }
                return gs;
            });
            AlgebraicExtension alg = AlgebraicExtension.of(p.modulus());
            List<AlgebraicElement> v = new ArrayList<>(grad.size());
            for (UnivariatePolynomial<BigFraction> gi : grad) {
                v.add(alg.element(gi));
            }
            out.add(new RawClass(alg, v, p.multiplicity()));
        }
        return out;
    }

    /**
     * A necessary condition for {@code Q = c·Π N(L)^e} with unnormalised candidates {@code L}, checked at two
     * random rational points {@code p, q}: {@code Q(p)·Π(q) = Q(q)·Π(p)}, with {@code Π(x) = Π N(L(x))^e}, each
     * norm the norm of one algebra element. Exact; it only spares the determinant on lines that fail.
     */
    private boolean identityAtPoints(List<RawClass> raw, SplittableRandom random) {
        int n = form.variables();
        List<List<BigFraction>> points = List.of(randomPoint(n, random), randomPoint(n, random));
        BigFraction[] prod = new BigFraction[2];
        for (int k = 0; k < 2; k++) {
            BigFraction p = BigFraction.ONE;
            for (RawClass r : raw) {
                AlgebraicElement value = r.algebra().zero();
                for (int i = 0; i < n; i++) {
                    value = r.algebra().add(value,
                            r.algebra().multiply(r.coefficients().get(i), r.algebra().fromRational(points.get(k).get(i))));
                }
                p = p.multiply(r.algebra().norm(value).pow(r.multiplicity()));
            }
            prod[k] = p;
        }
        BigFraction lhs = form.evaluate(points.get(0)).multiply(prod[1]);
        BigFraction rhs = form.evaluate(points.get(1)).multiply(prod[0]);
        return lhs.subtract(rhs).signum() == 0;
    }

    /** A point with coordinates uniform in {@code [−16, 16)}. */
    private static List<BigFraction> randomPoint(int n, SplittableRandom random) {
        List<BigFraction> x = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            x.add(BigFraction.of(random.nextLong(-QUICK_HALF_RANGE, QUICK_HALF_RANGE)));
        }
        return x;
    }

    /** A candidate class before normalisation. */
    private record RawClass(AlgebraicExtension algebra, List<AlgebraicElement> coefficients, int multiplicity) {
    }

    /**
     * Scales {@code v} so its first nonzero coordinate is 1, splitting the algebra at zero divisors. Some
     * coordinate is nonzero in every part ({@link #candidates}: {@code Σ b_i v_i} is invertible).
     */
    private void normalise(AlgebraicExtension alg, List<AlgebraicElement> v, int e, List<FactorClass> out) {
        for (AlgebraicElement c : v) {
            if (c.isZero()) {
                continue;
            }
            AlgebraicElement inverse;
            try {
                inverse = alg.reciprocal(c);
            } catch (ZeroDivisorException z) {
                for (AlgebraicExtension part : z.parts()) {
                    List<AlgebraicElement> projected = new ArrayList<>(v.size());
                    for (AlgebraicElement x : v) {
                        projected.add(part.project(x));
                    }
                    normalise(part, projected, e, out);
                }
                return;
            }
            List<AlgebraicElement> scaled = new ArrayList<>(v.size());
            for (AlgebraicElement x : v) {
                scaled.add(alg.multiply(inverse, x));
            }
            if (alg.degree() == 1) {
                out.add(rationalClass(scaled.stream().map(AlgebraicElement::rationalValue).toList(), e));
            } else {
                out.add(new FactorClass(alg, scaled, e));
            }
            return;
        }
        throw new IllegalStateException("impossible: Σ b_i ℓ_i = g^(e)(θ) is invertible, yet ℓ = 0 in " + alg);
    }

    /** Rational roots split off ({@code t − r}), the rest whole or into irreducibles per the options. */
    private List<UnivariatePolynomial<BigFraction>> pieces(UnivariatePolynomial<BigFraction> h) {
        if (h.degree() == 1) {
            return List.of(h.monic());
        }
        List<UnivariatePolynomial<BigFraction>> out = new ArrayList<>();
        UnivariatePolynomial<BigFraction> rest = UnivariatePolynomial.constant(Rationals.Q, BigFraction.ONE);
        for (UnivariatePolynomial.SquareFreeFactor<BigFraction> f : RationalFactorization.factor(h)) {
            if (f.factor().degree() == 1 || options.irreducibleClasses()) {
                out.add(f.factor());
            } else {
                rest = rest.multiply(f.factor());
            }
        }
        if (rest.degree() > 0) {
            out.add(rest);
        }
        return out;
    }

    /**
     * {@code c} with {@code Q = c·Π N(ℓ)^e} exactly, or null when the identity fails.
     */
    private BigFraction identityScalar() {
        Polynomial<BigFraction> product = Polynomial.constant(Rationals.Q, form.variables(), BigFraction.ONE);
        for (FactorClass c : classes) {
            product = product.multiply(c.norm().pow(c.multiplicity()));
        }
        if (product.degree() != form.degree()) {
            return null;
        }
        BigFraction c = form.leadingCoefficient().divide(product.leadingCoefficient());
        return form.equals(product.scale(c)) ? c : null;
    }

    private void requireIdentity() {
        if (identityScalar() == null) {
            throw new IllegalStateException("identity check failed for " + form);
        }
    }

    private String identityText() {
        StringBuilder sb = new StringBuilder("exact identity Q = c·Π N(ℓ)^e with c = " + Rationals.toString(scalar));
        for (FactorClass c : classes) {
            sb.append(", N = ").append(c.norm()).append(" (e = ").append(c.multiplicity())
                    .append(c.isRational() ? "" : ", over " + c.algebra()).append(')');
        }
        return sb.toString();
    }

    static FactorClass rationalClass(List<BigFraction> coefficients, int multiplicity) {
        BigFraction first = coefficients.stream().filter(c -> c.signum() != 0).findFirst().orElseThrow();
        List<AlgebraicElement> cs = new ArrayList<>(coefficients.size());
        for (BigFraction c : coefficients) {
            cs.add(RATIONAL.fromRational(c.divide(first)));
        }
        return new FactorClass(RATIONAL, cs, multiplicity);
    }

    private static List<FactorClass> sortClasses(List<FactorClass> cs) {
        List<FactorClass> sorted = new ArrayList<>(cs);
        sorted.sort(Comparator.comparingInt(FactorClass::degree)
                .thenComparing(Comparator.comparingInt(FactorClass::multiplicity).reversed())
                .thenComparing(c -> c.norm().toString()));
        return Collections.unmodifiableList(sorted);
    }

    private static String vector(List<BigFraction> v) {
        return "(" + String.join(", ", v.stream().map(Rationals::toString).toList()) + ")";
    }

    /** Three significant digits; {@code 0} gives {@code "0"} (0/1 at any precision). */
    private static String decimal(BigFraction p) {
        BigDecimal d = new BigDecimal(Rationals.numerator(p)).divide(new BigDecimal(Rationals.denominator(p)),
                new MathContext(3));
        return d.toString();
    }
}
