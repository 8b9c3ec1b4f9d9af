package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LoginFormTest {

    private static final URI PAGE = URI.create("http://localhost:8180/realms/refuge/protocol/openid-connect/auth?client_id=refuge-web");

    /** The form of Keycloak 26's login page, as it writes it (shortened). */
    private static final String KEYCLOAK = """
            <form id="language-switch" action="/x"><input type="hidden" name="kc_locale" value="en"/></form>
            <form id="kc-form-login" class="pf-v5-c-form" onsubmit="login.disabled = true; return true;" action="http://localhost:8180/realms/refuge/login-actions/authenticate?session_code=5QSt&amp;execution=0801d755&amp;client_id=refuge-web&amp;tab_id=KnY" method="post" novalidate="novalidate">
                <input id="username" name="username" value="" type="text" autocomplete="username" autofocus
                        aria-invalid=""/>
                <input id="password" name="password" value="" type="password" autocomplete="current-password"
                          aria-invalid=""/>
                <input type="checkbox" id="rememberMe" name="rememberMe">
                <input type="hidden" id="id-hidden-input" name="credentialId" />
                <input type="hidden" name="note" value="a &quot;b&quot; &#47; &#x2F;"/>
                <input tabindex="7" class="pf-v5-c-button" name="login" id="kc-login" type="submit" value="Sign In"/>
            </form>
            """;

    @Test
    void readsTheFormWithAPasswordField_itsActionUnescaped_andItsHiddenFields() {
        LoginForm form = LoginForm.of(PAGE, KEYCLOAK).orElseThrow();

        assertThat(form.action()).isEqualTo(URI.create("http://localhost:8180/realms/refuge/login-actions/authenticate"
                + "?session_code=5QSt&execution=0801d755&client_id=refuge-web&tab_id=KnY"));
        assertThat(form.hidden()).containsExactly(Map.entry("credentialId", ""), Map.entry("note", "a \"b\" / /"));
    }

    @Test
    void postsTheHiddenFields_theNameAndThePassword_urlEncoded() {
        String body = LoginForm.of(PAGE, KEYCLOAK).orElseThrow().body("camp-manager", "dé mo&=");

        Map<String, String> fields = Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertThat(fields).containsOnly(Map.entry("credentialId", ""), Map.entry("note", "a \"b\" / /"),
                Map.entry("username", "camp-manager"), Map.entry("password", "dé mo&="));
    }

    @Test
    void message_isWhatTheLoginPageSaysToThePerson() {
        assertThat(LoginForm.message("<div class=\"pf-v5-c-alert pf-m-danger\"><span class=\"pf-v5-c-alert__title kc-feedback-text\">"
                + "Invalid username or password.</span></div>")).hasValue("Invalid username or password.");
        assertThat(LoginForm.message("<span id=\"input-error\" class=\"x\" aria-live=\"polite\">\n   Account is &quot;disabled&quot;, "
                + "contact your administrator.\n</span>")).hasValue("Account is \"disabled\", contact your administrator.");
        assertThat(LoginForm.message(KEYCLOAK)).isEmpty();
    }

    @Test
    void aRelativeAction_isResolvedAgainstThePage_andAPageWithoutPasswordField_hasNoLoginForm() {
        LoginForm form = LoginForm.of(PAGE, "<form action=\"../login-actions/authenticate?x=1\" method=\"post\">"
                + "<input type=\"password\" name=\"password\"></form>").orElseThrow();
        assertThat(form.action()).isEqualTo(URI.create("http://localhost:8180/realms/refuge/protocol/login-actions/authenticate?x=1"));

        assertThat(LoginForm.of(PAGE, "<html><form id=\"search\" action=\"/q\"><input name=\"q\"></form></html>")).isEmpty();
        assertThat(LoginForm.of(PAGE, "<html><h1>Refuge</h1></html>")).isEmpty();
    }
}
