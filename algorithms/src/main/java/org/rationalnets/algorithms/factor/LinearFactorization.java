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
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;
import org.rationalnets.exact.UnivariatePolynomial;
import org.rationalnets.exact.algebraic.AlgebraicElement;
import org.rationalnets.exact.algebraic.AlgebraicExtension;
import org.rationalnets.exact.algebraic.RationalFactorization;
import org.rationalnets.exact.algebraic.RealRoots;
import org.rationalnets.exact.algebraic.ZeroDivisorException;

/**
 * Whether a form {@code Q} with rational coefficients is a product of linear forms over Q, over R and
 * over C, with the factors exactly (docs/theory.md §8) — all three fields at once.
 *
 * <h2>Method [derived]</h2>
 * For {@code n ≥ 3} variables: restrict {@code Q} to a random rational line {@code x = a + t b} with
 * {@code Q(b) ≠ 0}, so {@code g(t) = Q(a + t b)} has degree {@code D = deg Q}; take the square-free
 * decomposition {@code g = lc·Π h_e^e}; for the roots {@code θ} of {@code h_e}, computed symbolically in
 * {@code A_e = Q[θ]/(h_e)} (split into its irreducible factors by default; otherwise only rational roots
 * are split off and zero divisors split the algebra on demand), the candidate
 * factor is {@code ℓ ∝ ∇(∂_b^{e−1} Q)(a + θ b)}, normalised so its first nonzero coefficient is 1. Every
 * "yes" is certified by the exact identity {@code Q = c · Π_e N_e(ℓ)^e} with {@code c} rational, the norms
 * computed as determinants of multiplication maps. When it holds, the {@code ℓ(θ_i)} are pairwise
 * non-proportional (each vanishes at {@code a + θ_i b} by Euler's identity, and the roots {@code θ_i}
 * are distinct), so the multiplicities are exact.
 *
 * <p>If {@code Q = c Π ℓ_j^{m_j}} with distinct {@code ℓ_j}, a line is bad only when
 * {@code Q(b) · Π_{j<k} (ℓ_j(a)ℓ_k(b) − ℓ_k(a)ℓ_j(b)) = 0}, a polynomial of degree {@code ≤ D²} in
 * {@code (a, b)}: with coordinates uniform in a set of {@code N = 2^bits} integers, a line fails with
 * probability {@code ≤ D²/N} (Schwartz–Zippel), and a "no" after {@code k} lines is wrong with probability
 * {@code ≤ (D²/N)^k} ({@link #errorBound()}).
 *
 * <p>Over R, given a split over C, {@code Q} splits iff every root of {@code g} is real; over Q iff every
 * root is rational. These are exact; conversely a non-real (irrational) root of {@code g} on any real line
 * with {@code Q(b) ≠ 0} proves exactly that {@code Q} does not split over R (Q), even when the split over
 * C is only refuted with probability. Binary forms ({@code n = 2}) take the direct route: dehomogenise at
 * {@code x2 = 1}, split off the power of {@code x2}, and every answer is exact.
 */
public final class LinearFactorization {

    /**
     * Parameters of the randomised method.
     *
     * @param quickLines lines with small coordinates in {@code [−16, 16)} tried first ({@code ≥ 0}): they keep
     *        the numbers small and usually certify a "yes" at once, but carry no useful error bound, so
     *        they are not counted in {@link #errorBound()}
     * @param lines the number of random lines with {@code coordinateBits}-bit coordinates tried before
     *        answering "no" ({@code ≥ 1}); the error bound of a "no" is {@code (D²/2^bits)^lines}
     * @param coordinateBits line coordinates are uniform in {@code [−2^(bits−1), 2^(bits−1))} ({@code 2..62})
     * @param irreducibleClasses split each {@code h_e} into its irreducible factors over Q (rings' univariate
     *        factorisation, which is computed anyway to split off the rational roots), so that every class
     *        is one Galois orbit of factors and its algebra a number field (the default); when false only
     *        rational roots are split off, and a class splits further only where normalisation meets a zero
     *        divisor (dynamic evaluation)
     */
    public record Options(int quickLines, int lines, int coordinateBits, boolean irreducibleClasses) {

        /** 2 quick lines, then 3 lines with 20-bit coordinates; irreducible classes. */
        public static final Options DEFAULT = new Options(2, 3, 20, true);

