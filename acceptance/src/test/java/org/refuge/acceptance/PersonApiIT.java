package org.refuge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refuge.acceptance.Api.json;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Individual registration through the API with real tokens: members, possible duplicates across scripts and by
 * document number, the desk's and the caseworker's decisions, portraits, person search, site scope and bad input.
 */
@ExtendWith(ArquillianExtension.class)
class PersonApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    private static final String BORN_IN_GYUMRI = ",\"birthPlace\":\"Gyumri\",\"citizenships\":[\"ARM\"]";

    private static String member(String relationship, String given, String family, String sex, LocalDate birth, String extra) {
        return "{\"relationship\":\"" + relationship + "\",\"givenName\":\"" + given + "\",\"familyName\":\"" + family
                + "\",\"sex\":\"" + sex + "\",\"birthDate\":\"" + birth + "\",\"birthPrecision\":\"EXACT\"" + extra + "}";
    }

    /** The element of a JSON array whose field has this value, or null. */
    private static JsonNode withField(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (element.path(field).asText().equals(value)) {
                return element;
            }
        }
        return null;
    }

    private static LocalDate randomBirth() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    private static String documentNumber() {
        return "AM" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    @Test
    void aFamilyOfFour_isIndividuallyRegistered_andTheHouseholdBecomesRegistered() {
        Names head = Names.random();
        String number = Api.preRegister("registrar", head.givenCyrillic() + " " + head.familyCyrillic(), 1, 1, 1, 1);
        String[][] members = {{"HEAD", "M", "1980-04-02"}, {"SPOUSE", "F", "1983-07-19"}, {"CHILD", "F", "2012-01-30"}, {"CHILD", "M", "2016-11-05"}};
        for (int i = 0; i < members.length; i++) {
            Names n = i == 0 ? head : Names.random();
            HttpResponse<String> response = Api.post("registrar", "households/" + number + "/members",
                    member(members[i][0], n.givenCyrillic(), head.familyCyrillic(), members[i][1], LocalDate.parse(members[i][2]),
                            ",\"citizenships\":[\"RUS\"],\"languages\":[\"ru\",\"hy\"],\"documents\":[{\"typeCode\":\"PASSPORT\","
                                    + "\"number\":\"" + documentNumber() + "\",\"issuingCountry\":\"RUS\",\"expiresOn\":\"2031-05-01\"}]"),
                    UUID.randomUUID().toString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode result = json(response);
            assertThat(result.get("registeredMembers").asInt()).isEqualTo(i + 1);
            assertThat(result.get("person").get("familyNameLatin").asText()).isEqualTo(head.familyLatin());
        }
        JsonNode file = json(Api.get("registrar", "households/" + number));
        assertThat(file.get("household").get("status").asText()).isEqualTo("REGISTERED");
        assertThat(file.get("members")).hasSize(4);
        assertThat(file.get("members").get(0).get("relationship").asText()).isEqualTo("HEAD");
        assertThat(file.get("members").get(0).get("givenNameLatin").asText()).isEqualTo(head.givenLatin());
        assertThat(file.get("timeline").toString()).contains("every member individually registered");
    }

    @Test
    void aSecondHead_isRefusedWithAClearMessage() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 1, 0, 0);
        assertThat(Api.post("registrar", "households/" + number + "/members", member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ""))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> second = Api.post("registrar", "households/" + number + "/members",
                member("HEAD", "Other", n.familyLatin(), "M", randomBirth(), ""));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("errors").get(0).get("field").asText()).isEqualTo("relationship");
        assertThat(json(second).get("detail").asText()).contains("already has a head");
    }

    @Test
    void aPersonTypedInCyrillic_findsTheSamePersonRegisteredInLatin_asAPossibleDuplicate() {
        Names n = Names.random();
        LocalDate birth = randomBirth();
        String earlierHousehold = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 0, 1, 0, 0);
        String earlierId = json(Api.post("registrar", "households/" + earlierHousehold + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "M", birth, ""))).get("person").get("id").asText();

        String laterHousehold = Api.preRegister("registrar2", n.givenCyrillic() + " " + n.familyCyrillic(), 0, 1, 0, 0);
        HttpResponse<String> check = Api.post("registrar2", "households/" + laterHousehold + "/duplicate-check",
                member("HEAD", n.givenCyrillic(), n.familyCyrillic(), "M", birth, ""));
        assertThat(check.statusCode()).isEqualTo(200);
        JsonNode candidate = json(check).get(0);
        assertThat(candidate.get("personId").asText()).isEqualTo(earlierId);
        assertThat(candidate.get("reasons")).extracting(JsonNode::asText).contains("NAME", "BIRTH_DATE");
        assertThat(candidate.get("registryNumber").asText()).isEqualTo(earlierHousehold);
        // why: the band the score falls in, and each comparison with its level and part in bits
        assertThat(candidate.get("band").asText()).isEqualTo("ASK");
        JsonNode birthEvidence = withField(candidate.get("evidence"), "comparison", "BIRTH_DATE");
        assertThat(birthEvidence).as(candidate.toString()).isNotNull();
        assertThat(birthEvidence.get("level").asText()).isEqualTo("EXACT");
        assertThat(birthEvidence.get("bits").asDouble()).isPositive();
        // registered at another BCP: the names, sex and birth date it shows anyway, nothing the desk could probe for
        assertThat(candidate.hasNonNull("score")).as("no score across sites").isFalse();
        assertThat(candidate.get("evidence")).extracting(e -> e.get("comparison").asText())
                .doesNotContain("CITIZENSHIP", "BIRTH_PLACE", "RELATIVES");
        // the candidate shows who it is, not the record: no documents, phone or needs cross the site boundary
        assertThat(candidate.has("documents")).isFalse();
        assertThat(candidate.has("phone")).isFalse();

        // left undecided at the desk: the person is registered and the match waits in the caseworkers' queue
        JsonNode saved = json(Api.post("registrar2", "households/" + laterHousehold + "/members",
                member("HEAD", n.givenCyrillic(), n.familyCyrillic(), "M", birth, "")));
        assertThat(saved.get("openMatches").asInt()).isEqualTo(1);
        JsonNode queue = json(Api.get("caseworker", "duplicates?household=" + laterHousehold)).get("items");
        JsonNode match = null;
        for (JsonNode m : queue) {
            if (m.get("candidate").get("personId").asText().equals(earlierId)) {
                match = m;
            }
        }
        assertThat(match).as("the open match is in the caseworkers' queue").isNotNull();
        assertThat(Api.get("registrar", "duplicates").statusCode()).isEqualTo(403);
        assertThat(Api.post("registrar", "duplicates/" + match.get("id").asText() + "/decision", "{\"decision\":\"SAME\"}").statusCode())
                .isEqualTo(403);

        assertThat(Api.tasks("medical2", laterHousehold, "screening/medical")).as("the later record's screening").hasSize(1);
        HttpResponse<String> decided = Api.post("caseworker", "duplicates/" + match.get("id").asText() + "/decision", "{\"decision\":\"SAME\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).get("status").asText()).isEqualTo("SAME");
        assertThat(Api.tasks("medical2", laterHousehold, "screening/medical")).as("ended with the merged record").isEmpty();
        assertThat(Api.tasks("medical", earlierHousehold, "screening/medical")).as("the person's own screening goes on").hasSize(1);
        // one person: the later household's member is now the earlier record
        JsonNode laterMembers = json(Api.get("registrar2", "households/" + laterHousehold + "/members"));
        assertThat(laterMembers).extracting(m -> m.get("id").asText()).containsExactly(earlierId);
        assertThat(Api.post("caseworker", "duplicates/" + match.get("id").asText() + "/decision", "{\"decision\":\"DIFFERENT\"}")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void aNamesakeBornYearsApart_isNotShown_andAVariantKnownOnlyByTheSameYear_goesToACaseworkerWithoutAskingTheDesk() {
        Names n = Names.random();
        LocalDate birth = randomBirth();
        String earlierHousehold = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String earlierId = json(Api.post("registrar", "households/" + earlierHousehold + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", birth, ""))).get("person").get("id").asText();

        String household = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        JsonNode namesake = json(Api.post("registrar", "households/" + household + "/duplicate-check",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", birth.minusYears(7), "")));
        assertThat(namesake).extracting(c -> c.get("personId").asText()).doesNotContain(earlierId);

        // the family name with another ending and the birth date known only by its year: too little to ask the desk
        String yearOnly = member("HEAD", n.givenLatin(), n.familyLatin() + "a", "F", birth.withDayOfYear(1), "")
                .replace("\"birthPrecision\":\"EXACT\"", "\"birthPrecision\":\"YEAR\"");
        JsonNode candidates = json(Api.post("registrar", "households/" + household + "/duplicate-check", yearOnly));
        JsonNode review = withField(candidates, "personId", earlierId);
        assertThat(review).as(candidates.toString()).isNotNull();
        assertThat(review.get("band").asText()).isEqualTo("REVIEW");

        JsonNode saved = json(Api.post("registrar", "households/" + household + "/members", yearOnly));
        assertThat(saved.get("openMatches").asInt()).isEqualTo(1);
        JsonNode queue = json(Api.get("caseworker", "duplicates?household=" + household)).get("items");
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("candidate").get("personId").asText()).isEqualTo(earlierId);
        assertThat(queue.get(0).get("candidate").get("band").asText()).isEqualTo("REVIEW");
    }

    @Test
    void aWomanRegisteredAgainUnderAnotherFamilyName_isFoundByHerBirthDayAndPlace() {
        Names before = Names.random();
        String married = Names.random().familyLatin();
        LocalDate birth = randomBirth();
        String earlierHousehold = Api.preRegister("registrar", before.givenLatin() + " " + before.familyLatin(), 1, 0, 0, 0);
        String earlierId = json(Api.post("registrar", "households/" + earlierHousehold + "/members",
                member("HEAD", before.givenLatin(), before.familyLatin(), "F", birth, BORN_IN_GYUMRI))).get("person").get("id").asText();

        String household = Api.preRegister("registrar2", before.givenLatin() + " " + married, 1, 0, 0, 0);
        JsonNode candidates = json(Api.post("registrar2", "households/" + household + "/duplicate-check",
                member("HEAD", before.givenLatin(), married, "F", birth, BORN_IN_GYUMRI)));
        JsonNode found = withField(candidates, "personId", earlierId);
        assertThat(found).as(candidates.toString()).isNotNull();
        assertThat(found.get("evidence").toString()).contains("\"FAMILY_NAME\"").contains("\"BIRTH_DATE\"");
    }

    @Test
    void theSameDocumentNumber_alwaysAlerts_andSamePersonAtTheDesk_linksTheEarlierRecord() {
        Names earlierName = Names.random();
        String document = documentNumber();
        String earlierHousehold = Api.preRegister("registrar", earlierName.givenLatin() + " " + earlierName.familyLatin(), 1, 0, 0, 0);
        String earlierId = json(Api.post("registrar", "households/" + earlierHousehold + "/members",
                member("HEAD", earlierName.givenLatin(), earlierName.familyLatin(), "F", randomBirth(),
                        ",\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"" + document + "\"}]"))).get("person").get("id").asText();

        Names other = Names.random();
        String household = Api.preRegister("registrar", other.givenLatin() + " " + other.familyLatin(), 2, 0, 0, 0);
        String spaced = document.substring(0, 2) + " " + document.substring(2, 5) + "-" + document.substring(5);
        String typed = member("SPOUSE", other.givenLatin(), other.familyLatin(), "F", randomBirth(),
                ",\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"" + spaced.toLowerCase() + "\"}]");
        JsonNode candidates = json(Api.post("registrar", "households/" + household + "/duplicate-check", typed));
        assertThat(candidates).extracting(c -> c.get("personId").asText()).contains(earlierId);
        assertThat(candidates.get(0).get("reasons")).extracting(JsonNode::asText).contains("DOCUMENT");
        assertThat(candidates.get(0).get("band").asText()).as("a document number in common is always put to the desk").isEqualTo("ASK");

        HttpResponse<String> linked = Api.post("registrar", "households/" + household + "/members",
                typed.replace("}]}", "}],\"decisions\":{\"" + earlierId + "\":\"SAME\"}}"));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(json(linked).get("linkedExisting").asBoolean()).isTrue();
        assertThat(json(linked).get("person").get("id").asText()).isEqualTo(earlierId);
        assertThat(json(Api.get("registrar", "households/" + household + "/members"))).extracting(m -> m.get("id").asText())
                .containsExactly(earlierId);
    }

    @Test
    void theSameIdempotencyKeyTwice_registersOnePerson() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String body = member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), "");
        String key = UUID.randomUUID().toString();
        String first = json(Api.post("registrar", "households/" + number + "/members", body, key)).get("person").get("id").asText();
        String second = json(Api.post("registrar", "households/" + number + "/members", body, key)).get("person").get("id").asText();
        assertThat(second).isEqualTo(first);
        assertThat(json(Api.get("registrar", "households/" + number + "/members"))).hasSize(1);
    }

    @Test
    void badInput_isRefusedFieldByField_inTheCallersLanguage() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String body = "{\"relationship\":\"HEAD\",\"givenName\":\"\",\"familyName\":\"" + n.familyLatin() + "\",\"sex\":\"F\","
                + "\"birthDate\":\"" + LocalDate.now().plusYears(1) + "\",\"birthPrecision\":\"EXACT\",\"phone\":\"call me\","
                + "\"citizenships\":[\"ARM\"],\"stateless\":true,"
                + "\"documents\":[{\"typeCode\":\"PASSPORT\",\"number\":\"AB\\u0000123\"}]}";
        HttpResponse<String> response = Api.post("registrar", "households/" + number + "/members", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors")).extracting(e -> e.get("field").asText())
                .contains("givenName", "birthDate", "phone", "statelessWithoutCitizenship", "documents[0].number");
        assertThat(response.body()).contains("cannot be in the future");
        assertThat(json(Api.get("registrar", "households/" + number + "/members"))).isEmpty();

        HttpResponse<String> unknown = Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ",\"citizenships\":[\"QQQ\"]"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("citizenships");
        assertThat(unknown.body()).contains("QQQ");
    }

    @Test
    void aPhoto_becomesA3by4Jpeg_andA40MbFileOrNonImageIsRefused() throws Exception {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String id = json(Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ""))).get("person").get("id").asText();

        BufferedImage landscape = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(landscape, "png", png);
        assertThat(Api.put("registrar", "persons/" + id + "/photo", "image/png", png.toByteArray()).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> photo = Api.getBytes("police", "persons/" + id + "/photo");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(stored.getWidth() * 4).isEqualTo(stored.getHeight() * 3);
        assertThat(stored.getHeight()).isEqualTo(640);
        assertThat(Api.getBytes("registrar2", "persons/" + id + "/photo").statusCode()).isEqualTo(403);

        HttpResponse<String> huge = Api.put("registrar", "persons/" + id + "/photo", "image/jpeg", new byte[40 * 1024 * 1024]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(json(huge).get("errors").get(0).get("field").asText()).isEqualTo("photo");
        assertThat(json(huge).get("detail").asText()).contains("at most 10 MB");
        HttpResponse<String> text = Api.put("registrar", "persons/" + id + "/photo", "image/jpeg", "not a photo".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(json(text).get("detail").asText()).contains("not a photo");
        assertThat(Api.put("police", "persons/" + id + "/photo", "image/png", png.toByteArray()).statusCode()).isEqualTo(403);
    }

    @Test
    void personSearch_byNameInAnotherScript_birthDateAndDocument_withinTheReadersSites() {
        Names n = Names.random();
        LocalDate birth = randomBirth();
        String document = documentNumber();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String id = json(Api.post("registrar", "households/" + number + "/members", member("HEAD", n.givenLatin(), n.familyLatin(), "F", birth,
                ",\"documents\":[{\"typeCode\":\"NATIONAL_ID\",\"number\":\"" + document + "\"}]"))).get("person").get("id").asText();
        String cyrillic = URLEncoder.encode(n.givenCyrillic() + " " + n.familyCyrillic(), StandardCharsets.UTF_8);

        assertThat(json(Api.get("registrar", "persons?name=" + cyrillic)).get("items")).extracting(p -> p.get("id").asText()).contains(id);
        assertThat(json(Api.get("supervisor", "persons?name=" + cyrillic + "&birthDate=" + birth)).get("items")).extracting(p -> p.get("id").asText()).contains(id);
        assertThat(json(Api.get("police", "persons?document=" + document.toLowerCase())).get("items")).extracting(p -> p.get("id").asText()).containsExactly(id);
        assertThat(json(Api.get("registrar2", "persons?document=" + document)).get("items")).isEmpty();
        assertThat(Api.get("registrar2", "persons/" + id).statusCode()).isEqualTo(403);
        assertThat(Api.get("auditor", "persons?document=" + document).statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar", "persons").statusCode()).isEqualTo(400);
    }

    @Test
    void aCorrection_keepsTheEarlierValuesInTheHistory_readByTheRolesThatMay() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        LocalDate birth = randomBirth();
        String id = json(Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", birth, ""))).get("person").get("id").asText();
        HttpResponse<String> corrected = Api.send("registrar", "PUT", "persons/" + id,
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", birth, ",\"familyNameLatin\":\"" + n.familyLatin() + "-Smith\""));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        HttpResponse<String> history = Api.get("supervisor", "households/" + number + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode change = json(history).get("items").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("CHANGED");
        assertThat(change.get("by").asText()).isEqualTo("registrar");
        assertThat(change.get("fields").get(0).get("field").asText()).isEqualTo("familyNameLatin");
        assertThat(change.get("fields").get(0).get("before").asText()).isEqualTo(n.familyLatin());
        assertThat(change.get("fields").get(0).get("after").asText()).isEqualTo(n.familyLatin() + "-Smith");
        assertThat(json(history).toString()).contains("CREATED");
        // the auditor reads who changed what in the audit trail, never the values (issue 10: names, phones, documents leaked)
        assertThat(Api.get("auditor", "households/" + number + "/history").statusCode()).isEqualTo(403);
        assertThat(Api.get("police", "households/" + number + "/history").statusCode()).isEqualTo(403);
        assertThat(Api.get("registrar2", "households/" + number + "/history").statusCode()).isEqualTo(403);
    }

    @Test
    void voiding_needsAReason_keepsTheRecords_andEndsTheArrivalTasks() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        Api.post("registrar", "households/" + number + "/members", member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ""));
        assertThat(json(Api.get("medical", "tasks?reference=" + number)).get("items")).isNotEmpty();

        HttpResponse<String> noReason = Api.post("registrar", "households/" + number + "/void", "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason for voiding");
        assertThat(Api.post("registrar2", "households/" + number + "/void", "{\"reason\":\"test\"}").statusCode()).isEqualTo(403);
        assertThat(Api.post("police", "households/" + number + "/void", "{\"reason\":\"test\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> voided = Api.post("registrar", "households/" + number + "/void", "{\"reason\":\"registered twice\"}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(json(voided).get("status").asText()).isEqualTo("VOIDED");
        JsonNode file = json(Api.get("supervisor", "households/" + number));
        assertThat(file.get("household").get("voidReason").asText()).isEqualTo("registered twice");
        assertThat(file.get("members")).isEmpty();
        assertThat(file.get("timeline").toString()).contains("voided");
        assertThat(file.get("household").get("voidReason").asText()).isEqualTo("registered twice");
        assertThat(json(Api.get("medical", "tasks?reference=" + number)).get("items")).isEmpty();
        assertThat(json(Api.get("police", "tasks?reference=" + number)).get("items")).isEmpty();
        assertThat(Api.post("registrar", "households/" + number + "/void", "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        assertThat(json(Api.get("supervisor", "households/" + number + "/history")).toString()).contains("household voided: registered twice");
    }

    @Test
    void theHeadsPhotoFromPreRegistration_isTakenOverByTheHeadsIndividualRecord() throws Exception {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        assertThat(Api.put("registrar", "households/" + number + "/head-photo", "image/jpeg", jpeg.toByteArray()).statusCode()).isEqualTo(204);
        assertThat(json(Api.get("registrar", "households/" + number)).get("household").get("headPhoto").asBoolean()).isTrue();
        JsonNode head = json(Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ""))).get("person");
        assertThat(head.get("hasPhoto").asBoolean()).isTrue();
        assertThat(Api.getBytes("registrar", "persons/" + head.get("id").asText() + "/photo").statusCode()).isEqualTo(200);
    }

    @Test
    void referenceData_isReadByEveryone_andSwitchedOnlyByTheAdmin() {
        JsonNode countries = json(Api.get("registrar", "reference-data/countries"));
        assertThat(countries.size()).isGreaterThan(240);
        assertThat(countries.toString()).contains("\"code\":\"ARM\"").contains("\"code\":\"SYR\"");
        assertThat(json(Api.get("police", "reference-data/document-types")).toString()).contains("PASSPORT");
        assertThat(json(Api.get("medical", "reference-data/specific-needs")).toString()).contains("SM-MI");
        assertThat(Api.get("registrar", "reference-data/nonsense").statusCode()).isEqualTo(404);

        assertThat(Api.send("registrar", "PUT", "reference-data/languages/zh", "{\"active\":false}").statusCode()).isEqualTo(403);
        assertThat(Api.send("supervisor", "PUT", "reference-data/languages/zh", "{\"active\":false}").statusCode()).isEqualTo(403);
        assertThat(Api.send("admin", "PUT", "reference-data/languages/zh", "{\"active\":false}").statusCode()).isEqualTo(204);
        try {
            assertThat(json(Api.get("registrar", "reference-data/languages"))).filteredOn(l -> l.get("code").asText().equals("zh"))
                    .extracting(l -> l.get("active").asBoolean()).containsExactly(false);
            Names n = Names.random();
            String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
            HttpResponse<String> refused = Api.post("registrar", "households/" + number + "/members",
                    member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ",\"languages\":[\"zh\"]"));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("languages");
        } finally {
            assertThat(Api.send("admin", "PUT", "reference-data/languages/zh", "{\"active\":true}").statusCode()).isEqualTo(204);
        }
        assertThat(Api.send("admin", "PUT", "reference-data/languages/qq", "{\"active\":true}").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAProposedCandidate_canBeLinkedAsTheSamePerson_notAnyRecordById() {
        Names other = Names.random();
        String elsewhere = Api.preRegister("registrar2", other.givenLatin() + " " + other.familyLatin(), 1, 0, 0, 0);
        String strangerId = json(Api.post("registrar2", "households/" + elsewhere + "/members",
                member("HEAD", other.givenLatin(), other.familyLatin(), "F", randomBirth(), ""))).get("person").get("id").asText();

        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        HttpResponse<String> refused = Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ",\"decisions\":{\"" + strangerId + "\":\"SAME\"}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("decisions");
        assertThat(json(Api.get("registrar2", "households/" + elsewhere + "/members"))).extracting(m -> m.get("id").asText())
                .containsExactly(strangerId);
    }

    @Test
    void sensitiveNeeds_areReadOnlyByTheRolesThatActOnThem() {
        Names n = Names.random();
        String number = Api.preRegister("registrar", n.givenLatin() + " " + n.familyLatin(), 1, 0, 0, 0);
        String id = json(Api.post("registrar", "households/" + number + "/members",
                member("HEAD", n.givenLatin(), n.familyLatin(), "F", randomBirth(), ",\"needs\":[\"SV-VA\",\"DS-PM\"]")))
                .get("person").get("id").asText();
        for (String user : new String[] {"registrar", "police", "supervisor"}) {
            assertThat(json(Api.get(user, "persons/" + id)).get("needs")).as(user).extracting(JsonNode::asText).containsExactly("DS-PM");
        }
        for (String user : new String[] {"caseworker", "medical"}) {
            assertThat(json(Api.get(user, "persons/" + id)).get("needs")).as(user).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("SV-VA", "DS-PM");
        }
        assertThat(json(Api.get("supervisor", "households/" + number + "/history")).toString()).doesNotContain("SV-VA");
        assertThat(Api.post("registrar", "households/" + number + "/members",
                member("SPOUSE", "Other", n.familyLatin(), "M", randomBirth(), ",\"citizenships\":[null]")).statusCode()).isEqualTo(400);
    }
}
