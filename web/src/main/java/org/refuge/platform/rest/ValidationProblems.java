package org.refuge.platform.rest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.ws.rs.core.Response.Status;

import org.refuge.platform.web.ViolationMessages;

/**
 * A 400 problem listing each invalid field with its message in the caller's language (Accept-Language among the
 * UI languages). The field path drops the method and parameter names: {@code declare.form.name} becomes {@code name}.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static Problem of(ConstraintViolationException exception, MessageInterpolator interpolator, Locale locale) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), ViolationMessages.in(locale, v, interpolator)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem("about:blank", Status.BAD_REQUEST.getReasonPhrase(), 400, "The request has invalid fields.", errors);
    }

    static String field(ConstraintViolation<?> violation) {
        String[] parts = violation.getPropertyPath().toString().split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }
}
