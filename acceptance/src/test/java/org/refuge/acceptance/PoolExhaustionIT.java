package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: with every connection of the pool taken, an API request waited 30 s and ended 500. Now the pool's
 * blocking timeout ends the wait and the API answers 503 with Retry-After. Runs inside WildFly, which lets the test
 * hold the pool's connections itself.
 */
@ExtendWith(ArquillianExtension.class)
class PoolExhaustionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWith(PoolExhaustionIT.class, Keycloak.class);
    }

    @Resource(lookup = "java:jboss/datasources/RefugeDS")
    DataSource pool;

    @Test
    void aRequestWhileThePoolIsExhausted_answers503WithRetryAfter() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            boolean exhausted = false;
            while (!exhausted && held.size() < 1_000) {
                try {
                    held.add(pool.getConnection());
                } catch (SQLException e) {
                    exhausted = true;   // the pool's blocking timeout, not a hang
                }
            }
            assertThat(exhausted).as("the pool ends the wait for a connection").isTrue();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/households?name=Petrosyan"))
                    .header("Authorization", "Bearer " + Keycloak.token("registrar")).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        // and once connections are back, the API answers again
        HttpResponse<String> after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        System.getProperty("refuge.test.base-url", "http://localhost:8280/") + "api/v1/households?name=Petrosyan"))
                .header("Authorization", "Bearer " + Keycloak.token("registrar")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }
}
