package org.refuge.protection.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.rest.ConstraintViolationMapper;
import org.refuge.platform.rest.PageAnswer;
import org.refuge.platform.rest.PageParams;
import org.refuge.platform.security.Roles;
import org.refuge.platform.web.Refusals;
import org.refuge.protection.application.BulkGrantResults;
import org.refuge.protection.application.BulkGrants;
import org.refuge.protection.application.DecisionWorklist;
import org.refuge.protection.application.DocumentsWorkflow;
import org.refuge.protection.application.ProtectionService;
import org.refuge.protection.application.ProtectionWorklists;
import org.refuge.reporting.rest.WorklistParams;
import org.refuge.shared.PersonId;
import org.refuge.shared.RegistryNumber;

/**
 * Temporary protection, with the roles of the decisions:
 * <ul>
 *   <li>{@code GET /api/v1/protection/households/{number}?decree=} the members against a decree in force, with
 *       their protection (caseworkers, supervisors, police within their sites);</li>
 *   <li>{@code POST .../households/{number}/grant} {@code {"decreeId", "persons": [ids]}} (caseworkers);</li>
 *   <li>{@code POST .../households/bulk} {@code {"decree", "households": [numbers]}} grants 1 to 500 households at once,
 *       each in a transaction of its own: 200 with a result per household ({@code GRANTED} with its persons,
 *       {@code ALREADY_GRANTED}, {@code REFUSED} with the rule and its text in the caller's language) and the counts;
 *       once per {@code Idempotency-Key} (caseworkers);</li>
 *   <li>{@code POST /api/v1/protection/exceptions} {@code {"personId", "decreeId", "justification"}} (caseworkers),
 *       {@code GET ?page=&size=} the open ones, oldest first, one page and the total, and
 *       {@code POST .../exceptions/{id}/decision} {@code {"approve", "note"}} (supervisors; never the proposer);</li>
 *   <li>{@code GET /api/v1/protection/worklist?decree=&bcp=&arrivedFrom=&arrivedTo=&citizenship=&personsFrom=&personsTo=&need=&page=&size=}
 *       the households ready for a decision under a decree in force (the latest when none is named), oldest arrival
 *       first, one page and the total, exact up to 10,000 ({@code totalIsAtLeast} past it) (caseworkers, supervisors);</li>
 *   <li>{@code GET /api/v1/protection/renewals?page=&size=} the registry numbers whose renewal is due, oldest first,
 *       one page and the total; {@code POST .../households/{number}/renewal} {@code {"decision", "ground"}} (caseworkers);</li>
 *   <li>{@code POST .../persons/{id}/extension}, {@code POST .../persons/{id}/end} {@code {"terminated", "ground"}}
 *       (caseworkers), {@code GET .../persons/{id}/history}.</li>
 * </ul>
 */
