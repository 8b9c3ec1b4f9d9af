package org.refuge.assistance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How often an entitlement is due: once, every day, every week, or every month for a number of months. Periods are
 * counted from an anchor day (the day the household became entitled, or the rule's first day), so that "the same
 * entitlement cannot be collected twice in its period" has one answer: the {@link Window} the day of a collection falls
 * in. A monthly period runs from the anchor's day of the month to the same day of the next month (the 31st of January
 * to the 28th or 29th of February, then to the 31st of March), and ends after its number of months.
 */
public enum Period {
    ONCE, DAILY, WEEKLY, MONTHLY;

    /** The longest a monthly entitlement may run. */
    public static final int MAX_MONTHS = 60;

    /** Days {@code from} (inclusive) to {@code until} (exclusive); {@code until} null for a window without end (ONCE). */
    public record Window(LocalDate from, LocalDate until) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Whether this period needs its number of months (monthly only). */
    public boolean counted() {
        return this == MONTHLY;
    }

    /**
     * The period of an entitlement anchored on {@code anchor} that holds {@code day}: empty before the anchor, and for a
     * monthly entitlement after its last month. {@code months} is read for MONTHLY only.
     */
    public Optional<Window> window(LocalDate anchor, Integer months, LocalDate day) {
        if (day.isBefore(anchor)) {
            return Optional.empty();
        }
        return switch (this) {
            case ONCE -> Optional.of(new Window(anchor, null));
            case DAILY -> Optional.of(new Window(day, day.plusDays(1)));
            case WEEKLY -> {
                LocalDate from = anchor.plusWeeks(ChronoUnit.WEEKS.between(anchor, day));
                yield Optional.of(new Window(from, from.plusWeeks(1)));
            }
            case MONTHLY -> monthly(anchor, requireMonths(months), day);
        };
    }

    /** How many times the entitlement is due in all (null: without end, every day or week while eligible). */
    public Integer occurrences(Integer months) {
        return switch (this) {
            case ONCE -> 1;
            case DAILY, WEEKLY -> null;
            case MONTHLY -> requireMonths(months);
        };
    }

    private static Optional<Window> monthly(LocalDate anchor, int months, LocalDate day) {
        // months from the anchor, each measured from the anchor itself so that the 31st stays the 31st where it exists
        long k = ChronoUnit.MONTHS.between(anchor, day);
        LocalDate from = anchor.plusMonths(k);
        if (from.isAfter(day)) {
            k--;
            from = anchor.plusMonths(k);
        }
        LocalDate until = anchor.plusMonths(k + 1);
        if (!until.isAfter(day)) {
            k++;
            from = until;
            until = anchor.plusMonths(k + 1);
        }
        return k < months ? Optional.of(new Window(from, until)) : Optional.empty();
    }

    private static int requireMonths(Integer months) {
        if (months == null || months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("A monthly period runs for 1 to " + MAX_MONTHS + " months");
        }
        return months;
    }
}
