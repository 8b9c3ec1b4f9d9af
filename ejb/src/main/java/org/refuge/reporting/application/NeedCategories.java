package org.refuge.reporting.application;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.refusal.Refusal;
import org.refuge.platform.security.CurrentUser;
import org.refuge.platform.security.Sensitivity;
import org.refuge.registration.application.ReferenceDataService;

/**
 * Which UNHCR specific-need category a list may be asked for, by whom: a category registration knows (else 400), and
 * a sensitive one (a category of sensitive codes: SGBV, torture, serious medical) only by the readers of
 * {@link Sensitivity#SENSITIVE_NEEDS} (else 403). The figures leave those categories out for the others; a list of
 * the persons behind them would name exactly who has the need, so it is refused rather than emptied.
 */
@ApplicationScoped
public class NeedCategories {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CurrentUser currentUser;

    /** The category as registration writes it (capitals), once the reader may list its persons. */
    public String readable(String typed) {
        String category = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        var codes = referenceData.specificNeeds().stream().filter(n -> n.category().equals(category)).toList();
        if (codes.isEmpty()) {
            throw Refusal.invalid("need", "refuge.report.need");
        }
        if (codes.stream().anyMatch(ReferenceDataService.SpecificNeed::sensitive) && !sensitiveToo()) {
            throw Refusal.forbidden("refuge.report.need.sensitive").with("rule", "SENSITIVE_NEEDS");
        }
        return category;
    }

    /** Whether the reader may know of sensitive needs at all. */
    public boolean sensitiveToo() {
        return Sensitivity.SENSITIVE_NEEDS.readableBy(currentUser.actingRoles());
    }
}
