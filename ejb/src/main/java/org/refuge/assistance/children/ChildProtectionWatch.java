package org.refuge.assistance.children;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.refuge.assistance.children.ChildViews.Child;
import org.refuge.camps.application.HouseholdPlaced;
import org.refuge.registration.application.HouseholdMembersChanged;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;
import org.refuge.shared.SiteCode;

/**
 * Opens a child's best-interests assessment when an SC code (unaccompanied or separated) is first recorded for them,
 * at registration or by a later correction (registration says a household's members changed), due
 * {@link #WITHIN} later; and moves the open tasks to the camp a household is placed in. Called by other contexts'
 * events, never by a user; runs in their transaction, so a registration that fails opens nothing.
 */
@Stateless
@PermitAll
public class ChildProtectionWatch {

    /** The best-interests assessment of an unaccompanied or separated child is due within 24 hours. */
    public static final Duration WITHIN = Duration.ofHours(24);

    @Inject
    ChildRecords records;

    @Inject
    BestInterestsWorkflow workflow;

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Each child of the household with an SC code and no assessment yet gets one, and its task. */
    public void membersChanged(@Observes HouseholdMembersChanged changed) {
        em.flush();   // the members as registration just wrote them
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);   // as the task's due date keeps it
        for (Child child : records.inHousehold(new RegistryNumber(changed.registryNumber()))) {
            Instant due = now.plus(WITHIN);
            if (records.openAssessment(child.personId(), new RegistryNumber(child.registryNumber()), now, due)) {
                SiteCode camp = records.campOf(child.householdId()).map(SiteCode::new).orElse(null);
                workflow.started(new PersonId(child.personId()), new RegistryNumber(child.registryNumber()), camp, due);
            }
        }
    }

    /** The household's open assessment tasks go to the social workers of the camp it was placed in. */
    public void placed(@Observes HouseholdPlaced placed) {
        workflow.placed(new RegistryNumber(placed.registryNumber()), new SiteCode(placed.campCode()));
    }
}
