package org.refuge.platform.web;

import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;

/**
 * Shows a service's Bean Validation refusal on the form that caused it: each violation next to its field (by the
 * last node of its property path), in the page's language; the fields keep what was typed.
 */
@RequestScoped
public class FormErrors {

    @Resource
    ValidatorFactory validatorFactory;

    /** Returns true when the exception was a validation refusal and is now shown; false leaves it to the caller. */
    public boolean show(EJBException exception, Map<String, String> fieldToClientId) {
        if (!(exception.getCause() instanceof ConstraintViolationException violations)) {
            return showDatabaseRefusal(exception, fieldToClientId);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*\\]", "");
            String text = ViolationMessages.in(context.getViewRoot().getLocale(), violation, validatorFactory.getMessageInterpolator());
            context.addMessage(fieldToClientId.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        context.validationFailed();
        return true;
    }

    /** A database constraint that refused a value the form let through: its message at its field, or the page's. */
    private static boolean showDatabaseRefusal(EJBException exception, Map<String, String> fieldToClientId) {
        java.util.Optional<DatabaseRefusal> refusal = DatabaseRefusal.of(exception);
        if (refusal.isEmpty()) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String field = refusal.get().field();
        String clientId = field == null ? null : fieldToClientId.get(field.substring(field.lastIndexOf('.') + 1));
        String text = Refusals.text(context.getViewRoot().getLocale(), refusal.get().messageKey());
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
        return true;
    }
}
