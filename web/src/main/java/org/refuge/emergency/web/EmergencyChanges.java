package org.refuge.emergency.web;

import java.util.Map;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;

import org.refuge.emergency.application.ActionPlanRefusedException;
import org.refuge.emergency.application.UnknownInfluxEventException;
import org.refuge.platform.web.PageChanges;
import org.refuge.registration.application.RegistrationRefusedException;

/**
 * The emergency pages' changes ({@link PageChanges}): an emergency rule (plan already active, decree number taken) or
 * an unknown citizenship in the service's own words, an influx event that no longer exists.
 */
@RequestScoped
public class EmergencyChanges extends PageChanges {

    @Override
    protected boolean refusedWrapped(EJBException failure, String refusalField) {
        if (unknownEvent(failure)) {
            messages.error("actionPlan.unknown");
            return true;
        }
        return false;
    }

    @Override
    protected boolean refused(RuntimeException failure, Map<String, String> fields, String refusalField) {
        if (failure instanceof UnknownInfluxEventException) {
            messages.error("actionPlan.unknown");
        } else if (failure instanceof ActionPlanRefusedException e) {
            messages.refusal(refusalField, e.messageKey());
        } else if (failure instanceof RegistrationRefusedException e) {
            messages.refusal(fields.getOrDefault(e.field(), refusalField), e.messageKey(), e.arguments());
        } else {
            return false;
        }
        return true;
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
