package org.refuge.camps.domain;

/**
 * The rank of a household in the allocation queue, carried by its allocation task as the workflow engine's task
 * priority so that the queue is ordered, counted and paged by the engine's database: households with specific needs
 * that give priority (disability, serious medical condition, older persons, women and children at risk, unaccompanied
 * children) or that medical screening asked to isolate come first ({@link #FIRST}); every other household waits in
 * the order it was screened ({@link #NORMAL}, the engine's default priority, so a task never ranked waits in turn).
 */
public final class AllocationPriority {

    /** The engine's default task priority: households without priority, and tasks created before ranking existed. */
    public static final int NORMAL = 50;

    /** Households with priority needs or to be isolated. */
    public static final int FIRST = 100;

    private AllocationPriority() {
    }

    /** The task priority of a household with these facts. */
    public static int of(boolean priorityNeeds, boolean isolation) {
        return priorityNeeds || isolation ? FIRST : NORMAL;
    }
}
