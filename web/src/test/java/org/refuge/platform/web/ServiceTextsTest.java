package org.refuge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Texts the services write in English (audit purposes, timeline lines) read in Armenian and Russian. */
class ServiceTextsTest {

    private static final Locale HY = Locale.forLanguageTag("hy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    /** A word of three Latin letters or more that is not part of a code (CAMP-ARARAT-1, TP-2026-000001, SMS_STAFF_TENT). */
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Z0-9_-])[A-Za-z]*[a-z][A-Za-z]{2,}");

    /** One purpose of each kind the services write, with the values they put in (see the audit.record calls). */
    static final List<String> PURPOSES = List.of("pre-registration", "household file", "household timeline", "search by name",
            "photo of the head of household", "voided", "history of changes", "members", "person record", "photo", "photo camera",
            "photo upload", "duplicate check for BCP-MARGARA-20261206-00001",
            "the desk says same person as a registration at another site: for a caseworker to decide",
            "individual registration in BCP-MARGARA-20261206-00001", "member registered",
            "member registered (2 possible duplicates for a caseworker)", "every member individually registered", "member corrected",
            "member linked to an earlier registration (from BCP-BAGRATASHEN-20261201-00007)",
            "joined BCP-MARGARA-20261206-00001 from BCP-BAGRATASHEN-20261201-00007: same person as the one at the desk",
            "correction", "person search", "open duplicates queue", "open duplicates of BCP-MARGARA-20261206-00001",
            "duplicate decision SAME", "duplicate decision DIFFERENT", "duplicate resolved: a member is an earlier registration, merged",
            "saved", "added", "activated", "deactivated", "medical screening", "medical detail", "security check",
            "3 beds in CAMP-ARARAT-1, tents [4, 5]", "released to a private address", "12 households", "camp set up on 20000 m2",
            "opened", "staff tent SMS_STAFF_TENT", "water 2026-12-05: 30000 l", "water and sanitary point", "power supplied",
            "no power supply", "10 tents x 20 beds", "area 20000 m2", "TENT 7 back in service", "WATER_SANITARY_POINT 2 out of service",
            "accommodation history", "closed, 40 persons checked out", "checked in at CAMP-ARARAT-1",
            "no-show, bed released in CAMP-ARARAT-1", "moved from CAMP-ARARAT-1 to CAMP-GORIS-1, tents [3]",
            "4 checked out of CAMP-ARARAT-1", "2 households, 7 persons, BCP-MARGARA to CAMP-ARARAT-1", "arrived at CAMP-ARARAT-1",
            "departed, 2 households boarded", "declare influx", "action plan activated",
            "arrivals above the threshold of 500, supervisors alerted",
            "arrivals above the threshold of 500, its process has ended: nobody alerted", "sign-in", "reference data",
            "decree on temporary protection recorded", "4 identity documents produced", "reprinted", "printed", "12 photos",
            "end-of-day photo sheets printed", "three-day deadline escalation seen", "handed over", "reported stolen", "reported lost",
            "verification: registry portrait", "verification: VALID", "verification: REVOKED, portrait changed since printing",
            "exception proposed", "exception approved", "exception rejected",
            "4 persons granted temporary protection under decree TP-2026-17", "renewal decided: RENEW",
            "renewal decided: TRAVEL_DOCUMENT", "renewal decided: TERMINATE", "audit review");

    private final ServiceTexts texts = new ServiceTexts();

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void everyPurposeTheServicesWrite_readsInTheLanguage_withItsValuesKept(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String purpose : PURPOSES) {
            String shown = texts.translate(purpose, "audit.purpose.", locale);
            assertThat(shown).as(purpose).isNotEqualTo(purpose).doesNotContain("{").doesNotContainPattern(ENGLISH_WORD);
        }
    }

    @Test
    void valuesAreKept_andCodesWithALabelAreNamed() {
        assertThat(texts.translate("3 beds in CAMP-ARARAT-1, tents [4, 5]", "audit.purpose.", HY))
                .isEqualTo("3 մահճակալ CAMP-ARARAT-1-ում, վրաններ՝ [4, 5]");
        assertThat(texts.translate("staff tent POLICE_TENT", "audit.purpose.", RU)).isEqualTo("палатка для персонала: Палатка полиции");
        assertThat(texts.translate("verification: REPORTED_LOST", "audit.purpose.", Locale.ENGLISH))
                .isEqualTo("verification: Not valid: reported lost");
    }

    @Test
    void theFixedTextThatFitsBest_wins() {
        assertThat(texts.translate("verification: registry portrait", "audit.purpose.", RU)).isEqualTo("проверка: фотография из реестра");
        assertThat(texts.translate("verification: VALID, portrait changed since printing", "audit.purpose.", RU))
                .isEqualTo("проверка: Действителен, фотография изменена после печати");
        assertThat(texts.translate("member registered (1 possible duplicates for a caseworker)", "audit.purpose.", HY))
                .isEqualTo("անդամը գրանցվել է (հնարավոր կրկնություններ գործը վարող մասնագետի համար՝ 1)");
    }

    @Test
    void aTimelineLine_namesTheActionAndThePurpose() {
        assertThat(texts.timeline("UPDATE: member registered", HY)).isEqualTo("Փոփոխում՝ անդամը գրանցվել է");
        assertThat(texts.timeline("CREATE: pre-registration", RU)).isEqualTo("Создание: предварительная регистрация");
        assertThat(texts.timeline("UPDATE: member registered", Locale.ENGLISH)).isEqualTo("Change: member registered");
    }

    @Test
    void aTextNoEnglishPatternExplains_isShownAsWritten() {
        assertThat(texts.translate("something a later version writes", "audit.purpose.", HY)).isEqualTo("something a later version writes");
        assertThat(texts.translate("Household BCP-MARGARA-20261206-00001", "household.history.record.", HY))
                .isEqualTo("Ընտանիք BCP-MARGARA-20261206-00001");
        assertThat(texts.translate("Anush Hakobyan", "household.history.record.", HY)).isEqualTo("Anush Hakobyan");
    }

    @Test
    void codes_areLabelled_orShownAsTheyAre() {
        assertThat(ServiceTexts.label("need.", "DS-BD", RU)).isEqualTo("Нарушение зрения (включая слепоту)");
        assertThat(ServiceTexts.label("need.", "XX-YY", RU)).isEqualTo("XX-YY");
        assertThat(ServiceTexts.label("audit.recordType.", "CampStay", HY)).isEqualTo("Կեցություն ճամբարում");
    }
}
