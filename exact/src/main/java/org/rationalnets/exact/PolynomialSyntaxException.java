package org.rationalnets.exact;

/** A polynomial text that does not follow the grammar; {@link #column()} is 1-based. */
public final class PolynomialSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** A syntax error at the 1-based {@code column}. */
    public PolynomialSyntaxException(String message, int column) {
        super(message + " at column " + column);
        this.column = column;
    }

    /** The 1-based column of the error. */
    public int column() {
        return column;
    }
}
