package org.refuge.platform.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.security.StaffMember;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteKind;
import org.refuge.platform.site.SiteService;
import org.refuge.platform.workflow.ClaimedTask;
import org.refuge.platform.workflow.RedirectForm;
import org.refuge.platform.workflow.Redirection;
import org.refuge.platform.workflow.TaskQueueLoad;
import org.refuge.platform.workflow.TaskRedirects;
import org.refuge.platform.workflow.TaskSupervision;

/**
 * The supervisor's view of the work: who holds which tasks and since when (narrowed to a person or a family), each
 * queue's length and oldest waiting task, and the redirections of border crossing points' medical screening. A task
 * is moved to a person picked among those who may take it, or given back to its group.
 */
@Named
@ViewScoped
public class TaskSupervisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskSupervision supervision;

    @Inject
    TaskRedirects redirects;

    @Inject
    SiteService sites;

    @Inject
    Messages messages;

    private String holder;
    private String reference;
    private String group;
    private String site;

    private final PagedList<ClaimedTask> claimed = new PagedList<>(request -> supervision.claimed(holder, reference, request),
            ClaimedTask::id);
    private final PagedList<TaskQueueLoad> queues = new PagedList<>(request -> supervision.queues(group,
            site == null || site.isBlank() ? null : org.refuge.shared.SiteCode.of(site), request),
            queue -> queue.group() + "@" + queue.siteCode());
    private final PagedList<Redirection> redirections = new PagedList<>(request -> redirects.list(false, request),
            redirect -> redirect.id().toString());

    private ClaimedTask moving;
    private List<StaffMember> eligible = List.of();
    private String target;
    private RedirectForm redirect = new RedirectForm();
    private List<Site> known;

    public PagedList<ClaimedTask> getClaimed() { return claimed; }
    public PagedList<TaskQueueLoad> getQueues() { return queues; }
    public PagedList<Redirection> getRedirections() { return redirections; }

    /** The filters' forms draw their table again with what was typed; nothing else to do. */
    public void filter() {
        // the tables read their count and first page with the filters
    }

    /** Opens the move of a task: who may take it. */
    public void startMove(ClaimedTask task) {
        moving = task;
        target = null;
        eligible = supervision.eligible(task.id());
    }

    /** Gives the task being moved to the person picked. */
    public void move() {
        RefusalMessages.at(Map.of("user", "move-form:target"));
        ClaimedTask moved = supervision.assign(moving.id(), target);
        messages.info("supervision.moved", moved.assignee());
        moving = null;
    }

    /** Takes a task from its holder back to its group. */
    public void giveBack(ClaimedTask task) {
        supervision.unassign(task.id());
        messages.info("supervision.givenBack");
    }

    public void redirect() {
        RefusalMessages.at(Map.of("fromSite", "redirect-form:from", "toSite", "redirect-form:to"));
        Redirection made = redirects.redirect(redirect);
        messages.info("supervision.redirected", made.fromSite(), made.toSite(), made.tasksMoved());
        redirect = new RedirectForm();
    }

    public void lift(Redirection redirection) {
        Redirection lifted = redirects.lift(redirection.id());
        messages.info("supervision.lifted", lifted.fromSite(), lifted.tasksMoved());
    }

    /** The border crossing points, whose medical screening may be redirected. */
    public List<Site> getBorderCrossingPoints() {
        return known().stream().filter(s -> s.kind() == SiteKind.BCP).toList();
    }

    /** Every active site, whose medical team may take it over. */
    public List<Site> getSites() {
        return known();
    }

    private List<Site> known() {
        if (known == null) {
            known = sites.all().stream().filter(Site::active).toList();
        }
        return known;
    }

    /** "holds 12": how many tasks the row's holder has in all. */
    public String holds(ClaimedTask task) {
        return messages.text("supervision.holds", task.heldByAssignee());
    }

    /** A person of the pick list: user name and sites ("all sites" for a role that sees every site). */
    public String label(StaffMember person) {
        return person.username() + " (" + (person.sites().isEmpty() ? messages.text("supervision.allSites")
                : String.join(", ", new java.util.TreeSet<>(person.sites()))) + ")";
    }

    /** How long ago, as the inbox says it: "3 h 20 min", or "2 d 4 h" from two days on. */
    public String since(Instant at) {
        if (at == null) {
            return "";
        }
        Duration duration = Duration.between(at, Instant.now());
        return duration.toHours() >= 48 ? messages.text("inbox.days", duration.toDays(), duration.toHoursPart())
                : messages.text("inbox.age", duration.toHours(), duration.toMinutesPart());
    }

    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getSite() { return site; }
    public void setSite(String site) { this.site = site; }
    public ClaimedTask getMoving() { return moving; }
    public List<StaffMember> getEligible() { return eligible; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public RedirectForm getRedirect() { return redirect; }

    /** The roles tasks are offered to, for the queues' filter. */
    public List<String> getGroups() {
        return TaskSupervision.GROUPS;
    }
}
