package org.rationalnets.algorithms.dimension;

/**
 * The dimension and filling statements of docs/theory.md that the certified dimension is checked
 * against, each with its label and provenance tag. Which one applies, and its value, is decided
 * by {@link Theorems}.
 */
public enum Theorem {

    /** S1 (§6): {@code dim V_(d0,d1,d2) = d_2} if {@code d_0 = 1}, else {@code d_1(d_0 + d_2 − 1)}. */
    S1("[paper: characterised; formula derived]",
            "dim V_(d0,d1,d2) = d2 if d0 = 1, d1·(d0 + d2 − 1) if d0 ≥ 2"),
    /** S2 (§6): {@code (d_0, d_1, d_2)} fills iff {@code d_0 ≤ 2} or {@code d_1 = 1}. */
    S2("[derived]", "(d0,d1,d2) fills iff d0 ≤ 2 or d1 = 1"),
    /** B1 (§7): {@code dim V_(d0,2,…,2,dL) = 2(d_0 + L + d_L − 3)} for {@code d_0 ≥ 2}, {@code d_L} for {@code d_0 = 1}. */
    B1("[paper: bounds; exact value derived]",
            "dim V_(d0,2,…,2,dL) = 2(d0 + L + dL − 3) if d0 ≥ 2, dL if d0 = 1"),
    /** B2 (§7): {@code (d_0, 2, …, 2, d_L)} fills iff {@code d_0 = 1}, or {@code d_0 = 2} and ({@code L = 2} or {@code d_L = 1}). */
    B2("[paper: classified; statement derived]",
            "(d0,2,…,2,dL) fills iff d0 = 1, or d0 = 2 and (L = 2 or dL = 1)"),
    /** W1 (§5): a first width-1 hidden layer k gives {@code dim V_d = dim V_(d0..dk) + d_L − 1}. */
    W1("[derived]", "d_k = 1 for a hidden layer k (the first): dim V_d = dim V_(d0,…,dk) + dL − 1");

    private final String provenance;
    private final String statement;

    Theorem(String provenance, String statement) {
        this.provenance = provenance;
        this.statement = statement;
    }

    /** The docs/theory.md label, e.g. {@code "S1"}. */
    public String label() {
        return name();
    }

    /** The provenance tag, e.g. {@code "[derived]"}. */
    public String provenance() {
        return provenance;
    }

    /** The statement in one line. */
    public String statement() {
        return statement;
    }
}
