package org.rationalnets.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rationalnets.paper.VectorGenerator;
import org.rationalnets.oracle.vectors.VectorJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vectors}: the conformance test vectors (docs/VECTORS.md), generated deterministically. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Write the conformance test vectors (Wycheproof-style JSON, schema rationalnets_vectors; "
                + "see docs/VECTORS.md). The same file on every run.")
public final class VectorsCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the file to FILE instead of standard output.")
    Path out;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        var tree = VectorGenerator.generate();
        String text = VectorJson.render(tree);
        PrintWriter stdout = common.out();
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        try {
            Path abs = out.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Files.writeString(out, text);
        } catch (IOException e) {
            throw new InputException("--out", "expected a writable file, got \"" + out + "\" (" + e.getClass().getSimpleName() + ")");
        }
        int groups = tree.get("testGroups").size();
        stdout.println("wrote " + tree.get("numberOfTests").asInt() + " test vectors in " + groups + " groups (schema "
                + VectorJson.SCHEMA_NAME + " " + VectorJson.SCHEMA_VERSION + ") to " + out);
        stdout.flush();
        return 0;
    }
}
