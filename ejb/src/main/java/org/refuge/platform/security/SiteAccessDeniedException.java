package org.refuge.platform.security;

import org.refuge.platform.refusal.Refusal;

/**
 * A user asked for a record of a site outside their scope (403). A named {@link Refusal} while the camps and
 * protection contexts still catch it by name; once they do not, its throw sites become
 * {@code Refusal.forbidden("refuge.site.otherSite")}.
 */
public class SiteAccessDeniedException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String siteCode;

    public SiteAccessDeniedException(String siteCode) {
        super(Kind.FORBIDDEN, null, "refuge.site.otherSite");
        this.siteCode = siteCode;
    }

    public String siteCode() {
        return siteCode;
    }
}
