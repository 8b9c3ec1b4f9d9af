package org.refuge.emergency.web;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.refuge.emergency.application.ActionPlanRefusedException;
import org.refuge.emergency.application.UnknownInfluxEventException;
import org.refuge.platform.web.ConcurrentChange;
import org.refuge.platform.web.FormErrors;
import org.refuge.platform.web.Messages;
import org.refuge.registration.application.RegistrationRefusedException;

/**
 * Runs a change made on the emergency pages and shows what refused it where the user looks: Bean Validation next to
 * each field (what was typed stays), an emergency rule (plan already active, decree number taken) or an unknown
 * citizenship in the service's own words, an influx event that no longer exists, a change someone else made at the
 * same moment. A refused change fails the request's validation.
 */
@RequestScoped
public class EmergencyChanges {

    @Inject
    Messages messages;

    @Inject
    FormErrors formErrors;

    /**
     * @param fields       the form's client id of each validated field (by the service's property name)
     * @param refusalField the client id a rule's refusal is shown at, or null for the page's messages
     * @return the change's answer, or empty when it was refused
     */
    public <T> Optional<T> call(Supplier<T> change, Map<String, String> fields, String refusalField) {
        try {
            return Optional.of(change.get());
        } catch (EJBException e) {
            if (ConcurrentChange.is(e)) {
                messages.refusal(refusalField, ConcurrentChange.MESSAGE_KEY);
            } else if (unknownEvent(e)) {
                messages.error("actionPlan.unknown");
            } else if (!formErrors.show(e, fields)) {
                throw e;
            } else {
                return Optional.empty();
            }
        } catch (UnknownInfluxEventException e) {
            messages.error("actionPlan.unknown");
        } catch (ActionPlanRefusedException e) {
            messages.refusal(refusalField, e.messageKey());
        } catch (RegistrationRefusedException e) {
            messages.refusal(fields.getOrDefault(e.field(), refusalField), e.messageKey(), e.arguments());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return Optional.empty();
    }

    /** Whether a failure says that the influx event asked for does not exist (the exception may come wrapped). */
    static boolean unknownEvent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnknownInfluxEventException) {
                return true;
            }
        }
        return false;
    }
}
