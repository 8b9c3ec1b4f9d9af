package org.refuge.platform.site;

import jakarta.ejb.ApplicationException;

/** A site with this code exists already. */
@ApplicationException(rollback = true)
public class DuplicateSiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateSiteException(String code) {
        super("A site with code " + code + " exists already");
    }
}
