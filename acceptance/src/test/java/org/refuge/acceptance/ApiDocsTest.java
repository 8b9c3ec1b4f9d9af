package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/api.md names every REST endpoint: the role matrix holds one row per resource method (RoleMatrixTest keeps it
 * equal to the resources), and each row's path must stand in the API page, so the page cannot fall behind the code.
 */
class ApiDocsTest {

    private static final Path PAGE = Path.of("..", "docs", "api.md");

    @Test
    void everyEndpoint_isInTheApiPage() throws IOException {
        String page = templates(Files.readString(PAGE));
        List<String> missing = RoleMatrix.read().stream()
                .filter(row -> !Pattern.compile(Pattern.quote(templates(row.path())) + "(?=[`\\s\\[?,])").matcher(page).find())
                .map(row -> row.method() + " " + row.path()).toList();
        assertThat(missing).as("endpoints docs/api.md does not name").isEmpty();
    }

    @Test
    void aPathIsFoundWhateverItsParametersAreCalled_butNotInsideALongerPath() {
        String page = templates("| `POST /api/v1/camps/{code}/tents`, `GET /api/v1/stays?household=` |");
        assertThat(page).contains(templates("/api/v1/camps/{campCode}/tents"));
        assertThat(Pattern.compile(Pattern.quote(templates("/api/v1/camps/{code}")) + "(?=[`\\s\\[?,])").matcher(page).find()).isFalse();
        assertThat(Pattern.compile(Pattern.quote("/api/v1/stays") + "(?=[`\\s\\[?,])").matcher(page).find()).isTrue();
    }

    /** Path parameters under any name read the same: {@code {id}}, {@code {number}}. */
    private static String templates(String text) {
        return text.replaceAll("\\{[^}/]*\\}", "{}");
    }
}
