package org.refuge.platform.security;

import jakarta.ejb.ApplicationException;

/** A user asked for a record of a site outside their scope. Answered as 403 by the API. */
@ApplicationException(rollback = true)
public class SiteAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String siteCode;

    public SiteAccessDeniedException(String siteCode) {
        super("Site " + siteCode + " is outside the user's scope");
        this.siteCode = siteCode;
    }

    public String siteCode() {
        return siteCode;
    }
}
