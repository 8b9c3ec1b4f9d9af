package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.refuge.acceptance.Api.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The duplicate check weighs a name by how many registered persons carry it: the application counts the registry's
 * given and family names each minute when due (registration's NameFrequencyTable), and a given name that agrees
 * exactly then weighs log2(m / share of the others who carry it), the share shrunk towards the model's average as the
 * shipped model says (a small registry's counts say little).
 */
@ExtendWith(ArquillianExtension.class)
class NameFrequencyApiIT {

    /** GIVEN_NAME.EXACT m and u, the STRONG level's bits and name.min.share in the shipped model (default-model.properties). */
    private static final double GIVEN_EXACT_M = 0.80;
    private static final double GIVEN_EXACT_U = 0.0035;
    /** The persons of average names a count is shrunk with (MatchModel.PRIOR_PERSONS). */
    private static final double PRIOR_PERSONS = 10_000;
    private static final double GIVEN_STRONG_BITS = Math.log(0.12 / 0.002) / Math.log(2);
    private static final double NAME_MIN_SHARE = 0.0001;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @Test
    void aGivenNameCarriedBySixPersons_agreesForTheBitsItsCountedShareGives() throws Exception {
        String given = Names.random().givenLatin();
        LocalDate birth = LocalDate.of(1971, 3, 9);
        List<String> families = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String family = Names.random().familyLatin();
            families.add(family);
            String household = Api.preRegister("registrar", given + " " + family, 1, 0, 0, 0);
            assertThat(Api.post("registrar", "households/" + household + "/members", member(given, family, birth.plusYears(i * 3)))
                    .statusCode()).isEqualTo(201);
        }
        String key = given.toLowerCase(Locale.ROOT);
        long[] counted = awaitCounted(key, 6);

        String desk = Api.preRegister("registrar", given + " " + families.get(0) + "a", 1, 0, 0, 0);
        JsonNode candidates = json(Api.post("registrar", "households/" + desk + "/duplicate-check",
                member(given, families.get(0) + "a", birth)));
        JsonNode first = null;
        for (JsonNode c : candidates) {
            first = families.get(0).equals(c.get("familyName").asText()) ? c : first;
        }
        assertThat(first).as(candidates.toString()).isNotNull();
        JsonNode givenName = null;
        for (JsonNode e : first.get("evidence")) {
            givenName = "GIVEN_NAME".equals(e.get("comparison").asText()) ? e : givenName;
        }
        assertThat(givenName.get("level").asText()).isEqualTo("EXACT");
        // the others who carry the name (five, or more when another test drew the same random name), of all the persons
        // counted, shrunk towards the model's u as if 10,000 persons of average names were counted too, no rarer than
        // the model's floor; never below a close spelling's bits
        double share = Math.max((counted[0] - 1.0 + PRIOR_PERSONS * GIVEN_EXACT_U) / (counted[1] + PRIOR_PERSONS), NAME_MIN_SHARE);
        double expected = Math.max(Math.log(GIVEN_EXACT_M / share) / Math.log(2), GIVEN_STRONG_BITS);
        assertThat(givenName.get("bits").asDouble()).as("%d persons counted", counted[1]).isCloseTo(expected, within(0.1));
    }

    private static String member(String given, String family, LocalDate birth) {
        return "{\"relationship\":\"HEAD\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"}";
    }

    /** Waits for the minute's count to have the key's persons: {persons with the key, persons counted}. */
    private static long[] awaitCounted(String key, int persons) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 150_000_000_000L;
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT f.persons, c.persons FROM name_frequency f, name_frequency_count c WHERE f.part = 'G' AND f.name_key = ?")) {
            query.setString(1, key);
            while (true) {
                try (ResultSet r = query.executeQuery()) {
                    if (r.next() && r.getLong(1) >= persons) {
                        return new long[] {r.getLong(1), r.getLong(2)};
                    }
                }
                assertThat(System.nanoTime()).as("the names were not counted within 150 s").isLessThan(deadline);
                Thread.sleep(2_000);
            }
        }
    }
}
