package org.rationalnets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds references in the repository's documents and sources that point to nothing: relative Markdown
 * links {@code [x](path)} and {@code [x](path#anchor)} to a missing file or anchor, {@code docs/<file>.md#anchor}
 * references (in Markdown, and in comments of {@code .java} files) to a missing anchor, and
 * {@code docs/theory.md §N} references to a missing section. An anchor exists when the target file has an
 * explicit {@code <a id="…">} (or any {@code id="…"}) or a heading whose GitHub slug it is. A section
 * {@code §N} exists when theory.md has the anchor {@code sN}. Written by hand: link checkers on offer check
 * rendered HTML or the web, not anchors and section numbers inside source comments.
 */
final class DocumentationLinks {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern DOCS_REFERENCE = Pattern.compile("docs/([A-Za-z0-9_.-]+\\.md)(?:#([A-Za-z0-9_-]+))?");
    private static final Pattern THEORY_SECTION = Pattern.compile("docs/theory\\.md,? ?§ ?(\\d+)");
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    private final Path root;
    private final Map<Path, Set<String>> anchorCache = new HashMap<>();

    /** A checker for the repository (or fixture tree) at {@code root}. */
    DocumentationLinks(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every problem found in {@code files} (paths relative to the root), one line each: file, line, what. */
    List<String> check(List<Path> files) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            if (name.endsWith(".md")) {
                checkMarkdown(file, problems);
            }
            if (name.endsWith(".md") || name.endsWith(".java")) {
                checkDocsReferences(file, problems);
            }
        }
        return problems;
    }

    private void checkMarkdown(Path file, List<String> problems) {
        List<String> lines = lines(root.resolve(file));
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher m = MARKDOWN_LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // http:, https:, mailto: — not a file of this repository
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? root.resolve(file) : root.resolve(file).getParent().resolve(path).normalize();
                String where = file + ":" + (i + 1) + ": link " + target;
                if (!resolved.startsWith(root)) {
                    problems.add(where + " leaves the repository");
                } else if (!Files.exists(resolved)) {
                    problems.add(where + " points to a missing file");
                } else if (anchor != null && !anchors(resolved).contains(anchor)) {
                    problems.add(where + " points to a missing anchor");
                }
            }
        }
    }

    private void checkDocsReferences(Path file, List<String> problems) {
        List<String> lines = lines(root.resolve(file));
        boolean markdown = file.toString().endsWith(".md");
        for (int i = 0; i < lines.size(); i++) {
            // in Markdown, link targets are checked as links (relative to the file), not here
            String line = markdown ? LINK_TARGET.matcher(lines.get(i)).replaceAll("]") : lines.get(i);
            Matcher m = DOCS_REFERENCE.matcher(line);
            while (m.find()) {
                if (m.start() > 0 && !isBoundary(line.charAt(m.start() - 1))) {
                    continue; // e.g. "…/docs/x.md" inside a longer path: not a reference from the root
                }
                Path target = root.resolve("docs").resolve(m.group(1));
                String where = file + ":" + (i + 1) + ": " + m.group();
                if (!Files.exists(target)) {
                    problems.add(where + " points to a missing file");
                } else if (m.group(2) != null && !anchors(target).contains(m.group(2))) {
                    problems.add(where + " points to a missing anchor");
                }
            }
            Matcher s = THEORY_SECTION.matcher(line);
            while (s.find()) {
                Path theory = root.resolve("docs/theory.md");
                if (!Files.exists(theory) || !anchors(theory).contains("s" + s.group(1))) {
                    problems.add(file + ":" + (i + 1) + ": " + s.group() + " names a section that does not exist");
                }
            }
        }
    }

    private static boolean isBoundary(char c) {
        return !(Character.isLetterOrDigit(c) || c == '/' || c == '.' || c == '_' || c == '-');
    }

    /** The anchors of a Markdown file: explicit ids and GitHub heading slugs (with -1, -2 … for repeats). */
    Set<String> anchors(Path file) {
        return anchorCache.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            Set<String> out = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean inFence = false;
            for (String line : lines(f)) {
                if (FENCE.matcher(line).find()) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                Matcher id = EXPLICIT_ID.matcher(line);
                while (id.find()) {
                    out.add(id.group(1));
                }
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    String slug = slug(h.group(1));
                    int n = seen.merge(slug, 1, Integer::sum) - 1;
                    out.add(n == 0 ? slug : slug + "-" + n);
                }
            }
            return out;
        });
    }

    /** GitHub's heading slug: rendered text, lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        String text = heading
                .replaceAll("<[^>]*>", "")
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replace("`", "")
                .replace("*", "");
        StringBuilder b = new StringBuilder();
        for (int cp : text.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                b.appendCodePoint(cp);
            } else if (cp == ' ') {
                b.append('-');
            }
        }
        return b.toString();
    }

    /** The files of the tree: tracked and not ignored ({@code git ls-files}) in a Git work tree, else a walk without build output. */
    static List<Path> files(Path root, Set<String> extensions) {
        List<Path> tracked = gitFiles(root);
        List<Path> all = tracked != null ? tracked : walk(root);
        return all.stream()
                .filter(p -> extensions.stream().anyMatch(e -> p.toString().endsWith(e)))
                .filter(p -> Files.isRegularFile(root.resolve(p)))
                .toList();
    }

    private static List<Path> gitFiles(Path root) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard").directory(root.toFile()).redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                return null;
            }
            return out.lines().filter(s -> !s.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every regular file under {@code root}, relative to it, outside {@code target} and hidden directories. */
    static List<Path> walk(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(p -> {
                        for (Path part : p) {
                            String n = part.toString();
                            if (n.equals("target") || n.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
