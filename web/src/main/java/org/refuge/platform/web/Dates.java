package org.refuge.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.config.RefugeSettings;

/**
 * Dates and times as the reader reads them: in the zone of the border crossing points and camps
 * ({@code REFUGE_TIME_ZONE}, where the work happens and the services count days), in the habit of the page's
 * language, whose patterns the bundle holds ({@code format.date}, {@code format.dateTime}: ISO for English,
 * {@code dd.MM.yyyy} for Armenian and Russian). A date is read back in either form, whatever the page's language, so
 * a date copied from a document or from another screen is taken as it is.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    /** The forms a typed date may take: ISO year-month-day, and day.month.year with one or two digits. */
    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final List<DateTimeFormatter> TIME_INPUTS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT));

    @Inject
    RefugeSettings settings;

    /** A date (a {@link LocalDate}, or the local day of an {@link Instant} or date-time) in the page's pattern; "" for none. */
    public String date(Object value) {
        return date(value, locale());
    }

    String date(Object value, Locale locale) {
        if (value instanceof LocalDate day) {
            return formatter("format.date", locale).format(day);
        }
        LocalDateTime local = local(value);
        return local != null ? formatter("format.date", locale).format(local.toLocalDate()) : value == null ? "" : value.toString();
    }

    /** A moment (an {@link Instant}, or a date-time already local) to the minute, in the page's pattern; "" for none. */
    public String time(Object value) {
        return time(value, locale());
    }

    String time(Object value, Locale locale) {
        LocalDateTime local = local(value);
        if (local == null) {
            return value instanceof LocalDate ? date(value, locale) : value == null ? "" : value.toString();
        }
        return formatter("format.dateTime", locale).format(local);
    }

    /** A moment on the clock of the BCPs and camps; null for anything else. */
    private LocalDateTime local(Object value) {
        if (value instanceof Instant at) {
            return at.atZone(settings.zone()).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(settings.zone()).toLocalDateTime();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.atZoneSameInstant(settings.zone()).toLocalDateTime();
        }
        return value instanceof LocalDateTime t ? t : null;
    }

    /** The page's date pattern in Java's letters, for the calendars ({@code p:datePicker pattern}). */
    public String getDatePattern() {
        return Messages.format(locale(), "format.date");
    }

    /** What a date field shows while empty, in the page's language ("dd.mm.yyyy" in its letters). */
    public String getPlaceholder() {
        return Messages.format(locale(), "format.date.placeholder");
    }

    /** What a date-and-time field shows while empty. */
    public String getTimePlaceholder() {
        return Messages.format(locale(), "format.dateTime.placeholder");
    }

    /** A typed date in any of the accepted forms; null for a blank text. */
    public static LocalDate parseDate(String text) {
        return parse(text, DATE_INPUTS, LocalDate::from);
    }

    /** A typed date and time (to the minute) in any of the accepted forms; null for a blank text. */
    public static LocalDateTime parseTime(String text) {
        return parse(text, TIME_INPUTS, LocalDateTime::from);
    }

    private static <T> T parse(String text, List<DateTimeFormatter> forms, java.time.temporal.TemporalQuery<T> query) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        DateTimeParseException first = null;
        for (DateTimeFormatter form : forms) {
            try {
                return form.parse(typed, query);
            } catch (DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static DateTimeFormatter formatter(String key, Locale locale) {
        return DateTimeFormatter.ofPattern(Messages.format(locale, key), locale);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
