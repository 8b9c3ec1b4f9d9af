package org.refuge.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What an export's audit line says: rows, format and the filters as the API takes them, within the purpose column. */
class ReportExportsTest {

    @Test
    void thePurpose_statesRowsFormatAndFilters_leavingOutThoseNotGiven() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("by", "sex,ageGroup");
        filters.put("from", "2026-12-01");
        filters.put("to", null);
        assertThat(ReportExports.purpose("CSV", filters, 12)).isEqualTo("12 rows as CSV; by=sex,ageGroup from=2026-12-01");
        assertThat(ReportExports.purpose("PDF", Map.of(), 3)).isEqualTo("3 rows as PDF");
    }

    @Test
    void aLongPurpose_isCutToTheColumn() {
        String purpose = ReportExports.purpose("XLSX", Map.of("by", "x".repeat(400)), 1);
        assertThat(purpose).hasSize(ReportExports.PURPOSE_LENGTH).endsWith("…");
    }
}
