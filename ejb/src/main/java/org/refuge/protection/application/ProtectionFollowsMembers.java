package org.refuge.protection.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.refuge.protection.domain.ProtectionStatus;
import org.refuge.registration.application.PersonMovedHousehold;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.registration.application.RegistryFacts.HouseholdFacts;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * A protected person who moves to another household (an earlier registration linked at the desk, a duplicate
 * resolved) takes their protection along, and the identity-document processes of both households follow:
 * <ul>
 * <li>the household they joined has a process (started by the move if it had none, its three days running from the
 * move) whose renewal comes before the earliest expiry of its protected members now, and whose police task waits
 * only while one of them waits for a card;</li>
 * <li>the household they left ends its process when nobody protected is left in it; otherwise its renewal follows
 * those left, and its clock ends when none of them waits for a card.</li>
 * </ul>
 * Done after the move has committed, in a transaction of its own that takes the households' turns before anything
 * else (a grant takes the turn first too, so the two never wait for each other's locks the other way round); a
 * failure here leaves the move done and is logged, and the household's next grant starts its process anyway.
 */
@ApplicationScoped
public class ProtectionFollowsMembers {

    private static final Logger LOG = Logger.getLogger(ProtectionFollowsMembers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject RegistryFacts registry;
    @Inject ProtectedHouseholds households;
    @Inject ProtectionSteps steps;
    @Inject DocumentsWorkflow workflow;
    @Inject DocumentClock documentClock;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void personMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonMovedHousehold moved) {
        try {
            ProtectionStatus protection = em.find(ProtectionStatus.class, moved.person().value());
            if (protection == null || !protection.status().active()) {
                return;   // nothing of protection moves with them
            }
            Optional<HouseholdFacts> joined = live(new RegistryNumber(moved.toRegistryNumber()));
            Optional<HouseholdFacts> left = live(new RegistryNumber(moved.fromRegistryNumber()));
            // both turns in one order, whichever way a person moves
            java.util.stream.Stream.of(joined, left).flatMap(Optional::stream).map(HouseholdFacts::id).sorted(Comparator.naturalOrder())
                    .forEach(documentClock::takeTurn);
            joined.ifPresent(this::joined);
            left.ifPresent(this::left);
        } catch (RuntimeException failed) {
            // the kind of failure only: nothing of the person or the households in the log
            LOG.log(Level.WARNING, "the document processes did not follow a protected person who moved: {0}", failed.getClass().getSimpleName());
            throw failed;
        }
    }

    private Optional<HouseholdFacts> live(RegistryNumber number) {
        return registry.anyHousehold(number).filter(h -> !"VOIDED".equals(h.status()));
    }

    private void joined(HouseholdFacts household) {
        RegistryNumber number = ProtectedHouseholds.numberOf(household);
        List<ProtectionStatus> active = households.active(household.id());
        if (active.isEmpty()) {
            return;
        }
        Instant renewal = steps.renewalAt(earliest(active));
        // a household that has its process keeps it, and its renewal comes before the earliest expiry now
        workflow.protectionGranted(number, new SiteCode(household.siteCode()), Instant.now(clock), renewal);
        workflow.renewalMoved(number, renewal);
        if (documentClock.waitingIn(number) == 0) {
            workflow.documentsHandedOver(number);
        }
    }

    private void left(HouseholdFacts household) {
        RegistryNumber number = ProtectedHouseholds.numberOf(household);
        List<ProtectionStatus> active = households.active(household.id());
        if (active.isEmpty()) {
            workflow.protectionEnded(number);
            documentClock.breachClosed(number, "PROTECTION_ENDED");
        } else {
            workflow.renewalMoved(number, steps.renewalAt(earliest(active)));
            documentClock.nobodyWaitingAfterProtectionEnded(number);
        }
    }

    private static LocalDate earliest(List<ProtectionStatus> active) {
        return active.stream().map(ProtectionStatus::validUntil).min(LocalDate::compareTo).orElseThrow();
    }
}
