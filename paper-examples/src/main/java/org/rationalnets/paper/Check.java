package org.rationalnets.paper;

import java.util.function.Supplier;

/**
 * One executable check of a statement or a hand-verified example: an id ({@code CF1}, {@code S1},
 * …), the docs/theory.md label it belongs to ({@code §2}, {@code S1}, …), the statement in one line, and
 * the code that decides it. Checks are data: {@code reproduce}, its report and the oracle's tests
 * all read the same {@link Catalogue}.
 *
 * @param id unique identifier
 * @param label docs/theory.md label or section, with its provenance tag where it has one
 * @param statement the statement or example in one line
 * @param range what the check covers: the architectures, networks or seeds of a statement checked over a
 *     finite range; empty for a single example
 * @param body decides the check; may throw, which counts as a failure
 */
public record Check(String id, String label, String statement, String range, Supplier<Outcome> body) {

    /** A check of a single example (empty range). */
    public Check(String id, String label, String statement, Supplier<Outcome> body) {
        this(id, label, statement, "", body);
    }

    /** What a check found. */
    public record Outcome(boolean passed, String detail) {

        /** Passed, with the certificate or evidence. */
        public static Outcome pass(String detail) {
            return new Outcome(true, detail);
        }

        /** Failed, with a readable difference. */
        public static Outcome fail(String detail) {
            return new Outcome(false, detail);
        }

        /** Passed iff {@code expected.equals(actual)}; the detail shows both on failure. */
        public static Outcome equal(String what, Object expected, Object actual) {
            return expected.equals(actual)
                    ? pass(what + " = " + actual)
                    : fail(what + ": expected " + expected + ", got " + actual);
        }
    }

    /** The outcome of running a check, with its wall time. */
    public record Result(Check check, boolean passed, String detail, long millis) {
    }

    /** Runs the check; an exception is a failure whose detail names it. */
    public Result run() {
        long start = System.nanoTime();
        Outcome o;
        try {
            o = body.get();
        } catch (RuntimeException | StackOverflowError e) {
            o = Outcome.fail("threw " + e);
        }
        return new Result(this, o.passed(), o.detail(), (System.nanoTime() - start) / 1_000_000);
    }

    /** An answer as the checks write it: {@code yes}, {@code no}, or {@code unknown} for {@code null}. */
    static String yesNo(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }
}
