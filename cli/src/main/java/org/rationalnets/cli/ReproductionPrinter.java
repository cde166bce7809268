package org.rationalnets.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rationalnets.oracle.json.Reports;
import org.rationalnets.paper.Check;
import org.rationalnets.paper.Reproduction;

/**
 * How {@code reproduce} prints: the table row by row as the checks finish (a {@link Reproduction.Listener}),
 * a counter on a terminal's standard error, and the closing line or the JSON object
 * ({@link Reports#reproduction}).
 */
final class ReproductionPrinter implements Reproduction.Listener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean counter = Terminal.stderrIsTerminal();
    private final String row;

    ReproductionPrinter(PrintWriter out, PrintWriter err, boolean json, List<Check> checks) {
        this.out = out;
        this.err = err;
        this.json = json;
        int width = Math.max(4, checks.stream().mapToInt(c -> c.id().length()).max().orElse(4));
        this.row = "%-" + width + "s  %-6s %7s  %s";
    }

    /** The title and the table header (nothing in JSON mode). */
    void header(int checks, long seed) {
        if (!json) {
            out.println("rationalnets reproduce: " + checks + " checks of docs/theory.md, docs/examples.md and docs/literature.md (seed " + seed + ")");
            out.println(String.format(row, "id", "status", "ms", "statement / → certificate or difference"));
            out.flush();
        }
    }

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

    /** The closing line, or the JSON object: every check, the counts, the seed, the time and the report file. */
    void summary(Reproduction.Run run, long seed, Path reportFile) {
        if (!json) {
            out.println(run.passed() + " passed, " + run.failed() + " failed (" + run.results().size() + " checks, "
                    + String.format(Locale.ROOT, "%.1f", run.millis() / 1000.0) + " s)"
                    + (run.allPassed() ? "" : ": " + String.join(", ", run.failedIds())));
            return;
        }
        List<Reports.CheckRow> rows = run.results().stream().map(r -> new Reports.CheckRow(r.check().id(), r.check().label(),
                r.check().statement(), r.check().range(), r.passed(), r.detail(), r.millis())).toList();
        Output.print(out, Reports.reproduction(rows, seed, run.millis(), reportFile == null ? null : reportFile.toAbsolutePath().toString()));
    }
}
