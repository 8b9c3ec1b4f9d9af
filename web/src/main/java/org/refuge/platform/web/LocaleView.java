package org.refuge.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The UI language of the session: English, Armenian or Russian; first taken from the browser. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> LANGUAGES = List.of("en", "hy", "ru");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = Locale.forLanguageTag(requested != null && LANGUAGES.contains(requested.getLanguage())
                    ? requested.getLanguage() : "en");
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and reloads the current page in it. */
    public String change(String language) {
        if (LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
