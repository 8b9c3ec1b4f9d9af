package org.refuge.reporting.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.reporting.export.ReportFiles;
import org.refuge.reporting.export.ReportLabels;

/**
 * The words of reporting's screens ({@code #{reportLabels}}): the same {@link ReportLabels} the exports use, in the
 * page's language, so a table reads the same on the screen and in its file.
 */
@Named("reportLabels")
@RequestScoped
public class ScreenLabels {

    @Inject
    ReportFiles files;

    private ReportLabels labels;

    private ReportLabels labels() {
        if (labels == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            labels = files.labels(context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH);
        }
        return labels;
    }

    /** The name of a dimension ({@code ageGroup}, {@code location}, {@code citizenship}…). */
    public String dimension(String dimension) {
        return labels().text("statistics.dimension." + dimension);
    }

    /** A value of a dimension in the reader's words, a dash for none. */
    public String value(String dimension, String value) {
        return value == null || value.isEmpty() ? "—" : labels().value(dimension, value);
    }

    /** A ready table's column ({@code F/0-4} is "Female 0-4"). */
    public String column(String column) {
        return labels().column(column);
    }
}
