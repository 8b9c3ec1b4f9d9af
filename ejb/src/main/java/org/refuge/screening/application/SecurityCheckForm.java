package org.refuge.screening.application;

import java.io.Serializable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.screening.domain.EnquiryAnswer;

/** The enquiries of a security check as the police record them: reference numbers and answers. */
public class SecurityCheckForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REFERENCE = "^[A-Za-z0-9/.-]*$";

    @Size(max = 60, message = "{refuge.security.reference.format}")
    @Pattern(regexp = REFERENCE, message = "{refuge.security.reference.format}")
    private String nssReference;
    @NotNull
    private EnquiryAnswer nssAnswer = EnquiryAnswer.PENDING;
    @Size(max = 60, message = "{refuge.security.reference.format}")
    @Pattern(regexp = REFERENCE, message = "{refuge.security.reference.format}")
    private String policeReference;
    @NotNull
    private EnquiryAnswer policeAnswer = EnquiryAnswer.PENDING;

    public String getNssReference() { return nssReference; }
    public void setNssReference(String nssReference) { this.nssReference = nssReference; }
    public EnquiryAnswer getNssAnswer() { return nssAnswer; }
    public void setNssAnswer(EnquiryAnswer nssAnswer) { this.nssAnswer = nssAnswer; }
    public String getPoliceReference() { return policeReference; }
    public void setPoliceReference(String policeReference) { this.policeReference = policeReference; }
    public EnquiryAnswer getPoliceAnswer() { return policeAnswer; }
    public void setPoliceAnswer(EnquiryAnswer policeAnswer) { this.policeAnswer = policeAnswer; }
}
