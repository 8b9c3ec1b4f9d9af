package org.refuge.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refuge.perf.ArabicSpellings.Language;

/** The generator's own spelling rules, by example: the variants registrars meet for names of each script. */
class SpellingsTest {

    @Test
    void armenianNames_areSpeltAsPassportsTheDiasporaAndRussianPapersSpellThem() {
        assertThat(ArmenianSpellings.latin("Հարությունյան")).containsExactly("Harutyunyan", "Haroutiounian", "Arutyunyan");
        assertThat(ArmenianSpellings.latin("Ղազարյան")).containsExactly("Ghazaryan", "Ghazarian", "Kazaryan");
        assertThat(ArmenianSpellings.latin("Ծատուրյան")).containsExactly("Tsaturyan", "Tzatourian");
        assertThat(ArmenianSpellings.latin("Եղիազարյան")).startsWith("Yeghiazaryan");
        assertThat(ArmenianSpellings.latin("Ոսկանյան")).startsWith("Voskanyan");
        assertThat(ArmenianSpellings.latin("Հովհաննիսյան")).containsExactly("Hovhannisyan", "Hovhannisian", "Ogannisyan");
    }

    @Test
    void armenianNames_inCyrillic_dropOrHardenHo_andWriteDzAsTs() {
        assertThat(ArmenianSpellings.cyrillic("Հարությունյան")).isEqualTo("Арутюнян");
        assertThat(ArmenianSpellings.cyrillic("Համբարձումյան")).isEqualTo("Амбарцумян");
        assertThat(ArmenianSpellings.cyrillic("Ղազարյան")).isEqualTo("Казарян");
        assertThat(ArmenianSpellings.cyrillic("Ղուկասյան")).isEqualTo("Гукасян");
        assertThat(ArmenianSpellings.cyrillic("Հրանտ")).isEqualTo("Грант");
        assertThat(ArmenianSpellings.cyrillic("Մհեր")).isEqualTo("Мгер");
        assertThat(ArmenianSpellings.cyrillic("Սահակյան")).isEqualTo("Саакян");
        assertThat(ArmenianSpellings.cyrillic("Հայկ")).isEqualTo("Айк");
        assertThat(ArmenianSpellings.cyrillic("Տեր-Գևորգյան")).isEqualTo("Тер-Геворгян");
    }

    @Test
    void russianNames_areSpeltInBgnIcaoAndFrenchStyle() {
        assertThat(RussianSpellings.latin("Юрий")).containsExactly("Yuriy", "Iurii", "Iourii");
        assertThat(RussianSpellings.latin("Соловьев")).containsExactly("Solovyev", "Solovev", "Soloviev");
        assertThat(RussianSpellings.latin("Журавлев")).containsExactly("Zhuravlev", "Jouravlev");
        assertThat(RussianSpellings.latin("Смирнов")).containsExactly("Smirnov");
        assertThat(RussianSpellings.bgn("Алексеев")).isEqualTo("Alekseyev");
    }

    @Test
    void arabicNames_getStandardLevantineAndJoinedArticleSpellings_withGuessedShortVowels() {
        assertThat(ArabicSpellings.latin("محمّد", Language.ARABIC, false)).containsExactly("Mohammed", "Muhammad", "Mohamad");
        assertThat(ArabicSpellings.latin("الخطيب", Language.ARABIC, true)).containsExactly("Al-Khatib", "El-Khateeb", "Alkhatib");
        assertThat(ArabicSpellings.latin("خالد", Language.ARABIC, false)).containsExactly("Khalid", "Khaled");
        assertThat(ArabicSpellings.latin("عمّار", Language.ARABIC, false)).containsExactly("Ammar");
        assertThat(ArabicSpellings.latin("عبدالرحمن", Language.ARABIC, false))
                .containsExactly("Abdulrahman", "Abdelrahman", "Abd Al-Rahman");
        assertThat(ArabicSpellings.latin("أبو بكر", Language.ARABIC, false)).startsWith("Abu Bakar");
        assertThat(ArabicSpellings.latin("القحطاني", Language.ARABIC, true)).startsWith("Al-Qahtani");
    }

    @Test
    void persianNames_getOuAndGhOrUAndQSpellings() {
        assertThat(ArabicSpellings.latin("قاسمی", Language.PERSIAN, true)).containsExactly("Ghasemi", "Qasemi");
        assertThat(ArabicSpellings.latin("پروانه", Language.PERSIAN, false)).containsExactly("Parvaneh", "Parvane");
        assertThat(ArabicSpellings.latin("علیپور", Language.PERSIAN, true)).containsExactly("Alipour", "Alipur");
        assertThat(ArabicSpellings.latin("محمدی", Language.PERSIAN, true)).containsExactly("Mohammadi", "Mohamadi");
        assertThat(ArabicSpellings.latin("سیاوش", Language.PERSIAN, false)).containsExactly("Siyavash", "Siavash");
    }
}
