package org.refuge.screening.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.screening.domain.EnquiryAnswer;
import org.refuge.screening.domain.PersonScreening;
import org.refuge.screening.domain.SecurityCheck;
import org.refuge.screening.infrastructure.ScreeningRecords;
import org.refuge.shared.PersonId;

/**
 * What screening publishes to other contexts (protection first): the outcome of a person's security check, by the
 * check's own rule ({@link SecurityCheck#result()}), so that nobody copies it as SQL. A hit concerns its person only.
 * Runs in the caller's transaction; the caller states the roles and checks the site scope.
 */
@ApplicationScoped
public class ScreeningOutcomes {

    /**
     * A person's security check: CLEAR (both enquiries clear, or no check due: younger than the security-check age when
     * registered), HIT (either hit), PENDING (not answered, or the person's screening not started).
     */
    public enum SecurityResult { CLEAR, HIT, PENDING }

    @Inject
    ScreeningRecords records;

    /** The security result of each of these persons, by person. */
    public Map<UUID, SecurityResult> securityResults(Collection<UUID> personIds) {
        Map<UUID, SecurityCheck> checks = records.checksOf(personIds);
        Map<UUID, PersonScreening> started = records.started(personIds);
        Map<UUID, SecurityResult> results = new HashMap<>();
        for (UUID person : personIds) {
            SecurityCheck check = checks.get(person);
            PersonScreening screening = started.get(person);
            results.put(person, check != null ? result(check.result())
                    : screening != null && !screening.securityRequired() ? SecurityResult.CLEAR : SecurityResult.PENDING);
        }
        return results;
    }

    public SecurityResult securityResult(PersonId personId) {
        return securityResults(java.util.List.of(personId.value())).get(personId.value());
    }

    private static SecurityResult result(EnquiryAnswer answer) {
        return answer == EnquiryAnswer.HIT ? SecurityResult.HIT : answer == EnquiryAnswer.CLEAR ? SecurityResult.CLEAR : SecurityResult.PENDING;
    }
}
