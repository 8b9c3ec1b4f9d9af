package org.refuge.registration.domain;

/**
 * A photo that cannot become a portrait; the reason selects the message the registrar reads. The domain knows no EJB:
 * META-INF/ejb-jar.xml declares it an application exception, so it reaches the caller unwrapped.
 */
public class PortraitRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Portrait.Refusal reason;

    public PortraitRefusedException(Portrait.Refusal reason) {
        super("Photo refused: " + reason);
        this.reason = reason;
    }

    public Portrait.Refusal reason() {
        return reason;
    }

    /** The ValidationMessages key of the reason. */
    public String messageKey() {
        return "refuge.photo." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
