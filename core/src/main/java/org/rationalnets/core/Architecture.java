package org.rationalnets.core;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An architecture {@code d = (d_0, d_1, …, d_L)} of a RationalNet (docs/theory.md §1): {@code L ≥ 1}
 * layers, every width {@code d_k ≥ 1}; weights {@code W_k ∈ F^{d_k × d_{k−1}}}, no biases,
 * activation {@code σ(t) = 1/t} after layers {@code 1..L−1}. Immutable.
 */
public final class Architecture {

    private final int[] widths;

    private Architecture(int[] widths) {
        this.widths = widths;
    }

    /**
     * The architecture with widths {@code d_0, …, d_L}.
     *
     * @throws IllegalArgumentException if fewer than two widths are given or one is below 1
     */
    public static Architecture of(int... widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("expected at least two widths d_0,d_1 (L ≥ 1), got "
                    + widths.length + " (" + text(widths) + ")");
        }
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] < 1) {
                throw new IllegalArgumentException("expected every width ≥ 1, got d_" + k + " = " + widths[k]
                        + " in " + text(widths));
            }
        }
        return new Architecture(widths.clone());
    }

    /**
     * Reads {@code "3,2,1"} (spaces and surrounding parentheses allowed).
     *
     * @throws IllegalArgumentException with a message saying what was expected and what was seen
     */
    public static Architecture parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        String[] parts = s.split(",", -1);
        int[] w = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (!p.matches("\\d{1,6}")) {
                throw new IllegalArgumentException("expected comma-separated positive integers, got \"" + text + "\"");
            }
            w[i] = Integer.parseInt(p);
        }
        return of(w);
    }

    private static String text(int[] widths) {
        return Arrays.stream(widths).mapToObj(Integer::toString)
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    /** The number of layers L. */
    public int depth() {
        return widths.length - 1;
    }

    /** The width {@code d_k}, {@code 0 ≤ k ≤ L}. */
    public int width(int k) {
        return widths[k];
    }

    /** A copy of {@code (d_0, …, d_L)}. */
    public int[] widths() {
        return widths.clone();
    }

    /** The number of input variables {@code d_0}. */
    public int inputDimension() {
        return widths[0];
    }

    /** The number of outputs {@code d_L}. */
    public int outputDimension() {
        return widths[widths.length - 1];
    }

    /** {@code #params(d) = Σ_k d_k d_{k−1}}. */
    public long parameterCount() {
        long s = 0;
        for (int k = 1; k < widths.length; k++) {
            s += (long) widths[k] * widths[k - 1];
        }
        return s;
    }

    /** {@code tor(d) = Σ_{k=1}^{L−1} d_k}, the dimension of the hidden-neuron scaling torus (§4). */
    public long symmetryDimension() {
        long s = 0;
        for (int k = 1; k < widths.length - 1; k++) {
            s += widths[k];
        }
        return s;
    }

    /** {@code L = 2}. */
    public boolean isShallow() {
        return depth() == 2;
    }

    /** {@code L ≥ 3}. */
    public boolean isDeep() {
        return depth() >= 3;
    }

    /** {@code d_0 = d_1 = … = d_{L−1} = 2} (the last width is free). */
    public boolean isBinary() {
        for (int k = 0; k < widths.length - 1; k++) {
            if (widths[k] != 2) {
                return false;
            }
        }
        return true;
    }

    /** Whether every hidden width {@code d_1 … d_{L−1}} is 2 (the input width is free). */
    public boolean hasBinaryHiddenLayers() {
        for (int k = 1; k < widths.length - 1; k++) {
            if (widths[k] != 2) {
                return false;
            }
        }
        return true;
    }

    /** The first hidden layer {@code 1 ≤ k ≤ L−1} of width 1, or −1 when there is none (W1). */
    public int firstWidthOneHiddenLayer() {
        for (int k = 1; k < widths.length - 1; k++) {
            if (widths[k] == 1) {
                return k;
            }
        }
        return -1;
    }

    /** The prefix {@code (d_0, …, d_k)}, {@code k ≥ 1}. */
    public Architecture prefix(int k) {
        return of(Arrays.copyOf(widths, k + 1));
    }

    /** The degrees of §2. */
    public Degrees degrees() {
        return Degrees.of(this);
    }

    /** The ambient projective space {@code A_d} (§3). */
    public AmbientSpace ambientSpace() {
        return AmbientSpace.of(this);
    }

    /** {@code edim(d) = min(#params − tor, amb)} (§4), an upper bound for {@code dim V_d}. */
    public BigInteger expectedDimension() {
        return expectedDimension(Activation.RECIPROCAL);
    }

    /**
     * {@code edim = min(#params − tor, amb)} for activation {@code σ} (docs/monomial.md §2–3), an upper
     * bound for the generic Jacobian rank (for {@code r ≥ 2} the literature's affine expected dimension).
     */
    public BigInteger expectedDimension(Activation sigma) {
        BigInteger free = BigInteger.valueOf(parameterCount() - symmetryDimension());
        return free.min(AmbientSpace.of(this, sigma).dimension());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Architecture a && Arrays.equals(a.widths, widths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widths);
    }

    /** {@code (3,2,1)}. */
    @Override
    public String toString() {
        return "(" + text(widths) + ")";
    }

    /** {@code 3,2,1}, the command-line form. */
    public String toArgument() {
        return text(widths);
    }
}
