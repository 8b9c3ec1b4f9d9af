package org.refuge.reporting.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.refuge.platform.web.Messages;
import org.refuge.registration.application.ReferenceDataService;

/**
 * The words of a report in one reader's language (en, hy, ru): texts of the web bundle, the labels the dashboard
 * gives codes ({@code stage.*}, {@code sex.*}, {@code need.*}), and country names from the reference data (ICU's
 * names in that language). A code the bundle has no label for is shown as it is.
 */
public final class ReportLabels {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, String> countries = new HashMap<>();

    public ReportLabels(Locale locale, List<ReferenceDataService.Country> countries) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        countries.forEach(c -> this.countries.put(c.code(), c.name(locale)));
    }

    public Locale locale() {
        return locale;
    }

    /** A bundle text, its {@code {0}}… filled with {@code args}. */
    public String text(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The label of {@code code} under {@code prefix} ({@code stage.}, {@code sex.}), or the code when there is none. */
    public String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    public String stage(String stage) {
        return label("stage.", stage);
    }

    public String sex(String sex) {
        return label("sex.", sex);
    }

    /** A value of a statistics dimension ({@code sex}, {@code stage}, {@code accommodation}…) in the reader's words. */
    public String value(String dimension, String value) {
        return switch (dimension) {
            case "sex" -> sex(value);
            case "citizenship" -> citizenship(value);
            case "need" -> need(value);
            case "stage" -> stage(value);
            case "accommodation" -> label("statistics.accommodation.", value);
            default -> value == null ? "" : value;
        };
    }

    /** A UNHCR need category ({@code DS}), or "no specific need" for {@code NONE}. */
    public String need(String category) {
        return "NONE".equals(category) ? text("statistics.need.none") : label("need.", category);
    }

    /** A citizenship code (ISO alpha-3) by its country's name, {@code STATELESS} and {@code UNKNOWN} by the bundle's. */
    public String citizenship(String code) {
        if (code == null) {
            return "";
        }
        if (bundle.containsKey("statistics.citizenship." + code)) {
            return bundle.getString("statistics.citizenship." + code);
        }
        return countries.getOrDefault(code, code);
    }

    /**
     * A ready table's column: a sex and an age group ({@code F/0-4}), a sex's total ({@code F/TOTAL}), another sex
     * ({@code X/TOTAL}), or a reason of an end ({@code EXPIRED}).
     */
    public String column(String column) {
        int slash = column.indexOf('/');
        if (slash < 0) {
            return label("statistics.reason.", column);
        }
        String sex = column.substring(0, slash);
        String group = column.substring(slash + 1);
        if ("X".equals(sex)) {
            return text("statistics.column.otherSex");
        }
        return "TOTAL".equals(group) ? text("statistics.column.sexTotal", sex(sex)) : text("statistics.column.sexAge", sex(sex), group);
    }

    /** The note of a period: "Households arrived from … to …". */
    public String period(LocalDate from, LocalDate to) {
        return text("statistics.breakdown.caption", from.toString(), to.toString());
    }

    /**
     * The note of a published table under disclosure control: counts rounded to {@code roundTo}, cells under
     * {@code threshold} suppressed.
     */
    public String disclosure(int roundTo, int threshold) {
        return text("statistics.disclosure.stated", roundTo, threshold);
    }
}
