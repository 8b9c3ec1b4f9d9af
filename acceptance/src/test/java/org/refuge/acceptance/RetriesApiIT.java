package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retries are safe (issue 10, item 9): the same request sent six times at once with one Idempotency-Key takes effect
 * once, and a key reused for another operation is refused.
 */
@ExtendWith(ArquillianExtension.class)
class RetriesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static List<HttpResponse<String>> sixAtOnce(Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(clients.submit(request));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void attack_declaringAnInfluxTwice_byARetry_givesTwoEvents() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "Retry influx " + key.substring(0, 8);
        List<HttpResponse<String>> answers = sixAtOnce(() -> Api.post("supervisor", "influx-events",
                "{\"name\":\"" + name + "\",\"threshold\":2000}", key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(a -> json(a).get("id").asText()).distinct()).hasSize(1);
        assertThat(json(Api.get("supervisor", "influx-events")).findValuesAsText("name").stream().filter(name::equals)).hasSize(1);

        HttpResponse<String> reused = Api.post("supervisor", "camps/CAMP-ARARAT-1/tents",
                "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}", key);
        assertThat(reused.statusCode()).as("a key reused for another operation").isEqualTo(409);
    }

    @Test
    void attack_addingTentsTwice_byARetry_givesTwiceTheTents() throws Exception {
        String camp = "CAMP-ARARAT-1";
        int before = json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt();
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> answers = sixAtOnce(() -> Api.post("camp-manager", "camps/" + camp + "/tents",
                "{\"count\":3,\"beds\":20,\"coveredM2\":70,\"accessible\":false}", key));
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt()).isEqualTo(before + 3);
        // without a key each request is a new one
        assertThat(Api.post("camp-manager", "camps/" + camp + "/tents", "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}")
                .statusCode()).isEqualTo(200);
        assertThat(json(Api.get("camp-manager", "camps/" + camp)).get("figures").get("tents").asInt()).isEqualTo(before + 4);
        assertThat(Api.post("camp-manager", "camps/" + camp + "/tents", "{\"count\":1,\"beds\":20,\"coveredM2\":70,\"accessible\":false}",
                "not a key!").statusCode()).isEqualTo(400);
    }
}
