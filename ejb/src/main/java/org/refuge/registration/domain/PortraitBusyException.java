package org.refuge.registration.domain;

/**
 * Every decode that may run at once is running and none ended within the short wait: the photo is neither accepted
 * nor judged, and the caller may send it again after {@link #retryAfterSeconds()} (the API answers 503 with
 * {@code Retry-After}). Not a {@link org.refuge.platform.refusal.Refusal}: nothing is wrong with the request, the
 * server is busy; META-INF/ejb-jar.xml declares it an application exception so it reaches the caller unwrapped.
 */
public class PortraitBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public PortraitBusyException(int retryAfterSeconds) {
        super("Photo decoding busy", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The ValidationMessages key of the text. */
    public String messageKey() {
        return Portrait.Reason.BUSY.messageKey();
    }
}
