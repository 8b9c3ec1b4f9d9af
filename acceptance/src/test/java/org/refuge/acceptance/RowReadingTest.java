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
 * Rows of a query are read by their column's name ({@code Tuple} with aliases), never by position: a column added to a
 * SELECT cannot shift what {@code r[13]} means. The services, repositories and read APIs of ejb and the start-up steps
 * of bpmn hold no {@code Object[]} row.
 */
class RowReadingTest {

    static final Pattern ROW_BY_POSITION = Pattern.compile("List<Object\\[\\]>|for \\(Object\\[\\] \\w+ :|Object\\[\\]\\.class");

    @Test
    void queryRows_areReadByName_notByPosition() {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("..", "ejb", "src", "main", "java"), Path.of("..", "bpmn", "src", "main", "java"))) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher row = ROW_BY_POSITION.matcher(Files.readString(file));
                    while (row.find()) {
                        found.add(root.relativize(file) + ": " + row.group());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(found).as("rows read by position").isEmpty();
    }

    @Test
    void theRule_findsWhatItLooksFor() {
        assertThat(ROW_BY_POSITION.matcher("List<Object[]> rows = em.createNativeQuery(sql).getResultList();").find()).isTrue();
        assertThat(ROW_BY_POSITION.matcher("for (Object[] r : rows) {").find()).isTrue();
        assertThat(ROW_BY_POSITION.matcher("em.createQuery(\"select a, b from X\", Object[].class)").find()).isTrue();
        assertThat(ROW_BY_POSITION.matcher("List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).getResultList();").find()).isFalse();
    }
}
