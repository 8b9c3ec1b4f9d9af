package org.refuge.protection.web;

import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;

import org.refuge.platform.web.PageChanges;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.shared.RegistryNumber;

/**
 * The temporary-protection pages' changes ({@link PageChanges}): every refusal in the service's words (the
 * ValidationMessages keys the API answers with too): a protection or document rule, a household or person that is
 * unknown or outside the user's sites, an inbox task that is gone or taken; and a step the user's role does not allow.
 * A rule that names one of the validated parameters (a missing legal ground) is shown at that field.
 */
@RequestScoped
public class ProtectionChanges extends PageChanges {

    /**
     * The registry number typed in a page's field, parsed once by the shared kernel; text that is not one is refused
     * in the words the API answers with, at the field a change names as its refusal field.
     */
    static RegistryNumber registryNumber(String typed) {
        try {
            return RegistryNumber.parse(typed);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("registryNumber", "refuge.id.registryNumber");
        }
    }

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
        if (!(failure instanceof Refusal e)) {
            return false;
        }
        String rule = ProtectionRefusals.rule(e);
        // a rule names the field it is about; a refusal of a filter or a typed id names its field itself
        String about = rule != null ? rule : e.field();
        messages.refusal(about == null ? refusalField : fields.getOrDefault(about, refusalField), e.messageKey(), e.arguments());
        return true;
    }
}
