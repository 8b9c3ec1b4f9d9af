package org.refuge.assistance.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.refuge.assistance.application.DistributionViews.Desk;
import org.refuge.assistance.application.DistributionViews.DueLine;
import org.refuge.assistance.application.DistributionViews.Member;
import org.refuge.assistance.application.DistributionViews.RoundRow;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.infrastructure.DistributionLists;
import org.refuge.assistance.infrastructure.Rounds;
import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * What a desk at a site shows when a family presents itself (its slip's QR, scanned or pasted, or its registry
 * number): the household, its members with their portraits, and what is due to it in the open rounds of the desk's
 * site, with what was collected already in each period (when, where). A desk serves every family the rules admit,
 * wherever it lives; each look-up is audited as a read of the household.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class DeskService {

    @Inject
    Rounds rounds;

    @Inject
    DistributionLists lists;

    @Inject
    RoundLines roundLines;

    @Inject
    RegistryFacts registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The desk's view of a household (404 for none, or a voided one), at a site of the caller's (403 elsewhere). */
    public Desk household(@NotNull SiteCode site, @NotNull RegistryNumber number) {
        currentUser.requireSite(site);
        HouseholdFacts household = registry.household(number).orElseThrow(RegistryFacts::unknownHousehold);
        List<Member> members = registry.members(household.id()).stream().map(m -> new Member(m.personId(), m.name(), m.relationship(),
                m.sex(), m.birthDate(), m.photoId() != null)).toList();
        List<RoundRow> open = new ArrayList<>();
        List<DueLine> due = new ArrayList<>();
        for (DistributionRound round : rounds.openAt(site.value())) {
            List<RoundLines.Rule> rules = roundLines.visible(roundLines.rules(round));
            open.add(roundLines.row(round));
            due.addAll(roundLines.due(round, rules, lists.ofHousehold(roundLines.parts(rules), round.heldOn(), household.id())));
        }
        audit.record(AuditAction.READ, "Household", household.registryNumber(), "assistance desk at " + site.value());
        return new Desk(household.registryNumber(), household.headName(), household.headNameLatin(), household.status(),
                household.size(), household.siteCode(), members, open, due);
    }

    /** The portrait of the household's head (the desk compares it with the face in front of it), if any. */
    public Optional<byte[]> headPhoto(@NotNull RegistryNumber number) {
        HouseholdFacts household = registry.household(number).orElseThrow(RegistryFacts::unknownHousehold);
        return registry.headPhoto(household.id());
    }

    /** The portrait of a registered member of the household, if any (empty for a person of another household). */
    public Optional<byte[]> memberPhoto(@NotNull RegistryNumber number, @NotNull PersonId person) {
        HouseholdFacts household = registry.household(number).orElseThrow(RegistryFacts::unknownHousehold);
        boolean member = registry.members(household.id()).stream().anyMatch(m -> m.personId().equals(person.value()));
        return member ? registry.photoOfPerson(person) : Optional.empty();
    }
}
