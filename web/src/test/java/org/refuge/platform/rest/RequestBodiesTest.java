package org.refuge.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.registration.application.MemberForm;
import org.refuge.registration.application.PreRegistrationForm;

/** The boundary's checks of a body: no list past the bind limit, no null entry, wherever they are nested. */
class RequestBodiesTest {

    /** As the resources' request records are. */
    record Allocate(String registryNumber, List<UUID> tents) {
    }

    @Test
    void aListOfFortyThousand_isRefused_atItsPath() {
        Refusal refused = catchThrowableOfType(Refusal.class,
                () -> RequestBodies.checkBody(new Allocate("X", Collections.nCopies(40_000, UUID.randomUUID()))));
        assertThat(refused.field()).isEqualTo("tents");
        assertThat(refused.messageKey()).isEqualTo("refuge.request.listTooLong");
    }

    @Test
    void aNullEntry_isRefused_inAFormAndInADocumentRowOfAForm() {
        PreRegistrationForm household = new PreRegistrationForm();
        household.setVisibleNeeds(new ArrayList<>(Arrays.asList("DS-PM", null)));
        assertThat(catchThrowableOfType(Refusal.class, () -> RequestBodies.checkBody(household)).field())
                .isEqualTo("visibleNeeds[1]");
        MemberForm member = new MemberForm();
        member.setDocuments(new ArrayList<>(Arrays.asList((MemberForm.DocumentForm) null)));
        assertThat(catchThrowableOfType(Refusal.class, () -> RequestBodies.checkBody(member)).field())
                .isEqualTo("documents[0]");
    }

    @Test
    void aBodyWithinTheLimits_passes() {
        MemberForm member = new MemberForm();
        member.setCitizenships(new ArrayList<>(List.of("SYR")));
        member.setDocuments(new ArrayList<>(List.of(new MemberForm.DocumentForm())));
        assertThatCode(() -> RequestBodies.checkBody(member)).doesNotThrowAnyException();
        assertThatCode(() -> RequestBodies.checkBody(new Allocate("X", Collections.nCopies(1_000, UUID.randomUUID()))))
                .doesNotThrowAnyException();
    }
}
