package org.refuge.protection.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.refuge.platform.audit.AuditAction;
import org.refuge.platform.audit.AuditTrail;
import org.refuge.platform.security.Roles;
import org.refuge.protection.application.BulkGrantResults.Item;
import org.refuge.protection.application.ProtectionService.HouseholdProtection;
import org.refuge.protection.application.ProtectionService.Member;
import org.refuge.protection.domain.Decree;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;

/**
 * One household of a bulk grant ({@link BulkGrants}) in a transaction of its own, committed before the next household
 * starts: the single grant's steps ({@link ProtectionSteps#grant}) with its roles, site scope, rules, history events,
 * audit and identity-document process, on the members read once. Under the household's turn, a household with nobody left to grant (everyone the decree
 * can protect is protected) answers "already granted" instead of a refusal, so that a second call or a retry without a
 * key reads as what happened. Each person granted gets an audit entry of their own. A refusal leaves the call (and
 * rolls this household's transaction back) for {@link BulkGrants} to answer.
 */
@Stateless
@RolesAllowed(Roles.CASEWORKER)
public class BulkGrantItem {

    @Inject
    ProtectionSteps steps;

    @Inject
    ProtectedHouseholds households;

    @Inject
    DocumentClock documentClock;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Item grant(RegistryNumber number, UUID decreeId) {
        HouseholdFacts household = households.require(number);
        documentClock.takeTurn(household.id());   // a single grant takes the same turn: parallel calls grant once
        Decree decree = steps.decree(decreeId);
        List<Member> before = steps.members(household, decree);
        List<Member> waiting = before.stream().filter(m -> m.status() == null).toList();
        long protectedBefore = before.stream().filter(BulkGrantItem::active).count();
        // nothing more a grant can do: those left wait for an exception (a hit, outside the decree); a member whose own
        // check has not answered yet is answered as the single grant answers ("securityPending"), so nobody is forgotten
        boolean pending = waiting.stream().anyMatch(m -> "PENDING".equals(m.security()));
        if (protectedBefore > 0 && !pending && waiting.stream().noneMatch(Member::grantable)) {
            return BulkGrantResults.alreadyGranted(household.registryNumber(), (int) protectedBefore);
        }
        HouseholdProtection after = steps.grant(household, decree, before, null);
        Set<UUID> wereWaiting = waiting.stream().map(Member::personId).collect(Collectors.toSet());
        List<Member> granted = after.members().stream().filter(m -> wereWaiting.contains(m.personId()) && active(m)).toList();
        for (Member member : granted) {
            audit.record(AuditAction.UPDATE, "Person", member.personId().toString(),
                    "temporary protection granted under decree " + after.decreeNumber() + " (bulk grant)");
        }
        return BulkGrantResults.granted(household.registryNumber(), granted.size());
    }

    private static boolean active(Member member) {
        return "GRANTED".equals(member.status()) || "EXTENDED".equals(member.status());
    }
}
