package org.refuge.camps.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.site.UnknownSiteException;
import org.refuge.platform.web.PageChanges;
import org.refuge.registration.application.UnknownHouseholdException;

/**
 * The camp pages' changes ({@link PageChanges}): a refusal (a camp or accommodation rule) in the service's own words, a camp or
 * household that is unknown or outside the user's sites.
 */
@RequestScoped
public class CampChanges extends PageChanges {

    @Override
    protected boolean refused(RuntimeException failure, Map<String, String> fields, String refusalField) {
        if (failure instanceof Refusal e) {
            messages.refusal(refusalField, e.messageKey(), e.arguments());
        } else if (failure instanceof SiteAccessDeniedException) {
            messages.fieldError(refusalField, "camp.otherSite");
        } else if (failure instanceof UnknownSiteException) {
            messages.fieldError(refusalField, "camp.unknown");
        } else if (failure instanceof UnknownHouseholdException) {
            messages.fieldError(refusalField, "household.notFound");
        } else {
            return false;
        }
        return true;
    }
}
