package org.refuge.protection.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The dates the identity-document process waits for. The three-day clock runs from a household's registration:
 * supervisors are called at 48 hours and the breach is recorded at 72. Renewal is decided a notice period before the
 * protection expires. The end-of-day photo print runs at a time of day in the service's time zone, computed with
 * the zone's rules so that a daylight-saving change never moves it.
 */
public final class DocumentDeadlines {

    public static final Duration ESCALATION = Duration.ofHours(48);
    public static final Duration DEADLINE = Duration.ofHours(72);

    private DocumentDeadlines() {
    }

    public static Instant escalateAt(Instant registeredAt) {
        return registeredAt.plus(ESCALATION);
    }

    public static Instant breachAt(Instant registeredAt) {
        return registeredAt.plus(DEADLINE);
    }

    /** The morning of the day the notice period before {@code validUntil} starts, in the zone. */
    public static Instant renewalAt(LocalDate validUntil, Period notice, ZoneId zone) {
        return validUntil.minus(notice).atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
    }

    /** The first print time strictly after {@code after}. */
    public static Instant nextPrint(Instant after, LocalTime printTime, ZoneId zone) {
        ZonedDateTime local = after.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(printTime).atZone(zone);
        return (today.toInstant().isAfter(after) ? today : local.toLocalDate().plusDays(1).atTime(printTime).atZone(zone)).toInstant();
    }

    /**
     * The day whose photos a print at {@code firedAt} lays out: the day of the print in the zone, or the day before
     * when the print time is so late (or the timer so delayed) that it fires after midnight, before the print time.
     */
    public static LocalDate printDay(Instant firedAt, LocalTime printTime, ZoneId zone) {
        ZonedDateTime local = firedAt.atZone(zone);
        return local.toLocalTime().isBefore(printTime) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    }
}
