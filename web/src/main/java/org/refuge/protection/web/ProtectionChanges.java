package org.refuge.protection.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.web.ConcurrentChange;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.platform.workflow.TaskNotAvailableException;
import org.refuge.protection.domain.ProtectionRefusedException;
import org.refuge.registration.application.UnknownHouseholdException;
import org.refuge.registration.application.UnknownPersonException;

/**
 * Runs a read or a change made on the temporary-protection pages and shows what refused it where the user looks: Bean
 * Validation next to each field (what was typed stays), a protection or document rule in the service's own words (the
 * ValidationMessages keys the API answers with too), a household or person that is unknown or outside the user's
 * sites, a step the user's role does not allow, an inbox task that is gone or taken, a change someone else made at
 * the same moment. A rule that names one of the validated parameters (a missing legal ground) is shown at that field.
 * A refused call fails the request's validation, so a dialog stays open.
 */
@RequestScoped
public class ProtectionChanges {

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    /**
     * @param fields       the form's client id of each validated parameter (by the service's parameter name)
     * @param refusalField the client id a refusal is shown at (unless its rule names one of the fields), or null for the
     *                     page's messages
     * @return whether the change was made
     */
    public boolean run(Runnable change, Map<String, String> fields, String refusalField) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }, fields, refusalField).isPresent();
    }

    /** Like {@link #run}, for a call that answers: its answer, or empty when it was refused. */
    public <T> Optional<T> call(Supplier<T> change, Map<String, String> fields, String refusalField) {
        try {
            return Optional.of(change.get());
        } catch (EJBAccessException e) {
            messages.fieldError(refusalField, "protection.notAllowed");
        } catch (EJBException e) {
            if (ConcurrentChange.is(e)) {
                messages.refusal(refusalField, ConcurrentChange.MESSAGE_KEY);
            } else if (!formErrors.show(e, fields)) {
                throw e;
            } else {
                return Optional.empty();
            }
        } catch (ProtectionRefusedException e) {
            messages.refusal(fields.getOrDefault(e.rule(), refusalField), e.messageKey(), e.arguments());
        } catch (TaskNotAvailableException e) {
            messages.fieldError(refusalField, "protection.taskGone");
        } catch (UnknownHouseholdException e) {
            messages.fieldError(refusalField, "household.notFound");
        } catch (SiteAccessDeniedException e) {
            messages.fieldError(refusalField, "household.otherSite");
        } catch (UnknownPersonException e) {
            messages.fieldError(refusalField, "protection.unknownPerson");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return Optional.empty();
    }
}
