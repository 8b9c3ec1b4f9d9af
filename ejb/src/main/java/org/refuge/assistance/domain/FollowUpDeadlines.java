package org.refuge.assistance.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When an open follow-up case is overdue and its supervisor is called: at the first of its pending deadlines, the first
 * contact (until the family was contacted) and the end of the due day of each open action in the application's zone;
 * with nothing pending, when the case has been left without activity for the review period, so that no open case is
 * forgotten.
 */
public final class FollowUpDeadlines {

    private FollowUpDeadlines() {
    }

    /** The end of a due day: the start of the next day in the zone. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first pending deadline of the case, if any. */
    public static Optional<Instant> firstPending(Instant firstContactDueAt, Instant firstContactAt, Collection<LocalDate> openActionsDue,
                                                 ZoneId zone) {
        Stream<Instant> contact = firstContactAt == null ? Stream.of(firstContactDueAt) : Stream.empty();
        return Stream.concat(contact, openActionsDue.stream().map(day -> endOf(day, zone))).min(Comparator.naturalOrder());
    }

    /** When the case escalates: its first pending deadline, else {@code lastActivity} plus the review period. */
    public static Instant escalateAt(Instant firstContactDueAt, Instant firstContactAt, Collection<LocalDate> openActionsDue,
                                     Instant lastActivity, Duration review, ZoneId zone) {
        return firstPending(firstContactDueAt, firstContactAt, openActionsDue, zone).orElse(lastActivity.plus(review));
    }

    /** Whether a pending deadline has passed at {@code now}. */
    public static boolean overdue(Instant firstContactDueAt, Instant firstContactAt, Collection<LocalDate> openActionsDue, ZoneId zone,
                                  Instant now) {
        return firstPending(firstContactDueAt, firstContactAt, openActionsDue, zone).map(now::isAfter).orElse(false);
    }
}
