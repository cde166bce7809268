package org.rationalnets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rationalnets.oracle.vectors.VectorChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check-vectors}: compares another implementation's answers with the conformance vectors. */
@Command(name = "check-vectors", mixinStandardHelpOptions = true,
        description = "Compare answers (an answers file keyed by tcId, or a vector file) with the expected vectors, "
                + "semantically (docs/VECTORS.md). Exit 0 if nothing differs, 1 if some test differs; "
                + "tests without an answer are reported as skipped.")
public final class CheckVectorsCommand implements Callable<Integer> {

    @Option(names = "--expected", required = true, paramLabel = "FILE", description = "The vector file (from `rationalnet vectors`).")
    Path expected;

    @Option(names = "--actual", required = true, paramLabel = "FILE",
            description = "The answers: {\"answers\": {\"<tcId>\": {...}}}, or a vector file.")
    Path actual;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        String exp = read("--expected", expected);
        String act = read("--actual", actual);
        VectorChecker.Report r;
        try {
            r = VectorChecker.check(exp, act);
        } catch (VectorChecker.MalformedDocumentException e) {
            boolean isExpected = e.document() == VectorChecker.Document.EXPECTED;
            throw new InputException(isExpected ? "--expected" : "--actual", e.getMessage() + " in \"" + (isExpected ? expected : actual) + "\"");
        }
        PrintWriter out = common.out();
        if (common.json) {
            Output.print(out, r);
        } else {
            out.println("check-vectors: " + r.total() + " vectors in " + expected + ", answers from " + actual);
            for (VectorChecker.Mismatch x : r.mismatches()) {
                for (String d : x.differences()) {
                    out.println("MISMATCH tcId " + x.tcId() + " (" + x.type() + "): " + d);
                }
            }
            for (String n : r.notes()) {
                out.println("note: " + n);
            }
            if (!r.skipped().isEmpty()) {
                out.println("skipped (no answer): " + r.skipped().size() + " tests, tcIds " + ranges(r.skipped()));
            }
            out.println(r.passed() + " passed, " + r.failed() + " failed, " + r.skipped().size() + " skipped");
        }
        out.flush();
        if (!r.ok()) {
            throw new RationalNetCli.CheckFailedException(r.failed() + " of " + r.total() + " vectors differ: tcId "
                    + String.join(", ", r.mismatches().stream().map(x -> String.valueOf(x.tcId())).toList()));
        }
        return 0;
    }

    private static String read(String option, Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InputException(option, "expected a readable JSON file, got \"" + file + "\" (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** 3, 4, 5, 9 → "3-5, 9". */
    static String ranges(List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(ids.get(i));
            if (j > i) {
                sb.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
