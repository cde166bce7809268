package org.rationalnets.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.paper.Catalogue;
import org.rationalnets.paper.Check;
import org.rationalnets.paper.Reproduction;
import org.rationalnets.paper.ReproductionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reproduce}: every statement and hand-verified example, checked (the main job). A thin
 * shell over {@link Reproduction} and {@link ReproductionReport}: the table streams to stdout as
 * the checks run, a counter goes to stderr when stderr is a terminal, {@code --json} prints one
 * object at the end, {@code --report} writes the Markdown report and its SVG figure.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Check every labelled statement of docs/theory.md and every example of docs/examples.md by exact computation; "
                + "prints a table (id, PASS/FAIL, ms, statement, certificate). Exit 0 iff all pass, 1 if a check fails.")
public final class ReproduceCommand implements Callable<Integer> {

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a Markdown report to FILE, and its figure next to it "
            + "(FILE without .md, plus -dimensions.svg).")
    Path report;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random network, point and certificate of the "
            + "statement checks (default ${DEFAULT-VALUE}).")
    long seed = Reproduction.DEFAULT_SEED;

    @Option(names = "--activation", paramLabel = "σ", description = "Check only the literature's values for σ(t) = t^r "
            + "(docs/literature.md), e.g. t^2; default: every check.")
    String activation;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        List<Check> checks = Catalogue.all(seed);
        if (activation != null) {
            try {
                org.rationalnets.core.Activation sigma = org.rationalnets.core.Activation.parse(activation);
                checks = sigma.isReciprocal() ? checks : org.rationalnets.paper.LiteratureChecks.forActivation(sigma);
            } catch (IllegalArgumentException e) {
                throw new InputException("--activation", e.getMessage());
            }
        }
        return call(common.out(), common.err(), checks, seed, report, common.json, true);
    }

    /** Runs the whole catalogue with the default seed, as {@code rationalnet} without arguments. */
    int call(PrintWriter out, PrintWriter err, Path reportFile, boolean json, boolean strict) {
        return call(out, err, Catalogue.all(), Reproduction.DEFAULT_SEED, reportFile, json, strict);
    }

    /**
     * Runs the given checks; returns 0 iff every check passed, else {@link RationalNetCli#CHECK_FAILED}
     * (or throws, for exit code 1, when {@code strict}).
     */
    int call(PrintWriter out, PrintWriter err, List<Check> checks, long seed, Path reportFile, boolean json, boolean strict) {
        if (reportFile != null) {
            Inputs.writableFile("--report", reportFile);
        }
        ReproductionPrinter printer = new ReproductionPrinter(out, err, json, checks);
        printer.header(checks.size(), seed);
        Reproduction.Run run = Reproduction.run(checks, seed, printer);
        printer.summary(run, seed, reportFile);
        if (reportFile != null) {
            Path figure;
            try {
                figure = ReproductionReport.write(reportFile, run, ReproductionReport.Environment.current());
            } catch (UncheckedIOException e) {
                throw new InputException("--report", "expected a writable file, got \"" + reportFile + "\" ("
                        + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")");
            }
            (json ? err : out).println("report written to " + reportFile.toAbsolutePath() + " (figure " + figure + ")");
        }
        out.flush();
        err.flush();
        if (!run.allPassed() && strict) {
            throw new RationalNetCli.CheckFailedException(run.failed() + " of " + run.results().size() + " checks failed: "
                    + String.join(", ", run.failedIds()));
        }
        return run.allPassed() ? 0 : RationalNetCli.CHECK_FAILED;
    }
}