        /**
         * @throws IllegalArgumentException if {@code quickLines < 0}, {@code lines < 1} or
         *         {@code coordinateBits ∉ [2, 62]}
         */
        public Options {
            if (quickLines < 0) {
                throw new IllegalArgumentException("expected a nonnegative number of quick lines, got " + quickLines);
            }
            if (lines < 1) {
                throw new IllegalArgumentException("expected at least one line, got " + lines);
            }
            if (coordinateBits < 2 || coordinateBits > 62) {
                throw new IllegalArgumentException("expected 2..62 coordinate bits, got " + coordinateBits);
            }
        }
    }

    /** How the answer was reached. */
    public enum Route {
        /** {@code deg Q = 0}: the empty product. */
        CONSTANT,
        /** one variable: {@code Q = c x1^D}. */
        UNIVARIATE,
        /** two variables: dehomogenised and split directly; exact. */
        BINARY,
        /** three or more variables: random lines (docs/theory.md §8). */
        RANDOM_LINES
    }

    /** Quick lines draw coordinates from {@code [−16, 16)}. */
    private static final long QUICK_HALF_RANGE = 16;

    private static final AlgebraicExtension RATIONAL = AlgebraicExtension.of(
            UnivariatePolynomial.monomial(Rationals.Q, BigFraction.ONE, 1));

    private final Polynomial<BigFraction> form;
    private final long seed;
    private final Options options;
    private final Route route;
    private final EnumMap<GroundField, Boolean> splits;
    private final EnumMap<GroundField, Boolean> certain;
    private final EnumMap<GroundField, String> reasons;
    private final BigFraction scalar;
    private final List<FactorClass> classes;
    private final int linesTried;
    private final BigFraction errorBound;
    private final String certificate;

    private LinearFactorization(Builder b) {
        this.form = b.form;
        this.seed = b.seed;
        this.options = b.options;
        this.route = b.route;
        this.splits = b.splits;
        this.certain = b.certain;
        this.reasons = b.reasons;
        this.scalar = b.scalar;
        this.classes = b.classes == null ? List.of() : List.copyOf(b.classes);
        this.linesTried = b.linesTried;
        this.errorBound = b.errorBound;
        this.certificate = b.certificate;
    }

    /**
     * Decides, for Q, R and C at once, whether {@code form} is a product of linear forms, with
     * {@link Options#DEFAULT}.
     *
     * @param form a nonzero form (homogeneous polynomial) with rational coefficients
     * @param seed the seed of every random choice (lines), so the result is reproducible
     * @throws IllegalArgumentException if {@code form} is zero or not homogeneous
     */
    public static LinearFactorization of(Polynomial<BigFraction> form, long seed) {
        return of(form, seed, Options.DEFAULT);
    }

    /**
     * As {@link #of(Polynomial, long)} with explicit options.
     *
     * @throws IllegalArgumentException if {@code form} is zero or not homogeneous
     */
    public static LinearFactorization of(Polynomial<BigFraction> form, long seed, Options options) {
        if (form.isZero()) {
            throw new IllegalArgumentException("expected a nonzero form, got 0");
        }
        if (!form.isHomogeneous()) {
            throw new IllegalArgumentException("expected a homogeneous polynomial (a form), got " + form);
        }
        Builder b = new Builder(form, seed, options);
        int n = form.variables();
        if (form.degree() == 0) {
            b.constant();
        } else if (n == 1) {
            b.univariate();
        } else if (n == 2) {
            b.binary();
        } else {
            b.randomLines();
        }
        return new LinearFactorization(b);
    }

    /** The input form {@code Q}. */
    public Polynomial<BigFraction> form() {
        return form;
    }

    /** The seed the lines were drawn from. */
    public long seed() {
        return seed;
    }

    /** The options used. */
    public Options options() {
        return options;
    }

    /** How the answer was reached. */
    public Route route() {
        return route;
    }

    /** Whether {@code Q} is a product of linear forms with coefficients in {@code field}. */
    public boolean splitsOver(GroundField field) {
        return splits.get(field);
    }

    /** Whether {@code Q} is a product of linear forms over C (the widest answer). */
    public boolean isProductOfLinearForms() {
        return splits.get(GroundField.C);
    }

    /** Whether {@code Q} is a product of real linear forms. */
    public boolean isProductOfRealLinearForms() {
        return splits.get(GroundField.R);
    }

    /** Whether {@code Q} is a product of rational linear forms. */
    public boolean isProductOfRationalLinearForms() {
        return splits.get(GroundField.Q);
    }

    /**
     * Whether the answer over {@code field} is certain. Every "yes" is (exact identity); a "no" is certain
     * for binary forms, and over R or Q when a line exhibited a non-real or irrational root; otherwise it
     * is wrong with probability at most {@link #errorBound()}.
     */
    public boolean isCertain(GroundField field) {
        return certain.get(field);
    }

