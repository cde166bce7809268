package org.rationalnets.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rationalnet} command-line program (docs/cli.md). Every command is a thin shell over
 * the public Java API of the library modules.
 *
 * <p>Exit codes: 0 success, 1 a check failed, 2 bad input (message names the argument), 3 a
 * stated limit was exceeded.
 */
@Command(name = "rationalnet", mixinStandardHelpOptions = true, version = "rationalnets 0.1.0",
        description = "Algebraic geometry of rational neural networks (activation 1/t): closed forms, "
                + "degrees, certified dimensions, membership, equations, and the paper's examples.",
        subcommands = {ExpandCommand.class, DegreesCommand.class, DimCommand.class, CensusCommand.class, MemberCommand.class,
                EquationsCommand.class, ReproduceCommand.class, VectorsCommand.class, CheckVectorsCommand.class},
        commandListHeading = "%nCommands:%n")
public final class RationalNetCli implements Runnable {

    /** Exit code: a check failed. */
    public static final int CHECK_FAILED = 1;
    /** Exit code: bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code: a stated limit was exceeded. */
    public static final int LIMIT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // `rationalnet` alone runs the main job.
        int code = new ReproduceCommand().call(spec.commandLine().getOut(), spec.commandLine().getErr(), null, false, false);
        if (code != 0) {
            throw new CommandLine.ExecutionException(spec.commandLine(), "reproduce failed");
        }
    }

    /** Runs the program with the given arguments, writing to the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RationalNetCli());
        cl.setOut(out);
        cl.setErr(err);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("rationalnet: " + ex.getMessage());
            err.println("Try 'rationalnet " + commandName(ex.getCommandLine()) + " --help'.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException) {
                err.println("rationalnet: " + ex.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof LimitException) {
                err.println("rationalnet: limit exceeded: " + ex.getMessage());
                err.flush();
                return LIMIT;
            }
            if (ex instanceof CheckFailedException) {
                err.println("rationalnet: " + ex.getMessage());
                err.flush();
                return CHECK_FAILED;
            }
            err.println("rationalnet: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("Run again with --debug for the stack trace, and please report it.");
            }
            err.flush();
            return 70;
        });
        return cl.execute(args);
    }

    private static String commandName(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName();
        return q.startsWith("rationalnet ") ? q.substring("rationalnet ".length()) : "";
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code;
        try {
            code = execute(out, err, args);
        } catch (OutOfMemoryError e) {
            err.println("rationalnet: limit exceeded: out of memory; raise the heap with JAVA_OPTS=-Xmx<size>");
            code = LIMIT;
        }
        err.flush();
        System.exit(code);
    }

    /** A check failed: exit code 1. */
    public static final class CheckFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** With a summary of what failed. */
        public CheckFailedException(String message) {
            super(message);
        }
    }
}
