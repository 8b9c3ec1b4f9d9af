package org.refuge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What the task supervision writes in the audit trail (moves, idle returns, redirections), read in Armenian and Russian. */
class TaskAuditTextsTest {

    private static final Locale HY = Locale.forLanguageTag("hy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final ServiceTexts texts = new ServiceTexts();

    @Test
    void movesAndReturns_readInTheLanguage_withTheUserNamesKept() {
        assertThat(texts.translate("moved from police to caseworker-police", "audit.purpose.", RU))
                .isEqualTo("передана от police пользователю caseworker-police");
        assertThat(texts.translate("given to police", "audit.purpose.", HY)).isEqualTo("հանձնվել է police օգտատիրոջը");
        assertThat(texts.translate("returned from police to its group", "audit.purpose.", RU)).isEqualTo("возвращена от police своей группе");
        assertThat(texts.translate("returned from medical to its group after 8 h idle", "audit.purpose.", HY))
                .isEqualTo("վերադարձվել է medical օգտատիրոջից իր խմբին 8 ժամ անգործությունից հետո");
    }

    @Test
    void redirections_readInTheLanguage() {
        assertThat(texts.translate("medical screening of BCP-MARGARA redirected to BCP-BAGRATASHEN, 3 open tasks moved",
                "audit.purpose.", RU)).isEqualTo("медицинский осмотр пункта BCP-MARGARA перенаправлен на объект BCP-BAGRATASHEN, "
                + "перемещено открытых задач: 3");
        assertThat(texts.translate("redirection of the medical screening of BCP-MARGARA to BCP-BAGRATASHEN lifted, 2 open tasks back",
                "audit.purpose.", HY)).isEqualTo("BCP-MARGARA կետի բժշկական զննման վերահղումը դեպի BCP-BAGRATASHEN չեղարկվել է, "
                + "վերադարձել է 2 բաց առաջադրանք");
        assertThat(ServiceTexts.label("audit.recordType.", "TaskRedirect", RU)).isEqualTo("Перенаправленный медицинский осмотр");
    }

    @Test
    void aCampMove_keepsItsOwnText() {
        assertThat(texts.translate("moved from CAMP-ARARAT-1 to CAMP-GORIS-1, tents [3]", "audit.purpose.", RU))
                .doesNotStartWith("передана").contains("CAMP-GORIS-1", "3");
    }
}
