package org.refuge.assistance.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.application.FollowUpForms.ActionForm;
import org.refuge.assistance.application.FollowUpForms.ActionOutcomeForm;
import org.refuge.assistance.application.FollowUpForms.CloseForm;
import org.refuge.assistance.application.FollowUpService;
import org.refuge.assistance.application.FollowUpViews.ActionView;
import org.refuge.assistance.application.FollowUpViews.CaseView;
import org.refuge.assistance.domain.ActionOutcome;
import org.refuge.assistance.domain.CaseOutcome;
import org.refuge.assistance.domain.FollowUpKind;
import org.refuge.platform.config.RefugeSettings;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.shared.RegistryNumber;

/**
 * One follow-up case, opened from the list (its id) or from the "follow up" task of the inbox (the household's
 * registry number): the family's needs as the reader may see them, the actions with their due days, assignees and
 * outcomes, a new action, an action's outcome, and the case closed with its outcome.
 */
@Named
@ViewScoped
public class FollowUpCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUpService followUp;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    @Inject
    RefugeSettings settings;

    private String id;                  // <f:viewParam name="id">
    private String household;           // <f:viewParam name="household">, from the inbox
    private CaseView model;
    private ActionForm action;
    private UUID completing;
    private ActionOutcomeForm outcome = new ActionOutcomeForm();
    private CloseForm closing = new CloseForm();

    public void load() {
        try {
            if (id != null && !id.isBlank()) {
                model = followUp.find(UUID.fromString(id.strip()));
            } else if (household != null && !household.isBlank()) {
                model = followUp.ofHousehold(new RegistryNumber(household.strip().toUpperCase(java.util.Locale.ROOT)));
            }
        } catch (IllegalArgumentException notAnId) {
            model = null;
        } catch (Refusal refusal) {
            if (!refusal.is(Refusal.Kind.NOT_FOUND, org.refuge.assistance.domain.FollowUpCase.UNKNOWN)) {
                throw refusal;
            }
            model = null;
        }
        if (model == null) {
            messages.error("followUp.notFound");
        }
    }

    public void addAction() {
        changes.call(() -> followUp.addAction(model.id(), getAction()), Map.of("kind", "action-form:kind", "partnerCode",
                "action-form:partner", "dueOn", "action-form:due-on", "assignee", "action-form:assignee", "note", "action-form:note"),
                "action-form:kind").ifPresent(saved -> {
                    model = saved;
                    action = null;
                    messages.info("followUp.action.recorded");
                });
    }

    public void startCompletion(ActionView row) {
        completing = row.id();
        outcome = new ActionOutcomeForm();
    }

    public void completeAction() {
        changes.call(() -> followUp.completeAction(model.id(), completing, outcome), Map.of("outcome", "outcome-form:outcome",
                "note", "outcome-form:outcome-note"), "outcome-form:outcome").ifPresent(saved -> {
                    model = saved;
                    completing = null;
                    messages.info("followUp.action.completed");
                });
    }

    public void close() {
        changes.call(() -> followUp.close(model.id(), closing), Map.of("outcome", "close-form:close-outcome", "note", "close-form:close-note"),
                "close-form:close-outcome").ifPresent(saved -> {
                    model = saved;
                    messages.info("followUp.closed");
                });
    }

    public ActionForm getAction() {
        if (action == null) {
            action = new ActionForm();
            action.setDueOn(LocalDate.now(settings.zone()).plusDays(3));
        }
        return action;
    }

    public List<FollowUpKind> getKinds() { return List.of(FollowUpKind.values()); }
    public List<ActionOutcome> getActionOutcomes() { return List.of(ActionOutcome.values()); }
    public List<CaseOutcome> getCaseOutcomes() { return List.of(CaseOutcome.values()); }
    public boolean isOpen() { return model != null && model.status() == org.refuge.assistance.domain.FollowUpCase.Status.OPEN; }
    public CaseView getModel() { return model; }
    public ActionOutcomeForm getOutcome() { return outcome; }
    public CloseForm getClosing() { return closing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getHousehold() { return household; }
    public void setHousehold(String household) { this.household = household; }
}
