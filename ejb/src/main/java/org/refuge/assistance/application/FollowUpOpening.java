package org.refuge.assistance.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.refuge.assistance.domain.CaseOutcome;
import org.refuge.assistance.domain.FollowUpCase;
import org.refuge.assistance.infrastructure.FollowUpCases;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.registration.application.HouseholdArrived;
import org.refuge.registration.application.HouseholdMembersChanged;
import org.refuge.registration.application.HouseholdVoided;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Opens a household's follow-up case when a specific need is first recorded for it: registration's events
 * ({@link HouseholdArrived} at pre-registration with the needs seen at the desk, {@link HouseholdMembersChanged} when a
 * member is registered or corrected) say that something changed, and the needs are read through registration's view
 * {@code registration_need}, never its tables. Runs in the registering transaction: the case, its process and the
 * registration commit together. A household with an open case keeps it (the case covers the needs added since); one
 * whose case was closed gets a new case only for a need the closed one did not cover. A voided household's open case
 * is closed as not needed. Nothing about the needs is logged or audited but the case's id.
 */
@ApplicationScoped
public class FollowUpOpening {

    @Inject
    FollowUpCases cases;

    @Inject
    RegistryFacts registry;

    @Inject
    FollowUpWorkflow workflow;

    @Inject
    FollowUpSettings settings;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    void arrived(@Observes HouseholdArrived arrival) {
        openIfNeeded(new RegistryNumber(arrival.registryNumber()));
    }

    void membersChanged(@Observes HouseholdMembersChanged changed) {
        openIfNeeded(new RegistryNumber(changed.registryNumber()));
    }

    void voided(@Observes HouseholdVoided voided) {
        registry.anyHousehold(new RegistryNumber(voided.registryNumber())).flatMap(h -> cases.openOf(h.id())).ifPresent(open -> {
            open.close(CaseOutcome.NOT_NEEDED, null, null, Instant.now(clock));
            workflow.closed(new RegistryNumber(open.registryNumber()));
            audit.record(AuditAction.UPDATE, "FollowUpCase", open.id().toString(), "follow-up case closed: household voided");
        });
    }

    /** Opens the household's case unless it has one open or no specific need recorded. */
    void openIfNeeded(RegistryNumber number) {
        cases.flush();
        registry.household(number).ifPresent(household -> {
            java.util.Set<String> needs = cases.needPairs(household.id());
            java.util.Optional<FollowUpCase> latest = cases.latestOf(household.id());
            if (latest.filter(FollowUpCase::isOpen).isPresent()) {
                latest.get().covers(needs);
                return;
            }
            if (needs.isEmpty() || latest.isPresent() && !latest.get().missesAny(needs)) {
                return;
            }
            FollowUpCase opened = FollowUpCase.open(household.id(), number, household.site(), Instant.now(clock),
                    settings.firstContact());
            opened.covers(needs);
            cases.add(opened);
            cases.flush();
            workflow.opened(number, new SiteCode(cases.siteOf(opened.id())), opened.firstContactDueAt());
            audit.record(AuditAction.CREATE, "FollowUpCase", opened.id().toString(), "follow-up case opened for a specific need");
        });
    }
}
