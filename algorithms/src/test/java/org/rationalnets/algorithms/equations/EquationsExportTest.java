package org.rationalnets.algorithms.equations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rationalnets.core.Architecture;
import org.rationalnets.exact.Polynomial;
import org.rationalnets.exact.Rationals;

/**
 * Scripts for Macaulay2, Singular and Sage: golden files for (3,2,1) in degree 3, and, when the
 * system is installed, loading the script and asking it for the number of generators and the codimension.
 */
class EquationsExportTest {

    private static EquationsResult threeTwoOne() {
        return NeurovarietyEquations.inDegree(Architecture.of(3, 2, 1), 3, 1, EquationsOptions.defaults().withThreads(2));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = EquationsExportTest.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String extension(EquationsExport.Format f) {
        return switch (f) {
            case M2 -> "m2";
            case SINGULAR -> "sing";
            case SAGE -> "sage";
        };
    }

    /** The golden files were read line by line and loaded into Macaulay2 1.21 and Singular 4.3.1. */
    @ParameterizedTest
    @EnumSource(EquationsExport.Format.class)
    void goldenFiles(EquationsExport.Format format) throws IOException {
        String actual = EquationsExport.of(threeTwoOne(), format);
        assertThat(actual).isEqualTo(golden("three-two-one-degree-3." + extension(format)));
    }

    @Test
    void namesPerSystem() {
        assertThat(EquationsExport.sanitise(EquationsExport.Format.M2, "P12[10,0,2]")).isEqualTo("P12_(10,0,2)");
        assertThat(EquationsExport.sanitise(EquationsExport.Format.SINGULAR, "Q[2,0]")).isEqualTo("Q_2_0");
        assertThat(EquationsExport.sanitise(EquationsExport.Format.SAGE, "P1[0,1]")).isEqualTo("P1_0_1");
        assertThatThrownBy(() -> EquationsExport.sanitise(EquationsExport.Format.M2, "Q2,0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Q2,0");
        assertThatThrownBy(() -> EquationsExport.sanitise(EquationsExport.Format.M2, "Q[2,0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EquationsExport.Format.parse("Singular")).isEqualTo(EquationsExport.Format.SINGULAR);
        assertThat(EquationsExport.Format.M2.idealName()).isEqualTo("I");
    }

    /** No equations: the zero ideal, written so that each system loads it. */
    @Test
    void theZeroIdeal() {
        List<String> names = List.of("P1[1,0]", "Q[2,0]");
        assertThat(EquationsExport.script(EquationsExport.Format.M2, names, List.of(), List.of("h"), List.of("c")))
                .isEqualTo("-- h\nR = QQ[P1_(1,0), Q_(2,0)];\nI = ideal(0_R);\n-- c\n");
        assertThat(EquationsExport.script(EquationsExport.Format.SINGULAR, names, List.of(), List.of("h"), List.of("c")))
                .isEqualTo("// h\nring R = 0, (P1_1_0, Q_2_0), dp;\nideal I = 0;\n// c\n");
        assertThat(EquationsExport.script(EquationsExport.Format.SAGE, names, List.of(), List.of("h"), List.of("c")))
                .isEqualTo("# h\nR = PolynomialRing(QQ, 'P1_1_0, Q_2_0', order='degrevlex')\n(P1_1_0, Q_2_0,) = R.gens()\n"
                        + "I = R.ideal([])\n# c\n");
    }

    /** Rational coefficients are cleared; powers are {@code **} in Sage. */
    @Test
    void equationsAreWrittenWithIntegerCoefficients() {
        Polynomial<org.apache.commons.numbers.fraction.BigFraction> f = org.rationalnets.exact.PolynomialParser.parse("1/2*x1^2 - 3/4*x2", 2);
        List<String> names = List.of("P1[1,0]", "Q[2,0]");
        assertThat(EquationsExport.script(EquationsExport.Format.SAGE, names, List.of(f), List.of(), List.of()))
                .contains("I = R.ideal([\n  2*P1_1_0**2 - 3*Q_2_0\n])");
        assertThat(EquationsExport.script(EquationsExport.Format.M2, names, List.of(f, Polynomial.variable(Rationals.Q, 2, 1)),
                List.of(), List.of())).contains("I = ideal(\n  2*P1_(1,0)^2 - 3*Q_(2,0),\n  Q_(2,0)\n);");
    }

    /**
     * Macaulay2 loads the script: 4 generators, codimension 2 (dim V = 6 in P^8, docs/theory.md S3), and the ideal
     * equals that of the 3×3 minors of [2S; p_1ᵀ] built in Macaulay2 itself from the coordinates (S3).
     */
    @Test
    void macaulay2LoadsTheScript(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("M2"), "skipped: M2 (Macaulay2) is not on PATH");
        String script = EquationsExport.of(threeTwoOne(), EquationsExport.Format.M2)
                + "S = matrix{{2*Q_(2,0,0), Q_(1,1,0), Q_(1,0,1)}, {Q_(1,1,0), 2*Q_(0,2,0), Q_(0,1,1)},"
                + " {Q_(1,0,1), Q_(0,1,1), 2*Q_(0,0,2)}, {P1_(1,0,0), P1_(0,1,0), P1_(0,0,1)}};\n"
                + "print numgens I; print codim I; print(I == minors(3, S));\n";
        assertThat(run(dir, "t.m2", script, "M2", "--script")).containsExactly("4", "2", "true");
    }

    /** Singular loads the script: 4 generators, codimension 2. */
    @Test
    void singularLoadsTheScript(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("Singular"), "skipped: Singular is not on PATH");
        String script = EquationsExport.of(threeTwoOne(), EquationsExport.Format.SINGULAR)
                + "print(size(I)); print(nvars(R) - dim(std(I))); quit;\n";
        assertThat(run(dir, "t.sing", script, "Singular", "-q")).containsExactly("4", "2");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> run(Path dir, String file, String script, String... command) throws Exception {
        Path f = dir.resolve(file);
        Files.writeString(f, script);
        String[] cmd = java.util.Arrays.copyOf(command, command.length + 1);
        cmd[command.length] = f.toString();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
