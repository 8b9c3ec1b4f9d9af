package org.refuge.reporting.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.refuge.reporting.application.ProtectionLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.domain.Stage;
import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * A list behind a figure of the dashboard as the API ({@code GET /api/v1/reports/households|persons}) and the list
 * screen ask for it: the households of a stage, a BCP, a camp (or none), an arrival day, registered, with a member
 * of a need category; or ({@code persons}) the persons with a need, or with {@code protection} the persons protected
 * today (holding their card) in a stage cell. Every other part is optional.
 */
public record ListQuery(boolean persons, Stage stage, SiteCode site, CampCode camp, boolean noCamp, LocalDate arrivedOn, boolean registered,
                        String need, ProtectionLists.Kind protection)
        implements java.io.Serializable {

    public ListQuery {
        need = need == null || need.isBlank() ? null : need.strip().toUpperCase(Locale.ROOT);
    }

    /** The households' filter ({@link #persons()} false). */
    public StageLists.Filter households() {
        return new StageLists.Filter(stage, site, camp, noCamp, arrivedOn, registered, need);
    }

    /** The parameters as the API takes them, for the audit trail (those not given left out). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "stage", stage);
        put(parameters, "site", site == null ? null : site.value());
        put(parameters, "camp", camp == null ? null : camp.value());
        put(parameters, "noCamp", noCamp ? "true" : null);
        put(parameters, "arrivedOn", arrivedOn);
        put(parameters, "registered", registered ? "true" : null);
        put(parameters, "need", need);
        put(parameters, "protection", protection);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    /**
     * What the list is, e.g. "Screened, waiting for a bed — BCP-MARGARA — CAMP-ARARAT-1": {@code text} gives a bundle
     * text of the reader's language ({@code key, args}), {@code day} writes a day for them.
     */
    public String title(BiFunction<String, Object[], String> text, Function<LocalDate, String> day) {
        List<String> parts = new ArrayList<>();
        if (protection != null) {
            parts.add(text.apply(protection == ProtectionLists.Kind.DOCUMENTED ? "reportList.documented" : "reportList.protected", new Object[0]));
            if (stage != null) {
                parts.add(text.apply("stage." + stage.name(), new Object[0]));
            }
        } else if (persons()) {
            parts.add(text.apply("reportList.need", new Object[] {text.apply("need." + need, new Object[0])}));
        } else if (stage != null) {
            parts.add(text.apply("stage." + stage.name(), new Object[0]));
        } else {
            parts.add(text.apply(registered ? "reportList.registered" : "reportList.households", new Object[0]));
        }
        if (arrivedOn != null) {
            parts.add(text.apply("reportList.arrivedOn", new Object[] {day.apply(arrivedOn)}));
        }
        if (site != null) {
            parts.add(site.value());
        }
        if (camp != null) {
            parts.add(camp.value());
        } else if (noCamp) {
            parts.add(text.apply("reportList.noCamp", new Object[0]));
        }
        return String.join(" — ", parts);
    }
}
