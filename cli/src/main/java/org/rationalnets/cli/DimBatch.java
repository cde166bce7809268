package org.rationalnets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rationalnets.algorithms.dimension.DimensionCertificate;
import org.rationalnets.algorithms.dimension.Theorems;
import org.rationalnets.core.Activation;
import org.rationalnets.core.Architecture;

/**
 * {@code dim --batch FILE}: one architecture per line, optionally followed by its activation
 * ({@code 2,3,4,1 t^2}); blank lines and lines starting with {@code #} are skipped. Every line is checked
 * before any is computed; the certificates are computed on all cores and printed as JSON Lines in the
 * order of the file.
 */
final class DimBatch {

    private DimBatch() {
    }

    /** One line of the file. */
    record Entry(Architecture architecture, Activation activation) {
    }

    /** The entries of {@code file}; {@link InputException} naming {@code --batch} and the line otherwise. */
    static List<Entry> read(Path file, Activation fallback) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException("--batch", "expected a readable file, got \"" + file + "\" (" + e.getClass().getSimpleName() + ")");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                throw new InputException("--batch", "line " + (i + 1) + ": expected an architecture and optionally an activation, got \""
                        + line + "\"");
            }
            try {
                out.add(new Entry(Architecture.parse(parts[0]), parts.length == 2 ? Activation.parse(parts[1]) : fallback));
            } catch (IllegalArgumentException e) {
                throw new InputException("--batch", "line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Certifies every entry on all cores, prints one JSON line each, in order; returns the contradictions. */
    static List<String> run(List<Entry> entries, long seed, Long prime, Long maxParams, PrintWriter out) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<DimensionCertificate>> futures = new ArrayList<>();
            for (Entry e : entries) {
                futures.add(pool.submit(() -> DimCommand.certify(e.architecture(), e.activation(), seed, prime, false, maxParams)));
            }
            List<String> contradictions = new ArrayList<>();
            for (Future<DimensionCertificate> f : futures) {
                DimensionCertificate c = get(f);
                contradictions.addAll(Theorems.contradictions(c));
                Output.printLine(out, c);
                out.flush();
            }
            return contradictions;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DimensionCertificate get(Future<DimensionCertificate> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // InputException, LimitException: the command's exit codes
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
