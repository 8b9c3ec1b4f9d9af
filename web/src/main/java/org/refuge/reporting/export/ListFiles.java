package org.refuge.reporting.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.reporting.application.NeedLists;
import org.refuge.reporting.application.ProtectionLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.export.ReportTable.Cell;

/**
 * The lists behind the figures as files (issue 13, item 3: "exports of every table and list"): the rows the list
 * screen and the API show, read through the same services (so the same roles, scope and data-protection policy),
 * page after page, into a {@link ReportTable} headed in the reader's language. A CSV or XLSX file holds at most
 * {@value #MAX_ROWS} rows (more than a day's arrivals at the busiest BCP), a PDF {@value #MAX_PDF_ROWS} (some 125
 * pages, for reading): a longer list is refused with its length, to be narrowed by BCP, camp or day.
 */
@RequestScoped
public class ListFiles {

    /** The longest list a CSV or XLSX file holds. */
    public static final int MAX_ROWS = 50_000;

    /** The longest list a PDF holds. */
    public static final int MAX_PDF_ROWS = 5_000;

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    StageLists stageLists;

    @Inject
    NeedLists needLists;

    @Inject
    ProtectionLists protectionLists;

    /** A page of the persons the query asks for ({@link ListQuery#persons()}). */
    public Page<NeedLists.Person> persons(ListQuery query, PageRequest request) {
        return query.protection() != null
                ? protectionLists.persons(query.protection(), query.stage(), query.site(), query.camp(), query.noCamp(), request)
                : needLists.persons(query.need(), query.site(), query.camp(), request);
    }

    /** The whole list as a table in the reader's language, refused when it is longer than a file of {@code format} holds. */
    public ReportTable table(ListQuery query, ReportLabels labels, ExportFormat format) {
        int most = format == ExportFormat.PDF ? MAX_PDF_ROWS : MAX_ROWS;
        ReportTable.Builder table = ReportTable.builder(query.persons() ? "persons" : "households", labels.locale(),
                query.title((key, args) -> labels.text(key, args), day -> day.toString()))
                .note(labels.text("report.note.asOf", AS_OF.format(Instant.now())));
        query.parameters().forEach(table::filter);
        if (query.persons()) {
            table.textColumn(labels.text("reportList.name")).textColumn(labels.text("household.number"));
            columnsOfWhere(table, labels);
            for (NeedLists.Person p : all(request -> persons(query, request), most)) {
                table.row(Cell.text(p.name()), Cell.text(p.registryNumber()), Cell.text(p.bcp()), Cell.text(p.camp()),
                        Cell.text(labels.stage(p.stage().name())));
            }
        } else {
            table.textColumn(labels.text("household.number")).textColumn(labels.text("registration.head"));
            columnsOfWhere(table, labels);
            table.textColumn(labels.text("reportList.since") + " (UTC)").numberColumn(labels.text("reportList.persons"));
            for (StageLists.Row h : all(request -> stageLists.households(query.households(), request), most)) {
                table.row(Cell.text(h.registryNumber()), Cell.text(h.headName()), Cell.text(h.bcp()), Cell.text(h.camp()),
                        Cell.text(labels.stage(h.stage().name())), Cell.text(h.since() == null ? "" : SINCE.format(h.since())),
                        Cell.number(h.persons()));
            }
        }
        return table.build();
    }

    private static void columnsOfWhere(ReportTable.Builder table, ReportLabels labels) {
        table.textColumn(labels.text("dashboard.bcp")).textColumn(labels.text("dashboard.camp")).textColumn(labels.text("reportList.stage"));
    }

    /** Every row of a list, read a page of {@link PageRequest#MAX_SIZE} at a time; refused when there are more than {@code most}. */
    static <T> List<T> all(Function<PageRequest, Page<T>> read, int most) {
        List<T> rows = new ArrayList<>();
        Page<T> page = read.apply(PageRequest.firstRows(PageRequest.MAX_SIZE));
        if (page.total() > most) {
            throw Refusal.invalid("format", "refuge.report.list.long", page.total(), most);
        }
        rows.addAll(page.items());
        while (rows.size() < page.total() && !page.items().isEmpty()) {
            page = read.apply(new PageRequest(rows.size(), PageRequest.MAX_SIZE));
            rows.addAll(page.items());
        }
        return rows;
    }
}
