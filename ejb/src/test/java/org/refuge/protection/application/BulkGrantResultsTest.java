package org.refuge.protection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.protection.application.BulkGrantResults.Item;
import org.refuge.protection.application.BulkGrantResults.Outcome;
import org.refuge.protection.application.BulkGrantResults.Result;
import org.refuge.protection.domain.ProtectionRefusals;
import org.refuge.registration.application.RegistryFacts;
import org.refuge.platform.security.CurrentUser;

class BulkGrantResultsTest {

    @Test
    void aStoredAnswer_readsBackAsItWasAnswered_itemByItemInOrder() {
        Outcome answered = new Outcome(List.of(
                BulkGrantResults.granted("MRG-2026-000001", 3),
                BulkGrantResults.alreadyGranted("MRG-2026-000002", 2),
                BulkGrantResults.refused("MRG-2026-000003", ProtectionRefusals.refused("securityPending"), "securityPending"),
                BulkGrantResults.refused("MRG-2026-000004", Refusal.conflict("refuge.some.rule", new Object[] {"a\tb\nc", 7}), "conflict"),
                BulkGrantResults.failed("MRG-2026-000005")));

        Outcome read = BulkGrantResults.decode(BulkGrantResults.encode(answered));

        assertThat(read.items()).hasSize(5);
        assertThat(read.items().subList(0, 3)).isEqualTo(answered.items().subList(0, 3));
        assertThat(read.items().get(3)).isEqualTo(new Item("MRG-2026-000004", Result.REFUSED, 0, "conflict", "refuge.some.rule",
                List.of("a b c", "7")));
        assertThat(read.items().get(4).messageKey()).isEqualTo(BulkGrantResults.FAILED);
        assertThat(read.granted()).isEqualTo(1);
        assertThat(read.alreadyGranted()).isEqualTo(1);
        assertThat(read.refused()).isEqualTo(3);
    }

    @Test
    void aRefusalsRule_isTheProtectionRule_orWhatKindOfNoItIs() {
        assertThat(BulkGrants.rule(ProtectionRefusals.refused("outOfScope"))).isEqualTo("outOfScope");
        assertThat(BulkGrants.rule(RegistryFacts.unknownHousehold())).isEqualTo("notFound");
        assertThat(BulkGrants.rule(CurrentUser.otherSite())).isEqualTo("forbidden");
        assertThat(BulkGrants.rule(Refusal.conflict("refuge.other.rule"))).isEqualTo("conflict");
    }
}
