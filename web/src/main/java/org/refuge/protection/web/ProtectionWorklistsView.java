package org.refuge.protection.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.paging.Page;
import org.refuge.platform.web.PagedList;
import org.refuge.protection.application.ProtectionWorklists;
import org.refuge.protection.application.ProtectionWorklists.OpenException;

/**
 * The worklists below the protection decisions: the exceptions waiting for a supervisor's decision and the households
 * whose renewal a caseworker has to decide, each a lazy table read a page at a time with its whole total (the page
 * renders each only for its role). The decisions themselves are {@link ProtectionDecisionsView}'s.
 */
@Named
@ViewScoped
public class ProtectionWorklistsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProtectionWorklists worklists;

    @Inject
    ProtectionChanges changes;

    private PagedList<OpenException> exceptions;
    private PagedList<String> renewals;

    /** The exceptions waiting for a decision, oldest first (supervisors). */
    public PagedList<OpenException> getExceptions() {
        if (exceptions == null) {
            exceptions = new PagedList<>(request -> changes.call(() -> worklists.openExceptions(request), Map.of(), null)
                    .orElseGet(() -> Page.of(List.of(), 0, request)), e -> e.id().toString());
        }
        return exceptions;
    }

    /** Registry numbers of the households whose renewal is due, oldest first (caseworkers). */
    public PagedList<String> getRenewals() {
        if (renewals == null) {
            renewals = new PagedList<>(request -> changes.call(() -> worklists.renewalsDue(request), Map.of(), null)
                    .orElseGet(() -> Page.of(List.of(), 0, request)), number -> number);
        }
        return renewals;
    }
}
