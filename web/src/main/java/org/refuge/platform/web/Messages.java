package org.refuge.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Bundle-backed messages in the user's UI language: view beans pass keys, never text. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.refuge.web.i18n.messages";

    public String text(String key, Object... args) {
        return format(locale(), key, args);
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error shown next to one field, identified by its client id. */
    public void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A service's refusal (a ValidationMessages key) next to one field. */
    public void refusal(String clientId, String key, Object... args) {
        String text = Refusals.text(locale(), key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * A text for an API caller, in the first of their languages (Accept-Language) the UI has, English otherwise;
     * {@code fallback} when the bundle has no such key.
     */
    public static String forCaller(jakarta.ws.rs.core.HttpHeaders headers, String key, String fallback) {
        Locale locale = Locale.ENGLISH;
        for (Locale accepted : headers == null ? java.util.List.<Locale>of() : headers.getAcceptableLanguages()) {
            if (UI_LANGUAGES.contains(accepted.getLanguage())) {
                locale = Locale.forLanguageTag(accepted.getLanguage());
                break;
            }
        }
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The languages the UI's bundles speak. */
    private static final java.util.Set<String> UI_LANGUAGES = java.util.Set.of("en", "hy", "ru");

    static String format(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
