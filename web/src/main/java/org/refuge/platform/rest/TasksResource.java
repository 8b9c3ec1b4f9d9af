package org.refuge.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.InboxService;
import org.refuge.platform.workflow.InboxTask;

/**
 * {@code GET /api/v1/tasks?reference=&page=&size=}: the caller's inbox (tasks offered to their roles at their sites, and
 * their own), a page at a time with the total.
 */
@Path("/v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class TasksResource {

    @Inject
    InboxService inbox;

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
}
