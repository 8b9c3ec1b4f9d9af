package org.refuge.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.refuge.platform.refusal.Refusal;
import org.refuge.reporting.application.WorklistFilter;
import org.refuge.shared.SiteCode;

/**
 * The filters of every worklist of households ({@code @BeanParam WorklistParams filter}):
 * {@code ?bcp=&arrivedFrom=&arrivedTo=&citizenship=&personsFrom=&personsTo=&need=}, each optional; days as
 * {@code 2026-12-06}, sizes as whole numbers. What cannot be read is a 400 in the caller's language, naming the field.
 */
public class WorklistParams {

    @QueryParam("bcp")
    SiteCode bcp;

    @QueryParam("arrivedFrom")
    String arrivedFrom;

    @QueryParam("arrivedTo")
    String arrivedTo;

    @QueryParam("citizenship")
    String citizenship;

    @QueryParam("personsFrom")
    String personsFrom;

    @QueryParam("personsTo")
    String personsTo;

    @QueryParam("need")
    String need;

    public WorklistFilter filter() {
        return new WorklistFilter(bcp, day("arrivedFrom", arrivedFrom), day("arrivedTo", arrivedTo), blankToNull(citizenship),
                persons("personsFrom", personsFrom), persons("personsTo", personsTo), blankToNull(need));
    }

    /** A day typed as {@code 2026-12-06}; null when not given. */
    public static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            throw Refusal.invalid(field, "refuge.report.day");
        }
    }

    /** A decree's id as typed ({@code ?decree=}); null when not given. */
    public static UUID decree(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            throw Refusal.invalid("decree", "refuge.worklist.decree");
        }
    }

    private static Integer persons(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw Refusal.invalid(field, "refuge.worklist.persons", WorklistFilter.MAX_PERSONS);
        }
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
