package org.refuge.reporting.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Messages;
import org.refuge.registration.application.ReferenceDataService;

/**
 * The reader's words for what reporting's tables hold: a dimension's name, a value of a dimension (a stage, a sex, a
 * specific-need category, a citizenship's country name, an accommodation type), and a ready table's column
 * ({@code F/0-4} is "Female 0-4", {@code F/TOTAL} "Female, total", {@code X/TOTAL} "Other sex"). Codes the bundles do
 * not know (site codes, age groups, days) stand for themselves.
 */
@Named
@RequestScoped
public class ReportLabels {

    @Inject
    Messages messages;

    @Inject
    ReferenceDataService referenceData;

    private Map<String, ReferenceDataService.Country> countries;

    /** The name of a dimension ({@code ageGroup}, {@code location}, {@code citizenship}…). */
    public String dimension(String dimension) {
        return messages.text("statistics.dimension." + dimension);
    }

    /** A value of a dimension in the reader's words. */
    public String value(String dimension, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (dimension) {
            case "sex" -> messages.text("sex." + value);
            case "stage" -> messages.text("stage." + value);
            case "need" -> "NONE".equals(value) ? messages.text("statistics.need.none") : messages.text("need." + value);
            case "accommodation" -> messages.text("statistics.accommodation." + value);
            case "citizenship" -> citizenship(value);
            default -> value;
        };
    }

    /** A ready table's column: a sex and an age group, a sex's total, another sex, or a reason of an end. */
    public String column(String column) {
        int slash = column.indexOf('/');
        if (slash < 0) {
            return messages.text("statistics.reason." + column);
        }
        String sex = column.substring(0, slash);
        String group = column.substring(slash + 1);
        if ("X".equals(sex)) {
            return messages.text("statistics.column.otherSex");
        }
        return "TOTAL".equals(group) ? messages.text("statistics.column.sexTotal", messages.text("sex." + sex))
                : messages.text("statistics.column.sexAge", messages.text("sex." + sex), group);
    }

    private String citizenship(String code) {
        if ("STATELESS".equals(code) || "UNKNOWN".equals(code)) {
            return messages.text("statistics.citizenship." + code);
        }
        if (countries == null) {
            countries = referenceData.countries().stream().collect(Collectors.toMap(ReferenceDataService.Country::code, Function.identity()));
        }
        ReferenceDataService.Country country = countries.get(code);
        return country == null ? code : country.name(locale());
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
