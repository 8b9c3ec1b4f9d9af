package org.refuge.registration.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.DuplicateMatch.Reason;
import org.refuge.registration.domain.matching.Band;
import org.refuge.registration.domain.matching.MatchModel;
import org.refuge.registration.domain.matching.MatchRecord;
import org.refuge.registration.domain.matching.MatchScorer;
import org.refuge.registration.domain.matching.Score;

/** The model in use comes from configuration, and a candidate says in short why it matched. */
class DuplicateModelTest {

    private static final LocalDate BORN = LocalDate.of(1990, 4, 2);

    @TempDir
    Path dir;

    private Path modelFile(String askBits, String reviewBits) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MatchModel.class.getResourceAsStream("default-model.properties")) {
            properties.load(in);
        }
        properties.setProperty("ask.bits", askBits);
        properties.setProperty("review.bits", reviewBits);
        Path file = dir.resolve("model.properties");
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "test");
        }
        return file;
    }

    @Test
    void withoutConfiguration_theShippedModelIsUsed_andAFileNamedByTheSettingReplacesIt() throws IOException {
        assertThat(DuplicateModel.read(null).askBits()).isEqualTo(MatchModel.defaults().askBits());

        MatchModel strict = DuplicateModel.read(modelFile("40", "35").toString());
        assertThat(strict.askBits()).isEqualTo(40);
        MatchRecord typed = MatchRecord.of("Anahit", "Sargsyan", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), null, List.of(), List.of());
        MatchRecord earlier = MatchRecord.of("Anahit", "Sargsian", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), null, List.of(), List.of());
        assertThat(new MatchScorer(MatchModel.defaults(), MatchScorer.NameFrequencies.UNKNOWN).score(typed, earlier).band()).isEqualTo(Band.ASK);
        assertThat(new MatchScorer(strict, MatchScorer.NameFrequencies.UNKNOWN).score(typed, earlier).band()).isEqualTo(Band.NONE);
    }

    @Test
    void aModelFileThatCannotBeReadOrIsNotWhole_stopsWithTheReason() throws IOException {
        assertThatThrownBy(() -> DuplicateModel.read(dir.resolve("missing.properties").toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read");
        Path partial = dir.resolve("partial.properties");
        Files.writeString(partial, "ask.bits = 18\nreview.bits = 12\n");
        assertThatThrownBy(() -> DuplicateModel.read(partial.toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a duplicate-check model");
    }

    @Test
    void aCandidateSaysWhatAgrees_namesBirthDateDocumentRelativesAndASwap_butNotWhatCountsAgainst() {
        MatchScorer scorer = new MatchScorer(MatchModel.defaults(), MatchScorer.NameFrequencies.UNKNOWN);
        MatchRecord typed = MatchRecord.of("Karimi", "Dara", "M", BORN, BirthPrecision.EXACT, Set.of("IRN"), null,
                List.of(MatchRecord.Document.of("PASSPORT", "IRN", "K1234567")), List.of("Shirin Karimi"));
        MatchRecord earlier = MatchRecord.of("Dara", "Karimi", "M", BORN, BirthPrecision.EXACT, Set.of("IRN"), null,
                List.of(MatchRecord.Document.of("PASSPORT", "IRN", "K1234567")), List.of("Shirin Karimi"));
        Score swapped = scorer.score(typed, earlier);
        assertThat(DuplicateFinder.reasons(swapped)).isEqualTo(EnumSet.allOf(Reason.class));

        MatchRecord otherDay = MatchRecord.of("Dara", "Karimi", "M", BORN.plusYears(6), BirthPrecision.EXACT, Set.of("IRN"), null,
                List.of(), List.of());
        assertThat(DuplicateFinder.reasons(scorer.score(earlier, otherDay))).containsExactly(Reason.NAME);
    }
}
