package org.refuge.protection.web;

import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;

import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.web.PageChanges;
import org.refuge.platform.workflow.TaskNotAvailableException;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.registration.application.UnknownHouseholdException;
import org.refuge.registration.application.UnknownPersonException;

/**
 * The temporary-protection pages' changes ({@link PageChanges}): a protection or document rule in the service's
 * words (the ValidationMessages keys the API answers with too), a household or person that is unknown or outside the
 * user's sites, a step the user's role does not allow, an inbox task that is gone or taken. A rule that names one of
 * the validated parameters (a missing legal ground) is shown at that field.
 */
@RequestScoped
public class ProtectionChanges extends PageChanges {

    @Override
    protected boolean refusedWrapped(EJBException failure, String refusalField) {
        if (failure instanceof EJBAccessException) {
            messages.fieldError(refusalField, "protection.notAllowed");
            return true;
        }
        return false;
    }

    @Override
    protected boolean refused(RuntimeException failure, Map<String, String> fields, String refusalField) {
        if (failure instanceof Refusal e) {
            String rule = ProtectionRefusals.rule(e);
            messages.refusal(rule == null ? refusalField : fields.getOrDefault(rule, refusalField), e.messageKey(), e.arguments());
        } else if (failure instanceof TaskNotAvailableException) {
            messages.fieldError(refusalField, "protection.taskGone");
        } else if (failure instanceof UnknownHouseholdException) {
            messages.fieldError(refusalField, "household.notFound");
        } else if (failure instanceof SiteAccessDeniedException) {
            messages.fieldError(refusalField, "household.otherSite");
        } else if (failure instanceof UnknownPersonException) {
            messages.fieldError(refusalField, "protection.unknownPerson");
        } else {
            return false;
        }
        return true;
    }
}
