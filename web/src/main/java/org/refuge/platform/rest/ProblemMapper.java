package org.refuge.platform.rest;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import org.jboss.logging.Logger;
import org.refuge.camps.domain.AccommodationRefusedException;
import org.refuge.camps.domain.CampRuleException;
import org.refuge.platform.security.SiteAccessDeniedException;
import org.refuge.platform.site.DuplicateSiteException;
import org.refuge.platform.site.UnknownSiteException;
import org.refuge.platform.workflow.TaskNotAvailableException;
import org.refuge.platform.web.Refusals;
import org.refuge.registration.application.RegistrationRefusedException;
import org.refuge.registration.application.UnknownHouseholdException;
import org.refuge.registration.application.UnknownPersonException;
import org.refuge.registration.domain.Portrait;
import org.refuge.registration.domain.PortraitRefusedException;
import org.refuge.screening.domain.InconsistentScreeningException;
import org.refuge.screening.domain.SecurityCheckRefusedException;
import org.refuge.registration.application.UnknownSpecificNeedException;

/**
 * Turns every exception that leaves a resource into {@code application/problem+json}: 401 without a valid bearer
 * token, 403 for a role or site outside the caller's scope, 400 with field errors for invalid input, and a 500
 * that names only an incident id (the log has the rest, without personal data).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context
    SecurityContext security;

    @Context
    Providers providers;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof EJBAccessException || e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
            return denied();
        }
        if (e instanceof SiteAccessDeniedException) {
            return Problem.of(Status.FORBIDDEN, "This record belongs to a site outside your scope.").toResponse();
        }
        if (e instanceof UnknownHouseholdException) {
            return Problem.of(Status.NOT_FOUND, "No household has this registry number.").toResponse();
        }
        if (e instanceof UnknownSpecificNeedException unknown) {
            return new Problem("about:blank", Status.BAD_REQUEST.getReasonPhrase(), 400, "The request has invalid fields.",
                    List.of(new Problem.FieldError("visibleNeeds", "Unknown specific-need codes: " + String.join(", ", unknown.codes()))))
                    .toResponse();
        }
        if (e instanceof UnknownPersonException) {
            return Problem.of(Status.NOT_FOUND, "No person has this id.").toResponse();
        }
        if (e instanceof RegistrationRefusedException refused) {
            Status status = refused.isConflict() ? Status.CONFLICT : Status.BAD_REQUEST;
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey(), refused.arguments());
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), text,
                    List.of(new Problem.FieldError(refused.field(), text))).toResponse();
        }
        if (e instanceof PortraitRefusedException refused) {
            Status status = refused.reason() == Portrait.Refusal.TOO_LARGE ? Status.REQUEST_ENTITY_TOO_LARGE : Status.BAD_REQUEST;
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey());
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), text,
                    List.of(new Problem.FieldError("photo", text))).toResponse();
        }
        if (e instanceof org.refuge.protection.domain.ProtectionRefusedException refused) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey(), refused.arguments());
            return new Problem("about:blank", Status.CONFLICT.getReasonPhrase(), 409, text, List.of()).toResponse();
        }
        if (e instanceof org.refuge.emergency.application.UnknownInfluxEventException) {
            return Problem.of(Status.NOT_FOUND, "No influx event has this id.").toResponse();
        }
        if (e instanceof org.refuge.emergency.application.ActionPlanRefusedException refused) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey());
            return new Problem("about:blank", Status.CONFLICT.getReasonPhrase(), 409, text, List.of()).toResponse();
        }
        if (e instanceof DuplicateSiteException) {
            return Problem.of(Status.CONFLICT, "A site with this code exists already.").toResponse();
        }
        if (e instanceof UnknownSiteException) {
            return Problem.of(Status.NOT_FOUND, "No camp or site has this code.").toResponse();
        }
        if (e instanceof CampRuleException refused) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey());
            return new Problem("about:blank", Status.CONFLICT.getReasonPhrase(), 409, text, List.of()).toResponse();
        }
        if (e instanceof AccommodationRefusedException refused) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), refused.messageKey());
            java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", Status.CONFLICT.getReasonPhrase());
            problem.put("status", 409);
            problem.put("detail", text);
            problem.put("rule", refused.rule());
            problem.put("errors", List.of());
            problem.put("proposal", refused.freshProposal());
            return Response.status(Status.CONFLICT).type(Problem.MEDIA).entity(problem).build();
        }
        if (e instanceof IllegalArgumentException invalid && invalid.getClass() == IllegalArgumentException.class) {
            return Problem.of(Status.BAD_REQUEST, "The request is not valid here.").toResponse();
        }
        if (e instanceof InconsistentScreeningException || e instanceof SecurityCheckRefusedException) {
            return Problem.of(Status.BAD_REQUEST, e.getMessage()).toResponse();
        }
        if (e instanceof TaskNotAvailableException) {
            return Problem.of(Status.CONFLICT, "The task is no longer available to you.").toResponse();
        }
        if (e instanceof ConstraintViolationException violations) {
            // wrapped in an EJBException: answered as the dedicated mapper answers it unwrapped
            return providers.getExceptionMapper(ConstraintViolationException.class).toResponse(violations);
        }
        if (e instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "The request body could not be read as this resource's JSON.").toResponse();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return Problem.of(status == null ? Status.BAD_REQUEST : status,
                    status == null ? "Request refused." : status.getReasonPhrase()).toResponse();
        }
        if (org.refuge.platform.web.ConcurrentChange.is(e)) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), org.refuge.platform.web.ConcurrentChange.MESSAGE_KEY);
            return Problem.of(Status.CONFLICT, text).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error in the REST API, incident %s", incident);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Unexpected error; incident " + incident).toResponse();
    }

    private Response denied() {
        if (security == null || security.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.of(Status.UNAUTHORIZED, "A valid bearer token is required.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"refuge\"").build();
        }
        return Problem.of(Status.FORBIDDEN, "Your role does not allow this request.").toResponse();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null && !(current instanceof EJBAccessException)) {
            current = current.getCause();
        }
        return current;
    }
}
