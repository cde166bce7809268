package org.rationalnets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ```java} block of README.md compiles against the project and runs, and prints what its comments
 * say. The convention (stated in the README): a block is the body of a {@code main} method, in the style of
 * jshell; it may begin with {@code import} lines; {@code java.util.*}, {@code org.rationalnets.exact.*} and
 * {@code org.rationalnets.core.*} are imported for it. A comment {@code // text} at the end of a
 * {@code System.out.println} statement, or on the line right after one, is output the statement must print.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final List<String> IMPLICIT_IMPORTS = List.of(
            "java.util.*", "org.rationalnets.exact.*", "org.rationalnets.core.*");

    /** One {@code ```java} block: its first line in README.md, its imports, body and promised output. */
    record Snippet(int line, List<String> imports, String body, List<String> expectedOutput) {
        @Override
        public String toString() {
            return "README.md:" + line;
        }

        String className() {
            return "ReadmeSnippet" + line;
        }

        String source() {
            StringBuilder s = new StringBuilder();
            IMPLICIT_IMPORTS.forEach(i -> s.append("import ").append(i).append(";\n"));
            imports.forEach(i -> s.append(i).append(";\n"));
            s.append("public class ").append(className()).append(" {\n")
                    .append("public static void main(String[] args) throws Exception {\n")
                    .append(body).append("\n}\n}\n");
            return s.toString();
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            int start = i + 1;
            List<String> block = new ArrayList<>();
            for (i = start; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                block.add(lines.get(i));
            }
            out.add(parse(start + 1, block));
        }
        return out;
    }

    static Snippet parse(int firstLine, List<String> block) {
        List<String> imports = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        StringBuilder statement = new StringBuilder();
        boolean lastStatementPrinted = false;
        for (String raw : block) {
            String line = raw.strip();
            if (line.startsWith("import ")) {
                for (String imp : line.split(";")) {
                    if (!imp.isBlank()) {
                        imports.add(imp.strip());
                    }
                }
                continue;
            }
            body.append(raw).append('\n');
            if (line.startsWith("//")) {
                if (lastStatementPrinted && statement.isEmpty()) {
                    expected.add(line.substring(2).strip());
                }
                lastStatementPrinted = false;
                continue;
            }
            int comment = line.indexOf("//");
            String code = comment < 0 ? line : line.substring(0, comment).strip();
            statement.append(code).append(' ');
            boolean printing = statement.toString().contains("System.out.print");
            if (comment >= 0 && printing) {
                expected.add(line.substring(comment + 2).strip());
            }
            if (code.endsWith(";") || code.endsWith("}") || code.isEmpty()) {
                lastStatementPrinted = printing && comment < 0 && code.endsWith(";");
                statement.setLength(0);
            }
        }
        return new Snippet(firstLine, imports, body.toString(), expected);
    }

    @Test
    void theReadmeHasJavaSnippets() throws IOException {
        assertThat(snippets()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void outputCommentsAreRecognised() {
        Snippet s = parse(1, List.of(
                "import org.rationalnets.algorithms.*; import java.nio.file.Path;",
                "var x = 1;      // a remark, not output",
                "System.out.println(x + 1);   // 2",
                "System.out.println(List.of(x,",
                "        x));",
                "// [1, 1]",
                "// a remark after output"));
        assertThat(s.imports()).containsExactly("import org.rationalnets.algorithms.*", "import java.nio.file.Path");
        assertThat(s.expectedOutput()).containsExactly("2", "[1, 1]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void snippetCompilesRunsAndPrintsWhatItSays(Snippet snippet, @TempDir Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        StringWriter diagnostics = new StringWriter();
        JavaFileObject source = new SimpleJavaFileObject(
                URI.create("string:///" + snippet.className() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
                null, List.of(source)).call();
        assertThat(compiled).as(snippet + " does not compile:\n" + diagnostics + "\n" + snippet.source()).isTrue();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(snippet.className()).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError(snippet + " throws " + e.getCause(), e.getCause());
        } finally {
            System.setOut(stdout);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        for (String expected : snippet.expectedOutput()) {
            assertThat(output).as(snippet + " promises \"" + expected + "\"").contains(expected);
        }
    }
}