    /**
     * An upper bound on the probability that an uncertain "no" is wrong: {@code (D²/2^bits)^k} after
     * {@code k} failed lines; zero when every answer is certain.
     */
    public BigFraction errorBound() {
        return errorBound;
    }

    /** The number of random lines drawn (0 unless {@link Route#RANDOM_LINES}). */
    public int linesTried() {
        return linesTried;
    }

    /**
     * The rational scalar {@code c} of the certified identity {@code Q = c · Π_e N_e(ℓ)^e}.
     *
     * @throws IllegalStateException if {@code Q} was not found to split over C
     */
    public BigFraction scalar() {
        requireSplit();
        return scalar;
    }

    /**
     * The classes of conjugate factors, each with its algebra, normalised linear form and multiplicity,
     * ordered by degree of the algebra, then decreasing multiplicity, then the text of the norm.
     * Their forms {@code ℓ(θ_i)} are pairwise non-proportional.
     *
     * @throws IllegalStateException if {@code Q} was not found to split over C
     */
    public List<FactorClass> classes() {
        requireSplit();
        return classes;
    }

    /**
     * Every distinct linear factor, class by class ({@link FactorClass#factors()}): real factors of a
     * class before non-real ones.
     *
     * @throws IllegalStateException if {@code Q} was not found to split over C
     */
    public List<LinearFactor> factors() {
        requireSplit();
        List<LinearFactor> out = new ArrayList<>();
        for (FactorClass c : classes) {
            out.addAll(c.factors());
        }
        return List.copyOf(out);
    }

    /**
     * The number of pairwise non-proportional linear factors.
     *
     * @throws IllegalStateException if {@code Q} was not found to split over C
     */
    public int distinctFactorCount() {
        requireSplit();
        return classes.stream().mapToInt(FactorClass::degree).sum();
    }

    private void requireSplit() {
        if (!isProductOfLinearForms()) {
            throw new IllegalStateException("not a product of linear forms: " + reasons.get(GroundField.C));
        }
    }

    /** Why the answer over {@code field} is what it is (how it was reached, and its error bound if any). */
    public String reason(GroundField field) {
        return reasons.get(field);
    }

    /** The three reasons, one line each ({@code Q: …}, {@code R: …}, {@code C: …}). */
    public String reason() {
        return "Q: " + reasons.get(GroundField.Q) + "\nR: " + reasons.get(GroundField.R) + "\nC: " + reasons.get(GroundField.C);
    }

    /**
     * The exact identity that certifies a "yes" over C (the scalar, each norm and multiplicity, and the
     * line it came from), or a statement that there is none.
     */
    public String certificate() {
        return certificate;
    }

