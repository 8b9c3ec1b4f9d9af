package org.refuge.platform.rest;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.refuge.platform.web.Refusals;
import org.refuge.registration.domain.PortraitBusyException;

/**
 * Every photo decode allowed at once is running: 503 with {@code Retry-After} and the reason in the caller's language.
 * JAX-RS picks the mapper of the nearest exception type, so this one answers before {@link ProblemMapper}, which
 * maps the other photo refusals.
 */
@Provider
public class PortraitBusyMapper implements ExceptionMapper<PortraitBusyException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PortraitBusyException busy) {
        String text = Refusals.text(ConstraintViolationMapper.locale(headers), busy.messageKey());
        return Response.fromResponse(new Problem("about:blank", Status.SERVICE_UNAVAILABLE.getReasonPhrase(), 503, text,
                        List.of(new Problem.FieldError("photo", text))).toResponse())
                .header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds()).build();
    }
}
