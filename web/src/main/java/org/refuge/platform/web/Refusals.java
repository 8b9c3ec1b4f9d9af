package org.refuge.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the services' refusals ({@link org.refuge.platform.refusal.Refusal}): keys of the
 * ValidationMessages bundles, which Bean Validation uses too, so that a rule reads the same on a screen and in the API.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
