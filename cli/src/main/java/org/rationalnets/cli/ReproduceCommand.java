package org.rationalnets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.paper.Catalogue;
import org.rationalnets.paper.Check;
import org.rationalnets.paper.Reproduction;
import org.rationalnets.paper.ReproductionReport;
import org.rationalnets.paper.StatementChecks;
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
    long seed = StatementChecks.DEFAULT_SEED;

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
        return call(out, err, Catalogue.all(), StatementChecks.DEFAULT_SEED, reportFile, json, strict);
    }

    /**
     * Runs the given checks; returns 0 iff every check passed, else {@link RationalNetCli#CHECK_FAILED}
     * (or throws, for exit code 1, when {@code strict}).
     */
    int call(PrintWriter out, PrintWriter err, List<Check> checks, long seed, Path reportFile, boolean json, boolean strict) {
        if (reportFile != null) {
            requireWritable(reportFile);
        }
        int width = Math.max(4, checks.stream().mapToInt(c -> c.id().length()).max().orElse(4));
        String row = "%-" + width + "s  %-6s %7s  %s";
        if (!json) {
            out.println("rationalnets reproduce: " + checks.size() + " checks of docs/theory.md and docs/examples.md (seed " + seed + ")");
            out.println(String.format(row, "id", "status", "ms", "statement / → certificate or difference"));
            out.flush();
        }
        boolean counter = CensusCommand.stderrIsTerminal();
        Reproduction.Run run = Reproduction.run(checks, seed, new Reproduction.Listener() {
            @Override
            public void started(int index, int total, Check check) {
                if (counter) {
                    err.print("\r\033[K[" + index + "/" + total + "] " + check.id() + " …");
                    err.flush();
                }
            }

            @Override
            public void finished(int index, int total, Check.Result r) {
                if (counter) {
                    err.print("\r\033[K");
                    err.flush();
                }
                if (!json) {
                    out.println(String.format(row, r.check().id(), r.passed() ? "PASS" : "FAIL", r.millis(), r.check().statement()));
                    out.println(String.format(row, "", "", "", "→ " + r.detail()));
                    out.flush();
                }
            }
        });
        if (json) {
            ObjectNode o = Output.object();
            ArrayNode a = o.putArray("checks");
            for (Check.Result r : run.results()) {
                ObjectNode c = a.addObject();
                c.put("id", r.check().id());
                c.put("statement", r.check().statement());
                c.put("status", r.passed() ? "PASS" : "FAIL");
                c.put("detail", r.detail());
                c.put("millis", r.millis());
                c.put("label", r.check().label());
                c.put("range", r.check().range());
            }
            o.put("passed", run.passed());
            o.put("failed", run.failed());
            o.put("seed", seed);
            o.put("millis", run.millis());
            if (reportFile != null) {
                o.put("report", reportFile.toAbsolutePath().toString());
            }
            Output.print(out, o);
        } else {
            out.println(run.passed() + " passed, " + run.failed() + " failed (" + run.results().size() + " checks, "
                    + String.format(java.util.Locale.ROOT, "%.1f", run.millis() / 1000.0) + " s)"
                    + (run.allPassed() ? "" : ": " + String.join(", ", run.failedIds())));
        }
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

    /** Fails before any check runs (and before anything is printed) when the report cannot be written. */
    private static void requireWritable(Path file) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        try {
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
        } catch (java.io.IOException e) {
            throw new InputException("--report", "expected a file in a writable directory, got \"" + file + "\" (cannot create "
                    + dir + ")");
        }
        if (java.nio.file.Files.isDirectory(abs) || (dir != null && !java.nio.file.Files.isWritable(dir))
                || (java.nio.file.Files.exists(abs) && !java.nio.file.Files.isWritable(abs))) {
            throw new InputException("--report", "expected a writable file, got \"" + file + "\"");
        }
    }
}
