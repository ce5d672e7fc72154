package org.councilpolicy.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: every Java snippet of README.md is extracted from the README itself (never a pasted copy), compiled
 * with its own imports against the project, and run. A snippet is a top-level class, a test method, or statements;
 * a statement line {@code expression; // => value} checks that the expression gives that value. A snippet that
 * needs a framework this project does not depend on is marked {@code <!-- readme-snippet: not compiled … -->}
 * on the line before its fence, and the test lists them.
 */
class ReadmeSnippetsTest {

    static final Path README = Path.of("..", "README.md");
    private static final Pattern EXPECT = Pattern.compile("^(\\s*)(.+?);\\s*// => (.+?)\\s*$");
    private static final Pattern TYPE = Pattern.compile("^(?:public\\s+)?(?:final\\s+)?(?:class|record|enum)\\s+(\\w+)");

    record Snippet(int line, List<String> imports, List<String> body, boolean compiled) {
        String firstCode() {
            return body.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
                    .orElse("");
        }
    }

    static List<Snippet> snippets() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            boolean compiled = i == 0 || !lines.get(i - 1).contains("readme-snippet: not compiled");
            int start = i + 1;
            List<String> imports = new ArrayList<>();
            List<String> body = new ArrayList<>();
            int j = start;
            for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
                String l = lines.get(j);
                if (l.startsWith("import ")) {
                    imports.add(l);
                } else {
                    body.add(l);
                }
            }
            out.add(new Snippet(start + 1, imports, body, compiled));
            i = j;
        }
        return out;
    }

    @Test
    void everyReadmeSnippetCompilesAndRuns(@TempDir Path dir) throws Exception {
        List<Snippet> all = snippets();
        List<Snippet> compiled = all.stream().filter(Snippet::compiled).toList();
        List<String> sources = new ArrayList<>();
        List<String> statementClasses = new ArrayList<>();
        List<String> methodClasses = new ArrayList<>();
        Path src = Files.createDirectories(dir.resolve("src/readme"));
        for (Snippet s : compiled) {
            StringBuilder code = new StringBuilder("package readme;\n");
            s.imports().forEach(l -> code.append(l).append('\n'));
            Matcher type = TYPE.matcher(s.firstCode());
            String name;
            if (type.find()) {
                name = type.group(1);
                s.body().forEach(l -> code.append(l).append('\n'));
            } else if (s.firstCode().startsWith("@") || s.firstCode().startsWith("void ")) {
                name = "Snippet" + s.line();
                code.append("public class ").append(name).append(" {\n");
                s.body().forEach(l -> code.append(l).append('\n'));
                code.append("}\n");
                methodClasses.add(name);
            } else {
                name = "Snippet" + s.line();
                code.append("public class ").append(name).append(" {\npublic static void run() throws Exception {\n");
                for (int k = 0; k < s.body().size(); k++) {
                    Matcher m = EXPECT.matcher(s.body().get(k));
                    code.append(m.matches() ? m.group(1) + ReadmeExpect.class.getName() + ".that(" + m.group(2)
                            + ", \"" + m.group(3).replace("\\", "\\\\").replace("\"", "\\\"") + "\", "
                            + (s.line() + s.imports().size() + k) + ");" : s.body().get(k)).append('\n');
                }
                code.append("}\n}\n");
                statementClasses.add(name);
            }
            Path file = src.resolve(name + ".java");
            Files.writeString(file, code);
            sources.add(file.toString());
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(sources, classes);
        int checks = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            for (String name : statementClasses) {
                loader.loadClass("readme." + name).getMethod("run").invoke(null);
            }
            for (String name : methodClasses) {
                Class<?> c = loader.loadClass("readme." + name);
                Object instance = c.getDeclaredConstructor().newInstance();
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Test.class)) {
                        m.setAccessible(true);
                        m.invoke(instance);
                        checks++;
                    }
                }
            }
        }
        for (Snippet s : compiled) {
            checks += (int) s.body().stream().filter(l -> EXPECT.matcher(l).matches()).count();
        }
        System.out.printf(Locale.ROOT, "README: %d Java snippets compiled and run (%d checks); %d marked not compiled%n",
                compiled.size(), checks, all.size() - compiled.size());
        assertThat(compiled).as("compiled README snippets").hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.size() - compiled.size())
                .as("snippets marked not compiled: the two framework adapters and the opt-in semantic module's")
                .isLessThanOrEqualTo(3);
        assertThat(checks).isGreaterThanOrEqualTo(15);
    }

    private static void compile(List<String> sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("-classpath", classPath, "-d",
                    classes.toString(), "-proc:none", "-nowarn"), null, files.getJavaFileObjectsFromStrings(sources))
                    .call();
            StringBuilder errors = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
                            .append(':').append(d.getLineNumber()).append(": ")
                            .append(d.getMessage(Locale.ROOT)).append('\n');
                }
            }
            assertThat(ok).as("README snippets compile:\n%s", errors).isTrue();
        }
    }
}
