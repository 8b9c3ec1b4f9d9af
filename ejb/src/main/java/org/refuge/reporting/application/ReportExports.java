package org.refuge.reporting.application;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.Roles;

/**
 * The audit of report exports (issue 13, item 3): each CSV, XLSX or PDF file of a report that leaves Refuge is one
 * {@link AuditAction#EXPORT} event of record type {@value #RECORD_TYPE}, whose record is the report's name and whose
 * purpose says how many rows went out, in which format, with which filters. The trail says who. A report is made of
 * aggregates, so nothing personal is written: the filters are the report's parameters (dimensions, days), never a name.
 */
@Stateless
public class ReportExports {

    /** The record type of export events in the audit trail. */
    public static final String RECORD_TYPE = "Report";

    /** The purpose column's length. */
    static final int PURPOSE_LENGTH = 300;

    @Inject
    AuditTrail audit;

    /**
     * Records that {@code rows} rows of {@code report} left as a {@code format} file, filtered by {@code filters}
     * (parameter name to value, in the order the report states them). The purpose reads
     * "12 rows as XLSX; by=sex,ageGroup from=2026-12-01 to=2026-12-06" (audit.purpose.reportExported), or without
     * filters "12 rows as XLSX" (audit.purpose.reportExportedWhole).
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.CASEWORKER})
    public void exported(@NotBlank String report, @NotBlank String format, @NotNull Map<String, String> filters, @PositiveOrZero long rows) {
        audit.record(AuditAction.EXPORT, RECORD_TYPE, report, purpose(format, filters, rows));
    }

    static String purpose(String format, Map<String, String> filters, long rows) {
        String stated = filters.entrySet().stream().filter(f -> f.getValue() != null && !f.getValue().isBlank())
                .map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining(" "));
        String purpose = rows + " rows as " + format + (stated.isEmpty() ? "" : "; " + stated);
        return purpose.length() <= PURPOSE_LENGTH ? purpose : purpose.substring(0, PURPOSE_LENGTH - 1) + "…";
    }
}
