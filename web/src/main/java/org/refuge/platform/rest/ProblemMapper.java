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
import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.web.DatabaseRefusal;
import org.refuge.platform.web.Refusals;

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
        if (e instanceof Refusal refused) {
            return refusal(refused);
        }
        if (e instanceof IllegalArgumentException || e instanceof java.time.DateTimeException) {
            // a value object's or a parser's refusal of a value: the message may quote the value, so it is not shown
            return Problem.of(Status.BAD_REQUEST, text("refuge.request.invalid")).toResponse();
        }
        if (e instanceof ConstraintViolationException violations) {
            // wrapped in an EJBException: answered as the dedicated mapper answers it unwrapped
            return providers.getExceptionMapper(ConstraintViolationException.class).toResponse(violations);
        }
        if (e instanceof ProcessingException || isJson(e) || isReading(thrown) || e instanceof java.io.IOException) {
            return Problem.of(Status.BAD_REQUEST, text("refuge.request.unreadable")).toResponse();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return Problem.of(status == null ? Status.BAD_REQUEST : status,
                    status == null ? "Request refused." : status.getReasonPhrase()).toResponse();
        }
        if (busy(e)) {
            // no pooled connection within the pool's blocking timeout, or a statement that ran out of time
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, text("refuge.service.busy")).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        java.util.Optional<DatabaseRefusal> database = DatabaseRefusal.of(e);
        if (database.isPresent()) {
            DatabaseRefusal refusal = database.get();
            Status status = refusal.conflict() ? Status.CONFLICT : Status.BAD_REQUEST;
            String text = text(refusal.messageKey());
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), text,
                    refusal.field() == null ? List.of() : List.of(new Problem.FieldError(refusal.field(), text))).toResponse();
        }
        if (org.refuge.platform.web.ConcurrentChange.is(e)) {
            String text = Refusals.text(ConstraintViolationMapper.locale(headers), org.refuge.platform.web.ConcurrentChange.MESSAGE_KEY);
            return Problem.of(Status.CONFLICT, text).toResponse();
        }
        if (e instanceof NullPointerException && thrownByResource(e)) {
            // a resource unboxed a field the body left out ({"active": null}): the request's fault, not the server's
            return Problem.of(Status.BAD_REQUEST, text("refuge.request.invalid")).toResponse();
        }
        if (e instanceof IllegalStateException && thrownByDomain(e)) {
            // a domain rule refused the change in the record's present state
            return Problem.of(Status.CONFLICT, text("refuge.request.state")).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        // class names and frames only: an exception's message may quote a value of the request or a row
        LOG.errorf("Unexpected error in the REST API, incident %s: %s", incident, withoutMessages(e));
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Unexpected error; incident " + incident).toResponse();
    }

    /**
     * A service's refusal, whatever its context: the kind's status, the text in the caller's language, the field it
     * concerns, and the members the refusal added (a rule's short name, a fresh proposal).
     */
    private Response refusal(Refusal refused) {
        int status = refused.kind().status();
        Status known = Status.fromStatusCode(status);
        String text = text(refused.messageKey(), refused.arguments());
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Unprocessable Content" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", text);
        problem.put("errors", refused.field() == null ? List.of() : List.of(new Problem.FieldError(refused.field(), text)));
        refused.details().forEach(problem::putIfAbsent);
        return Response.status(status).type(Problem.MEDIA).entity(problem).build();
    }

    private String text(String key, Object... arguments) {
        return Refusals.text(ConstraintViolationMapper.locale(headers), key, arguments);
    }

    /**
     * Whether the database is too busy to answer now: IronJacamar's "no managed connection within the blocking
     * timeout" (IJ000655, reported as IJ000453 "unable to get managed connection"), or PostgreSQL's statement
     * timeout (57014, query_canceled).
     */
    static boolean busy(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 20; cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("IJ000655") || message.contains("IJ000453"))) {
                return true;
            }
        }
        return false;
    }

    /** Jackson's refusals of a body (bad syntax, a wrong type, nesting or a string beyond its limits). */
    private static boolean isJson(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a resource of the API threw it itself (its top frame), not a service below it. */
    static boolean thrownByResource(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("org.refuge.") && frames[0].getClassName().contains(".rest.");
    }

    /** Whether a domain class threw it (a rule of the record's state), not the infrastructure (a missing key or font: a 500). */
    static boolean thrownByDomain(Throwable e) {
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("org.refuge.") && frames[0].getClassName().contains(".domain.");
    }

    /** A failure's classes and frames without their messages (which may hold personal data). */
    static String withoutMessages(Throwable e) {
        StringBuilder out = new StringBuilder();
        int causes = 0;
        for (Throwable cause = e; cause != null && causes < 10; cause = cause.getCause() == cause ? null : cause.getCause(), causes++) {
            out.append(causes == 0 ? "" : "\ncaused by ").append(cause.getClass().getName());
            if (cause instanceof java.sql.SQLException sql) {
                out.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
        }
        return out.toString();
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
        while (current.getCause() != null && (current instanceof EJBException && !(current instanceof EJBAccessException)
                || isReading(current) || current instanceof WebApplicationException && current.getCause() instanceof Refusal)) {
            current = current.getCause();
        }
        return current;
    }

    /** RESTEasy's wrapper of whatever failed while a body was read (a reader interceptor's refusal, Jackson's). */
    private static boolean isReading(Throwable e) {
        return e.getClass().getName().equals("org.jboss.resteasy.spi.ReaderException");
    }
}
