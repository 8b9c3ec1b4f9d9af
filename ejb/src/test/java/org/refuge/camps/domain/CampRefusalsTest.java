package org.refuge.camps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;

class CampRefusalsTest {

    @Test
    void anAccommodationRefusal_isAConflictNamingItsRule_andCarriesTheFreshProposal() {
        List<TentProposal.Share> fresh = List.of(new TentProposal.Share(UUID.randomUUID(), 4, 2));
        Refusal refusal = CampRefusals.accommodation("full", fresh);
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.messageKey()).isEqualTo("refuge.accommodation.full");
        assertThat(refusal.details()).containsEntry("rule", "full").containsEntry("proposal", fresh);
        assertThat(CampRefusals.rule(refusal)).isEqualTo("full");
        assertThat(CampRefusals.freshProposal(refusal)).isEqualTo(fresh);
    }

    @Test
    void aRefusalWithoutProposal_answersAnEmptyOne() {
        assertThat(CampRefusals.accommodation("notScreened").details()).containsEntry("proposal", List.of());
        Refusal campRule = CampRefusals.campRule("checklist");
        assertThat(campRule.messageKey()).isEqualTo("refuge.camp.rule.checklist");
        assertThat(CampRefusals.rule(campRule)).isEqualTo("checklist");
        assertThat(CampRefusals.freshProposal(campRule)).isEmpty();
        assertThat(CampRefusals.rule(Refusal.conflict("refuge.other"))).isNull();
    }
}
