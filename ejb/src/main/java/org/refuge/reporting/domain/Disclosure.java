package org.refuge.reporting.domain;

import org.refuge.platform.refusal.Refusal;

/**
 * Statistical disclosure control of a table meant for publication (issue 13): each count rounded to the nearest
 * multiple of {@code roundTo}, and a count above zero but under {@code suppressUnder} suppressed, so that a small cell
 * (three Yazidi girls at one camp) cannot point at the people behind it. Totals are rounded from the exact sums and
 * suppressed like any cell, so a suppressed cell cannot be recovered by subtracting from an exact total. A table says
 * which control it carries; {@link #NONE} is exact.
 */
public record Disclosure(int roundTo, int suppressUnder) {

    /** The largest rounding base and threshold a table takes: beyond them a table says nothing. */
    public static final int MOST = 100;

    /** Exact counts: no rounding, nothing suppressed. */
    public static final Disclosure NONE = new Disclosure(1, 0);

    public Disclosure {
        if (roundTo < 1 || roundTo > MOST) {
            throw Refusal.invalid("roundTo", "refuge.report.rounding", MOST);
        }
        if (suppressUnder < 0 || suppressUnder > MOST) {
            throw Refusal.invalid("suppressUnder", "refuge.report.suppression", MOST);
        }
    }

    /** The control a query asks for ({@code null} for either part means none of it). */
    public static Disclosure of(Integer roundTo, Integer suppressUnder) {
        return new Disclosure(roundTo == null ? 1 : roundTo, suppressUnder == null ? 0 : suppressUnder);
    }

    /** The count as published: rounded, or {@code null} where it is suppressed. */
    public Long publish(long count) {
        if (count > 0 && count < suppressUnder) {
            return null;
        }
        return roundTo == 1 ? count : Math.round((double) count / roundTo) * roundTo;
    }

    /** Whether counts are changed at all (a table states it when they are). */
    public boolean controls() {
        return roundTo > 1 || suppressUnder > 0;
    }
}
