package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.gatling.javaapi.core.ChainBuilder;

/**
 * One password check per account at a time. With brute-force detection on (the realm has it), Keycloak refuses a
 * login while another login of the same account is in progress, answers it as a wrong password and counts it as a
 * failure: two such failures within a second lock the account for a minute. People each have an account of their
 * own; here hundreds of virtual users share the demo realm's few, so their password checks take turns per account,
 * as separate people's would never collide. The wait is a Gatling pause (no thread is blocked) and is not counted in
 * any request's time.
 */
final class SignInGate {

    private static final Set<String> BUSY = ConcurrentHashMap.newKeySet();

    private SignInGate() {
    }

    /** True when the caller may check the account's password now; it must then {@link #leave} it. */
    static boolean tryEnter(String username) {
        return BUSY.add(username);
    }

    static void leave(String username) {
        BUSY.remove(username);
    }

    /**
     * {@code passwordCheck} run while holding the gate of the session's {@code username}: waits its turn first and
     * always leaves after, whether the check passed or failed (a failed check marks the session, it does not stop it).
     */
    static ChainBuilder around(ChainBuilder passwordCheck) {
        return exec(asLongAs(session -> !tryEnter(session.getString("username")))
                        .on(pause(Duration.ofMillis(50), Duration.ofMillis(250))))
                .exec(passwordCheck)
                .exec(session -> {
                    leave(session.getString("username"));
                    return session;
                });
    }
}
