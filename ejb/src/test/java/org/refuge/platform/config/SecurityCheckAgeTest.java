package org.refuge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** REFUGE_SECURITY_CHECK_AGE, as its system property: 14 unless configured, read at each use. */
class SecurityCheckAgeTest {

    private static final String PROPERTY = "refuge.security.check.age";

    private final RefugeSettings settings = new RefugeSettings();

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void fourteen_unlessConfigured() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("REFUGE_SECURITY_CHECK_AGE") == null, "configured in this environment");
        assertThat(settings.securityCheckAge()).isEqualTo(14);
    }

    @Test
    void aConfiguredAge_takesEffectAtTheNextUse() {
        System.setProperty(PROPERTY, " 16 ");
        assertThat(settings.securityCheckAge()).isEqualTo(16);
        System.setProperty(PROPERTY, "0");
        assertThat(settings.securityCheckAge()).isZero();
    }

    @Test
    void aValueThatIsNoAge_fallsBackToFourteen() {
        for (String wrong : new String[] {"-1", "fourteen", "14.5", "121"}) {
            System.setProperty(PROPERTY, wrong);
            assertThat(settings.securityCheckAge()).as(wrong).isEqualTo(14);
        }
    }
}
