package org.rationalnets.algorithms.dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/**
 * A census of certified dimensions (docs/theory.md §9): every architecture {@code (d_0, d_1, …, d_L)} with
 * {@code d_0}, each hidden width, {@code L} and {@code d_L} in given ranges and at most a given
 * number of parameters, in a fixed order (by L, then d_0, then the hidden widths
 * lexicographically, then d_L), so that a census can be split into shards {@code i/n} (the
 * architectures whose 0-based index is {@code i−1 mod n}) and run on several machines.
 */
public final class DimensionCensus {

    private DimensionCensus() {
    }

    /**
     * An integer range {@code low..high}.
     *
     * @param low the smallest value
     * @param high the largest value
     */
    public record Range(int low, int high) {

        /**
         * Validates.
         *
         * @throws IllegalArgumentException unless {@code 1 ≤ low ≤ high}
         */
        public Range {
            if (low < 1 || high < low) {
                throw new IllegalArgumentException("expected a range a..b with 1 ≤ a ≤ b, got " + low + ".." + high);
            }
        }

        @Override
        public String toString() {
            return low + ".." + high;
        }
    }

    /**
     * The architectures of the census in order, at most {@code limit + 1} of them (so that a caller
     * can tell the limit was exceeded).
     *
     * @param inputs range of {@code d_0}
     * @param hidden range of every hidden width {@code d_1 … d_{L−1}}
     * @param depth range of the number of layers {@code L}
     * @param outputs range of {@code d_L}
     * @param maxParameters only architectures with {@code #params ≤ maxParameters}
     * @param limit stop after {@code limit + 1} architectures
     */
    public static List<Architecture> architectures(Range inputs, Range hidden, Range depth, Range outputs,
                                                   long maxParameters, int limit) {
        List<Architecture> out = new ArrayList<>();
        for (int l = depth.low(); l <= depth.high() && out.size() <= limit; l++) {
            for (int d0 = inputs.low(); d0 <= inputs.high() && out.size() <= limit; d0++) {
                int[] w = new int[l + 1];
                w[0] = d0;
                fill(w, 1, 0, hidden, outputs, maxParameters, limit, out);
            }
        }
        return out;
    }

    private static void fill(int[] w, int k, long params, Range hidden, Range outputs, long max, int limit,
                             List<Architecture> out) {
        int l = w.length - 1;
        if (k == l) {
            for (int dl = outputs.low(); dl <= outputs.high() && out.size() <= limit; dl++) {
                if (params + (long) dl * w[l - 1] <= max) {
                    w[l] = dl;
                    out.add(Architecture.of(w));
                }
            }
            return;
        }
        for (int dk = hidden.low(); dk <= hidden.high() && out.size() <= limit; dk++) {
            long p = params + (long) dk * w[k - 1];
            if (p > max) {
                break; // widths only grow from here
            }
            w[k] = dk;
            fill(w, k + 1, p, hidden, outputs, max, limit, out);
        }
    }

    /**
     * Shard {@code i} of {@code n}: the entries whose 0-based index is {@code i − 1 mod n}.
     *
     * @throws IllegalArgumentException unless {@code 1 ≤ i ≤ n}
     */
    public static <T> List<T> shard(List<T> all, int i, int n) {
        if (n < 1 || i < 1 || i > n) {
            throw new IllegalArgumentException("expected a shard i/n with 1 ≤ i ≤ n, got " + i + "/" + n);
        }
        List<T> out = new ArrayList<>();
        for (int j = i - 1; j < all.size(); j += n) {
            out.add(all.get(j));
        }
        return out;
    }

    /**
     * Runs a census: certifies each architecture in order with
     * {@link CertifiedDimension#of(Architecture, long, long)} (the same {@code seed} and {@code prime}
     * for each), hands each certificate to {@code each} as soon as it is known (so that a long census
     * streams its rows), and returns the tally.
     *
     * @throws IllegalArgumentException if {@code prime} is not a prime below {@code 2^31}
     */
    public static Summary run(List<Architecture> architectures, long seed, long prime, Consumer<DimensionCertificate> each) {
        return run(architectures, Activation.RECIPROCAL, seed, prime, each);
    }

    /** As {@link #run(List, long, long, Consumer)} for the activation {@code σ} ({@link CertifiedDimension#of(Architecture, Activation, long, long)}). */
    public static Summary run(List<Architecture> architectures, Activation sigma, long seed, long prime,
            Consumer<DimensionCertificate> each) {
        Summary summary = new Summary();
        for (Architecture d : architectures) {
            DimensionCertificate c = CertifiedDimension.of(d, sigma, seed, prime);
            summary.add(c);
            each.accept(c);
        }
        return summary;
    }

    /** The tally of a census: counts, the filling architectures, every defect, every uncertified one, every contradiction. */
    public static final class Summary {
        private int total;
        private int certified;
        private final List<DimensionCertificate> filling = new ArrayList<>();
        private final List<DimensionCertificate> defects = new ArrayList<>();
        private final List<DimensionCertificate> uncertified = new ArrayList<>();
        private final List<String> contradictions = new ArrayList<>();

        /** Adds one result. */
        public void add(DimensionCertificate c) {
            total++;
            if (c.certified()) {
                certified++;
            } else {
                uncertified.add(c);
            }
            if (Boolean.TRUE.equals(c.fills())) {
                filling.add(c);
            }
            if (c.defective()) {
                defects.add(c);
            }
            contradictions.addAll(Theorems.contradictions(c));
        }

        /** How many results were added. */
        public int total() {
            return total;
        }

        /** How many were certified. */
        public int certified() {
            return certified;
        }

        /** The certified filling ones, in order. */
        public List<DimensionCertificate> filling() {
            return List.copyOf(filling);
        }

        /** The defects (certified dimension below edim), in order. */
        public List<DimensionCertificate> defects() {
            return List.copyOf(defects);
        }

        /** The uncertified ones, in order. */
        public List<DimensionCertificate> uncertified() {
            return List.copyOf(uncertified);
        }

        /** Every contradiction between a certified value and a theorem (should be empty). */
        public List<String> contradictions() {
            return List.copyOf(contradictions);
        }

        /** A readable report, one line per fact. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("summary: " + total + " architectures, " + certified + " certified, " + uncertified.size()
                    + " not certified, " + filling.size() + " fill, " + defects.size() + " defects (certified dim < edim), "
                    + contradictions.size() + " theorem contradictions");
            out.add("filling: " + (filling.isEmpty() ? "none"
                    : String.join(" ", filling.stream().map(c -> c.architecture().toString()).toList())));
            for (DimensionCertificate c : defects) {
                out.add("defect " + c.architecture() + ": dim " + c.lowerBound() + " < edim " + c.expectedDimension()
                        + (c.widthOneValue() == null ? "" : "; W1 value " + c.widthOneValue())
                        + (c.activation().isReciprocal() ? "" : "; " + c.upperBoundReason()));
            }
            for (DimensionCertificate c : uncertified) {
                out.add("not certified " + c.architecture() + ": " + c.lowerBound() + " ≤ dim ≤ " + c.upperBound()
                        + " (" + c.upperBoundReason() + ")");
            }
            for (String s : contradictions) {
                out.add("CONTRADICTION: " + s);
            }
            return out;
        }
    }
}
