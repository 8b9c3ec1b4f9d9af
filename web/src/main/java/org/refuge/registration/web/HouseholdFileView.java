package org.refuge.registration.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.web.Messages;
import org.refuge.registration.application.HouseholdView;
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
    private List<HouseholdView> matches;

    /**
     * View action and search button: a registry number opens its file; anything else is searched as a name in any
     * script, and the matches are listed.
     */
    public void load() {
        file = null;
        screeningSummary = null;
        matches = null;
        if (number == null || number.isBlank()) {
            return;
        }
        RegistryNumber registryNumber;
        try {
            registryNumber = RegistryNumber.parse(number);
        } catch (IllegalArgumentException notANumber) {
            searchByName();
            return;
        }
        try {
            file = registration.file(registryNumber);
            screeningSummary = screening.summary(registryNumber);
        } catch (UnknownHouseholdException e) {
            messages.fieldError("find-form:number", "household.notFound");
        } catch (SiteAccessDeniedException e) {
            messages.fieldError("find-form:number", "household.otherSite");
        }
    }

    private void searchByName() {
        if (number.strip().length() < 2) {
            messages.fieldError("find-form:number", "household.notFound");
            return;
        }
        matches = registration.searchByName(number.strip(), 20);
        if (matches.isEmpty()) {
            messages.fieldError("find-form:number", "household.noMatch");
        }
    }

    public List<HouseholdView> getMatches() { return matches; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public HouseholdFile getFile() { return file; }
    public Summary getScreeningSummary() { return screeningSummary; }
}
