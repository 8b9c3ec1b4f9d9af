package org.refuge.assistance.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.refuge.assistance.domain.AidCollection;
import org.refuge.assistance.domain.DistributionRound;
import org.refuge.assistance.domain.ItemCategory;
import org.refuge.assistance.domain.PartnerKind;
import org.refuge.assistance.infrastructure.Catalogue;
import org.refuge.emergency.application.ActionPlanMeasures;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Roles;
import org.refuge.platform.site.SiteKind;
import org.refuge.platform.site.SiteService;

/**
 * What assistance tells the action plan (issue 14, item 9): the third area's measures are completed by what happens,
 * not by a checkbox alone. Food handed out from a state source ("allocate food and shelter from the state reserves")
 * and a social worker's distribution round at a camp ("involve social workers to provide food and accommodation")
 * each complete their measure in every activated plan that still waits for it, once the act is committed (a
 * transactional observer), in a transaction of its own: a measure met by two desks at once is done by one of them,
 * and neither collection is undone by it.
 */
@ApplicationScoped
public class ActionPlanProgress {

    @Inject
    Catalogue catalogue;

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    private static final Logger LOG = Logger.getLogger(ActionPlanProgress.class);

    @Inject
    ActionPlanMeasures measures;

    @Inject
    Event<ActionPlanMeasures.Met> met;

    /** Lines were handed over: a food line from a state partner meets the state-reserve measure. */
    void collected(List<AidCollection> written) {
        boolean stateFood = written.stream().anyMatch(c -> catalogue.item(c.itemCode()).filter(i -> i.category() == ItemCategory.FOOD).isPresent()
                && catalogue.partner(c.partnerCode()).filter(p -> p.kind() == PartnerKind.STATE).isPresent());
        if (stateFood) {
            met.fire(ActionPlanMeasures.Met.FOOD_FROM_STATE_RESERVE);
        }
    }

    /** A round was opened: by a social worker at a camp, it meets the social-workers measure. */
    void roundOpened(DistributionRound round) {
        if (currentUser.hasRole(Roles.SOCIAL_WORKER)
                && sites.byCodes(List.of(round.siteCode())).stream().anyMatch(s -> s.kind() == SiteKind.CAMP)) {
            met.fire(ActionPlanMeasures.Met.SOCIAL_WORKERS_AT_CAMP);
        }
    }

    /** After the act's commit: the measure, in its own transaction; one met already by another desk is left as it is. */
    void after(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActionPlanMeasures.Met what) {
        try {
            int plans = measures.met(what);
            if (plans > 0) {
                LOG.infof("Action-plan measure %s met in %d plan(s)", what, plans);
            }
        } catch (RuntimeException concurrent) {
            LOG.infof("Action-plan measure %s not recorded now (%s); another act met it at the same instant",
                    what, concurrent.getClass().getSimpleName());
        }
    }
}
