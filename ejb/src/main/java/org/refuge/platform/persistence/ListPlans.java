package org.refuge.platform.persistence;

import jakarta.persistence.EntityManager;

/**
 * How the worklists' count and page are planned, for the rest of the caller's transaction. Each page is a walk of an
 * index in the list's whole order that stops at the page, and two of the planner's habits turned that walk into a
 * read of most of the list at 1,000,000 open items:
 * <ul>
 *   <li>the driver prepares a statement it ran five times, and the server may then plan it once for any values: for
 *       "every site" and a decree's citizenships that generic plan read the citizenship index for a million households
 *       (a count in 262 ms, 128 ms planned for its values);</li>
 *   <li>an index on the first column of the order followed by an incremental sort looks as cheap as the list's own
 *       index, but the oldest households of that index were decided long ago: a page 200 pages in read 258,000 of them
 *       (338 ms, 21 ms along the list's own index).</li>
 * </ul>
 * And a ranked page reads the branches of a UNION ALL one after the other, in their order
 * (WorklistHouseholds.page): a parallel append, which reads them side by side, is not allowed to mix them.
 */
public final class ListPlans {

    private ListPlans() {
    }

    /**
     * Plans each statement of this transaction for its values, without incremental sorts and parallel appends. Needs a
     * transaction.
     */
    public static void forValues(EntityManager em) {
        em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
                + "set_config('enable_incremental_sort', 'off', true), set_config('enable_parallel_append', 'off', true)").getSingleResult();
    }
}
