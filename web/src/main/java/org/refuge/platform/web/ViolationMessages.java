package org.refuge.platform.web;

import java.util.Locale;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * A violation's message in a given language: services validate in the server's default locale, screens and the
 * API answer in the user's. Falls back to the message as the service made it.
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    public static String in(Locale locale, ConstraintViolation<?> violation, MessageInterpolator interpolator) {
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("No provider context");
                }
            }, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }
}
