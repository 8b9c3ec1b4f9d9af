package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of issue 10 on the most sensitive data, each as a test with real tokens: sensitive need codes read by
 * roles that must not see them, the auditor reading case content, an all-sites role lifting a user's other roles.
 */
@ExtendWith(ArquillianExtension.class)
class DataProtectionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    /** A household of two adults, its head registered (her screening tasks are open). */
    private static String household() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 1, 0, 0);
        Api.registerMember(number, "HEAD", "F", java.time.LocalDate.now().minusYears(37));
        return number;
    }

    @Test
    void attack_policeReadTheSensitiveNeedCodesOfAHousehold_inItsFileAndTheNameSearch() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        TestDatabase.householdNeeds(number, "SM-MI", "SV-VA", "DS");
        for (String user : new String[] {"police", "registrar", "supervisor"}) {
            JsonNode household = json(Api.get(user, "households/" + number)).get("household");
            assertThat(household.get("visibleNeeds")).as(user).extracting(JsonNode::asText).containsExactly("DS");
            HttpResponse<String> search = Api.get(user, "households?name=" + URLEncoder.encode(n.givenLatin() + " " + n.familyLatin(), StandardCharsets.UTF_8));
            assertThat(search.statusCode()).as(user).isEqualTo(200);
            assertThat(search.body()).as(user).contains(number).doesNotContain("SM-MI").doesNotContain("SV-VA");
        }
        for (String user : new String[] {"caseworker", "medical"}) {
            assertThat(json(Api.get(user, "households/" + number)).get("household").get("visibleNeeds")).as(user)
                    .extracting(JsonNode::asText).containsExactlyInAnyOrder("DS", "SM-MI", "SV-VA");
        }
    }

    @Test
    void attack_thePreRegistrationDeskRecordsSensitiveCodes() throws Exception {
        for (String needs : new String[] {"[\"SM\"]", "[\"DS\",\"SV-VA\"]", "[\"TR\"]"}) {
            HttpResponse<String> refused = Api.post("registrar", "households", "{\"headName\":\"Test Desk\",\"femaleAdults\":1,"
                    + "\"visibleNeeds\":" + needs + "}");
            assertThat(refused.statusCode()).as(needs + " " + refused.body()).isEqualTo(400);
            assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("visibleNeeds");
        }
        HttpResponse<String> russian = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(Api.uri("households"))
                .header("Authorization", "Bearer " + Keycloak.token("registrar")).header("Accept-Language", "ru")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"headName\":\"Test Desk\",\"femaleAdults\":1,\"visibleNeeds\":[\"SM\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(russian).get("errors").get(0).get("message").asText()).contains("конфиденциальны");
    }

    @Test
    void attack_theAuditorReadsNamesPhonesAndDocumentsThroughTheHistory() {
        String number = household();
        assertThat(Api.get("auditor", "households/" + number + "/history").statusCode()).isEqualTo(403);
        assertThat(Api.get("auditor", "households/" + number).statusCode()).isEqualTo(403);
        assertThat(Api.get("auditor", "households/" + number + "/members").statusCode()).isEqualTo(403);
        assertThat(Api.get("supervisor", "households/" + number + "/history").statusCode()).isEqualTo(200);
    }

    @Test
    void attack_anAllSitesRoleLiftsTheUsersOtherRolesToEverySite() {
        // caseworker-police works at BCP-MARGARA; as a caseworker they see every site, as police only their own
        Names n = Names.random();
        String elsewhere = Api.preRegister("registrar2", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        Api.registerMember("registrar2", elsewhere, "HEAD", "F", java.time.LocalDate.now().minusYears(42));
        String securityTask = Api.task("police2", elsewhere, "screening/security");
        HttpResponse<String> asPolice = Api.post("caseworker-police", "screening/tasks/" + securityTask + "/security-check",
                "{\"nssReference\":\"N-1\",\"nssAnswer\":\"CLEAR\",\"policeReference\":\"P-1\",\"policeAnswer\":\"CLEAR\"}");
        assertThat(asPolice.statusCode()).as(asPolice.body()).isIn(403, 404);
        // the inbox offers the police task of another BCP to nobody at Margara
        assertThat(Api.get("caseworker-police", "tasks?reference=" + elsewhere).body()).doesNotContain(securityTask);
        // as a caseworker the same user still reads the household at the other BCP
        assertThat(Api.get("caseworker-police", "households/" + elsewhere).statusCode()).isEqualTo(200);
        // and as police at their own BCP they still work
        String mine = household();
        String ownTask = Api.task("caseworker-police", mine, "screening/security");
        assertThat(ownTask).isNotBlank();
    }

    @Test
    void attack_aRegistrarTakesAPersonOfAnotherBcpIntoTheirHousehold_byAnsweringSamePerson() {
        Names stranger = Names.random();
        java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000));
        String elsewhere = Api.preRegister("registrar2", stranger.givenLatin() + " " + stranger.familyLatin(), 1, 0, 0, 0);
        String member = "{\"relationship\":\"HEAD\",\"givenName\":\"" + stranger.givenLatin() + "\",\"familyName\":\""
                + stranger.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\","
                + "\"phone\":\"+37499123456\"";
        String strangerId = json(Api.post("registrar2", "households/" + elsewhere + "/members", member + "}")).get("person").get("id").asText();

        String mine = Api.preRegister("registrar", stranger.givenLatin() + " " + stranger.familyLatin(), 1, 0, 0, 0);
        // the check from Margara proposes the Bagratashen person, showing only what recognising her needs
        HttpResponse<String> check = Api.post("registrar", "households/" + mine + "/duplicate-check", member + "}");
        JsonNode candidate = null;
        for (JsonNode c : json(check)) {
            if (strangerId.equals(c.get("personId").asText())) {
                candidate = c;
            }
        }
        assertThat(candidate).as(check.body()).isNotNull();
        assertThat(check.body()).doesNotContain("37499123456");
        assertThat(candidate.get("siteCode").asText()).isEqualTo("BCP-BAGRATASHEN");

        HttpResponse<String> same = Api.post("registrar", "households/" + mine + "/members",
                member + ",\"decisions\":{\"" + strangerId + "\":\"SAME\"}}");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(201);
        assertThat(json(same).get("linkedExisting").asBoolean()).isFalse();
        assertThat(json(same).get("person").get("id").asText()).isNotEqualTo(strangerId);
        assertThat(json(same).get("openMatches").asInt()).isPositive();
        // nothing moved: she is still in her family at Bagratashen, and the registrar cannot read her record
        assertThat(json(Api.get("registrar2", "households/" + elsewhere + "/members"))).extracting(m -> m.get("id").asText())
                .containsExactly(strangerId);
        assertThat(Api.get("registrar", "persons/" + strangerId).statusCode()).isEqualTo(403);
        // a caseworker finds the open match in the queue and decides
        JsonNode queue = json(Api.get("caseworker", "duplicates?household=" + mine));
        assertThat(queue.toString()).contains(strangerId);
    }

    @Test
    void attack_theApplicationsDatabaseRoleTruncatesTheAuditTrail() {
        String insufficientPrivilege = "42501";
        household(); // at least one audit event and one history revision exist
        for (String attack : new String[] {"TRUNCATE audit_event", "DELETE FROM audit_event", "UPDATE audit_event SET actor = 'nobody'",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL", "DROP TABLE audit_event", "TRUNCATE household_aud",
                "DELETE FROM registry_revision", "DELETE FROM protection_event", "UPDATE person_aud SET rev = rev", "DELETE FROM refuge_schema_history",
                "CREATE TABLE stolen (x text)", "ALTER TABLE household ADD COLUMN x text", "ALTER TABLE household DISABLE TRIGGER ALL"}) {
            assertThat(TestDatabase.asRuntimeRole(attack)).as(attack).isEqualTo(insufficientPrivilege);
        }
        // what the application does need still works
        assertThat(TestDatabase.asRuntimeRole("SELECT count(*) FROM audit_event")).isNull();
        assertThat(TestDatabase.asRuntimeRole("INSERT INTO registry_revision (changed_at, changed_by) VALUES (0, 'test')")).isNull();
        assertThat(TestDatabase.asRuntimeRole("SELECT count(*) FROM act_ru_task")).isNull();
        assertThat(TestDatabase.asRuntimeRole("UPDATE household SET vehicle_or_group = vehicle_or_group WHERE false")).isNull();
    }

    @Test
    void theAuditor_pagesThroughTheTrailOfOneRecord_whoWhenWhat_withoutCaseContent() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", "{\"relationship\":\"HEAD\",\"givenName\":\""
                + n.givenLatin() + "\",\"familyName\":\"" + n.familyLatin() + "\",\"sex\":\"F\",\"birthDate\":\"1990-02-03\","
                + "\"birthPrecision\":\"EXACT\"}").statusCode()).isEqualTo(201);
        Api.get("police", "households/" + number);

        JsonNode first = json(Api.get("auditor", "audit-events?record=" + number + "&size=1"));
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3); // created, member registered, read by police
        assertThat(first.get("items")).hasSize(1);
        JsonNode all = json(Api.get("auditor", "audit-events?record=" + number + "&size=100"));
        assertThat(all.get("items").findValuesAsText("actor")).contains("registrar", "police");
        assertThat(all.get("items").findValuesAsText("action")).contains("CREATE", "UPDATE", "READ");
        assertThat(all.toString()).doesNotContain(n.givenLatin()).doesNotContain(n.familyLatin());
        JsonNode second = json(Api.get("auditor", "audit-events?record=" + number + "&size=1&page=1"));
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(first.get("items").get(0).get("id").asLong());
        assertThat(json(Api.get("auditor", "audit-events?actor=police&action=READ&record=" + number)).get("total").asLong()).isPositive();

        assertThat(Api.get("auditor", "audit-events?size=501").statusCode()).isEqualTo(400);
        assertThat(Api.get("auditor", "audit-events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(Api.get("auditor", "audit-events?action=STEAL").statusCode()).isEqualTo(400);
        for (String user : new String[] {"supervisor", "registrar", "admin", "police"}) {
            assertThat(Api.get(user, "audit-events").statusCode()).as(user).isEqualTo(403);
        }
    }
}
