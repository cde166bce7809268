package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rationalnets.algorithms.dimension.Theorem;
import org.rationalnets.paper.Catalogue;
import org.rationalnets.paper.Check;

/**
 * No reference leaves the repository or points to nothing: Markdown links, {@code docs/…#anchor} references in
 * documents and Javadoc, and {@code docs/theory.md §N} section references (see {@link DocumentationLinks}).
 * The checker itself is proved on a fixture with deliberately broken links.
 */
class DocumentationLinksTest {

    /** The repository root: Maven runs the tests of this module in {@code cli/}. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The fixture tree of this test; its broken links are deliberate, so the repository scan skips it. */
    private static final String FIXTURE = "cli/src/test/resources/doclinks/";

    private static List<Path> repositoryFiles(Set<String> extensions) {
        return DocumentationLinks.files(ROOT, extensions).stream()
                .filter(p -> !p.toString().replace('\\', '/').startsWith(FIXTURE))
                .toList();
    }

    @Test
    void everyReferenceInTheRepositoryResolves() {
        List<Path> files = repositoryFiles(Set.of(".md", ".java"));
        assertThat(files).as("Markdown and Java files found under " + ROOT)
                .anyMatch(p -> p.toString().endsWith("README.md"))
                .anyMatch(p -> p.toString().endsWith("DocumentationLinksTest.java"));
        assertThat(new DocumentationLinks(ROOT).check(files)).isEmpty();
    }

    @Test
    void noTrackedFileReferencesTheSpecificationOutsideTheRepository() throws IOException {
        String outside = "shared" + "/"; // split so that this file does not match itself
        List<String> offenders = new ArrayList<>();
        for (Path p : repositoryFiles(Set.of(".java", ".md", ".xml", ".json"))) {
            if (Files.readString(ROOT.resolve(p), StandardCharsets.UTF_8).contains(outside)) {
                offenders.add(p.toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theoryHasItsSectionsAndGlossary() {
        assertThat(new DocumentationLinks(ROOT).anchors(ROOT.resolve("docs/theory.md")))
                .contains("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "glossary",
                        "g-network", "g-defined-at-a-point", "g-closed-form", "g-neuromanifold", "g-neurovariety",
                        "g-tuple-membership", "g-function-membership", "g-ambient-space", "g-torus", "g-edim",
                        "g-fills", "g-defect", "g-certified");
    }

    /**
     * Every check of the reproduction is documented: its id is an anchor of docs/theory.md (a statement) or of
     * docs/examples.md (an example row), or of docs/literature.md for a published value ({@code LIT-…}), or names a
     * row of an examples table ({@code DEG(…)}, {@code AMB(…)}, {@code DIM(…)}, {@code EQ(…)}); every section {@code §N} and theorem label its label cites exists; and every
     * theorem the dimension engine reports has its anchor.
     */
    @Test
    void theoryHasEveryLabelTheCodeAndTheReproductionUse() {
        DocumentationLinks links = new DocumentationLinks(ROOT);
        Set<String> theory = links.anchors(ROOT.resolve("docs/theory.md"));
        Set<String> examples = links.anchors(ROOT.resolve("docs/examples.md"));
        Set<String> literature = links.anchors(ROOT.resolve("docs/literature.md"));
        Map<String, String> tables = Map.of("DEG", "degrees", "AMB", "dimensions", "DIM", "dimensions", "EQ", "equations");
        Pattern section = Pattern.compile("§(\\d+)");
        Pattern theorem = Pattern.compile("\\b(S[1-9]|B[1-9]|W1)\\b");
        List<String> missing = new ArrayList<>();
        List<Check> checks = Catalogue.all();
        for (Check c : checks) {
            String anchor = c.id().replaceAll("[^A-Za-z0-9-]", "");
            int paren = c.id().indexOf('(');
            boolean documented = theory.contains(anchor) || examples.contains(anchor)
                    || c.id().startsWith("LIT-") && literature.contains(anchor)
                    || paren > 0 && examples.contains(tables.getOrDefault(c.id().substring(0, paren), ""));
            if (!documented) {
                missing.add(c.id() + ": no anchor in docs/theory.md, docs/examples.md (or docs/literature.md for LIT-…)");
            }
            Matcher m = section.matcher(c.label());
            while (m.find()) {
                if (!theory.contains("s" + m.group(1))) {
                    missing.add(c.id() + ": label cites §" + m.group(1));
                }
            }
            Matcher t = theorem.matcher(c.label() + " " + c.statement());
            while (t.find()) {
                if (!theory.contains(t.group(1))) {
                    missing.add(c.id() + ": cites " + t.group(1));
                }
            }
        }
        for (Theorem t : Theorem.values()) {
            if (!theory.contains(t.label())) {
                missing.add("Theorem." + t + " has no anchor " + t.label());
            }
        }
        assertThat(checks).hasSizeGreaterThanOrEqualTo(68);
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckerFlagsEveryDeliberatelyBrokenReferenceOfTheFixture() throws URISyntaxException {
        Path fixture = Path.of(Objects.requireNonNull(getClass().getResource("/doclinks/README.md")).toURI()).getParent();
        List<String> problems = new DocumentationLinks(fixture).check(DocumentationLinks.walk(fixture));
        String theory = "docs" + "/theory.md"; // split so that the repository scan does not read this file's own examples
        assertThat(problems).as(String.join("\n", problems))
                .anyMatch(p -> p.startsWith("README.md:7: link docs" + "/missing.md points to a missing file"))
                .anyMatch(p -> p.startsWith("README.md:7: link " + theory + "#s99 points to a missing anchor"))
                .anyMatch(p -> p.contains("link ../../../../../outside.md leaves the repository"))
                .anyMatch(p -> p.contains("README.md:13: " + theory + "#W9 points to a missing anchor"))
                .anyMatch(p -> p.contains("README.md:14: " + theory + " §12 names a section that does not exist"))
                .anyMatch(p -> p.contains("Sample.java:1: " + theory + " §7 names a section that does not exist"))
                .anyMatch(p -> p.contains("Sample.java:1: " + theory + "#B1 points to a missing anchor"))
                .hasSize(7);
    }

    @Test
    void headingSlugsFollowGitHub() {
        assertThat(DocumentationLinks.slug("2. Closed form and degrees")).isEqualTo("2-closed-form-and-degrees");
        assertThat(DocumentationLinks.slug("Shallow networks `d = (d_0, d_1, d_2)`")).isEqualTo("shallow-networks-d--d_0-d_1-d_2");
        assertThat(DocumentationLinks.slug("Exit codes and errors")).isEqualTo("exit-codes-and-errors");
    }
}
