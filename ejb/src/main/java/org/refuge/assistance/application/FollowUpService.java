package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.application.FollowUpForms.ActionForm;
import org.refuge.assistance.application.FollowUpForms.ActionOutcomeForm;
import org.refuge.assistance.application.FollowUpForms.CloseForm;
import org.refuge.assistance.application.FollowUpViews.ActionView;
import org.refuge.assistance.application.FollowUpViews.CaseRow;
import org.refuge.assistance.application.FollowUpViews.CaseView;
import org.refuge.assistance.application.FollowUpViews.PersonNeeds;
import org.refuge.assistance.domain.FollowUpAction;
import org.refuge.assistance.domain.FollowUpCase;
import org.refuge.assistance.domain.FollowUpDeadlines;
import org.refuge.assistance.domain.FollowUpKind;
import org.refuge.assistance.domain.Partner;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.assistance.infrastructure.FollowUpCases;
import org.refuge.assistance.infrastructure.FollowUpCases.Filter;
import org.refuge.assistance.infrastructure.FollowUpCases.Scope;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Redaction;
import org.refuge.platform.security.Roles;
import org.refuge.platform.security.SensitiveCodes;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * The follow-up of households with specific needs, for social workers (the cases of their sites: a household's camp
 * once it is placed in one, else its border crossing point) and supervisors (every site). A case outside the caller's
 * sites is answered as unknown (404), and every list names the caller's sites in its query. Recording or completing an
 * action, and the first contact it makes, moves the case's escalation time; closing ends its process. Reads are
 * audited by record id; no need code, name or note is ever written to the log or the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class FollowUpService {

    @Inject
    FollowUpCases cases;

    @Inject
    Catalogue catalogue;

    @Inject
    RegistryFacts registry;

    @Inject
    FollowUpWorkflow workflow;

    @Inject
    FollowUpSettings followUpSettings;

    @Inject
    RefugeSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    SensitiveCodes sensitiveCodes;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** One page of the cases in the caller's scope, optionally of one site or one household: the first due first. */
    public Page<CaseRow> cases(@NotNull Filter filter, SiteCode site, RegistryNumber household, @NotNull PageRequest request) {
        if (site != null) {
            currentUser.requireSite(site);
        }
        Instant now = Instant.now(clock);
        Page<FollowUpCases.Listed> page = cases.page(filter, site, household, scope(), settings.zone().getId(), now, request);
        Map<RegistryNumber, RegistryFacts.HouseholdFacts> households = registry.households(page.items().stream()
                .map(row -> new RegistryNumber(row.registryNumber())).collect(Collectors.toSet()));
        audit.record(AuditAction.SEARCH, "FollowUpCase", filter.name(), "follow-up cases");
        return page.map(row -> new CaseRow(row.id(), row.registryNumber(),
                Optional.ofNullable(households.get(new RegistryNumber(row.registryNumber()))).map(RegistryFacts.HouseholdFacts::headName).orElse(null),
                row.siteCode(), row.status(), row.openedAt(), row.nextDue(), row.nextDue() != null && now.isAfter(row.nextDue()), row.openActions()));
    }

    /** One case with its needs (as the reader may see them) and its actions; 404 outside the caller's sites. */
    public CaseView find(@NotNull UUID id) {
        FollowUpCase followUp = cases.find(id, scope(), false).orElseThrow(FollowUpCase::unknown);
        audit.record(AuditAction.READ, "FollowUpCase", id.toString(), "follow-up case");
        return view(followUp);
    }

    /** The household's case (its open one, else its latest) within the caller's scope: the page the inbox task opens. */
    public CaseView ofHousehold(@NotNull RegistryNumber number) {
        return find(cases.latestOf(number, scope()).orElseThrow(FollowUpCase::unknown));
    }

    /**
     * Records an action on an open case (409 once closed): a known active partner for a referral to one, a due day not
     * before today in the application's zone, an assignee (the caller when none is named). The first action is the
     * first contact.
     */
    public CaseView addAction(@NotNull UUID id, @NotNull @Valid ActionForm form) {
        FollowUpCase followUp = cases.find(id, scope(), true).orElseThrow(FollowUpCase::unknown);
        followUp.requireOpen();
        if (form.getDueOn().isBefore(LocalDate.now(clock.withZone(settings.zone())))) {
            throw Refusal.invalid("dueOn", "refuge.followUp.action.dueOn");
        }
        String partner = form.getKind() == FollowUpKind.PARTNER ? partner(form.getPartnerCode()) : null;
        if (form.getKind() != FollowUpKind.PARTNER && form.getPartnerCode() != null && !form.getPartnerCode().isBlank()) {
            throw Refusal.invalid("partnerCode", "refuge.followUp.action.partner");
        }
        Instant now = Instant.now(clock);
        String assignee = form.getAssignee() == null || form.getAssignee().isBlank() ? currentUser.username() : form.getAssignee().strip();
        FollowUpAction action = FollowUpAction.record(followUp, form.getKind(), partner, form.getNote(), form.getDueOn(), assignee, now,
                currentUser.username());
        cases.add(action);
        followUp.contacted(now);
        audit.record(AuditAction.UPDATE, "FollowUpCase", id.toString(), "follow-up action recorded");
        return changed(followUp, now);
    }

    /** Completes an open action of an open case with its outcome; 404 for an action the case does not have, 409 done already. */
    public CaseView completeAction(@NotNull UUID id, @NotNull UUID actionId, @NotNull @Valid ActionOutcomeForm form) {
        FollowUpCase followUp = cases.find(id, scope(), true).orElseThrow(FollowUpCase::unknown);
        followUp.requireOpen();
        FollowUpAction action = cases.action(id, actionId).orElseThrow(FollowUpAction::unknown);
        Instant now = Instant.now(clock);
        action.complete(form.getOutcome(), form.getNote(), currentUser.username(), now);
        audit.record(AuditAction.UPDATE, "FollowUpCase", id.toString(), "follow-up action completed");
        return changed(followUp, now);
    }

    /** Closes an open case with its outcome (409 once closed); its process and tasks end. */
    public CaseView close(@NotNull UUID id, @NotNull @Valid CloseForm form) {
        FollowUpCase followUp = cases.find(id, scope(), true).orElseThrow(FollowUpCase::unknown);
        followUp.close(form.getOutcome(), form.getNote(), currentUser.username(), Instant.now(clock));
        workflow.closed(new RegistryNumber(followUp.registryNumber()));
        audit.record(AuditAction.UPDATE, "FollowUpCase", id.toString(), "follow-up case closed");
        return view(followUp);
    }

    /** The partners a referral may name: the active ones. */
    public List<Partner> partners() {
        return catalogue.partners().stream().filter(Partner::active).toList();
    }

    private CaseView changed(FollowUpCase followUp, Instant now) {
        cases.flush();
        workflow.changed(new RegistryNumber(followUp.registryNumber()), new SiteCode(cases.siteOf(followUp.id())),
                FollowUpDeadlines.escalateAt(followUp.firstContactDueAt(), followUp.firstContactAt(), cases.openActionsDue(followUp.id()),
                        now, followUpSettings.review(), settings.zone()));
        return view(followUp);
    }

    private String partner(String code) {
        if (code == null || code.isBlank()) {
            throw Refusal.invalid("partnerCode", "refuge.followUp.action.partner");
        }
        return catalogue.partner(CatalogueService.code(code)).filter(Partner::active).map(Partner::code)
                .orElseThrow(() -> Refusal.invalid("partnerCode", "refuge.followUp.action.partner"));
    }

    private CaseView view(FollowUpCase c) {
        ZoneId zone = settings.zone();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<FollowUpAction> actions = cases.actions(c.id());
        List<LocalDate> due = actions.stream().filter(FollowUpAction::open).map(FollowUpAction::dueOn).toList();
        Instant next = c.isOpen() ? FollowUpDeadlines.firstPending(c.firstContactDueAt(), c.firstContactAt(), due, zone).orElse(null) : null;
        Map<Optional<UUID>, Set<String>> codes = cases.needs(c.householdId());
        Map<UUID, String> names = registry.names(codes.keySet().stream().flatMap(Optional::stream).toList());
        // a person whose every code the reader may not see is not listed (the redaction of the result applies too)
        Redaction policy = currentUser.redaction(sensitiveCodes::sensitiveNeedCodes);
        List<PersonNeeds> needs = codes.entrySet().stream().filter(e -> !policy.visibleNeeds(e.getValue()).isEmpty())
                .map(e -> new PersonNeeds(e.getKey().orElse(null), e.getKey().map(names::get).orElse(null), Set.copyOf(e.getValue())))
                .sorted(Comparator.comparing(PersonNeeds::personId, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        String head = registry.householdOf(c.householdId()).map(RegistryFacts.HouseholdFacts::headName).orElse(null);
        return new CaseView(c.id(), c.registryNumber(), head, cases.siteOf(c.id()), c.bcpCode(), c.status(), c.openedAt(),
                c.firstContactDueAt(), c.firstContactAt(), c.closedAt(), c.closedBy(), c.outcome(), c.outcomeNote(), next,
                next != null && now.isAfter(next), needs, actions.stream().map(a -> new ActionView(a.id(), a.kind(), a.partnerCode(), a.note(),
                        a.dueOn(), a.assignee(), a.recordedAt(), a.recordedBy(), a.completedAt(), a.completedBy(), a.outcome(),
                        a.outcomeNote(), a.open() && c.isOpen() && a.dueOn().isBefore(today))).toList());
    }

    private Scope scope() {
        return new Scope(currentUser.seesAllSites(), currentUser.sites().stream().filter(Objects::nonNull).toList());
    }
}
