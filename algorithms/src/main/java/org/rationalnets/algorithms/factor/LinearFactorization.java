package org.rationalnets.algorithms.factor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.rationalnets.algorithms.GroundField;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

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
 *
 * <p>This class is the result and the entry point; the routes are computed by
 * {@code FactorizationRoutes}, and irrational classes are presented over a generator chosen by
 * {@code GeneratorChoice}.
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

    private LinearFactorization(FactorizationRoutes b) {
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
        FactorizationRoutes b = new FactorizationRoutes(form, seed, options);
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

}
