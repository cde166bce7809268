package org.rationalnets.algorithms.membership;

/**
 * The answer to one membership question (over one field, or in the closure {@code V_d}): proved yes,
 * proved no, or undecided. The reason behind it is {@link MembershipResult#reason()}; an
 * {@code UNKNOWN} is always explained there (no exact criterion applies, or no verified witness can
 * be printed).
 */
public enum Answer {
    /** Proved member; over a field, a verified witness is attached. */
    YES,
    /** Proved non-member. */
    NO,
    /** Not decided (or the field was not asked). */
    UNKNOWN;

    /** {@code YES} for true, {@code NO} for false. */
    public static Answer of(boolean member) {
        return member ? YES : NO;
    }

    /** As a three-valued boolean: {@code true}, {@code false}, or {@code null} for {@code UNKNOWN} (the docs/cli.md JSON value). */
    public Boolean asBoolean() {
        return this == UNKNOWN ? null : this == YES;
    }

    /** {@code "yes"}, {@code "no"} or {@code "unknown"}, as the text output prints it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
