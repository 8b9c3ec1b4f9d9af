package org.refuge.camps.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.PageChanges;

/**
 * The camp pages' changes ({@link PageChanges}): every refusal (a camp or accommodation rule, a camp or household that
 * is unknown or outside the user's sites) in the service's own words, at the page's refusal field.
 */
@RequestScoped
public class CampChanges extends PageChanges {

    @Override
    protected boolean refused(RuntimeException failure, Map<String, String> fields, String refusalField) {
        if (!(failure instanceof Refusal e)) {
            return false;
        }
        messages.refusal(refusalField, e.messageKey(), e.arguments());
        return true;
    }
}
