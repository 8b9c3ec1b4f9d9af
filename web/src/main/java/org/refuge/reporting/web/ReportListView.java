package org.refuge.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.Dates;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.PagedList;
import org.refuge.reporting.application.NeedLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.export.ExportFormat;
import org.refuge.reporting.export.ListFiles;
import org.refuge.reporting.export.ListQuery;
import org.refuge.reporting.export.ReportFiles;
import org.refuge.reporting.rest.ReportListsResource;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.refuge.shared.CampCode;
import org.refuge.shared.SiteCode;

/**
 * The list behind a number of the dashboard (issue 13, item 1): the households of a stage, a BCP, a camp (or none), an
 * arrival day, or the persons with a specific need of one category or protected (holding their card) in a stage
 * cell, as the page's parameters say, with a heading that
 * says what the list is and how long it is. The services check the roles, the scope and the data-protection policy;
 * what they refuse (a sensitive category, a parameter that means nothing) is said on the page instead of a list.
 */
@Named
@ViewScoped
public class ReportListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rows the tables show on a page. */
    static final int ROWS = 25;

    @Inject
    StageLists stageLists;

    @Inject
    NeedLists needLists;

    @Inject
    ListFiles lists;

    @Inject
    ReportFiles files;

    @Inject
    Messages messages;

    @Inject
    Dates dates;

    private String stage;
    private String bcp;
    private String camp;
    private boolean noCamp;
    private String day;
    private boolean registered;
    private String need;
    private String protection;

    private PagedList<StageLists.Row> households;
    private PagedList<NeedLists.Person> persons;
    private long total;
    private String refusal;
    private ListQuery query;
    private transient Page<?> firstPage;

    /** Reads the first page (for the heading's total) and sets up the table over the rest. */
    public void load() {
        try {
            SiteCode site = bcp == null || bcp.isBlank() ? null : SiteCode.of(bcp);
            CampCode campCode = camp == null || camp.isBlank() ? null : CampCode.parse(camp);
            query = listsProtected()
                    ? new ListQuery(true, ReportListsResource.stage(stage), site, campCode, noCamp, null, false, null,
                            ReportListsResource.protection(protection))
                    : new ListQuery(listsPersons(), listsPersons() ? null : ReportListsResource.stage(stage), site, campCode,
                            !listsPersons() && noCamp, listsPersons() ? null : ReportListsResource.day(day), !listsPersons() && registered, need, null);
            ListQuery asked = query;
            if (asked.persons()) {
                remember(lists.persons(asked, PageRequest.firstRows(ROWS)));
                persons = new PagedList<NeedLists.Person>(request -> cached(request, () -> lists.persons(asked, request)),
                        p -> p.personId().toString()).firstPage(ROWS);
            } else {
                remember(stageLists.households(asked.households(), PageRequest.firstRows(ROWS)));
                households = new PagedList<StageLists.Row>(request -> cached(request, () -> stageLists.households(asked.households(), request)),
                        StageLists.Row::registryNumber).firstPage(ROWS);
            }
        } catch (Refusal e) {
            query = null;
            refusal = org.refuge.platform.web.Refusals.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    e.messageKey(), e.arguments());
        } catch (IllegalArgumentException notACode) {
            query = null;
            refusal = org.refuge.platform.web.Refusals.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    "refuge.id.siteCode");
        }
    }

    /**
     * The whole list as a file of {@code format} (CSV, XLSX, PDF), headed in the page's language and recorded in the
     * audit trail like an export from the API; a list longer than a file holds is said on the page instead.
     */
    public StreamedContent download(String format) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ExportFormat asked = ExportFormat.named(format);
            ReportFiles.ReportFile file = files.write(lists.table(query, files.labels(context.getViewRoot().getLocale()), asked), asked);
            byte[] bytes = file.bytes();
            return DefaultStreamedContent.builder().name(file.name()).contentType(file.mediaType()).contentLength((long) bytes.length)
                    .stream(() -> new ByteArrayInputStream(bytes)).build();
        } catch (Refusal e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    org.refuge.platform.web.Refusals.text(context.getViewRoot().getLocale(), e.messageKey(), e.arguments()), null));
            return null;
        }
    }

    /**
     * A need alone asks for the persons with it (the number beside a category); with a stage or a day, for households.
     * Protection asks for the protected persons (or card holders) of a stage cell.
     */
    public boolean listsPersons() {
        return listsProtected() || need != null && !need.isBlank() && (stage == null || stage.isBlank()) && (day == null || day.isBlank());
    }

    private boolean listsProtected() {
        return protection != null && !protection.isBlank();
    }

    private void remember(Page<?> first) {
        firstPage = first;
        total = first.total();
    }

    /** The page read for the heading serves the table's first draw; every other page is read when shown. */
    @SuppressWarnings("unchecked")
    private <T> Page<T> cached(PageRequest request, java.util.function.Supplier<Page<T>> read) {
        Page<?> first = firstPage;
        firstPage = null;
        if (first != null && first.first() == request.first() && first.size() == request.size()) {
            return (Page<T>) first;
        }
        Page<T> page = read.get();
        total = page.total();
        return page;
    }

    /** What the list is, e.g. "Screened, waiting for a bed — BCP-MARGARA — CAMP-ARARAT-1 (37)". */
    public String getHeading() {
        if (query == null) {
            return messages.text(listsPersons() && !listsProtected() ? "reportList.need" : "reportList.households",
                    need == null ? "" : need.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return messages.text("reportList.heading", query.title((key, args) -> messages.text(key, args), day -> dates.date(day)), total);
    }

    public PagedList<StageLists.Row> getHouseholds() { return households; }
    public PagedList<NeedLists.Person> getPersons() { return persons; }
    public long getTotal() { return total; }
    public String getRefusal() { return refusal; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getBcp() { return bcp; }
    public void setBcp(String bcp) { this.bcp = bcp; }
    public String getCamp() { return camp; }
    public void setCamp(String camp) { this.camp = camp; }
    public boolean isNoCamp() { return noCamp; }
    public void setNoCamp(boolean noCamp) { this.noCamp = noCamp; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public boolean isRegistered() { return registered; }
    public void setRegistered(boolean registered) { this.registered = registered; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getProtection() { return protection; }
    public void setProtection(String protection) { this.protection = protection; }
}
