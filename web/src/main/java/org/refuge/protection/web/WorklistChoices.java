package org.refuge.protection.web;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.refuge.platform.security.AccountService.Me;
import org.refuge.platform.security.Sensitivity;
import org.refuge.platform.site.Site;
import org.refuge.platform.site.SiteKind;
import org.refuge.platform.site.SiteService;
import org.refuge.platform.web.UserView;
import org.refuge.registration.application.ReferenceDataService;
import org.refuge.shared.SiteCode;

/**
 * What the worklists' filters offer the reader: the border crossing points of their scope (every one for the roles that
 * see every site), and the UNHCR specific-need categories they may read (those of sensitive needs only for their
 * readers, as the services refuse them to the others). Read once per request.
 */
@Named
@RequestScoped
public class WorklistChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A choice of a select: its value and its label. */
    public record Choice(String value, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    SiteService sites;

    @Inject
    UserView user;

    @Inject
    ReferenceDataService referenceData;

    private List<Choice> bcps;
    private List<String> needs;

    /** The BCPs of the reader's scope, by name. */
    public List<Choice> getBcps() {
        if (bcps == null) {
            Me me = user.getMe();
            bcps = me.allSites()
                    ? sites.all().stream().filter(s -> s.kind() == SiteKind.BCP).map(WorklistChoices::choice).toList()
                    : me.sites().stream().filter(s -> SiteKind.BCP.name().equals(s.kind())).map(s -> new Choice(s.code(), s.name())).toList();
        }
        return bcps;
    }

    /** The need categories the reader may filter by, in code order. */
    public List<String> getNeeds() {
        if (needs == null) {
            boolean sensitiveToo = Sensitivity.SENSITIVE_NEEDS.readableBy(user.getMe().roles());
            Set<String> all = new TreeSet<>();
            Set<String> sensitive = new TreeSet<>();
            referenceData.specificNeeds().forEach(n -> {
                all.add(n.category());
                if (n.sensitive()) {
                    sensitive.add(n.category());
                }
            });
            needs = all.stream().filter(c -> sensitiveToo || !sensitive.contains(c)).toList();
        }
        return needs;
    }

    /** The BCP chosen in a select, or null for every one. */
    static SiteCode site(String code) {
        return code == null || code.isBlank() ? null : new SiteCode(code);
    }

    private static Choice choice(Site site) {
        return new Choice(site.code(), site.name());
    }
}
