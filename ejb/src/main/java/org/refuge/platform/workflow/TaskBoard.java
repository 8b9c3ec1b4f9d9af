package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.List;

import org.refuge.platform.paging.Page;
import org.refuge.platform.paging.PageRequest;
import org.refuge.shared.SiteCode;

/**
 * The workflow port behind the supervisors' view of the work, implemented by the {@code bpmn} module: who holds which
 * tasks, how long each queue is, and moving tasks between people, groups and sites. A queue is a candidate group at a
 * site: the tasks offered to a site-bound role in processes of that site, or redirected to that site's team; for a
 * role that sees every site, all its tasks. Counts and pages are the engine's own queries ({@code count()} and
 * {@code listPage}), never a list loaded whole. The caller checks roles and audits.
 */
public interface TaskBoard {

    /**
     * One page of the open tasks somebody holds, by holder (user name), then oldest first (ties by task id), with their
     * exact total.
     *
     * @param assignee    only this person's, or null for everybody's
     * @param businessKey only the tasks of the process with this business key (a registry number), or null
     */
    Page<WorkTask> claimed(String assignee, String businessKey, PageRequest request);

    /** How many open tasks this person holds. */
    long heldBy(String assignee);

    /**
     * The load of one queue: its open tasks, how many of them somebody holds, and the one waiting longest for somebody
     * to take it.
     *
     * @param site the site, or null: then all the tasks of a role that sees every site ({@code allSites}), or the
     *                 tasks of a site-bound role in processes of no site (national ones)
     */
    Queue queue(String group, SiteCode site, boolean allSites);

    /**
     * Gives an open task to this person, whoever held it: from now on it is theirs, claimed now (the idle clock starts
     * again).
     */
    void assign(String taskId, String user);

    /** At most {@code max} open tasks claimed before {@code cutoff}, the longest held first. */
    List<IdleClaim> claimedBefore(Instant cutoff, int max);

    /**
     * Returns an idle task to its group if it is still held by the same person since before {@code cutoff}; false when
     * it was completed, given to somebody else or claimed anew meanwhile.
     */
    boolean returnIfIdle(IdleClaim claim, Instant cutoff);

    /**
     * Moves the open tasks with this form, offered to {@code group} in processes of {@code fromSite}, to that group's team
     * at {@code toSite}; a task somebody held goes back to the new team's queue. Returns how many moved.
     */
    int redirect(String formKey, String group, SiteCode fromSite, SiteCode toSite);

    /**
     * The reverse of {@link #redirect}, for the tasks nobody holds: those of {@code fromSite}'s processes waiting at
     * {@code toSite}'s team return to their own site's group. A task somebody at the other site holds stays theirs.
     * Returns how many returned.
     */
    int returnRedirected(String formKey, String group, SiteCode fromSite, SiteCode toSite);

    /** A queue's load; {@code oldestWaiting} is null when nobody waits. */
    record Queue(String group, String siteCode, long open, long claimed, WorkTask oldestWaiting) {
    }

    /** A task held since {@code claimedAt}. */
    record IdleClaim(String taskId, String assignee, Instant claimedAt) {
    }
}
