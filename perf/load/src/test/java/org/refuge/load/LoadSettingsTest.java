package org.refuge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The settings: the issue's load by default, an environment variable per property, the command's arguments. */
class LoadSettingsTest {

    @Test
    void eachPropertyHasAnEnvironmentVariable() {
        assertThat(LoadSettings.environmentName("refuge.users")).isEqualTo("REFUGE_LOAD_USERS");
        assertThat(LoadSettings.environmentName("refuge.stormAfter")).isEqualTo("REFUGE_LOAD_STORM_AFTER");
    }

    @Test
    void theDefaults_areTheIssuesLoad_andTheCommandNamesOnlyWhatDiffers() {
        LoadSettings defaults = LoadSettings.from(key -> null);
        assertThat(defaults.users()).isEqualTo(1000);
        assertThat(defaults.minutes()).isEqualTo(10);
        assertThat(defaults.signIns()).isEqualTo(200);
        assertThat(defaults.stormSeconds()).isEqualTo(60);
        assertThat(defaults.rampSeconds()).isEqualTo(180);
        assertThat(defaults.arguments()).isEmpty();

        Map<String, String> given = Map.of("refuge.users", "20", "refuge.minutes", "1", "refuge.url", "http://app.example:8080/");
        LoadSettings smoke = LoadSettings.from(given::get);
        assertThat(smoke.appUrl()).isEqualTo("http://app.example:8080");
        assertThat(smoke.rampSeconds()).as("a fifth of a second per user, at least 10 s").isEqualTo(10);
        assertThat(smoke.arguments()).containsExactly(Map.entry("refuge.users", "20"), Map.entry("refuge.minutes", "1"));
        assertThat(smoke.tokenEndpoint()).endsWith("/realms/refuge/protocol/openid-connect/token");
    }
}
