package org.refuge.camps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Camps (and emergency's arrivals count) read registration and screening through their published read APIs and views
 * (V31, V32), never their tables; and no BPMN process or task id of the arrival process appears outside {@code bpmn}.
 */
class CampsBoundaryTest {

    /** Registration's and screening's tables as SQL or JPQL would name them after FROM, JOIN, UPDATE or INTO. */
    static final Pattern OTHERS_TABLE = Pattern.compile("(?i)\\b(from|join|update|into)\\s+(household|household_visible_need|person"
            + "|person_[a-z]+|photo|duplicate_match|registry_counter|specific_need|medical_screening|security_check)\\b");

    /** The arrival process's ids as string literals. */
    static final Pattern PROCESS_ID = Pattern.compile("\"(arrival|allocation|transfer|checkIn)\"");

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/refuge/camps"),
            Path.of("src/main/java/org/refuge/emergency"), Path.of("../web/src/main/java/org/refuge/camps"));

    @Test
    void campsSql_namesNoTableOfRegistrationOrScreening() throws IOException {
        assertThat(occurrences(OTHERS_TABLE)).isEmpty();
    }

    @Test
    void noArrivalProcessOrTaskId_leavesTheWorkflowModule() throws IOException {
        assertThat(occurrences(PROCESS_ID)).isEmpty();
    }

    @Test
    void thePatterns_findWhatTheyLookFor() {
        assertThat(OTHERS_TABLE.matcher("SELECT 1 FROM camp_stay s JOIN household h ON").find()).isTrue();
        assertThat(OTHERS_TABLE.matcher("select h.id from Household h").find()).isTrue();
        assertThat(OTHERS_TABLE.matcher("JOIN registration_accommodation_household h").find()).isFalse();
        assertThat(PROCESS_ID.matcher("openTasksOf(\"arrival\", \"checkIn\")").find()).isTrue();
    }

    private static List<String> occurrences(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = pattern.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found.add(file.getFileName() + ": " + matcher.group());
                    }
                }
            }
        }
        return found;
    }
}
