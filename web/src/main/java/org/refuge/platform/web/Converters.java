package org.refuge.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/** What a converter of ours says when a typed text cannot be read: the field's own message, or the bundle's. */
final class Converters {

    private Converters() {
    }

    static FacesMessage refusal(FacesContext context, UIComponent component, String key) {
        String own = component instanceof UIInput input ? input.getConverterMessage() : null;
        String text = own != null && !own.isBlank() ? own
                : Messages.format(context.getViewRoot() != null ? context.getViewRoot().getLocale() : java.util.Locale.ENGLISH, key);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
