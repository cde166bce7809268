package org.rationalnets.cli;

import org.rationalnets.core.Activation;
import picocli.CommandLine.Option;

/** The {@code --activation} option: {@code σ(t) = t^r}, default {@code 1/t} (docs/monomial.md). */
public final class ActivationOption {

    @Option(names = "--activation", defaultValue = "1/t", paramLabel = "σ",
            description = "Activation σ(t) = t^r, r an integer ∉ {0, 1}: 1/t (default), t^2, t^-3, …")
    String text;

    /** The activation, or {@link InputException} naming {@code --activation} (exit 2). */
    public Activation activation() {
        try {
            return Activation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--activation", e.getMessage());
        }
    }
}
