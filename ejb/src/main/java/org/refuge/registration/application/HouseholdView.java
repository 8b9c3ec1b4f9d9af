package org.refuge.registration.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import org.refuge.registration.domain.Composition;
import org.refuge.registration.domain.Household;

/** A household as screens and the API show it: a read model, never the entity. */
public record HouseholdView(UUID id, String registryNumber, String siteCode, String status, Instant arrivedAt,
                            Instant registeredAt, String registeredBy, String headName, String headNameLatin, int size,
                            int femaleChildren, int maleChildren, int femaleAdults, int maleAdults, int femaleElderly,
                            int maleElderly, String vehicleOrGroup, @Classified(Sensitivity.SENSITIVE_NEEDS) Set<String> visibleNeeds, String voidReason,
                            boolean headPhoto) {

    static HouseholdView of(Household h) {
        Composition c = h.composition();
        return new HouseholdView(h.id(), h.registryNumber().value(), h.siteCode(), h.status().name(), h.arrivedAt(),
                h.registeredAt(), h.registeredBy(), h.headName(), h.headNameLatin(), c.size(), c.femaleChildren(),
                c.maleChildren(), c.femaleAdults(), c.maleAdults(), c.femaleElderly(), c.maleElderly(), h.vehicleOrGroup(),
                h.visibleNeeds(), h.voidReason(), h.headPhotoId() != null);
    }

    /** One line of the household's timeline: what happened, when and who did it. */
    public record TimelineEntry(Instant at, String actor, String what) {
    }

    /**
     * The household file: the household, its individually registered members (head first) and a page of its timeline,
     * newest first, with the timeline's total.
     */
    public record HouseholdFile(HouseholdView household, List<PersonViews.PersonView> members,
                                org.refuge.platform.paging.Page<TimelineEntry> timeline) {
    }
}
