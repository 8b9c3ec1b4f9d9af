package org.refuge.screening.web;

import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.platform.web.RefusalMessages;
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.screening.application.MedicalScreeningForm;
import org.refuge.screening.application.ScreeningService;
import org.refuge.screening.application.ScreeningViews.TaskSubject;
import org.refuge.screening.domain.MedicalOutcome;
import org.refuge.screening.domain.Triage;

/** The medical screening form of an arrival task ({@code ?task=}); opening it takes the task. Medical staff only. */
@Named
@ViewScoped
public class MedicalScreeningView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("triage", "medical-form:triage", "outcome", "medical-form:outcome",
            "conditions", "medical-form:conditions", "accommodationNeeds", "medical-form:needs");

    @Inject
    ScreeningService screening;
    @Inject
    Messages messages;
    @Inject
    FormErrors formErrors;

    private String taskId;
    private TaskSubject subject;
    private MedicalScreeningForm form = new MedicalScreeningForm();
    private boolean done;

    public void load() {
        if (taskId == null || taskId.isBlank()) {
            // opened without its task (a bookmark, or a sign-in that dropped the address's query): nothing to show
            messages.error("inbox.notAvailable");
            return;
        }
        try {
            subject = screening.medicalTask(taskId);
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.CONFLICT, TaskInbox.NOT_AVAILABLE) && !e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                throw e;
            }
            messages.error("inbox.notAvailable");
        }
    }

    public void save() {
        RefusalMessages.at(FIELDS);
        try {
            screening.recordMedical(taskId, form);
            done = true;
            messages.info("screening.medical.saved", subject.registryNumber());
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.CONFLICT, TaskInbox.NOT_AVAILABLE)) {
                throw e;
            }
            messages.error("inbox.notAvailable");
        } catch (EJBException e) {
            if (!formErrors.show(e, FIELDS)) {
                throw e;
            }
        }
    }

    public Triage[] getTriages() { return Triage.values(); }
    public MedicalOutcome[] getOutcomes() { return MedicalOutcome.values(); }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public TaskSubject getSubject() { return subject; }
    public MedicalScreeningForm getForm() { return form; }
    public boolean isDone() { return done; }
}
