package org.refuge.load;

import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load test of issue 16, run against a running system (never by the build): {@code refuge.users} people (1,000
 * by default) at their desks and screens at once for {@code refuge.minutes} (10), split over the desks by {@link Mix}
 * and arriving over the ramp, plus a storm of {@code refuge.signIns} browser sign-ins (200) within
 * {@code refuge.stormSeconds} (60) a minute into the work. Before the load, {@link Preparation} makes sure the camps
 * are open and a decree is in force; after it, the pages' server times and the run's settings are written for
 * {@link LoadReport}, which turns Gatling's statistics into docs/benchmarks-load.md.
 * <p>
 * {@code mvn -pl perf/load verify -Pload -Drefuge.users=1000 -Drefuge.minutes=10} (docs/load-test.md).
 */
public class RefugeLoadSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystem();
    private final Map<String, Integer> mix = Mix.split(settings.users(), Mix.weights(settings.mix()));
    private Instant started;

    public RefugeLoadSimulation() {
        Think.scale(settings.think());
        HttpProtocolBuilder desks = Rest.protocol(settings);
        HttpProtocolBuilder browsers = BrowserSignIn.protocol(settings);
        List<PopulationBuilder> populations = new ArrayList<>();
        add(populations, RegistrarDesk.scenario(settings), "registrar", desks);
        add(populations, ScreeningDesks.medical(settings), "medical", desks);
        add(populations, ScreeningDesks.security(settings), "security", desks);
        add(populations, CampDesk.scenario(settings), "camp", desks);
        add(populations, ProtectionDesk.scenario(settings), "protection", desks);
        add(populations, DocumentDesk.scenario(settings), "documents", desks);
        add(populations, PageUsers.scenario(settings), "pages", browsers);
        if (settings.signIns() > 0) {
            populations.add(storm().injectOpen(nothingFor(Duration.ofSeconds(settings.stormAfter())),
                    rampUsers(settings.signIns()).during(Duration.ofSeconds(settings.stormSeconds()))).protocols(browsers));
        }
        setUp(populations).maxDuration(Duration.ofSeconds(settings.rampSeconds() + settings.minutes() * 60L
                + Math.max(0, settings.stormAfter() + settings.stormSeconds() - settings.minutes() * 60L) + 120));
    }

    private void add(List<PopulationBuilder> populations, ScenarioBuilder scenario, String desk, HttpProtocolBuilder protocol) {
        int users = mix.getOrDefault(desk, 0);
        if (users > 0) {
            populations.add(scenario.injectOpen(rampUsers(users).during(Duration.ofSeconds(settings.rampSeconds()))).protocols(protocol));
        }
    }

    /** The storm: every demo account in turn signs in with a browser on the home page; one sign-in per virtual user. */
    private ScenarioBuilder storm() {
        return scenario("sign-in storm")
                .feed(Accounts.feeder(Accounts.all()))
                .exec(session -> session.set("firstPage", "/index.xhtml"))
                .group("sign-in storm").on(BrowserSignIn.signIn(settings, "storm: "));
    }

    @Override
    public void before() {
        System.out.printf("Refuge load test against %s (Keycloak %s): %d users %s for %d min after a %d s ramp, "
                        + "%d sign-ins in %d s from second %d, think × %s%n", settings.appUrl(), settings.keycloakUrl(),
                settings.users(), mix, settings.minutes(), settings.rampSeconds(), settings.signIns(), settings.stormSeconds(),
                settings.stormAfter(), settings.think());
        new Preparation(settings).run();
        System.out.println("Prepared: decree " + Subjects.decree() + ", influx event " + Subjects.influxEvent());
        started = Instant.now();
        Run.starts(settings);
    }

    @Override
    public void after() {
        Path output = Path.of(System.getProperty("refuge.output", "target/load"));
        try {
            ServerTimings.write(output);
            RunInfo.write(output, settings, mix, started, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
