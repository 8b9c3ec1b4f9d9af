package org.refuge.platform.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;

import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void in_findsTheRefusalAScreenReceivesWrapped_andNothingInAnotherFailure() {
        Refusal refusal = Refusal.invalid("outcome", "refuge.screening.inconsistent.isolation").with("rule", "isolation");
        RuntimeException wrapped = new RuntimeException("jakarta.el.ELException", new EJBException(refusal));
        assertThat(Refusal.in(wrapped)).containsSame(refusal);
        assertThat(Refusal.in(refusal)).containsSame(refusal);
        assertThat(Refusal.in(new IllegalStateException(new RuntimeException()))).isEmpty();
        assertThat(Refusal.in(null)).isEmpty();
    }

    @Test
    void theMessageIsTheKeyOnly_soArgumentsNeverReachALogLine() {
        Refusal refusal = Refusal.invalid("visibleNeeds", "refuge.household.needs.unknown", "XX-1");
        assertThat(refusal.getMessage()).isEqualTo("refuge.household.needs.unknown");
        assertThat(refusal.toString()).doesNotContain("XX-1");
        assertThat(refusal.arguments()).containsExactly("XX-1");
        assertThat(refusal.getStackTrace()).isEmpty();
    }

    @Test
    void eachKindHasItsStatus() {
        assertThat(Refusal.notFound("k").kind().status()).isEqualTo(404);
        assertThat(Refusal.conflict("field", "k").kind().status()).isEqualTo(409);
        assertThat(Refusal.forbidden("k").kind().status()).isEqualTo(403);
        assertThat(Refusal.of(Refusal.Kind.UNPROCESSABLE, "idempotencyKey", "k").kind().status()).isEqualTo(422);
        assertThat(Refusal.of(Refusal.Kind.TOO_LARGE, "photo", "k").field()).isEqualTo("photo");
    }
}
