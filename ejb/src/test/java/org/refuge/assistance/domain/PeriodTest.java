package org.refuge.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 31);

    private static Period.Window window(LocalDate from, LocalDate until) {
        return new Period.Window(from, until);
    }

    @Test
    void once_isOneWindowFromTheAnchor_withoutEnd() {
        assertThat(Period.ONCE.window(ANCHOR, null, LocalDate.of(2030, 5, 5))).contains(window(ANCHOR, null));
        assertThat(Period.ONCE.occurrences(null)).isEqualTo(1);
    }

    @Test
    void nothingIsDue_beforeTheAnchor() {
        for (Period period : Period.values()) {
            assertThat(period.window(ANCHOR, 6, ANCHOR.minusDays(1))).as(period.name()).isEmpty();
        }
    }

    @Test
    void daily_isTheDayItself() {
        LocalDate day = LocalDate.of(2026, 2, 10);
        assertThat(Period.DAILY.window(ANCHOR, null, day)).contains(window(day, day.plusDays(1)));
    }

    @Test
    void weekly_countsSevenDaysFromTheAnchor_notCalendarWeeks() {
        // 31 January 2026 is a Saturday: the weeks run Saturday to Friday
        assertThat(Period.WEEKLY.window(ANCHOR, null, ANCHOR)).contains(window(ANCHOR, LocalDate.of(2026, 2, 7)));
        assertThat(Period.WEEKLY.window(ANCHOR, null, LocalDate.of(2026, 2, 6))).contains(window(ANCHOR, LocalDate.of(2026, 2, 7)));
        assertThat(Period.WEEKLY.window(ANCHOR, null, LocalDate.of(2026, 2, 7)))
                .contains(window(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 2, 14)));
    }

    @Test
    void monthly_fromThe31st_endsOnTheLastDayOfShortMonths_andComesBackToThe31st() {
        assertThat(Period.MONTHLY.window(ANCHOR, 6, LocalDate.of(2026, 2, 27))).contains(window(ANCHOR, LocalDate.of(2026, 2, 28)));
        assertThat(Period.MONTHLY.window(ANCHOR, 6, LocalDate.of(2026, 2, 28)))
                .contains(window(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31)));
        assertThat(Period.MONTHLY.window(ANCHOR, 6, LocalDate.of(2026, 3, 31)))
                .contains(window(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)));
    }

    @Test
    void monthlyForSixMonths_endsAfterTheSixthMonth() {
        LocalDate anchor = LocalDate.of(2026, 3, 15);
        assertThat(Period.MONTHLY.window(anchor, 6, LocalDate.of(2026, 9, 14)))
                .contains(window(LocalDate.of(2026, 8, 15), LocalDate.of(2026, 9, 15)));
        assertThat(Period.MONTHLY.window(anchor, 6, LocalDate.of(2026, 9, 15))).isEmpty();
        assertThat(Period.MONTHLY.occurrences(6)).isEqualTo(6);
    }

    @Test
    void aLeapDayAnchor_keepsItsMonthsApart() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        assertThat(Period.MONTHLY.window(leap, 24, LocalDate.of(2029, 2, 28)))
                .contains(window(LocalDate.of(2029, 2, 28), LocalDate.of(2029, 3, 29)));
        assertThat(Period.MONTHLY.window(leap, 24, LocalDate.of(2029, 2, 27)))
                .contains(window(LocalDate.of(2029, 1, 29), LocalDate.of(2029, 2, 28)));
    }

    @Test
    void everyDayOfTwoYears_fallsInExactlyTheWindowThatHoldsIt() {
        for (LocalDate day = ANCHOR; day.isBefore(ANCHOR.plusYears(2)); day = day.plusDays(1)) {
            for (Period period : Period.values()) {
                Period.Window w = period.window(ANCHOR, 60, day).orElseThrow();
                assertThat(w.contains(day)).as(period + " on " + day).isTrue();
                if (w.until() != null) {
                    assertThat(period.window(ANCHOR, 60, w.until()).orElseThrow().from()).as(period + " next after " + day).isEqualTo(w.until());
                }
            }
        }
    }

    @Test
    void aMonthlyPeriod_needsItsNumberOfMonths() {
        assertThatThrownBy(() -> Period.MONTHLY.window(ANCHOR, null, ANCHOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.MONTHLY.window(ANCHOR, 61, ANCHOR)).isInstanceOf(IllegalArgumentException.class);
    }
}