@Path("/v1/protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.POLICE})
public class ProtectionResource {

    @Inject
    ProtectionService protection;

    @Inject
    ProtectionWorklists worklists;

    @Inject
    DecisionWorklist decisions;

    @Inject
    BulkGrants bulkGrants;

    @Context
    HttpHeaders headers;

    public record Grant(UUID decreeId, List<UUID> persons) {
    }

    /** {@code {"decree": id, "households": ["registry number", ...]}}. */
    public record BulkGrant(UUID decree, List<String> households) {
    }

    /** One household's result: {@code message} is a refusal's text in the caller's language, {@code rule} its name. */
    public record BulkGrantItem(String number, BulkGrantResults.Result result, int persons, String message, String rule) {
    }

    public record BulkGrantAnswer(List<BulkGrantItem> items, long granted, long alreadyGranted, long refused) {
    }

    public record Proposal(UUID personId, UUID decreeId, String justification) {
    }

    public record Decision(Boolean approve, String note) {
    }

    public record End(Boolean terminated, String ground) {
    }

    /** {@code {"decision": "RENEW" | "TRAVEL_DOCUMENT" | "TERMINATE", "ground": "..."}}; TERMINATE needs its ground. */
    public record RenewalDecision(DocumentsWorkflow.Renewal decision, String ground) {
    }

    @GET
    @Path("households/{number}")
    public ProtectionService.HouseholdProtection household(@PathParam("number") RegistryNumber number, @QueryParam("decree") UUID decree) {
        return protection.household(number, decree);
    }

    @POST
    @Path("households/{number}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    public ProtectionService.HouseholdProtection grant(@PathParam("number") RegistryNumber number, Grant grant) {
        if (grant == null || grant.decreeId() == null) {
            throw new BadRequestException();
        }
        return protection.grant(number, grant.decreeId(), grant.persons() == null ? null
                : grant.persons().stream().map(id -> id == null ? null : PersonId.of(id)).toList());
    }

    /** Grants protection to each household named, each on its own: a result per household, never one refusal for all. */
    @POST
    @Path("households/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    public BulkGrantAnswer bulkGrant(@HeaderParam("Idempotency-Key") String idempotencyKey, BulkGrant grant) {
        if (grant == null || grant.decree() == null) {
            throw new BadRequestException();
        }
        if (grant.households() == null || grant.households().isEmpty() || grant.households().size() > BulkGrants.MAX) {
            throw Refusal.invalid("households", "refuge.protection.bulkSize", BulkGrants.MAX);
        }
        List<RegistryNumber> numbers = new ArrayList<>(grant.households().size());
        for (String typed : grant.households()) {
            try {
                numbers.add(RegistryNumber.parse(typed));
            } catch (IllegalArgumentException notANumber) {
                throw Refusal.invalid("households[" + numbers.size() + "]", "refuge.id.registryNumber");
            }
        }
        BulkGrantResults.Outcome outcome = bulkGrants.grant(grant.decree(), numbers, idempotencyKey);
        Locale locale = ConstraintViolationMapper.locale(headers);
        return new BulkGrantAnswer(outcome.items().stream().map(i -> new BulkGrantItem(i.number(), i.result(), i.persons(),
                i.messageKey() == null ? null : Refusals.text(locale, i.messageKey(), i.arguments().toArray()), i.rule())).toList(),
                outcome.granted(), outcome.alreadyGranted(), outcome.refused());
    }

    @POST
    @Path("exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    public Response propose(Proposal proposal) {
        if (proposal == null || proposal.personId() == null || proposal.decreeId() == null) {
            throw new BadRequestException();
        }
        UUID id = protection.proposeException(PersonId.of(proposal.personId()), proposal.decreeId(), proposal.justification());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("exceptions")
    @RolesAllowed(Roles.SUPERVISOR)
    public PageAnswer<ProtectionWorklists.OpenException> openExceptions(@BeanParam PageParams paging) {
        return PageAnswer.of(worklists.openExceptions(paging.request()));
    }

    @POST
    @Path("exceptions/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response decide(@PathParam("id") UUID id, Decision decision) {
        if (decision == null || decision.approve() == null) {
            throw new BadRequestException();
        }
        protection.decideException(id, decision.approve(), decision.note());
        return Response.noContent().build();
    }

    @POST
    @Path("persons/{id}/extension")
    @RolesAllowed(Roles.CASEWORKER)
    public Response extend(@PathParam("id") PersonId id) {
        protection.extend(id);
        return Response.noContent().build();
    }

    @POST
    @Path("persons/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    public Response end(@PathParam("id") PersonId id, End end) {
        if (end == null || end.terminated() == null) {
            throw new BadRequestException();
        }
        protection.end(id, end.terminated(), end.ground());
        return Response.noContent().build();
    }

    @POST
    @Path("households/{number}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CASEWORKER)
    public Response renewal(@PathParam("number") RegistryNumber number, RenewalDecision decision) {
        if (decision == null || decision.decision() == null) {
            throw new BadRequestException();
        }
        protection.decideRenewal(number, decision.decision(), decision.ground());
        return Response.noContent().build();
    }

    /** The households ready for a protection decision, narrowed by the filters: one page and the total. */
    @GET
    @Path("worklist")
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
    public PageAnswer<DecisionWorklist.ReadyHousehold> worklist(@QueryParam("decree") String decree, @BeanParam WorklistParams filter,
                                                               @BeanParam PageParams paging) {
        return PageAnswer.of(decisions.ready(WorklistParams.decree(decree), filter.filter(), paging.request()));
    }

    /** Registry numbers of the households whose renewal is due for a decision, oldest first: one page and the total. */
    @GET
    @Path("renewals")
    @RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR})
    public PageAnswer<String> renewals(@BeanParam PageParams paging) {
        return PageAnswer.of(worklists.renewalsDue(paging.request()));
    }

    @GET
    @Path("persons/{id}/history")
    public List<ProtectionService.Step> history(@PathParam("id") PersonId id) {
        return protection.history(id);
    }
}
