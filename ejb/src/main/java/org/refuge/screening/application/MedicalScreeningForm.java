package org.refuge.screening.application;

import java.io.Serializable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.screening.domain.MedicalOutcome;
import org.refuge.screening.domain.Triage;

/** What medical staff record for a household's screening. */
public class MedicalScreeningForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Free text: any characters but control characters other than line breaks and tabs. */
    static final String TEXT = "^[^\\p{Cntrl}]*$|^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

    @NotNull(message = "{refuge.screening.triage.required}")
    private Triage triage;
    @Size(max = 2000, message = "{refuge.screening.conditions.size}")
    @Pattern(regexp = TEXT, message = "{refuge.text.control}")
    private String conditions;
    private boolean pregnancy;
    private boolean communicableSuspicion;
    private boolean hospitalReferral;
    private boolean isolationNeeded;
    @NotNull(message = "{refuge.screening.outcome.required}")
    private MedicalOutcome outcome;
    @Size(max = 500, message = "{refuge.screening.needs.size}")
    @Pattern(regexp = TEXT, message = "{refuge.text.control}")
    private String accommodationNeeds;

    public Triage getTriage() { return triage; }
    public void setTriage(Triage triage) { this.triage = triage; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public boolean isPregnancy() { return pregnancy; }
    public void setPregnancy(boolean pregnancy) { this.pregnancy = pregnancy; }
    public boolean isCommunicableSuspicion() { return communicableSuspicion; }
    public void setCommunicableSuspicion(boolean value) { this.communicableSuspicion = value; }
    public boolean isHospitalReferral() { return hospitalReferral; }
    public void setHospitalReferral(boolean hospitalReferral) { this.hospitalReferral = hospitalReferral; }
    public boolean isIsolationNeeded() { return isolationNeeded; }
    public void setIsolationNeeded(boolean isolationNeeded) { this.isolationNeeded = isolationNeeded; }
    public MedicalOutcome getOutcome() { return outcome; }
    public void setOutcome(MedicalOutcome outcome) { this.outcome = outcome; }
    public String getAccommodationNeeds() { return accommodationNeeds; }
    public void setAccommodationNeeds(String accommodationNeeds) { this.accommodationNeeds = accommodationNeeds; }
}
