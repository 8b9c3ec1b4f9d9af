package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.FollowUpService;
import org.refuge.assistance.application.FollowUpViews.CaseRow;
import org.refuge.assistance.infrastructure.FollowUpCases.Filter;
import org.refuge.platform.web.PagedList;
import org.refuge.shared.SiteCode;

/**
 * The follow-up cases of the caller's sites (every site for a supervisor): open, overdue, closed or all, optionally of
 * one site, the first due first, each opening its case.
 */
@Named
@ViewScoped
public class FollowUpCasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUp;

    private Filter filter = Filter.OPEN;     // <f:viewParam name="filter">
    private String site;                     // <f:viewParam name="site">

    /** The cases as a lazy table: each page is one service call, the paginator shows how many there are. */
    private final PagedList<CaseRow> cases = new PagedList<>(request -> {
        SiteCode chosen;
        try {
            chosen = site == null || site.isBlank() ? null : SiteCode.of(site);
        } catch (IllegalArgumentException notASiteCode) {
            return org.refuge.platform.paging.Page.of(List.<CaseRow>of(), 0, request); // no site has such a code
        }
        return followUp.cases(filter, chosen, null, request);
    }, row -> row.id().toString());

    public PagedList<CaseRow> getCases() { return cases; }

    /** The table is read again with the filter chosen (the form's update reads the first page). */
    public void apply() {
        // the lazy table reads its count and first page with the filter chosen
    }

    public List<Filter> getFilters() { return List.of(Filter.values()); }
    public Filter getFilter() { return filter; }
    public void setFilter(Filter filter) { this.filter = filter == null ? Filter.OPEN : filter; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
}
