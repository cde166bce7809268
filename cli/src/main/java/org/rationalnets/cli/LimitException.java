package org.rationalnets.cli;

/** A computation would exceed a stated limit: exit code 3, with the limit and how to raise it. */
public final class LimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code message} says which limit and how to raise it. */
    public LimitException(String message) {
        super(message);
    }
}
