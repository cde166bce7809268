package org.rationalnets.algorithms.equations;

/**
 * How {@link NeurovarietyEquations} runs. None of these changes a certified answer; they change
 * speed, or (for testing the certificate) make certification impossible, never wrong.
 *
 * @param multigraded interpolate each multidegree block on its own (the default); {@code false}
 *        interpolates all monomials of the degree at once
 * @param threads number of blocks interpolated in parallel, {@code ≥ 1}
 * @param samples number of sample networks, or {@code 0} for the largest block plus
 *        {@link NeurovarietyEquations#SLACK}; fewer than a block needs makes its rank bound too weak
 *        to certify
 * @param firstPrime the first prime of the rank bound and the lift (the next ones descend from it);
 *        a small one makes the rank bound weak and the lift short, so nothing is certified
 * @param progress told after each block
 */
public record EquationsOptions(boolean multigraded, int threads, int samples, long firstPrime, Progress progress) {

    /** The largest prime below {@code 2^31}. */
    public static final long LARGEST_PRIME = 2_147_483_647L;

    /** Receives the number of finished blocks and the total; called from worker threads. */
    @FunctionalInterface
    public interface Progress {
        /** Block {@code done} of {@code total} has finished. */
        void blockDone(int done, int total);
    }

    /**
     * @throws IllegalArgumentException if {@code threads < 1}, {@code samples < 0} or {@code firstPrime < 2}
     */
    public EquationsOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("expected threads ≥ 1, got " + threads);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("expected samples ≥ 0, got " + samples);
        }
        if (firstPrime < 2) {
            throw new IllegalArgumentException("expected a prime ≥ 2, got " + firstPrime);
        }
    }

    /** Multigraded, all available processors, automatic sample count, largest prime, no progress. */
    public static EquationsOptions defaults() {
        return new EquationsOptions(true, Runtime.getRuntime().availableProcessors(), 0, LARGEST_PRIME, (a, b) -> { });
    }

    /** These options with {@code threads} threads. */
    public EquationsOptions withThreads(int threads) {
        return new EquationsOptions(multigraded, threads, samples, firstPrime, progress);
    }

    /** These options with the multigraded split on or off. */
    public EquationsOptions withMultigraded(boolean on) {
        return new EquationsOptions(on, threads, samples, firstPrime, progress);
    }

    /** These options with a fixed number of sample networks ({@code 0}: automatic). */
    public EquationsOptions withSamples(int count) {
        return new EquationsOptions(multigraded, threads, count, firstPrime, progress);
    }

    /** These options with another first prime. */
    public EquationsOptions withFirstPrime(long p) {
        return new EquationsOptions(multigraded, threads, samples, p, progress);
    }

    /** These options reporting progress to {@code listener}. */
    public EquationsOptions withProgress(Progress listener) {
        return new EquationsOptions(multigraded, threads, samples, firstPrime, listener);
    }
}
