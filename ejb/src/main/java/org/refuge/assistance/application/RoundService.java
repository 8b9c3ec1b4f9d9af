package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.application.DistributionForms.RoundForm;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.domain.Entitlement;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Entitlements;
import org.refuge.assistance.infrastructure.Rounds;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteService;
import org.refuge.shared.SiteCode;

/**
 * Distribution rounds: social workers and camp managers open and close the rounds of their own sites, supervisors of
 * every site. A round's distribution list is computed from the registry when it is read ({@link DistributionLists}):
 * the households at the round's site eligible under each rule's version in force on the round's day, the quantity due
 * to each, and whether it was collected in the period. A site outside the caller's scope is refused (403) before
 * anything else is looked at, and every list query names the caller's sites.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class RoundService {

    @Inject
    ActionPlanProgress progress;

    @Inject
    Rounds rounds;

    @Inject
    Entitlements entitlements;

    @Inject
    DistributionLists lists;

    @Inject
    RoundLines roundLines;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RefugeSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** The active sites the caller may hold rounds at: every one for a supervisor, their own for the others. */
    public List<Site> sites() {
        List<Site> all = currentUser.seesAllSites() ? sites.all() : sites.byCodes(currentUser.sites());
        return all.stream().filter(Site::active).toList();
    }

    /**
     * Opens a round at a site of the caller's (403 elsewhere, 404 for no such site) on a day (today in the application's
     * zone when not given) for rules in force that day whose period holds it (400 otherwise).
     */
    public RoundRow open(@NotNull @Valid RoundForm form) {
        SiteCode site = site(form.getSiteCode());
        LocalDate day = form.getHeldOn() != null ? form.getHeldOn() : LocalDate.now(clock.withZone(settings.zone()));
        List<Entitlement> rules = new ArrayList<>();
        for (UUID id : form.getEntitlementIds()) {
            rules.add(entitlements.find(id).orElseThrow(() -> org.refuge.platform.refusal.Refusal.invalid("entitlementIds",
                    "refuge.round.entitlementUnknown")));
        }
        DistributionRound round = DistributionRound.open(site, day, rules, Instant.now(clock), currentUser.username());
        roundLines.requireReadable(roundLines.rules(round));
        rounds.add(round);
        progress.roundOpened(round);
        audit.record(AuditAction.CREATE, "DistributionRound", round.id().toString(), "round opened at " + site.value() + " on " + day);
        return roundLines.row(round);
    }

    /** One page of the rounds of the caller's sites (or of one of them), newest day first; open ones only when asked. */
    public Page<RoundRow> page(SiteCode site, boolean openOnly, @NotNull PageRequest request) {
        if (site != null) {
            currentUser.requireSite(site);
        }
        return rounds.page(site == null ? null : site.value(), openOnly, currentUser.seesAllSites(), currentUser.sites(), request)
                .map(roundLines::row);
    }

    /** A round of the caller's sites (404 for no such round, 403 for another site's). */
    public RoundRow get(@NotNull UUID id) {
        return roundLines.row(round(id));
    }

    /** Closes a round: no more collections are recorded against it (409 when closed already). */
    public RoundRow close(@NotNull UUID id) {
        DistributionRound round = rounds.locked(id).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        round.close(Instant.now(clock), currentUser.username());
        audit.record(AuditAction.UPDATE, "DistributionRound", id.toString(), "round closed");
        return roundLines.row(round);
    }

    /**
     * One page of the round's distribution list, by registry number, then rule, then member, with the exact count.
     * Audited as a read of the round (the list names households).
     */
    public Page<DueLine> list(@NotNull UUID id, @NotNull PageRequest request) {
        DistributionRound round = round(id);
        List<RoundLines.Rule> rules = roundLines.rules(round);
        roundLines.requireReadable(rules);
        List<DistributionLists.Part> parts = roundLines.parts(rules);
        long total = lists.count(parts, round.heldOn(), round.siteCode());
        List<DueLine> items = total == 0 ? List.of()
                : roundLines.due(round, rules, lists.page(parts, round.heldOn(), round.siteCode(), request));
        if (request.first() == 0) {
            audit.record(AuditAction.READ, "DistributionRound", id.toString(), "distribution list");
        }
        return Page.of(items, total, request);
    }

    /** Records that the caller exported the round's list as a file (the file is written by the web layer). */
    public void exported(@NotNull UUID id, @NotNull String format, long lines) {
        round(id);
        audit.record(AuditAction.EXPORT, "DistributionRound", id.toString(), "distribution list " + format + ", " + lines + " lines");
    }

    private DistributionRound round(UUID id) {
        DistributionRound round = rounds.find(id).orElseThrow(DistributionRound::unknown);
        currentUser.requireSite(round.site());
        return round;
    }

    private SiteCode site(String code) {
        SiteCode site;
        try {
            site = SiteCode.of(code);
        } catch (IllegalArgumentException e) {
            throw org.refuge.platform.refusal.Refusal.invalid("siteCode", "refuge.round.site");
        }
        currentUser.requireSite(site);
        if (sites.byCodes(List.of(site.value())).stream().noneMatch(Site::active)) {
            throw Site.unknown();
        }
        return site;
    }
}
