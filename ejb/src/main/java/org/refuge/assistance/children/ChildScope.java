package org.refuge.assistance.children;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.HouseholdScope;
import org.refuge.shared.SiteCode;

/**
 * Which children (and tracing requests) a social worker works on: those of the households they may open
 * ({@link HouseholdScope}: registered at their sites or placed in their camps), and those of households placed in no
 * camp yet, at any site. Social workers work in camps and border crossing points have none: a child still at a border
 * point (or at a private address) would otherwise have no social worker at all, and their best-interests task is
 * offered to every social worker for the same reason. Once placed, a child is their camp's. Supervisors see all.
 */
@ApplicationScoped
public class ChildScope {

    private static final String UNPLACED = "NOT EXISTS (SELECT 1 FROM camps_household_placement x WHERE x.household_id = %s.id)";

    @Inject
    HouseholdScope scope;

    @Inject
    ChildRecords records;

    @Inject
    CurrentUser currentUser;

    /** Refuses (403) unless the caller may work on the person of this household. */
    public void requireReadable(UUID householdId, SiteCode registeringSite) {
        if (socialWorker() && records.campOf(householdId).isEmpty()) {
            return;
        }
        scope.requireReadable(householdId, registeringSite);
    }

    /** The condition on a household table or view aliased {@code alias} (columns {@code id}, {@code site_code}). */
    public String condition(String alias) {
        String households = scope.readsNone() ? " AND false" : scope.condition(alias);
        if (!socialWorker() || households.isEmpty()) {
            return households;
        }
        return " AND (" + households.substring(" AND ".length()) + " OR " + UNPLACED.formatted(alias) + ")";
    }

    public Map<String, Object> parameters() {
        return scope.readsNone() ? Map.of() : scope.parameters();
    }

    private boolean socialWorker() {
        return currentUser.actingRoles().contains(Roles.SOCIAL_WORKER) && !currentUser.seesAllSites();
    }
}
