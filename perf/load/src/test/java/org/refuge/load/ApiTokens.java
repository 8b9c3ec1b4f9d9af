package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Access tokens of the REST desks, one set per demo account, shared by the virtual users of that account as one
 * person's desk application keeps its token between calls: fetched with the password grant of the public client
 * {@code refuge-api}, renewed with the refresh token a minute before it expires (the realm's tokens live five
 * minutes). The token calls are Gatling requests of their own ("token: ..."), so Keycloak's answer times are in the
 * report; one virtual user renews for all (holding the account's {@link SignInGate}), the others go on with the token
 * that is still valid or, before the first, wait for it.
 */
final class ApiTokens {

    private static final String CLIENT = "refuge-api";
    private static final long RENEW_BEFORE_MILLIS = 60_000;
    private static final long VALID_FOR_AT_LEAST_MILLIS = 5_000;

    /** An account's tokens and when they expire (epoch milliseconds). */
    private record Held(String access, long accessExpires, String refresh, long refreshExpires) {
    }

    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();

    private ApiTokens() {
    }

    /**
     * Puts a valid access token of the session's {@code username} into its {@code token} attribute, renewing the
     * account's first when it is due and no other virtual user is renewing it. Waits at most about half a minute
     * for a first token, then goes on without one (the calls then fail as 401 and show in the report).
     */
    static ChainBuilder bearer(LoadSettings settings) {
        ChainBuilder renewIfDue = exec(doIf(session -> due(user(session)) && SignInGate.tryEnter(user(session)))
                .then(renew(settings)));
        return exec(renewIfDue)
                .exec(asLongAs(session -> !valid(user(session)) && session.getInt("tokenTries") < 150, "tokenTries")
                        .on(pause(Duration.ofMillis(100), Duration.ofMillis(300)).exec(renewIfDue)))
                .exec(session -> session.set("token", access(user(session))));
    }

    /** The renewal, run while holding the account's gate: refresh grant when the refresh token lives, else password. */
    private static ChainBuilder renew(LoadSettings settings) {
        return doIfOrElse(session -> refreshable(user(session)))
                .then(exec(grant(settings, "token: refresh grant").formParam("grant_type", "refresh_token")
                        .formParam("refresh_token", session -> HELD.get(user(session)).refresh())))
                .orElse(exec(grant(settings, "token: password grant").formParam("grant_type", "password")
                        .formParam("username", "#{username}").formParam("password", settings.password())))
                .exec(session -> {
                    keep(session);
                    SignInGate.leave(user(session));
                    return session.removeAll("grantAccess", "grantExpiresIn", "grantRefresh", "grantRefreshExpiresIn");
                });
    }

    private static HttpRequestActionBuilder grant(LoadSettings settings, String name) {
        return http(name).post(settings.tokenEndpoint()).formParam("client_id", CLIENT)
                .check(status().is(200), jsonPath("$.access_token").saveAs("grantAccess"),
                        jsonPath("$.expires_in").ofInt().saveAs("grantExpiresIn"),
                        jsonPath("$.refresh_token").optional().saveAs("grantRefresh"),
                        jsonPath("$.refresh_expires_in").ofInt().optional().saveAs("grantRefreshExpiresIn"));
    }

    /** Keeps the tokens the grant answered; a refused refresh forgets the refresh token so the next renewal signs in. */
    private static void keep(Session session) {
        String user = user(session);
        long now = System.currentTimeMillis();
        if (!session.contains("grantAccess")) {
            HELD.computeIfPresent(user, (u, held) -> new Held(held.access(), held.accessExpires(), null, 0));
            return;
        }
        String refresh = session.contains("grantRefresh") ? session.getString("grantRefresh") : null;
        long refreshExpires = session.contains("grantRefreshExpiresIn") ? now + session.getInt("grantRefreshExpiresIn") * 1000L : 0;
        HELD.put(user, new Held(session.getString("grantAccess"), now + session.getInt("grantExpiresIn") * 1000L, refresh, refreshExpires));
    }

    private static boolean due(String user) {
        Held held = HELD.get(user);
        return held == null || held.accessExpires() - System.currentTimeMillis() < RENEW_BEFORE_MILLIS;
    }

    private static boolean valid(String user) {
        Held held = HELD.get(user);
        return held != null && held.accessExpires() - System.currentTimeMillis() > VALID_FOR_AT_LEAST_MILLIS;
    }

    private static boolean refreshable(String user) {
        Held held = HELD.get(user);
        return held != null && held.refresh() != null && held.refreshExpires() - System.currentTimeMillis() > VALID_FOR_AT_LEAST_MILLIS;
    }

    private static String access(String user) {
        Held held = HELD.get(user);
        return held == null ? "" : held.access();
    }

    private static String user(Session session) {
        return session.getString("username");
    }
}
