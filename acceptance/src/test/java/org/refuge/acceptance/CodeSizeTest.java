package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Main code stays readable (issue 11): no class file over {@value #MAX_CLASS_LINES} lines, no method over
 * {@value #MAX_METHOD_LINES} lines. A class that grows past it is split by use case, as the services were.
 */
class CodeSizeTest {

    static final int MAX_CLASS_LINES = 400;
    static final int MAX_METHOD_LINES = 60;

    private static final List<Path> MAIN = List.of(Path.of("..", "ejb", "src", "main", "java"), Path.of("..", "web", "src", "main", "java"),
            Path.of("..", "bpmn", "src", "main", "java"));

    /** A method or constructor declared at member level (four spaces in), whose body opens on its line. */
    private static final Pattern METHOD = Pattern.compile("^    (?=\\S)(?!.*\\b(class|record|interface|enum)\\b)[^=;]*\\)\\s*(throws [^{]+)?\\{\\s*$");

    @Test
    void noClassOverFourHundredLines() {
        List<String> big = new ArrayList<>();
        for (Path file : mainFiles()) {
            int lines = lines(file).size();
            if (lines > MAX_CLASS_LINES) {
                big.add(file.getFileName() + " " + lines);
            }
        }
        assertThat(big).as("classes over " + MAX_CLASS_LINES + " lines").isEmpty();
    }

    @Test
    void noMethodOverSixtyLines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainFiles()) {
            methodLengths(lines(file)).forEach(m -> tooLong.add(file.getFileName() + ":" + m));
        }
        assertThat(tooLong).as("methods over " + MAX_METHOD_LINES + " lines (file:line length)").isEmpty();
    }

    @Test
    void theMethodCount_findsALongMethod_andSkipsRecordHeaders() {
        List<String> code = new ArrayList<>(List.of("class A {", "    public void a() {"));
        for (int i = 0; i < 70; i++) {
            code.add("        x();");
        }
        code.addAll(List.of("    }", "    public record R(int a,", "            int b) {", "    }", "}"));
        assertThat(methodLengths(code)).containsExactly("2 72");
    }

    /** "line length" of each method longer than the limit, its length counted from its signature to its closing brace. */
    static List<String> methodLengths(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!METHOD.matcher(lines.get(i)).find()) {
                continue;
            }
            int depth = 0;
            int j = i;
            do {
                for (char c : lines.get(j).toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
                j++;
            } while (depth > 0 && j < lines.size());
            if (j - i > MAX_METHOD_LINES) {
                found.add((i + 1) + " " + (j - i));
            }
        }
        return found;
    }

    private static List<Path> mainFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : MAIN) {
            assertThat(root).isDirectory();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
