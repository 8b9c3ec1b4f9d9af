package org.refuge.reporting.web;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.platform.refusal.Refusal;
import org.refuge.reporting.application.ArrivalFigures;
import org.refuge.reporting.application.CampOccupancy;
import org.refuge.reporting.application.EurostatProtectionTables;
import org.refuge.reporting.application.NeedFigures;
import org.refuge.reporting.application.StageFigures;
import org.refuge.reporting.export.ExportFormat;
import org.refuge.reporting.export.ReadyTables;
import org.refuge.reporting.export.ReportFiles;
import org.refuge.reporting.export.ReportLabels;
import org.refuge.reporting.export.ReportTable;
import org.refuge.reporting.export.ReportTables;

/**
 * The download buttons of the dashboard's and the statistics screen's tables ({@code WEB-INF/includes/report-downloads.xhtml}): the table
 * named, as now, in the page's language and the format of the button, recorded in the audit trail like an export
 * from the API. The figures are read again from the services, which check the roles and the scope.
 */
@Named
@RequestScoped
public class ReportDownloads {

    @Inject
    StageFigures stageFigures;

    @Inject
    ArrivalFigures arrivalFigures;

    @Inject
    NeedFigures needFigures;

    @Inject
    CampOccupancy campOccupancy;

    @Inject
    ReportFiles files;

    @Inject
    StatisticsView statistics;

    /**
     * The file for p:fileDownload: {@code report} is stages, arrivals, needs or camps (read now), or breakdown,
     * unhcr-population or eurostat-granted, -benefiting, -ended, -unaccompaniedMinors (as the statistics screen shows
     * them); {@code format} CSV, XLSX or PDF.
     */
    public StreamedContent file(String report, String format) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
        ReportFiles.ReportFile file = files.write(table(report, files.labels(locale)), ExportFormat.named(format));
        byte[] bytes = file.bytes();
        return DefaultStreamedContent.builder().name(file.name()).contentType(file.mediaType()).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** A table the statistics screen shows; none shown yet is a report it does not know. */
    private static <T> T shown(T table) {
        if (table == null) {
            throw Refusal.invalid("report", "refuge.report.unknown");
        }
        return table;
    }

    private ReportTable table(String report, ReportLabels labels) {
        return switch (report) {
            case "stages" -> ReportTables.stages(stageFigures.now(), labels);
            case "arrivals" -> ReportTables.arrivals(arrivalFigures.between(null, null), labels);
            case "needs" -> ReportTables.needs(needFigures.byCategory(), labels);
            case "camps" -> ReportTables.camps(campOccupancy.camps(), labels);
            // the statistics screen's tables as it shows them
            case "breakdown" -> ReportTables.population(shown(statistics.getBreakdown()), labels);
            case "unhcr-population" -> ReadyTables.unhcrPopulation(shown(statistics.getUnhcr()), labels);
            default -> {
                if (report.startsWith("eurostat-")) {
                    yield ReadyTables.eurostat(shown(statistics.getEurostat()), EurostatProtectionTables.Part.named(report.substring(9)), labels);
                }
                throw Refusal.invalid("report", "refuge.report.unknown");
            }
        };
    }
}
