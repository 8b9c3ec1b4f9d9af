package org.refuge.platform.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.security.Roles;
import org.refuge.platform.workflow.InboxService;
import org.refuge.platform.workflow.WorkTask;

/** {@code GET /api/v1/tasks}: the caller's inbox (tasks offered to their roles at their sites, and their own). */
@Path("/v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER})
public class TasksResource {

    @Inject
    InboxService inbox;

    /** Oldest first; {@code ?reference=} narrows to one family's tasks (its registry number). */
    @GET
    public List<WorkTask> mine(@QueryParam("reference") String reference) {
        return inbox.myTasks(reference, 500);
    }
}
