package org.refuge.registration.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.web.Dates;
import org.refuge.platform.web.ServiceTexts;
import org.refuge.registration.application.HouseholdView;
import org.refuge.registration.application.ReferenceDataService;

/**
 * The History tab in the reader's language: a field's name ({@code history.field.givenName}) and its values, which the
 * history keeps as the records held them (codes, {@code true}, ISO dates, lists such as {@code [SYR, IRQ]}): codes
 * become their labels, countries and languages their names, dates the page's pattern. Names, numbers and reasons stay
 * as they were typed.
 */
@Named
@RequestScoped
public class HistoryLabels {

    /** The bundle prefixes that label a field's codes, tried in order. */
    private static final Map<String, List<String>> CODE_LABELS = Map.of(
            "status", List.of("household.status.", "history.status."),
            "relationship", List.of("relationship."),
            "sex", List.of("sex."),
            "birthPrecision", List.of("precision."),
            "maritalStatus", List.of("marital."),
            "needs", List.of("need."),
            "visibleNeeds", List.of("need."));

    @Inject
    ServiceTexts texts;

    @Inject
    Dates dates;

    @Inject
    ReferenceDataService referenceData;

    private Map<String, String> countries;
    private Map<String, String> documentTypes;

    /** The field's name in the page's language; the field as the history names it when the bundle has no label. */
    public String field(String field) {
        return texts.label("history.field.", field);
    }

    /**
     * A value of the field in the file of a household: a person's household, which the history keeps as its id, is
     * that household's registry number, or "another household".
     */
    public String value(String field, String value, HouseholdView shown) {
        if ("household".equals(field) && value != null && !value.isBlank() && shown != null) {
            return value.equals(String.valueOf(shown.id())) ? shown.registryNumber() : texts.label("history.", "otherHousehold");
        }
        return value(field, value);
    }

    /** A value of the field as the reader reads it; an empty value is a dash. */
    public String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return switch (field) {
            case "stateless", "headPhoto", "photo" -> texts.label("common.", "true".equals(value) ? "yes" : "no");
            case "birthDate" -> date(value);
            case "citizenships" -> items(value).stream().map(this::country).collect(Collectors.joining(", "));
            case "languages" -> items(value).stream().map(HistoryLabels::language).collect(Collectors.joining(", "));
            case "documents" -> items(value).stream().map(this::document).collect(Collectors.joining(", "));
            default -> CODE_LABELS.containsKey(field)
                    ? items(value).stream().map(code -> label(field, code)).collect(Collectors.joining(", ")) : value;
        };
    }

    private String label(String field, String code) {
        for (String prefix : CODE_LABELS.get(field)) {
            String label = texts.label(prefix, code);
            if (!label.equals(code)) {
                return field.endsWith("eeds") ? code + " " + label : label;
            }
        }
        return code;
    }

    private String date(String value) {
        try {
            return dates.date(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return value;
        }
    }

    /** The items of a list as the history writes it ("[SYR, IRQ]"), or the one value. */
    static List<String> items(String value) {
        String list = value.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1);
        }
        return Arrays.stream(list.split(",\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String country(String code) {
        if (countries == null) {
            Locale locale = locale();
            Map<String, String> names = new HashMap<>();
            referenceData.countries().forEach(c -> names.put(c.code(), c.name(locale)));
            countries = names;
        }
        String name = countries.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    private static String language(String code) {
        String name = new ReferenceDataService.Language(code, true).name(locale());
        return name == null || name.isBlank() ? code : name;
    }

    /** "PASSPORT N123" as the type's label and the number. */
    private String document(String typeAndNumber) {
        if (documentTypes == null) {
            Locale locale = locale();
            Map<String, String> labels = new HashMap<>();
            referenceData.documentTypes().forEach(t -> labels.put(t.code(), t.label(locale)));
            documentTypes = labels;
        }
        int space = typeAndNumber.indexOf(' ');
        String type = space < 0 ? typeAndNumber : typeAndNumber.substring(0, space);
        String label = documentTypes.getOrDefault(type, type);
        return space < 0 ? label : label + " " + typeAndNumber.substring(space + 1);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
