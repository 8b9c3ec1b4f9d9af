package org.refuge.registration.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.web.Messages;
import org.refuge.registration.application.HouseholdView.HouseholdFile;
import org.refuge.registration.application.RegistrationService;
import org.refuge.registration.application.UnknownHouseholdException;
import org.refuge.registration.domain.RegistryNumber;
import org.refuge.screening.application.ScreeningService;
import org.refuge.screening.application.ScreeningViews.Summary;

/** The household file, found by registry number ({@code ?number=}); each opening is audited by the service. */
@Named
@ViewScoped
public class HouseholdFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registration;

    @Inject
    Messages messages;

    @Inject
    ScreeningService screening;

    private String number;
    private HouseholdFile file;
    private Summary screeningSummary;

    /** View action: loads the file named by the {@code number} parameter, if any. */
    public void load() {
        file = null;
        screeningSummary = null;
        if (number == null || number.isBlank()) {
            return;
        }
        try {
            file = registration.file(RegistryNumber.parse(number));
            screeningSummary = screening.summary(RegistryNumber.parse(number));
        } catch (IllegalArgumentException | UnknownHouseholdException e) {
            messages.fieldError("find-form:number", "household.notFound");
        } catch (SiteAccessDeniedException e) {
            messages.fieldError("find-form:number", "household.otherSite");
        }
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public HouseholdFile getFile() { return file; }
    public Summary getScreeningSummary() { return screeningSummary; }
}
