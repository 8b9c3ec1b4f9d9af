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
import org.refuge.platform.workflow.TaskInbox;
import org.refuge.screening.application.ScreeningService;
import org.refuge.screening.application.ScreeningViews.TaskSubject;
import org.refuge.screening.application.SecurityCheckForm;
import org.refuge.screening.domain.EnquiryAnswer;

/** The security check form of an arrival task ({@code ?task=}): both enquiries, saved as they are answered. */
@Named
@ViewScoped
public class SecurityCheckView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("nssReference", "security-form:nss-reference",
            "policeReference", "security-form:police-reference");

    @Inject
    ScreeningService screening;
    @Inject
    Messages messages;
    @Inject
    FormErrors formErrors;

    private String taskId;
    private TaskSubject subject;
    private SecurityCheckForm form = new SecurityCheckForm();
    private boolean done;

    public void load() {
        if (taskId == null || taskId.isBlank()) {
            // opened without its task (a bookmark, or a sign-in that dropped the address's query): nothing to show
            messages.error("inbox.notAvailable");
            return;
        }
        try {
            subject = screening.securityTask(taskId);
            form = screening.securityCheckSoFar(taskId);
        } catch (Refusal e) {
            if (!e.is(Refusal.Kind.CONFLICT, TaskInbox.NOT_AVAILABLE) && !e.is(Refusal.Kind.FORBIDDEN, CurrentUser.OTHER_SITE)) {
                throw e;
            }
            messages.error("inbox.notAvailable");
        }
    }

    public void save() {
        try {
            done = screening.recordSecurity(taskId, form);
            messages.info(done ? "screening.security.done" : "screening.security.saved", subject.registryNumber());
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

    public EnquiryAnswer[] getAnswers() { return EnquiryAnswer.values(); }
    public String getTaskId() { return taskId; }
    public void setTaskId(String taskId) { this.taskId = taskId; }
    public TaskSubject getSubject() { return subject; }
    public SecurityCheckForm getForm() { return form; }
    public boolean isDone() { return done; }
}
