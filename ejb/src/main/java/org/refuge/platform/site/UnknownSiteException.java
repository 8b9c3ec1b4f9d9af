package org.refuge.platform.site;

import org.refuge.platform.refusal.Refusal;

/**
 * No site has this code (404). A named {@link Refusal} while the camps context still catches it by name; once it does
 * not, its throw sites become {@code Refusal.notFound("refuge.site.unknown")}.
 */
public class UnknownSiteException extends Refusal {
    private static final long serialVersionUID = 1L;

    public UnknownSiteException(String code) {
        super(Kind.NOT_FOUND, null, "refuge.site.unknown");
    }
}
