package org.rationalnets.cli;

/**
 * Bad input from the user: exit code 2 and a message naming the argument, what was expected and
 * what was seen, e.g. {@code --arch: expected comma-separated positive integers, got "3,,1"}.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Bad value for {@code argument} (e.g. {@code --arch}). */
    public InputException(String argument, String message) {
        super(argument + ": " + message);
    }
}
