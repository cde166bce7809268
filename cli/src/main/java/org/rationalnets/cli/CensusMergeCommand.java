package org.rationalnets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.oracle.json.RationalNetsJson;
import org.rationalnets.algorithms.dimension.DimensionCensus;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code census merge FILES…}: the summary of several {@code census --json} shard outputs, as if one census had run. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Read the JSON Lines of `census --json` shards (e.g. of a Slurm job array or GNU parallel run) and print "
                + "the census summary of all of them together. Exit 1 if a certified value contradicts a theorem.")
public final class CensusMergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Outputs of `census --json --shard i/n`.")
    List<Path> files;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<DimensionCertificate> all = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new InputException("FILE", "expected a readable file, got \"" + file + "\" (" + e.getClass().getSimpleName() + ")");
            }
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    JsonNode j = Output.JSON.readTree(lines.get(i));
                    all.add(RationalNetsJson.dimensionCertificate(j));
                } catch (IOException | IllegalArgumentException | NullPointerException e) {
                    throw new InputException("FILE", file + ", line " + (i + 1) + ": expected one JSON object of `census --json`, got \""
                            + abbreviate(lines.get(i)) + "\"");
                }
            }
        }
        // the census order: L, then d_0, the hidden widths and d_L
        all.sort(Comparator.comparingInt((DimensionCertificate c) -> c.architecture().depth())
                .thenComparing((a, b) -> Arrays.compare(a.architecture().widths(), b.architecture().widths())));
        DimensionCensus.Summary summary = new DimensionCensus.Summary();
        all.forEach(summary::add);
        PrintWriter out = common.out();
        out.println("census merge: " + files.size() + " file" + (files.size() == 1 ? "" : "s"));
        summary.lines().forEach(out::println);
        out.flush();
        if (!summary.contradictions().isEmpty()) {
            throw new RationalNetCli.CheckFailedException(summary.contradictions().size()
                    + " certified values contradict a theorem (listed above); please report it");
        }
        return 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
