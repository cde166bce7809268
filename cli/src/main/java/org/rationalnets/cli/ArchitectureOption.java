package org.rationalnets.cli;

import org.rationalnets.core.Architecture;
import picocli.CommandLine.Option;

/** The {@code --arch} option of the commands that take one architecture, parsed and checked. */
public final class ArchitectureOption {

    @Option(names = "--arch", required = true, paramLabel = "A", description = "Widths d_0,…,d_L, e.g. 3,2,1.")
    String text;

    /** The architecture, or {@link InputException} naming {@code --arch} (exit 2). */
    public Architecture architecture() {
        return Inputs.architecture("--arch", text);
    }
}
