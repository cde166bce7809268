package org.rationalnets.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command has, and the command's output streams (so no command repeats the picocli plumbing). */
public final class CommonOptions {

    /** One JSON object instead of the readable report. */
    @Option(names = "--json", description = "Print one JSON object (field names as in docs/cli.md).")
    public boolean json;

    /** Show stack traces of unexpected errors. */
    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    public boolean debug;

    /** The command this mixin is part of (picocli injects it). */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The command's standard output (the one tests capture with {@code CommandLine.setOut}). */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's standard error. */
    public PrintWriter err() {
        return command.commandLine().getErr();
    }
}
