package org.rationalnets.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress on standard error, drawn only when it is a terminal (never into a file or a pipe). */
final class Terminal {

    private Terminal() {
    }

    /** Linux: file descriptor 2 is a terminal device; elsewhere: the JVM has a console. */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    /** A progress bar over {@code total} steps on standard error, or null when it is not a terminal. */
    static ProgressBar progressBar(String task, int total) {
        return stderrIsTerminal() ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build() : null;
    }
}
