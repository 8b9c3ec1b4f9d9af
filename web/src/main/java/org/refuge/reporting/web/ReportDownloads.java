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
import org.refuge.reporting.application.NeedFigures;
import org.refuge.reporting.application.StageFigures;
import org.refuge.reporting.export.ExportFormat;
import org.refuge.reporting.export.ReportFiles;
import org.refuge.reporting.export.ReportLabels;
import org.refuge.reporting.export.ReportTable;
import org.refuge.reporting.export.ReportTables;

/**
 * The download buttons of the dashboard's tables ({@code WEB-INF/includes/report-downloads.xhtml}): the table
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

    /** The file for p:fileDownload: {@code report} is stages, arrivals, needs or camps; {@code format} CSV, XLSX or PDF. */
    public StreamedContent file(String report, String format) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
        ReportFiles.ReportFile file = files.write(table(report, files.labels(locale)), ExportFormat.named(format));
        byte[] bytes = file.bytes();
        return DefaultStreamedContent.builder().name(file.name()).contentType(file.mediaType()).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private ReportTable table(String report, ReportLabels labels) {
        return switch (report) {
            case "stages" -> ReportTables.stages(stageFigures.now(), labels);
            case "arrivals" -> ReportTables.arrivals(arrivalFigures.between(null, null), labels);
            case "needs" -> ReportTables.needs(needFigures.byCategory(), labels);
            case "camps" -> ReportTables.camps(campOccupancy.camps(), labels);
            default -> throw Refusal.invalid("report", "refuge.report.unknown");
        };
    }
}
