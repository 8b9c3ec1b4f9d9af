package org.refuge.screening.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who is screened first: a family with a specific need that cannot wait in the queue of a crowded border crossing
 * point (a disability, a serious medical condition, an older person, a woman or child at risk, an unaccompanied
 * child) has its medical screening and security check ranked before the others ({@link #FIRST}); every other family is
 * screened in the order it arrived ({@link #NORMAL}, the engine's default task priority). Carried by the screening
 * tasks as the workflow engine's task priority, so that the inboxes are ordered by the engine's database.
 */
public final class ScreeningPriority {

    /** The engine's default task priority. */
    public static final int NORMAL = 50;

    /** Families with a need that gives priority. */
    public static final int FIRST = 100;

    /** The UNHCR specific-need categories that give priority. */
    static final Set<String> PRIORITY_CATEGORIES = Set.of("DS", "SM", "ER", "WR", "CR", "SC");

    private ScreeningPriority() {
    }

    /** The task priority of a family with these specific-need categories. */
    public static int of(Collection<String> needCategories) {
        return needCategories.stream().anyMatch(PRIORITY_CATEGORIES::contains) ? FIRST : NORMAL;
    }
}
