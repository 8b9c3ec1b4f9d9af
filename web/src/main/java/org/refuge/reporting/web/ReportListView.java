package org.refuge.reporting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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
import org.refuge.reporting.application.ProtectionLists;
import org.refuge.reporting.application.StageLists;
import org.refuge.reporting.domain.Stage;
import org.refuge.reporting.rest.ReportListsResource;
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
    ProtectionLists protectionLists;

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
    private transient Page<?> firstPage;

    /** Reads the first page (for the heading's total) and sets up the table over the rest. */
    public void load() {
        try {
            SiteCode site = bcp == null || bcp.isBlank() ? null : SiteCode.of(bcp);
            CampCode campCode = camp == null || camp.isBlank() ? null : CampCode.parse(camp);
            if (listsProtected()) {
                ProtectionLists.Kind kind = ReportListsResource.protection(protection);
                Stage at = ReportListsResource.stage(stage);
                Page<NeedLists.Person> first = protectionLists.persons(kind, at, site, campCode, noCamp, PageRequest.firstRows(ROWS));
                remember(first);
                persons = new PagedList<NeedLists.Person>(request -> cached(request, () -> protectionLists.persons(kind, at, site, campCode,
                        noCamp, request)), p -> p.personId().toString()).firstPage(ROWS);
            } else if (listsPersons()) {
                String category = need;
                Page<NeedLists.Person> first = needLists.persons(category, site, campCode, PageRequest.firstRows(ROWS));
                remember(first);
                persons = new PagedList<NeedLists.Person>(request -> cached(request, () -> needLists.persons(category, site, campCode, request)),
                        p -> p.personId().toString()).firstPage(ROWS);
            } else {
                StageLists.Filter filter = new StageLists.Filter(ReportListsResource.stage(stage), site, campCode, noCamp,
                        ReportListsResource.day(day), registered, need == null || need.isBlank() ? null : need);
                Page<StageLists.Row> first = stageLists.households(filter, PageRequest.firstRows(ROWS));
                remember(first);
                households = new PagedList<StageLists.Row>(request -> cached(request, () -> stageLists.households(filter, request)),
                        StageLists.Row::registryNumber).firstPage(ROWS);
            }
        } catch (Refusal e) {
            refusal = org.refuge.platform.web.Refusals.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    e.messageKey(), e.arguments());
        } catch (IllegalArgumentException notACode) {
            refusal = org.refuge.platform.web.Refusals.text(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    "refuge.id.siteCode");
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
        List<String> parts = new ArrayList<>();
        if (listsProtected()) {
            parts.add(messages.text(refusal == null && ReportListsResource.protection(protection) == ProtectionLists.Kind.DOCUMENTED
                    ? "reportList.documented" : "reportList.protected"));
            if (stage != null && !stage.isBlank() && refusal == null) {
                parts.add(messages.text("stage." + ReportListsResource.stage(stage).name()));
            }
        } else if (listsPersons()) {
            String category = need.strip().toUpperCase(java.util.Locale.ROOT);
            parts.add(messages.text("reportList.need", refusal == null ? messages.text("need." + category) : category));
        } else if (stage != null && !stage.isBlank() && refusal == null) {
            parts.add(messages.text("stage." + ReportListsResource.stage(stage).name()));
        } else {
            parts.add(messages.text(registered ? "reportList.registered" : "reportList.households"));
        }
        if (day != null && !day.isBlank() && refusal == null) {
            parts.add(messages.text("reportList.arrivedOn", dates.date(ReportListsResource.day(day))));
        }
        addIfGiven(parts, bcp);
        addIfGiven(parts, camp);
        if (noCamp && (camp == null || camp.isBlank())) {
            parts.add(messages.text("reportList.noCamp"));
        }
        String what = String.join(" — ", parts);
        return refusal == null ? messages.text("reportList.heading", what, total) : what;
    }

    private static void addIfGiven(List<String> parts, String code) {
        if (code != null && !code.isBlank()) {
            parts.add(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
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
