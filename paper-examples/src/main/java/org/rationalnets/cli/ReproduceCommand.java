package org.rationalnets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.oracle.Catalogue;
import org.rationalnets.oracle.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reproduce}: every statement and hand-verified example, checked (the main job). */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Check every statement of THEORY.md and every example of EXAMPLES.md by exact computation. "
                + "Exit 0 iff all pass.")
public final class ReproduceCommand implements Callable<Integer> {

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a Markdown report to FILE.")
    Path report;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return call(spec.commandLine().getOut(), spec.commandLine().getErr(), report, common.json, true);
    }

    /** Runs all checks; returns 0 iff every check passed (else throws for exit code 1 when {@code strict}). */
    int call(PrintWriter out, PrintWriter err, Path reportFile, boolean json, boolean strict) {
        List<Check> checks = Catalogue.all();
        List<Check.Result> results = new ArrayList<>();
        int width = checks.stream().mapToInt(c -> c.id().length()).max().orElse(4);
        if (!json) {
            out.println("rationalnets reproduce: " + checks.size() + " checks of THEORY.md and EXAMPLES.md");
            out.println(String.format("%-" + width + "s  %-6s %8s  %s", "id", "status", "ms", "statement / detail"));
        }
        boolean progress = System.console() != null;
        int i = 0;
        for (Check c : checks) {
            i++;
            if (progress) {
                err.print("\r[" + i + "/" + checks.size() + "] " + c.id() + "            ");
                err.flush();
            }
            Check.Result r = c.run();
            results.add(r);
            if (!json) {
                out.println(String.format("%-" + width + "s  %-6s %8d  %s", c.id(), r.passed() ? "PASS" : "FAIL", r.millis(), c.statement()));
                out.println(String.format("%-" + width + "s  %-6s %8s  %s", "", "", "", "→ " + r.detail()));
                out.flush();
            }
        }
        if (progress) {
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        long passed = results.size() - failed;
        if (json) {
            ObjectNode o = Output.object();
            ArrayNode a = o.putArray("checks");
            for (Check.Result r : results) {
                ObjectNode c = a.addObject();
                c.put("id", r.check().id());
                c.put("label", r.check().label());
                c.put("statement", r.check().statement());
                c.put("status", r.passed() ? "PASS" : "FAIL");
                c.put("detail", r.detail());
                c.put("millis", r.millis());
            }
            o.put("passed", passed);
            o.put("failed", failed);
            Output.print(out, o);
        } else {
            out.println(passed + " passed, " + failed + " failed");
        }
        if (reportFile != null) {
            writeReport(reportFile, results, passed, failed);
            err.println("report written to " + reportFile.toAbsolutePath());
        }
        out.flush();
        if (failed > 0 && strict) {
            throw new RationalNetCli.CheckFailedException(failed + " of " + results.size() + " checks failed");
        }
        return failed > 0 ? RationalNetCli.CHECK_FAILED : 0;
    }

    private static void writeReport(Path file, List<Check.Result> results, long passed, long failed) {
        StringBuilder md = new StringBuilder("# rationalnets: reproduction report\n\n");
        md.append(passed).append(" passed, ").append(failed).append(" failed.\n\n");
        md.append("| id | label | statement | status | detail | ms |\n|---|---|---|---|---|---|\n");
        for (Check.Result r : results) {
            md.append("| ").append(r.check().id()).append(" | ").append(r.check().label()).append(" | ")
                    .append(escape(r.check().statement())).append(" | ").append(r.passed() ? "PASS" : "**FAIL**")
                    .append(" | ").append(escape(r.detail())).append(" | ").append(r.millis()).append(" |\n");
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new InputException("--report", "cannot write \"" + file + "\": " + e.getMessage());
        }
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
