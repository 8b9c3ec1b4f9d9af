package org.refuge.platform.site;

import jakarta.ejb.ApplicationException;

/** No site has this code. */
@ApplicationException(rollback = true)
public class UnknownSiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownSiteException(String code) {
        super("No site has code " + code);
    }
}
