package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CookieJarTest {

    private static final URI KEYCLOAK = URI.create("http://localhost:8180/realms/refuge/protocol/openid-connect/auth?x=1");
    private static final URI APP = URI.create("http://localhost:8080/registration/pre-register.xhtml");

    @Test
    void keycloaksSecureCookies_goBackOverPlainHttpToLocalhost_onlyBelowTheirPath() throws Exception {
        CookieJar jar = new CookieJar();
        jar.put(KEYCLOAK, Map.of("Set-Cookie", List.of(
                "AUTH_SESSION_ID=abc.def;Version=1;Path=/realms/refuge/;Secure;HttpOnly;SameSite=None",
                "KC_AUTH_SESSION_HASH=\"ApPz8X/vH=\";Version=1;Path=/realms/refuge/;Max-Age=60;Secure;SameSite=None")));
        jar.put(APP, Map.of("set-cookie", List.of("JSESSIONID=s1.node; path=/; HttpOnly; SameSite=Lax")));

        assertThat(jar.get(URI.create("http://localhost:8180/realms/refuge/login-actions/authenticate?a=b"), Map.of()))
                .containsEntry("Cookie", List.of("AUTH_SESSION_ID=abc.def; KC_AUTH_SESSION_HASH=\"ApPz8X/vH=\"; JSESSIONID=s1.node"));
        assertThat(jar.get(URI.create("http://localhost:8080/camps/camp.xhtml?code=X"), Map.of()))
                .containsEntry("Cookie", List.of("JSESSIONID=s1.node"));
        assertThat(jar.get(URI.create("http://127.0.0.1:8080/index.xhtml"), Map.of())).as("another host").isEmpty();
    }

    @Test
    void aCookieSetAgain_replacesTheFirst_andOneExpired_isGone() throws Exception {
        CookieJar jar = new CookieJar();
        jar.put(APP, Map.of("Set-Cookie", List.of("JSESSIONID=first; path=/", "KC_RESTART=x; Path=/")));
        jar.put(APP, Map.of("Set-Cookie", List.of("JSESSIONID=second; path=/",
                "KC_RESTART=; Version=1; Expires=Thu, 01-Jan-1970 00:00:10 GMT; Max-Age=0; Path=/")));

        assertThat(jar.cookies()).extracting(CookieJar.Cookie::name, CookieJar.Cookie::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JSESSIONID", "second"));
    }

    @Test
    void parse_takesMaxAgeBeforeExpires_andTheRequestsDirectoryWithoutPath() {
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        CookieJar.Cookie cookie = CookieJar.parse(APP, "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60", now);
        assertThat(cookie.expires()).isEqualTo(now.plusSeconds(60));
        assertThat(cookie.path()).isEqualTo("/registration");
        assertThat(CookieJar.parse(APP, "b=2; Expires=Thu, 01 Jan 1970 00:00:00 GMT", now).expires())
                .isEqualTo(Instant.EPOCH);
        assertThat(CookieJar.parse(APP, "=nameless", now)).isNull();
    }

    @Test
    void pathMatches_theSamePathOrBelow_notAPrefixOfAName() {
        assertThat(CookieJar.pathMatches("/realms/refuge/login", "/realms/refuge/")).isTrue();
        assertThat(CookieJar.pathMatches("/realms/refuge", "/realms/refuge")).isTrue();
        assertThat(CookieJar.pathMatches("/realms/refuge/x", "/realms/refuge")).isTrue();
        assertThat(CookieJar.pathMatches("/realms/refugee", "/realms/refuge")).isFalse();
        assertThat(CookieJar.pathMatches("/index.xhtml", "/realms/refuge/")).isFalse();
    }
}
