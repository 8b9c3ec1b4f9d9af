package org.refuge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** REFUGE_TASK_IDLE_HOURS, as its system property: 8 hours unless configured, read at each use. */
class TaskIdleLimitTest {

    private static final String PROPERTY = "refuge.task.idle.hours";

    private final RefugeSettings settings = new RefugeSettings();

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void eightHours_unlessConfigured() {
        assertThat(settings.taskIdleLimit()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aConfiguredLimit_takesEffectAtTheNextUse_fractionsOfAnHourToo() {
        System.setProperty(PROPERTY, "12");
        assertThat(settings.taskIdleLimit()).isEqualTo(Duration.ofHours(12));
        System.setProperty(PROPERTY, " 0.25 ");
        assertThat(settings.taskIdleLimit()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aValueThatIsNoPositiveNumberOfHours_fallsBackToEight() {
        for (String wrong : new String[] {"0", "-3", "eight", "NaN", "Infinity", "100000"}) {
            System.setProperty(PROPERTY, wrong);
            assertThat(settings.taskIdleLimit()).as(wrong).isEqualTo(Duration.ofHours(8));
        }
    }
}
