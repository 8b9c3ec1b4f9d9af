package org.refuge.assistance.application;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.assistance.domain.ActionOutcome;
import org.refuge.assistance.domain.CaseOutcome;
import org.refuge.assistance.domain.FollowUpKind;

/** What a social worker types on a follow-up case; validated at the boundary. */
public final class FollowUpForms {

    private FollowUpForms() {
    }

    /** A new action: its kind (and partner, for a referral to one), a note, the day it is due and who does it. */
    public static class ActionForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.followUp.action.kind}")
        private FollowUpKind kind;
        @Pattern(regexp = CatalogueForms.CODE, message = "{refuge.followUp.action.partner}")
        private String partnerCode;
        @Size(max = 1000, message = "{refuge.followUp.note}")
        private String note;
        /** Today or later where the application works: checked by the service. */
        @NotNull(message = "{refuge.followUp.action.dueOn}")
        private LocalDate dueOn;
        /** A user name; the one recording it when empty. */
        @Size(max = 100, message = "{refuge.followUp.action.assignee}")
        @Pattern(regexp = "^[A-Za-z0-9._@-]*$", message = "{refuge.followUp.action.assignee}")
        private String assignee;

        public FollowUpKind getKind() { return kind; }
        public void setKind(FollowUpKind kind) { this.kind = kind; }
        public String getPartnerCode() { return partnerCode; }
        public void setPartnerCode(String partnerCode) { this.partnerCode = partnerCode; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public String getAssignee() { return assignee; }
        public void setAssignee(String assignee) { this.assignee = assignee; }
    }

    /** An action done: its outcome and a note. */
    public static class ActionOutcomeForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.followUp.outcome}")
        private ActionOutcome outcome;
        @Size(max = 1000, message = "{refuge.followUp.note}")
        private String note;

        public ActionOutcome getOutcome() { return outcome; }
        public void setOutcome(ActionOutcome outcome) { this.outcome = outcome; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** The case closed: its outcome and a note. */
    public static class CloseForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @NotNull(message = "{refuge.followUp.outcome}")
        private CaseOutcome outcome;
        @Size(max = 1000, message = "{refuge.followUp.note}")
        private String note;

        public CaseOutcome getOutcome() { return outcome; }
        public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
