package org.refuge.platform.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.security.Roles;
import org.refuge.platform.security.StaffMember;
import org.refuge.platform.workflow.ClaimedTask;
import org.refuge.platform.workflow.InboxService;
import org.refuge.platform.workflow.InboxTask;
import org.refuge.platform.workflow.RedirectForm;
import org.refuge.platform.workflow.Redirection;
import org.refuge.platform.workflow.TaskQueueLoad;
import org.refuge.platform.workflow.TaskRedirects;
import org.refuge.platform.workflow.TaskSupervision;
import org.refuge.shared.SiteCode;

/**
 * {@code GET /api/v1/tasks?reference=&page=&size=}: the caller's inbox (tasks offered to their roles at their sites, and
 * their own), a page at a time with the total. For supervisors: who holds which tasks ({@code /claimed}), how long each
 * queue is ({@code /queues}), moving a task to another person or back to its group ({@code /{id}/assignee}), and
 * redirecting a border crossing point's medical screening to another site's team ({@code /redirects}).
 */
@Path("/v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class TasksResource {

    @Inject
    InboxService inbox;

    @Inject
    TaskSupervision supervision;

    @Inject
    TaskRedirects redirects;

    /** The body of {@code POST /api/v1/tasks/{id}/assignee}: the user name of the person who takes the task. */
    public record Assignee(String user) {
    }

    /** A person who may take a task: user name, roles, sites. */
    public record Eligible(String username, List<String> roles, List<String> sites) {
        static Eligible of(StaffMember member) {
            return new Eligible(member.username(), member.roles(), member.sites().stream().sorted().toList());
        }
    }

    /**
     * One page of the inbox, the most urgent first (task priority), then the oldest, with the total
     * ({@code ?page=&size=}); each task with its {@code priority} and {@code subject} (what it is about: a household's
     * head, size, need categories and BCP, or another record's title). {@code ?reference=} narrows it to one family's
     * tasks (its registry number) or one influx event's (its id).
     */
    @GET
    public PageAnswer<InboxTask> mine(@QueryParam("reference") String reference, @BeanParam PageParams paging) {
        return PageAnswer.of(inbox.myTasks(reference, paging.request()));
    }

    /**
     * {@code GET /api/v1/tasks/claimed?user=&reference=&page=&size=}: the open tasks somebody holds, by holder and then
     * oldest first, each with {@code claimedAt} and {@code heldByAssignee} (how many tasks its holder has in all).
     */
    @GET
    @Path("claimed")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<ClaimedTask> claimed(@QueryParam("user") String user, @QueryParam("reference") String reference,
                                           @BeanParam PageParams paging) {
        return PageAnswer.of(supervision.claimed(user, reference, paging.request()));
    }

    /**
     * {@code GET /api/v1/tasks/queues?group=&site=&page=&size=}: each candidate group at each site (or of no site) with
     * its open tasks, how many are held, and the oldest waiting one.
     */
    @GET
    @Path("queues")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<TaskQueueLoad> queues(@QueryParam("group") String group, @QueryParam("site") SiteCode site,
                                            @BeanParam PageParams paging) {
        return PageAnswer.of(supervision.queues(group, site, paging.request()));
    }

    /** {@code GET /api/v1/tasks/{id}/eligible-assignees}: who may take the task (Refuge's staff directory). */
    @GET
    @Path("{id}/eligible-assignees")
    @RolesAllowed(Roles.SUPERVISOR)
    public List<Eligible> eligible(@PathParam("id") String id) {
        return supervision.eligible(id).stream().map(Eligible::of).toList();
    }

    /**
     * {@code {"user": "police2"}}: gives the task to that person (its row answers); 400 for a user Refuge has not seen,
     * 409 for one who holds none of its roles or not at its site, or when the task is gone.
     */
    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public ClaimedTask assign(@PathParam("id") String id, Assignee body) {
        return supervision.assign(id, body.user());
    }

    /** Takes the task from its holder back to its group: 204; 409 when nobody holds it. */
    @DELETE
    @Path("{id}/assignee")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response unassign(@PathParam("id") String id) {
        supervision.unassign(id);
        return Response.noContent().build();
    }

    /** {@code GET /api/v1/tasks/redirects?inForce=true&page=&size=}: the redirections, those in force first. */
    @GET
    @Path("redirects")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<Redirection> redirections(@QueryParam("inForce") boolean inForce, @BeanParam PageParams paging) {
        return PageAnswer.of(redirects.list(inForce, paging.request()));
    }

    /**
     * {@code {"fromSite": "BCP-MARGARA", "toSite": "BCP-BAGRATASHEN"}}: the BCP's medical screening goes to the other
     * site's medical team (201, with {@code tasksMoved}); 400 for unknown or equal sites, 409 when one is in force already.
     */
    @POST
    @Path("redirects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response redirect(RedirectForm form) {
        return Response.status(Response.Status.CREATED).entity(redirects.redirect(form)).build();
    }

    /** Lifts a redirection (with {@code tasksMoved}: how many waiting tasks came back); 404 unknown, 409 lifted already. */
    @POST
    @Path("redirects/{id}/lift")
    @RolesAllowed(Roles.SUPERVISOR)
    public Redirection lift(@PathParam("id") UUID id) {
        return redirects.lift(id);
    }
}
