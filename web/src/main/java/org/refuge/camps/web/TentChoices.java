package org.refuge.camps.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.refuge.camps.application.CampService.StructureView;
import org.refuge.camps.domain.TentProposal;

/**
 * Tents as the camp pages offer and name them: the tents a manager may choose by hand (accommodation tents in service
 * with a free bed), the tent ids chosen in a select menu, and tent numbers for a message. The rules of a choice
 * (adjoining, isolation, enough beds) stay with the service.
 */
final class TentChoices {

    private TentChoices() {
    }

    static boolean hasFreeBeds(StructureView structure) {
        return "TENT".equals(structure.kind()) && structure.inService() && structure.occupied() < structure.beds();
    }

    /** The tents with free beds, and those already chosen (a choice the service refused stays visible). */
    static List<StructureView> withFreeBeds(List<StructureView> structures, List<String> chosen) {
        return structures.stream().filter(s -> hasFreeBeds(s) || (chosen != null && chosen.contains(s.id().toString()))).toList();
    }

    /** The chosen tents (ids as a select menu submits them), or null to let the service propose. */
    static List<UUID> ids(List<String> chosen) {
        return chosen == null || chosen.isEmpty() ? null : chosen.stream().map(UUID::fromString).toList();
    }

    static List<String> idsOf(List<TentProposal.Share> shares) {
        return shares.stream().map(share -> share.tentId().toString()).collect(Collectors.toCollection(java.util.ArrayList::new));
    }

    /** "12, 13" */
    static String numbers(List<TentProposal.Share> shares) {
        return shares.stream().map(share -> String.valueOf(share.number())).collect(Collectors.joining(", "));
    }
}
