package org.refuge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI language has every key of the English bundle, and every menu entry has a label. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/refuge/web/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_hy", "messages_ru"})
    void hasEveryEnglishKey(String bundle) throws IOException {
        assertThat(load(bundle).keySet()).containsExactlyInAnyOrderElementsOf(load("messages_en").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_en", "messages_hy", "messages_ru"})
    void labelsEveryMenuEntryAndRole(String bundle) throws IOException {
        Properties messages = load(bundle);
        NavigationView.ENTRIES.forEach(entry -> assertThat(messages).containsKey(entry.labelKey()));
        org.refuge.platform.security.Roles.ALL.forEach(role -> assertThat(messages).containsKeys("role." + role, "role." + role + ".does"));
    }
}
