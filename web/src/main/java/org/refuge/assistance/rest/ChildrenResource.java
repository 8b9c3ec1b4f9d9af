package org.refuge.assistance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.refuge.assistance.children.AssessmentForm;
import org.refuge.assistance.children.CaregiverForm;
import org.refuge.assistance.children.ChildProtectionService;
import org.refuge.assistance.children.ChildViews.Child;
import org.refuge.assistance.children.ChildViews.ChildFile;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.shared.PersonId;

/**
 * Unaccompanied and separated children (social workers: households registered at their sites or placed in their
 * camps; supervisors: every site):
 * <ul>
 *   <li>{@code GET /api/v1/assistance/children?open=true&page=&size=}: the children, open best-interests assessments
 *       first (<i>paged</i>);</li>
 *   <li>{@code GET .../{personId}}: the child's file (the child, the current caregiver and assessment, every caregiver
 *       recorded);</li>
 *   <li>{@code PUT .../{personId}/caregiver} {@code {"name", "relation", "personId", "contact"}}: records the caregiver or
 *       guardian (the caregiver arrangement), replacing the current one; {@code POST .../caregiver/end} ends it;</li>
 *   <li>{@code POST .../{personId}/best-interests} {@code {"outcome", "note"}}: records the assessment and completes its
 *       task (409 when none is open).</li>
 * </ul>
 */
@Path("/v1/assistance/children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.SUPERVISOR})
public class ChildrenResource {

    @Inject
    ChildProtectionService children;

    @GET
    public PageAnswer<Child> children(@QueryParam("open") boolean openOnly, @BeanParam PageParams paging) {
        return PageAnswer.of(children.children(openOnly, paging.request()));
    }

    @GET
    @Path("{personId}")
    public ChildFile child(@PathParam("personId") PersonId child) {
        return children.file(child);
    }

    @PUT
    @Path("{personId}/caregiver")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChildFile recordCaregiver(@PathParam("personId") PersonId child, CaregiverForm form) {
        return children.recordCaregiver(child, form);
    }

    @POST
    @Path("{personId}/caregiver/end")
    public ChildFile endCaregiver(@PathParam("personId") PersonId child) {
        return children.endCaregiver(child);
    }

    @POST
    @Path("{personId}/best-interests")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChildFile assess(@PathParam("personId") PersonId child, AssessmentForm form) {
        return children.assess(child, form);
    }
}
