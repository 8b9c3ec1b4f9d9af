package org.refuge.assistance.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.assistance.children.AssessmentForm;
import org.refuge.assistance.children.AssessmentOutcome;
import org.refuge.assistance.children.CaregiverForm;
import org.refuge.assistance.children.ChildProtectionService;
import org.refuge.assistance.children.ChildViews.ChildFile;
import org.refuge.assistance.children.Relation;
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.Changes;
import org.refuge.platform.web.Messages;
import org.refuge.shared.PersonId;

/**
 * A child's file for the social worker (assistance/best-interests.xhtml), opened from the children's list
 * ({@code ?person=}) or from the inbox's best-interests task ({@code ?task=}): the caregiver or guardian (recorded or
 * changed, the history below) and the best-interests assessment's outcome, which completes the task.
 */
@Named
@ViewScoped
public class ChildFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildProtectionService children;

    @Inject
    Changes changes;

    @Inject
    Messages messages;

    private String person;   // <f:viewParam name="person">
    private String task;     // <f:viewParam name="task">
    private ChildFile file;
    private CaregiverForm caregiver = new CaregiverForm();
    private String caregiverPerson = "";
    private AssessmentForm assessment = new AssessmentForm();

    /** The child asked for; without one (a sign-in that dropped the address's query), or one gone, a message instead. */
    public void load() {
        boolean byTask = task != null && !task.isBlank() && (person == null || person.isBlank());
        if (!byTask && (person == null || person.isBlank())) {
            messages.error("child.none");
            return;
        }
        try {
            PersonId child = byTask ? children.childOfTask(task) : PersonId.parse(person);
            person = child.value().toString();
            file = children.file(child);
        } catch (Refusal e) {
            if (e.kind() != Refusal.Kind.NOT_FOUND && e.kind() != Refusal.Kind.INVALID) {
                throw e;
            }
            messages.error("child.none");
        } catch (IllegalArgumentException notAnId) {
            messages.error("child.none");
        }
    }

    public void recordCaregiver() {
        if (!caregiverPerson.isBlank()) {
            try {
                caregiver.setPersonId(UUID.fromString(caregiverPerson.strip()));
            } catch (IllegalArgumentException notAnId) {
                messages.fieldError("caregiver-form:caregiver-person", "child.caregiver.personId.invalid");
                return;
            }
        }
        var saved = changes.call(() -> children.recordCaregiver(PersonId.parse(person), caregiver), Map.of("name",
                "caregiver-form:caregiver-name", "relation", "caregiver-form:relation", "contact", "caregiver-form:contact",
                "personId", "caregiver-form:caregiver-person"), null);
        saved.ifPresent(f -> {
            file = f;
            caregiver = new CaregiverForm();
            caregiverPerson = "";
            messages.info("child.caregiver.recorded");
        });
    }

    public void assess() {
        var saved = changes.call(() -> children.assess(PersonId.parse(person), assessment), Map.of("outcome",
                "assessment-form:outcome", "note", "assessment-form:note"), "assessment-form:outcome");
        saved.ifPresent(f -> {
            file = f;
            messages.info("child.assessment.recorded");
        });
    }

    public List<Relation> getRelations() {
        return List.of(Relation.values());
    }

    public List<AssessmentOutcome> getOutcomes() {
        return List.of(AssessmentOutcome.values());
    }

    public ChildFile getFile() { return file; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public CaregiverForm getCaregiver() { return caregiver; }
    public String getCaregiverPerson() { return caregiverPerson; }
    public void setCaregiverPerson(String caregiverPerson) { this.caregiverPerson = caregiverPerson == null ? "" : caregiverPerson; }
    public AssessmentForm getAssessment() { return assessment; }
}
