package org.refuge.camps.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.refuge.camps.domain.AccommodationRefusedException;
import org.refuge.camps.domain.CampRuleException;
import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.site.UnknownSiteException;
import org.refuge.platform.web.ConcurrentChange;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.registration.application.UnknownHouseholdException;

/**
 * Runs a change made on a camp page and shows what refused it where the user looks: Bean Validation next to each
 * field (what was typed stays), a camp or accommodation rule in the service's own words, a camp or household that is
 * unknown or outside the user's sites, a change someone else made at the same moment. A refused change fails the request's validation, so a dialog stays open.
 */
@RequestScoped
public class CampChanges {

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    /**
     * @param fields        the form's client id of each validated field
     * @param refusalField  the client id a refusal is shown at, or null for the page's messages
     * @return whether the change was made
     */
    public boolean run(Runnable change, Map<String, String> fields, String refusalField) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }, fields, refusalField).isPresent();
    }

    /** Like {@link #run}, for a change that answers: its answer, or empty when it was refused. */
    public <T> Optional<T> call(Supplier<T> change, Map<String, String> fields, String refusalField) {
        try {
            return Optional.of(change.get());
        } catch (EJBException e) {
            if (ConcurrentChange.is(e)) {
                messages.refusal(refusalField, ConcurrentChange.MESSAGE_KEY);
            } else if (!formErrors.show(e, fields)) {
                throw e;
            } else {
                return Optional.empty();
            }
        } catch (AccommodationRefusedException e) {
            messages.refusal(refusalField, e.messageKey());
        } catch (CampRuleException e) {
            messages.refusal(refusalField, e.messageKey());
        } catch (SiteAccessDeniedException e) {
            messages.fieldError(refusalField, "camp.otherSite");
        } catch (UnknownSiteException e) {
            messages.fieldError(refusalField, "camp.unknown");
        } catch (UnknownHouseholdException e) {
            messages.fieldError(refusalField, "household.notFound");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return Optional.empty();
    }
}
