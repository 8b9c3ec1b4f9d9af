package org.refuge.protection;

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
 * Protection reads registration and screening through their published API ({@code RegistryFacts},
 * {@code ScreeningOutcomes}) or the view registration's migration publishes ({@code registry_member}): its SQL never
 * names their tables, so that a column renamed there breaks at compile time or in one view, not here at run time.
 */
class ProtectionBoundaryTest {

    private static final Pattern FOREIGN_TABLE = Pattern.compile("\\b(from|join|update|into)\\s+(household|household_visible_need|person"
            + "|person_[a-z]+|photo|duplicate_match|registry_counter|medical_screening|security_check)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void protectionSql_namesNoTableOfRegistrationOrScreening() throws IOException {
        Path sources = Path.of("src/main/java/org/refuge/protection");
        assertThat(sources).isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = FOREIGN_TABLE.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
