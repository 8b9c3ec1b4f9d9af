package org.refuge.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.refuge.platform.security.AccountService;
import org.refuge.platform.security.AccountService.Me;
import org.refuge.platform.security.Roles;

/** {@code GET /api/v1/me}: the caller's user name, roles and sites. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REGISTRAR, Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE, Roles.MEDICAL,
        Roles.CAMP_MANAGER, Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.ADMIN})
public class MeResource {

    @Inject
    AccountService accounts;

    @GET
    public Me me() {
        return accounts.me();
    }
}
