package org.refuge.reporting.rest;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.refuge.reporting.export.ExportFormat;
import org.refuge.reporting.export.ReportFiles;
import org.refuge.reporting.export.ReportLabels;
import org.refuge.reporting.export.ReportTable;

/**
 * How a report endpoint answers: JSON by default; a CSV, XLSX or PDF file, labelled in the caller's language
 * (Accept-Language, en, hy or ru, else English), when {@code ?format=csv|xlsx|pdf} asks for it or, without
 * {@code format}, when the Accept header prefers {@code text/csv}, the XLSX type or {@code application/pdf} to JSON.
 * An unknown {@code format} is a 400 before any figure is read. A file is sent as an attachment and recorded in the
 * audit trail ({@link ReportFiles}).
 */
@RequestScoped
public class ReportAnswers {

    static final java.util.List<String> LANGUAGES = java.util.List.of("en", "hy", "ru");

    @Inject
    ReportFiles files;

    /**
     * The answer to a report request: {@code figures} as JSON, or as a file of the table {@code table} makes of them.
     * A new endpoint: {@code return answers.answer(headers, uri, () -> service.figures(...), ReportTables::figures);}
     */
    public <F> Response answer(HttpHeaders headers, UriInfo uri, Supplier<F> figures, BiFunction<F, ReportLabels, ReportTable> table) {
        return list(headers, uri, figures, (labels, format) -> table.apply(figures.get(), labels));
    }

    /**
     * The answer to a request whose JSON and file are read differently (a list: a page as JSON, the whole list as a
     * file): {@code json} when no file is asked for, else the file of the table {@code table} reads for that format.
     */
    public Response list(HttpHeaders headers, UriInfo uri, Supplier<?> json, BiFunction<ReportLabels, ExportFormat, ReportTable> table) {
        ExportFormat format = format(headers, uri);
        if (format == null) {
            return Response.ok(json.get(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportFiles.ReportFile file = files.write(table.apply(files.labels(locale(headers)), format), format);
        return Response.ok(file.bytes(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"").build();
    }

    /** The file asked for, or null for JSON. */
    static ExportFormat format(HttpHeaders headers, UriInfo uri) {
        String named = uri.getQueryParameters().getFirst("format");
        if (named != null) {
            return "json".equalsIgnoreCase(named.strip()) ? null : ExportFormat.named(named);
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype() || MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return null;
            }
            ExportFormat format = ExportFormat.ofMediaType(accepted.getType(), accepted.getSubtype());
            if (format != null) {
                return format;
            }
        }
        return null;
    }

    /** The caller's language among the UI's, English otherwise (as the API's refusals choose it). */
    static Locale locale(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (LANGUAGES.contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
