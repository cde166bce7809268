package org.rationalnets.paper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a list of {@link Check}s in order — by default the whole {@link Catalogue} — and collects
 * their results: the Java API behind {@code rationalnet reproduce}. A {@link Listener} sees each
 * check start and finish, so that a caller can stream a table and show progress.
 */
public final class Reproduction {

    /** The default seed of {@code reproduce}. */
    public static final long DEFAULT_SEED = 1L;

    private Reproduction() {
    }

    /** Sees the checks as they run (both methods do nothing by default). */
    public interface Listener {
        /** Check number {@code index} (1-based) of {@code total} is about to run. */
        default void started(int index, int total, Check check) {
        }

        /** Check number {@code index} (1-based) of {@code total} has finished. */
        default void finished(int index, int total, Check.Result result) {
        }
    }

    /**
     * The results of one run.
     *
     * @param seed the seed the checks were built with
     * @param started when the run started
     * @param results one result per check, in order
     * @param millis wall time of the whole run
     */
    public record Run(long seed, Instant started, List<Check.Result> results, long millis) {

        /** Copies the list. */
        public Run {
            results = List.copyOf(results);
        }

        /** How many checks passed. */
        public long passed() {
            return results.stream().filter(Check.Result::passed).count();
        }

        /** How many checks failed. */
        public long failed() {
            return results.size() - passed();
        }

        /** The ids of the failed checks, in order. */
        public List<String> failedIds() {
            return results.stream().filter(r -> !r.passed()).map(r -> r.check().id()).toList();
        }

        /** Whether every check passed. */
        public boolean allPassed() {
            return failed() == 0;
        }
    }

    /** {@link #run(List, long, Listener)} over {@code Catalogue.all(seed)}. */
    public static Run run(long seed, Listener listener) {
        return run(Catalogue.all(seed), seed, listener);
    }

    /**
     * Runs every check in order; a check that throws counts as failed ({@link Check#run()}).
     *
     * @param checks the checks
     * @param seed the seed they were built with (recorded in the result)
     * @param listener told about every check (may be a no-op)
     */
    public static Run run(List<Check> checks, long seed, Listener listener) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        List<Check.Result> results = new ArrayList<>(checks.size());
        int i = 0;
        for (Check c : checks) {
            i++;
            listener.started(i, checks.size(), c);
            Check.Result r = c.run();
            results.add(r);
            listener.finished(i, checks.size(), r);
        }
        return new Run(seed, start, results, (System.nanoTime() - t0) / 1_000_000);
    }
}
