package org.refuge.registration.domain;

/**
 * Every decode that may run at once is running and none ended within the short wait: the photo is neither accepted
 * nor judged, and the caller may send it again after {@link #retryAfterSeconds()} (the API answers 503 with
 * {@code Retry-After}). An application exception like its parent (META-INF/ejb-jar.xml, inherited).
 */
public class PortraitBusyException extends PortraitRefusedException {
    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public PortraitBusyException(int retryAfterSeconds) {
        super(Portrait.Refusal.BUSY);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
