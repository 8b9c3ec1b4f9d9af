package org.refuge.assistance.children;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The outcome of a child's best-interests assessment, with the social worker's note. */
public class AssessmentForm {

    @NotNull(message = "{refuge.child.assessment.outcome}")
    private AssessmentOutcome outcome;

    @Size(max = 2000, message = "{refuge.child.assessment.note}")
    @Pattern(regexp = "^[^\\p{Cntrl}&&[^\\r\\n\\t]]*$", message = "{refuge.child.assessment.note}")
    private String note;

    public AssessmentForm() {
    }

    public AssessmentForm(AssessmentOutcome outcome, String note) {
        this.outcome = outcome;
        this.note = note;
    }

    public AssessmentOutcome getOutcome() { return outcome; }
    public void setOutcome(AssessmentOutcome outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
