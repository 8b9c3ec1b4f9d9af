package org.refuge.camps.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The allocation queue's first rank is read from V73's partial indexes only while the query says what their predicate
 * says: a category added to the priority needs without a migration that rebuilds them would leave every page reading
 * the whole queue.
 */
class AllocationQueueRankTest {

    private static final Path V73 = Path.of("../db-migrations/src/main/resources/db/migration/V73__worklist_allocation_rank.sql");

    @Test
    void theRankSaysWhatTheIndexesPredicateSays() throws IOException {
        String migration = Files.readString(V73);
        Matcher predicates = Pattern.compile("WHERE stage = 'WAITING_FOR_BED' AND (?:NOT )?(\\(isolated OR needs && CAST\\('\\{[A-Z,]+\\}' AS varchar\\(10\\)\\[\\]\\)\\));")
                .matcher(migration);
        int indexes = 0;
        while (predicates.find()) {
            assertThat("(r." + predicates.group(1).substring(1).replace("OR needs", "OR r.needs")).isEqualTo(AllocationQueue.PRIORITY);
            indexes++;
        }
        assertThat(indexes).as("the partial indexes of the two ranks").isEqualTo(4);
    }
}
