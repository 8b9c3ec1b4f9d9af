package org.refuge.protection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The dates the identity-document processes wait for: deadlines from registration, renewal notice, daily print. */
class DocumentDeadlinesTest {

    private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

    @Test
    void escalationAt48Hours_breachAt72_fromRegistration() {
        Instant registered = Instant.parse("2026-11-20T23:30:00Z");
        assertThat(DocumentDeadlines.escalateAt(registered)).isEqualTo(Instant.parse("2026-11-22T23:30:00Z"));
        assertThat(DocumentDeadlines.breachAt(registered)).isEqualTo(Instant.parse("2026-11-23T23:30:00Z"));
    }

    @Test
    void renewalIsDue_theNoticePeriodBeforeExpiry_inTheMorning() {
        assertThat(DocumentDeadlines.renewalAt(LocalDate.of(2027, 11, 26), Period.ofDays(30), YEREVAN))
                .isEqualTo(Instant.parse("2027-10-27T04:00:00Z"));
    }

    @Test
    void thePrintIsAtEightPmLocalTime_todayOrTomorrow() {
        // 19:59 in Yerevan (UTC+4) is 15:59 UTC: today at 20:00
        assertThat(DocumentDeadlines.nextPrint(Instant.parse("2026-11-26T15:59:00Z"), EIGHT_PM, YEREVAN))
                .isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
        // exactly at 20:00 it has just fired: the next is tomorrow
        assertThat(DocumentDeadlines.nextPrint(Instant.parse("2026-11-26T16:00:00Z"), EIGHT_PM, YEREVAN))
                .isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
    }

    @Test
    void aDaylightSavingChange_neverMovesTheLocalHour() {
        // Berlin leaves summer time in the night of 25 October 2026: 20:00 is 18:00 UTC before and 19:00 UTC after
        assertThat(DocumentDeadlines.nextPrint(Instant.parse("2026-10-24T18:00:00Z"), EIGHT_PM, BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T19:00:00Z"));
    }

    @Test
    void thePrintDay_isTheDayOfThePrint_orTheDayBeforeWhenTheTimerFiresAfterMidnight() {
        assertThat(DocumentDeadlines.printDay(Instant.parse("2026-11-26T16:00:30Z"), EIGHT_PM, YEREVAN)).isEqualTo(LocalDate.of(2026, 11, 26));
        // a server down over night fires the 20:00 timer at 01:00: those are still the 26th's photos
        assertThat(DocumentDeadlines.printDay(Instant.parse("2026-11-26T21:00:00Z"), EIGHT_PM, YEREVAN)).isEqualTo(LocalDate.of(2026, 11, 26));
    }
}
