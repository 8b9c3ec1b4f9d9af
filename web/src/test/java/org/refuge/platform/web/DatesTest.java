package org.refuge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.refuge.platform.config.RefugeSettings;

/** Dates in the reader's habit and on the clock of the BCPs and camps; typed dates read in either form. */
class DatesTest {

    private final Dates dates = new Dates();

    DatesTest() {
        dates.settings = new RefugeSettings();
    }

    @BeforeAll
    static void yerevan() {
        System.setProperty("refuge.time.zone", "Asia/Yerevan");   // UTC+4, whatever REFUGE_TIME_ZONE the build has
    }

    @AfterAll
    static void asConfigured() {
        System.clearProperty("refuge.time.zone");
    }

    @Test
    void armenianAndRussianReadDayMonthYear_englishReadsIso() {
        LocalDate day = LocalDate.of(1985, 3, 14);
        assertThat(dates.date(day, Locale.forLanguageTag("hy"))).isEqualTo("14.03.1985");
        assertThat(dates.date(day, Locale.forLanguageTag("ru"))).isEqualTo("14.03.1985");
        assertThat(dates.date(day, Locale.ENGLISH)).isEqualTo("1985-03-14");
        assertThat(dates.date(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void momentsAreShownOnTheClockOfTheBcps_notInUtc() {
        Instant lateEvening = Instant.parse("2026-12-05T21:30:00Z");
        assertThat(dates.time(lateEvening, Locale.forLanguageTag("ru"))).isEqualTo("06.12.2026 01:30");
        assertThat(dates.time(lateEvening, Locale.ENGLISH)).isEqualTo("2026-12-06 01:30");
        assertThat(dates.date(lateEvening, Locale.forLanguageTag("hy"))).as("the local day").isEqualTo("06.12.2026");
    }

    @Test
    void aTypedDate_isReadInEitherForm_whateverThePageLanguage() {
        assertThat(Dates.parseDate("14.03.1985")).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(Dates.parseDate("4.3.1985")).isEqualTo(LocalDate.of(1985, 3, 4));
        assertThat(Dates.parseDate(" 1985-03-14 ")).isEqualTo(LocalDate.of(1985, 3, 14));
        assertThat(Dates.parseDate("  ")).isNull();
        assertThat(Dates.parseTime("14.03.2025 09:30")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
        assertThat(Dates.parseTime("2025-03-14 9:30")).isEqualTo(LocalDateTime.of(2025, 3, 14, 9, 30));
    }

    @Test
    void aTextThatIsNoDate_isRefused() {
        assertThatThrownBy(() -> Dates.parseDate("31.02.2025")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Dates.parseDate("14/03/1985")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Dates.parseDate("1985-3-14x")).isInstanceOf(DateTimeException.class);
    }
}
