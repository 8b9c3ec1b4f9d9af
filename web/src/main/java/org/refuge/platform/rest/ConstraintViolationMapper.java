package org.refuge.platform.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input answers 400 with each field's message, in the caller's language where the UI has it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final List<String> LANGUAGES = List.of("en", "hy", "ru");

    @Resource
    ValidatorFactory validatorFactory;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ValidationProblems.of(exception, validatorFactory.getMessageInterpolator(), locale(headers)).toResponse();
    }

    /** The caller's language among the UI's (Accept-Language), English otherwise. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if (LANGUAGES.contains(accepted.getLanguage())) {
                    return Locale.forLanguageTag(accepted.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }
}
