package org.refuge.platform.web;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.refuge.platform.refusal.Refusal;

/**
 * Shows a service's {@link Refusal} on the page: its text in the page's language, at the component of the field it
 * names when the page said where that field is ({@link #at}), else among the page's messages. The request's
 * validation fails, so that a dialog stays open and PrimeFaces reports {@code validationFailed} to the page.
 */
public final class RefusalMessages {

    private static final String TARGETS = RefusalMessages.class.getName() + ".targets";

    private RefusalMessages() {
    }

    /**
     * Says where this request's page shows a refusal of each field (the service's parameter or property name, as
     * {@link Refusal#field()} names it, to the component's client id). Called by an action before it calls the service.
     */
    public static void at(Map<String, String> fieldToClientId) {
        FacesContext.getCurrentInstance().getAttributes().put(TARGETS, Map.copyOf(fieldToClientId));
    }

    /** Shows the refusal at the component its field is mapped to by {@link #at}, or among the page's messages. */
    public static void show(FacesContext context, Refusal refusal) {
        @SuppressWarnings("unchecked")
        Map<String, String> targets = (Map<String, String>) context.getAttributes().getOrDefault(TARGETS, Map.of());
        show(context, refusal, refusal.field() == null ? null : targets.get(refusal.field()));
    }

    /** Shows the refusal at the component of this client id (null: among the page's messages). */
    public static void show(FacesContext context, Refusal refusal, String clientId) {
        String text = Refusals.text(context.getViewRoot().getLocale(), refusal.messageKey(), refusal.arguments());
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }
}