    @Override
    public String toString() {
        if (!isProductOfLinearForms()) {
            return form + ": not a product of linear forms (" + reasons.get(GroundField.C) + ")";
        }
        StringBuilder sb = new StringBuilder(form + " = " + Rationals.toString(scalar));
        for (FactorClass c : classes) {
            sb.append(" · ").append(c);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------

    /** Mutable state of one computation. */
    private static final class Builder {
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

        Builder(Polynomial<BigFraction> form, long seed, Options options) {
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
                    presented.add(c.isRational() ? c : presentation(c));
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
    }

    /**
     * The class presented over the algebra generated by one of its own coefficients (or a small
     * combination of two), the one whose characteristic polynomial is shortest: the forms {@code ℓ(θ_i)}
     * do not depend on the line, so neither does this presentation (e.g. {@code x1 + σ x2} over
     * {@code Q[σ]/(σ² − 2)}). The candidates, in order, are the irrational coefficients {@code c_j}, then
     * {@code c_j + m·c_k} for {@code j < k} and {@code m = 1, 2, 3}, each {@link #polished}; a tie goes to the first.
     * Falls back to the line's {@code θ} only when no candidate generates.
     */
    private static FactorClass presentation(FactorClass c) {
        AlgebraicExtension alg = c.algebra();
        List<AlgebraicElement> coefficients = c.coefficients();
        List<AlgebraicElement> candidates = new ArrayList<>();
        List<AlgebraicElement> irrational = coefficients.stream().filter(x -> !x.isRational()).toList();
        candidates.addAll(irrational);
        for (int j = 0; j < irrational.size(); j++) {
            for (int k = j + 1; k < irrational.size(); k++) {
                for (int m = 1; m <= 3; m++) {
                    candidates.add(alg.add(irrational.get(j), alg.multiply(alg.fromLong(m), irrational.get(k))));
                }
            }
        }
        org.rationalnets.exact.algebraic.ChangeOfGenerator best = null;
        long bestSize = Long.MAX_VALUE;
        for (AlgebraicElement candidate : candidates) {
            AlgebraicElement s = polished(alg, candidate);
            var change = alg.changeGenerator(s);
            if (change.isPresent()) {
                long size = bitSize(change.get().target().modulus());
                if (size < bestSize) {
                    best = change.get();
                    bestSize = size;
                }
            }
        }
        // not compared with the line's own modulus: a shorter or equal one there would make the presentation
        // depend on the line (e.g. x1² − 5x2² over Q[t]/(t² + t − 1) with x2-coefficient 2t + 1 on some lines)
        if (best == null) {
            return c;
        }
        List<AlgebraicElement> mapped = new ArrayList<>(coefficients.size());
        for (AlgebraicElement x : coefficients) {
            mapped.add(best.apply(x));
        }
        // an isomorphism of algebras maps the conjugates of ℓ onto each other, so the norm is the same;
        // recomputed rather than trusted, since the certificate was checked on the original class
        FactorClass presented = new FactorClass(best.target(), mapped, c.multiplicity());
        return presented.norm().equals(c.norm()) ? presented : c;
    }

    /**
     * {@code k·(c − Tr(c)/n)} with the rational {@code k} that makes the characteristic polynomial
     * {@code t^n + Σ_{i≥2} k^i c_i t^{n−i}} of the result integral with the smallest possible content at
     * every small prime (e.g. {@code t² − 3} rather than {@code t² − 2/3 t − 46/27}). Generates the
     * algebra iff {@code c} does.
     */
    private static AlgebraicElement polished(AlgebraicExtension alg, AlgebraicElement c) {
        int n = alg.degree();
        AlgebraicElement centered = alg.subtract(c, alg.fromRational(alg.trace(c).divide(n)));
        var change = alg.changeGenerator(centered);
        if (change.isEmpty()) {
            return c;
        }
        UnivariatePolynomial<BigFraction> p = change.get().target().modulus();
        java.util.Map<BigInteger, Integer> exponent = new java.util.TreeMap<>();
        List<BigInteger> atoms = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            BigFraction ci = p.coefficient(n - i);
            if (ci.signum() != 0) {
                atoms.addAll(smallPrimes(Rationals.numerator(ci).abs()));
                atoms.addAll(smallPrimes(Rationals.denominator(ci)));
            }
        }
        for (BigInteger q : atoms) {
            if (exponent.containsKey(q)) {
                continue;
            }
            // the least e with e·i + v_q(c_i) ≥ 0 for every nonzero c_i
            int e = Integer.MIN_VALUE;
            for (int i = 2; i <= n; i++) {
                BigFraction ci = p.coefficient(n - i);
                if (ci.signum() != 0) {
                    int v = valuation(Rationals.numerator(ci).abs(), q) - valuation(Rationals.denominator(ci), q);
                    e = Math.max(e, Math.floorDiv(-v + i - 1, i));
                }
            }
            exponent.put(q, e == Integer.MIN_VALUE ? 0 : e);
        }
        BigFraction k = BigFraction.ONE;
        for (var entry : exponent.entrySet()) {
            BigFraction q = BigFraction.of(entry.getKey());
            k = k.multiply(q.pow(entry.getValue())); // BigFraction.pow takes negative exponents
        }
        return alg.multiply(alg.fromRational(k), centered);
    }

    /** The prime factors below 10^4 of {@code m} (trial division; a larger cofactor is left out). */
    private static List<BigInteger> smallPrimes(BigInteger m) {
        List<BigInteger> out = new ArrayList<>();
        BigInteger r = m;
        for (int q = 2; q < 10_000 && r.compareTo(BigInteger.ONE) > 0; q++) {
            BigInteger bq = BigInteger.valueOf(q);
            if (r.mod(bq).signum() == 0) {
                out.add(bq);
                while (r.mod(bq).signum() == 0) {
                    r = r.divide(bq);
                }
            }
        }
        return out;
    }

    /** The exponent of the prime {@code q} in {@code m ≠ 0} (the callers pass a nonzero coefficient's parts). */
    private static int valuation(BigInteger m, BigInteger q) {
        int v = 0;
        BigInteger r = m;
        while (r.mod(q).signum() == 0) {
            r = r.divide(q);
            v++;
        }
        return v;
    }

    private static long bitSize(UnivariatePolynomial<BigFraction> p) {
        long bits = 0;
        for (BigFraction c : p.coefficients()) {
            bits += Rationals.numerator(c).bitLength() + Rationals.denominator(c).bitLength();
        }
        return bits;
    }

    private static FactorClass rationalClass(List<BigFraction> coefficients, int multiplicity) {
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
