package org.refuge.reporting.export;

import java.util.Locale;
import java.util.function.Function;

import org.refuge.platform.refusal.Refusal;

/** The files a report can be downloaded as, each with its media type, file extension and writer. */
public enum ExportFormat {
    /** UTF-8 with a byte order mark (so that Excel reads Armenian and Cyrillic), RFC 4180 quoting. */
    CSV("text/csv", "csv", CsvWriter::write),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxWriter::write),
    /** With DejaVu embedded, so that Armenian and Cyrillic print anywhere. */
    PDF("application/pdf", "pdf", PdfWriter::write);

    private final String mediaType;
    private final String extension;
    private final Function<ReportTable, byte[]> writer;

    ExportFormat(String mediaType, String extension, Function<ReportTable, byte[]> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public byte[] write(ReportTable table) {
        return writer.apply(table);
    }

    /** The format {@code ?format=} names (any case), or a 400 that lists the formats. */
    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw Refusal.invalid("format", "refuge.report.format", "json, csv, xlsx, pdf");
    }

    /** The format of a media type an Accept header names, or null when it names none of them. */
    public static ExportFormat ofMediaType(String type, String subtype) {
        for (ExportFormat format : values()) {
            if (format.mediaType.equals((type + "/" + subtype).toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
