package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A person signing in with a browser, through Keycloak's real OpenID Connect code flow: they open a page of the
 * application and are sent to Keycloak's login form; they post their name and password to the form's action (read
 * from the page as a browser would) and are sent back to the application with a code, which it exchanges for its
 * session ({@code JSESSIONID}, kept in the virtual user's cookies with Keycloak's) before showing the page.
 */
final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** A browser: cookies and redirects as a browser keeps and follows them, HTML asked for in English. */
    static HttpProtocolBuilder protocol(LoadSettings settings) {
        return http.baseUrl(settings.appUrl()).acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("en").userAgentHeader("Refuge load test (browser)");
    }

    /**
     * The three steps, named {@code prefix} + the step; the page opened first is the session's {@code firstPage}
     * (below the application's root). Only the form's post checks the password, so only it waits its turn at the
     * account's {@link SignInGate}; it is not followed, so the gate is left as soon as Keycloak has answered.
     */
    static ChainBuilder signIn(LoadSettings settings, String prefix) {
        return exec(http(prefix + "open a page, sent to the login form").get("#{firstPage}")
                        .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction")))
                .exec(SignInGate.around(exec(http(prefix + "post the login form").post("#{loginAction}")
                        .formParam("username", "#{username}").formParam("password", settings.password())
                        .formParam("credentialId", "").disableFollowRedirect()
                        .check(status().is(302), header("Location").saveAs("backTo")))))
                .exec(http(prefix + "back to the application").get("#{backTo}")
                        .check(status().is(200), currentLocationRegex("^" + Pattern.quote(settings.appUrl()) + "/")));
    }
}
