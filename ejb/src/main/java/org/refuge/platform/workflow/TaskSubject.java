package org.refuge.platform.workflow;

import java.util.Set;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;

/**
 * What a task is about, as its inbox row shows it, so that a desk can tell one task from another without opening it:
 * a household (its head's name as written and in Latin letters, how many persons, the categories of their specific
 * needs, the border crossing point that registered it) or another record (its title only, never a bare id).
 *
 * @param titleLatin the title in Latin letters, or null when the title is written in them
 * @param persons    how many persons, or null for a record that is not a household
 * @param needCategories UNHCR specific-need categories ({@code DS}, {@code SC}, ...), as the reader may see them
 * @param siteCode   the site of the record, or null
 */
public record TaskSubject(String title, String titleLatin, Integer persons,
                          @Classified(Sensitivity.SENSITIVE_NEEDS) Set<String> needCategories, String siteCode) {

    /** A record that is not a household: only its title. */
    public static TaskSubject titled(String title) {
        return new TaskSubject(title, null, null, Set.of(), null);
    }
}
