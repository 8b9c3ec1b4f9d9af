package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A registration desk at a border crossing point (REST): the next family steps up; the registrar pre-registers the
 * household (head's name, composition), then registers each member: while the names are typed the desk asks for
 * possible duplicates, again once sex, birth date and passport are in, then saves the member and takes the photo; at
 * the end the household file is read back. A refused step ends that family (the desk would start it again); the
 * next family comes.
 */
final class RegistrarDesk {

    private RegistrarDesk() {
    }

    static ScenarioBuilder scenario(LoadSettings settings) {
        return CoreDsl.scenario("registrar desk (REST)")
                .feed(Accounts.feeder(Accounts.REGISTRARS))
                .asLongAs(Run::going, "round", true).on(
                        pause(Think.around(20)),
                        exitBlockOnFail().on(family(settings)));
    }

    private static ChainBuilder family(LoadSettings settings) {
        return exec(session -> session.set("family", Families.next(ThreadLocalRandom.current(), LocalDate.now())))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.postOnce("registrar: pre-register household", "/households",
                                session -> Json.write(Families.preRegistration(family(session), LocalDate.now())))
                        .check(status().is(201), jsonPath("$.registryNumber").saveAs("rn")))
                .foreach(session -> List.copyOf(family(session).members()), "member").on(member(settings))
                .pause(Think.around(5))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.get("registrar: household file", "/households/#{rn}").check(status().is(200)))
                .exec(session -> {
                    Claims.registered(session.getString("site"), session.getString("rn"));
                    return session;
                });
    }

    private static ChainBuilder member(LoadSettings settings) {
        return pause(Think.around(10))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.post("registrar: duplicate check (names typed)", "/households/#{rn}/duplicate-check",
                        session -> Json.write(Families.namesTyped(member(session)))).check(status().is(200)))
                .pause(Think.around(10))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.post("registrar: duplicate check (identity)", "/households/#{rn}/duplicate-check",
                        session -> Json.write(Families.identity(member(session)))).check(status().is(200)))
                .pause(Think.around(5))
                .exec(ApiTokens.bearer(settings))
                .exec(Rest.postOnce("registrar: register member", "/households/#{rn}/members",
                                session -> Json.write(Families.registration(member(session))))
                        .check(status().is(201), jsonPath("$.person.id").saveAs("personId")))
                .pause(Think.around(6))
                .exec(photo(settings));
    }

    /**
     * The member's photo; while the server's photo decoding is busy it answers 503 with {@code Retry-After}, and the
     * desk sends the photo again after that many seconds (up to four times), as a separately named request.
     */
    private static ChainBuilder photo(LoadSettings settings) {
        return exec(ApiTokens.bearer(settings))
                .exec(upload("registrar: photo"))
                .exec(asLongAs(session -> session.getInt("photoStatus") == 503 && session.getInt("photoRetries") < 4, "photoRetries")
                        .on(pause(session -> Duration.ofSeconds(retryAfter(session)))
                                .exec(ApiTokens.bearer(settings))
                                .exec(upload("registrar: photo (again after 503)"))));
    }

    private static HttpRequestActionBuilder upload(String name) {
        return http(name).put("/api/v1/persons/#{personId}/photo").header("Authorization", "Bearer #{token}")
                .header("Content-Type", "image/jpeg").body(ByteArrayBody(Portrait.jpeg()))
                .check(status().in(204, 503).saveAs("photoStatus"), header("Retry-After").optional().saveAs("retryAfter"));
    }

    private static long retryAfter(Session session) {
        String value = session.contains("retryAfter") ? session.getString("retryAfter") : null;
        return value != null && value.matches("\\d{1,3}") ? Math.max(1, Long.parseLong(value)) : 2;
    }

    private static Families.Family family(Session session) {
        return session.get("family");
    }

    private static Families.Member member(Session session) {
        return session.get("member");
    }
}
