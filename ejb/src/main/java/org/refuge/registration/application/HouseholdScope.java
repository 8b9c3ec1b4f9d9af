package org.refuge.registration.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.shared.SiteCode;

/**
 * Which households' files a reader may open, in one place for the file, its members, persons, photos, the screening
 * summary and the searches. Roles that see every site read every household; the other roles read the households
 * registered at their sites (a registrar, police officer or medical officer at their border crossing point); camp
 * managers and social workers also read the households placed in a camp of theirs now: allocated to it, on their way
 * to it or checked in (camps' view {@code camps_household_placement}), because they care for those families whatever
 * border crossing point registered them. What each role may read inside a file is the data-protection policy's
 * ({@code OperationRoles}), unchanged by the scope. Runs in the caller's transaction; the caller states the roles.
 */
@ApplicationScoped
public class HouseholdScope {

    /** The roles whose users work in camps: their scope follows the households placed there. */
    static final List<String> CAMP_STAFF = List.of(Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER);

    @Inject
    CurrentUser currentUser;

    @PersistenceContext
    EntityManager em;

    /** Refuses ({@link CurrentUser#otherSite()}) unless the reader may open the file of this household. */
    public void requireReadable(UUID householdId, SiteCode registeringSite) {
        if (currentUser.seesAllSites() || currentUser.sites().contains(registeringSite.value())) {
            return;
        }
        if (!followsPlacements() || currentUser.sites().isEmpty() || !placedInTheirCamps(householdId)) {
            throw CurrentUser.otherSite();
        }
    }

    private boolean placedInTheirCamps(UUID householdId) {
        Number placed = (Number) em.createNativeQuery("SELECT count(*) FROM camps_household_placement "
                        + "WHERE household_id = :household AND camp_code IN (:camps)")
                .setParameter("household", householdId).setParameter("camps", currentUser.sites()).getSingleResult();
        return placed.longValue() > 0;
    }

    /** Whether the reader may open no household at all (a site-bound user without sites): a search need not run. */
    public boolean readsNone() {
        return !currentUser.seesAllSites() && currentUser.sites().isEmpty();
    }

    /**
     * The condition a search adds to its SQL to keep within the reader's scope ({@code ""} for a reader of every
     * site), on a household table or view aliased {@code alias} with columns {@code id} and {@code site_code}; its
     * parameters come from {@link #parameters()}.
     */
    public String condition(String alias) {
        if (currentUser.seesAllSites()) {
            return "";
        }
        String registeredHere = alias + ".site_code IN (:scopeSites)";
        if (!followsPlacements()) {
            return " AND " + registeredHere;
        }
        return " AND (" + registeredHere + " OR " + alias + ".id IN (SELECT c.household_id FROM camps_household_placement c "
                + "WHERE c.camp_code IN (:scopeSites)))";
    }

    /** The parameters of {@link #condition(String)}. */
    public Map<String, Object> parameters() {
        return currentUser.seesAllSites() ? Map.of() : Map.of("scopeSites", currentUser.sites());
    }

    /** Whether the reader acts (in this operation) as camp staff. */
    private boolean followsPlacements() {
        return currentUser.actingRoles().stream().anyMatch(CAMP_STAFF::contains);
    }
}
