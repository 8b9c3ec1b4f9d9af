package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The identifiers every context speaks of are the shared kernel's types ({@code org.refuge.shared}): a method of
 * main code never takes a registry number, a site or camp code, a person's id or a document number as a bare
 * {@code String} (or {@code UUID}), and a REST path or query parameter that names one is declared as its type, parsed
 * once by {@code IdParameters}. Read models (records) may carry them as text for JSON, and a form's setter receives what
 * was typed; a method's parameters may not.
 */
class TypedIdsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<Path> MAIN = List.of(
            Path.of("ejb", "src", "main", "java"), Path.of("web", "src", "main", "java"), Path.of("bpmn", "src", "main", "java"));

    /** A parameter that names one of the kernel's ids, declared as text or a bare UUID. */
    static final Pattern BARE_ID = Pattern.compile(
            "\\b(?:String|UUID)\\s+(registryNumber|siteCode|campCode|personId|memberId|documentNumber)\\b");

    /** A REST parameter that names one of the kernel's ids, declared as text. */
    static final Pattern BARE_REST_ID = Pattern.compile(
            "@(?:PathParam|QueryParam)\\(\"(registryNumber|number|household|site|siteCode|camp|campCode|personId|member"
                    + "|documentNumber)\"\\)\\s+(?:final\\s+)?String\\b");

    /** A method's or constructor's parameter list; a record's components are preceded by its name after "record". */
    private static final Pattern SIGNATURE = Pattern.compile("(?<!record\\s)\\b(\\w+)\\s*\\(([^()]*)\\)\\s*(?:throws[\\w.,\\s]+)?\\{");

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void methodsTakeTheKernelsIds_notText() {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String code = code(file);
            Matcher signature = SIGNATURE.matcher(code);
            while (signature.find()) {
                if (isSetter(signature.group(1))) {
                    continue;
                }
                Matcher id = BARE_ID.matcher(signature.group(2));
                while (id.find()) {
                    found.add(ROOT.relativize(file) + ": " + signature.group(1) + "(" + id.group() + ")");
                }
            }
            Matcher rest = BARE_REST_ID.matcher(code);
            while (rest.find()) {
                found.add(ROOT.relativize(file) + ": " + rest.group());
            }
        }
        assertThat(found).as("ids taken as bare text (%d)", found.size()).isEmpty();
    }

    @Test
    void theRules_findWhatTheyLookFor() {
        assertThat(bare("public Page<Stay> stays(String campCode, PageRequest request) {")).containsExactly("campCode");
        assertThat(bare("void move(UUID personId, int x) throws IOException {")).containsExactly("personId");
        assertThat(bare("public Page<Stay> stays(CampCode camp, PageRequest request) {")).isEmpty();
        assertThat(bare("public record Stay(String registryNumber, String campCode) {")).isEmpty();
        assertThat(bare("public void setSiteCode(String siteCode) {")).isEmpty();
        assertThat(BARE_REST_ID.matcher("file(@PathParam(\"registryNumber\") String registryNumber)").find()).isTrue();
        assertThat(BARE_REST_ID.matcher("file(@PathParam(\"registryNumber\") RegistryNumber number)").find()).isFalse();
        assertThat(BARE_REST_ID.matcher("list(@PathParam(\"list\") String list)").find()).isFalse();
    }

    private static List<String> bare(String code) {
        List<String> found = new ArrayList<>();
        Matcher signature = SIGNATURE.matcher(code);
        while (signature.find()) {
            if (isSetter(signature.group(1))) {
                continue;
            }
            Matcher id = BARE_ID.matcher(signature.group(2));
            while (id.find()) {
                found.add(id.group(1));
            }
        }
        return found;
    }

    /** A form's setter receives what was typed or sent; the service that takes the form parses it once. */
    private static boolean isSetter(String method) {
        return method.length() > 3 && method.startsWith("set") && Character.isUpperCase(method.charAt(3));
    }

    private static String code(Path file) {
        try {
            return COMMENT.matcher(Files.readString(file)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        List<Path> all = new ArrayList<>();
        for (Path main : MAIN) {
            Path root = ROOT.resolve(main);
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
