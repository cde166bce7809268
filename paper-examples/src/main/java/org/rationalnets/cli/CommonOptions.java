package org.rationalnets.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {

    /** One JSON object instead of the readable report. */
    @Option(names = "--json", description = "Print one JSON object (field names as in INTERFACE.md).")
    public boolean json;

    /** Show stack traces of unexpected errors. */
    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    public boolean debug;
}
