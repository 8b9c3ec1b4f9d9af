package org.refuge.reporting.domain;

/**
 * Where a household is on its way from the border to a bed, now: each household is at exactly one stage, so the
 * stages of a site add up to its households. In path order; a queue stage is one where people wait for staff.
 * Temporary protection and its documents are counted beside the stages (a family is protected wherever it stays).
 */
public enum Stage {
    /** Pre-registered at the BCP, its members not yet all registered one by one, screening not finished. */
    PRE_REGISTERED(true),
    /** Every member registered, screening not finished. */
    REGISTERED(true),
    /** Screened (medical screening and security check done), no bed and no private address yet. */
    WAITING_FOR_BED(true),
    /** Beds given in a camp, not yet on its way there. */
    ALLOCATED(true),
    /** On its way to the camp (its transfer departed), not yet checked in. */
    IN_TRANSIT(true),
    /** Checked in at its camp. */
    IN_CAMP(false),
    /** Released to a private address. */
    PRIVATE_ADDRESS(false),
    /** Left the camp (checked out, or never came) and holds no bed. */
    LEFT(false),
    /** Registered in error and voided. */
    VOIDED(false);

    private final boolean queue;

    Stage(boolean queue) {
        this.queue = queue;
    }

    /** Whether people at this stage wait for staff, so that the age of its oldest household matters. */
    public boolean queue() {
        return queue;
    }
}
