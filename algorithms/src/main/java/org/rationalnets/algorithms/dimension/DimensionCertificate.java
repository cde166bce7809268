package org.rationalnets.algorithms.dimension;

import java.math.BigInteger;
import java.util.List;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/**
 * A certified statement about {@code dim V_d} (docs/theory.md §5): the lower bound is the rank of the
 * Jacobian of {@code Φ(W) = (f_W(ξ_1), …, f_W(ξ_m))} at integer weights and points, computed over
 * {@code F_p} ({@code prime} set) or over Q ({@code prime} null); the upper bound is
 * {@code #params − tor}, {@code amb} or the W1 bound, whichever is smallest, with its reason. When
 * they meet the dimension is certified. The theorem fields record what docs/theory.md predicts; they
 * are never used as bounds.
 *
 * @param architecture {@code d}
 * @param lowerBound the rank of the Jacobian (a lower bound for {@code dim V_d})
 * @param upperBound the smallest proven upper bound
 * @param upperBoundReason {@code "parameters minus torus"}, {@code "ambient"} or {@code "W1: prefix (…) + d_L − 1"}
 * @param ambientDimension {@code amb(d)}
 * @param expectedDimension {@code edim(d) = min(#params − tor, amb)}
 * @param prime the prime of the rank computation, or null for the exact rank over Q
 * @param seed the seed every random weight and point came from
 * @param samplePoints the number m of sample points of the Jacobian that gave the lower bound
 * @param rejectedPoints sample points drawn and rejected because a hidden pre-activation vanished there
 * @param attempts how many random weight draws were made
 * @param theorem S1, B1 or W1 when one applies (W1 only when the prefix's dimension is certified), else null
 * @param theoremValue the dimension that theorem gives, or null
 * @param fillingTheorem S2 or B2 when one applies, else null
 * @param fillingTheoremValue whether that theorem says {@code d} fills, or null
 * @param widthOneValue the W1 value ({@code dim} or upper bound of the prefix, {@code + d_L − 1}) when a hidden layer has width 1, else null
 * @param activation {@code σ(t) = t^r}; for {@code r ≠ −1} the dimension is the generic Jacobian rank
 *     (docs/monomial.md §2) and the ambient dimension follows the same rank convention
 * @param parts the certificates of the smaller architectures the upper bound was built from (a split
 *     bound of docs/monomial.md §7), in the order the reason names them; empty otherwise
 */
public record DimensionCertificate(Architecture architecture, int lowerBound, long upperBound, String upperBoundReason,
                                   BigInteger ambientDimension, BigInteger expectedDimension, Long prime, long seed,
                                   int samplePoints, int rejectedPoints, int attempts, Theorem theorem, Long theoremValue,
                                   Theorem fillingTheorem, Boolean fillingTheoremValue, Long widthOneValue,
                                   Activation activation, List<DimensionCertificate> parts) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalStateException if the lower bound exceeds the upper bound: the rank contradicts
     *     a proven bound, so the program (or a [derived] bound) is wrong
     */
    public DimensionCertificate {
        java.util.Objects.requireNonNull(activation, "activation");
        parts = List.copyOf(parts);
        if (lowerBound > upperBound) {
            throw new IllegalStateException("Jacobian rank " + lowerBound + " of " + architecture
                    + (activation.isReciprocal() ? "" : " with σ = " + activation) + " exceeds the proven upper bound "
                    + upperBound + " (" + upperBoundReason + "): this is a bug, please report it");
        }
    }

    /**
     * A certificate for {@code σ = 1/t} without parts (the paper's setting).
     *
     * @throws IllegalStateException as the canonical constructor
     */
    public DimensionCertificate(Architecture architecture, int lowerBound, long upperBound, String upperBoundReason,
                                BigInteger ambientDimension, BigInteger expectedDimension, Long prime, long seed,
                                int samplePoints, int rejectedPoints, int attempts, Theorem theorem, Long theoremValue,
                                Theorem fillingTheorem, Boolean fillingTheoremValue, Long widthOneValue) {
        this(architecture, lowerBound, upperBound, upperBoundReason, ambientDimension, expectedDimension, prime, seed,
                samplePoints, rejectedPoints, attempts, theorem, theoremValue, fillingTheorem, fillingTheoremValue,
                widthOneValue, Activation.RECIPROCAL, List.of());
    }

    /**
     * For {@code r ≥ 2}: the certified dimension of the projective neurovariety in
     * {@code ℙ((Sym^D)^{d_L})}, {@code dim − 1} (docs/monomial.md §2); null when not certified or {@code r ≤ −1}.
     */
    public Integer projectiveDimension() {
        return certified() && activation.isPolynomial() ? lowerBound - 1 : null;
    }

    /** For {@code r ≥ 2}: the projective ambient dimension {@code amb − 1}; null for {@code r ≤ −1}. */
    public BigInteger projectiveAmbientDimension() {
        return activation.isPolynomial() ? ambientDimension.subtract(BigInteger.ONE) : null;
    }

    /**
     * The chain of bounds behind this certificate, for a reader to check by hand: this architecture's
     * bounds and the reason of its upper bound, then the same for every part a split bound used,
     * indented two spaces per level.
     */
    public List<String> boundChain() {
        List<String> out = new java.util.ArrayList<>();
        boundChain("", out);
        return List.copyOf(out);
    }

    private void boundChain(String indent, List<String> out) {
        out.add(indent + architecture + ": " + (certified() ? "dim " + lowerBound : lowerBound + " ≤ dim ≤ " + upperBound)
                + ", " + upperBoundReason);
        for (DimensionCertificate part : parts) {
            part.boundChain(indent + "  ", out);
        }
    }

    /** Whether the lower and upper bounds meet, so that {@code dim V_d} is certified. */
    public boolean certified() {
        return lowerBound == upperBound;
    }

    /** The certified projective dimension of {@code V_d}, or null when not certified. */
    public Integer dimension() {
        return certified() ? lowerBound : null;
    }

    /**
     * Whether {@code V_d} fills the ambient space: true/false when certified; false when the upper
     * bound is already below {@code amb}; null otherwise.
     */
    public Boolean fills() {
        if (BigInteger.valueOf(upperBound).compareTo(ambientDimension) < 0) {
            return false;
        }
        return certified() ? Boolean.TRUE : null;
    }

    /** Certified and below {@code edim(d)}: a defect. */
    public boolean defective() {
        return certified() && BigInteger.valueOf(lowerBound).compareTo(expectedDimension) < 0;
    }

    /** {@code "F_p"} or {@code "Q"}: where the rank was computed. */
    public String rankField() {
        return prime == null ? "Q" : "F_" + prime;
    }

    @Override
    public String toString() {
        return "DimensionCertificate" + architecture + (activation.isReciprocal() ? "" : " σ = " + activation) + "[" + (certified() ? "dim = " + lowerBound : lowerBound + " ≤ dim ≤ " + upperBound)
                + ", lower bound: rank over " + rankField() + " at " + samplePoints + " points (seed " + seed + ")"
                + ", upper bound: " + upperBound + " (" + upperBoundReason + "), amb = " + ambientDimension
                + (theorem == null ? "" : ", " + theorem + " gives " + theoremValue) + "]";
    }
}
