package org.refuge.reporting.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.refuge.registration.application.ReferenceDataService;
import org.refuge.reporting.application.ReportExports;

/**
 * Turns a report into a file and records it: the one way a report leaves Refuge, for the API and the screens alike.
 * Each file written is one audit event (report, format, filters, rows; the trail adds who), recorded once the file
 * exists, so a file that could not be written is not in the trail.
 */
@RequestScoped
public class ReportFiles {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ReportExports exports;

    /** A file to send: its name, media type and bytes. */
    public record ReportFile(String name, String mediaType, byte[] bytes) {
    }

    /** The words of reports in {@code locale}, country names included. */
    public ReportLabels labels(Locale locale) {
        return new ReportLabels(locale, referenceData.countries());
    }

    /** {@code table} written as {@code format}, and its export recorded in the audit trail. */
    public ReportFile write(ReportTable table, ExportFormat format) {
        byte[] bytes = format.write(table);
        exports.exported(table.name(), format.name(), table.filters(), table.rowCount());
        return new ReportFile(table.name() + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension(), format.mediaType(), bytes);
    }
}
