package org.refuge.registration.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.refuge.registration.domain.BirthPrecision;

/** The duplicate check's scoring rules, one sentence each, with the model shipped with Refuge. */
class MatchScorerTest {

    private static final MatchScorer SCORER = new MatchScorer(MatchModel.defaults(), MatchScorer.NameFrequencies.UNKNOWN);
    private static final LocalDate BORN = LocalDate.of(1987, 3, 14);

    private static MatchRecord person(String given, String family, LocalDate birth, BirthPrecision precision) {
        return MatchRecord.of(given, family, "F", birth, precision, Set.of("SYR"), null, List.of(), List.of());
    }

    private static MatchRecord person(String given, String family, LocalDate birth) {
        return person(given, family, birth, BirthPrecision.EXACT);
    }

    @Test
    void anExactBirthDateWithASpellingVariantOfTheNames_outranksANamesakeBornOnAnotherDay() {
        MatchRecord desk = person("Layla", "Haddad", BORN);
        Score variant = SCORER.score(desk, person("Leila", "Hadad", BORN));
        Score namesake = SCORER.score(desk, person("Layla", "Haddad", LocalDate.of(1979, 8, 2)));

        assertThat(variant.bits()).isGreaterThan(namesake.bits());
        assertThat(variant.band()).isEqualTo(Band.ASK);
        assertThat(namesake.band()).isNotEqualTo(Band.ASK);
    }

    @Test
    void dayAndMonthSwapped_scoresBetweenTheSameDayAndADateKnownOnlyByItsYear() {
        MatchRecord desk = person("Omar", "Khalil", LocalDate.of(1990, 4, 7));
        double sameDay = SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 4, 7))).bits();
        double swapped = SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 7, 4))).bits();
        double yearOnly = SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 1, 1), BirthPrecision.YEAR)).bits();
        double anotherDay = SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 11, 23))).bits();

        assertThat(sameDay).isGreaterThan(swapped);
        assertThat(swapped).isGreaterThan(yearOnly);
        assertThat(yearOnly).isGreaterThan(anotherDay);
        assertThat(SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 7, 4))).of(Comparison.BIRTH_DATE).level())
                .isEqualTo(Level.STRONG);
    }

    @Test
    void aSlipInTypingTheDay_aDayOffOrItsDigitsSwapped_countsLikeDayAndMonthSwapped() {
        MatchRecord desk = person("Omar", "Khalil", LocalDate.of(1990, 4, 12));
        for (LocalDate slip : List.of(LocalDate.of(1990, 4, 11), LocalDate.of(1990, 4, 13), LocalDate.of(1990, 4, 21), LocalDate.of(1990, 12, 4))) {
            assertThat(SCORER.score(desk, person("Omar", "Khalil", slip)).of(Comparison.BIRTH_DATE).level()).as(slip.toString())
                    .isEqualTo(Level.STRONG);
        }
        assertThat(SCORER.score(desk, person("Omar", "Khalil", LocalDate.of(1990, 4, 27))).of(Comparison.BIRTH_DATE).level())
                .as("another day of the month").isEqualTo(Level.PARTIAL);
        assertThat(SCORER.score(person("Omar", "Khalil", LocalDate.of(1990, 12, 31)), person("Omar", "Khalil", LocalDate.of(1991, 1, 1)))
                .of(Comparison.BIRTH_DATE).level()).as("a day off across the year's end").isEqualTo(Level.STRONG);
    }

    @Test
    void anEstimatedBirthDate_withinTwoYearsSaysNothing_andFurtherCountsAgainst() {
        MatchRecord desk = person("Karim", "Khalil", LocalDate.of(1960, 5, 2));

        assertThat(SCORER.score(desk, person("Karim", "Khalil", LocalDate.of(1962, 1, 1), BirthPrecision.ESTIMATED))
                .of(Comparison.BIRTH_DATE).level()).isEqualTo(Level.MISSING);
        assertThat(SCORER.score(desk, person("Karim", "Khalil", LocalDate.of(1970, 1, 1), BirthPrecision.ESTIMATED))
                .of(Comparison.BIRTH_DATE).bits()).isNegative();
    }

    @Test
    void twoEstimatesOfTheSameYear_agreeAsADateKnownOnlyByItsYear() {
        MatchRecord desk = person("Karim", "Khalil", LocalDate.of(1950, 1, 1), BirthPrecision.ESTIMATED);
        assertThat(SCORER.score(desk, person("Karim", "Khalil", LocalDate.of(1950, 1, 1), BirthPrecision.ESTIMATED))
                .of(Comparison.BIRTH_DATE).level()).isEqualTo(Level.COMPATIBLE);
        assertThat(SCORER.score(desk, person("Karim", "Khalil", LocalDate.of(1951, 1, 1), BirthPrecision.ESTIMATED))
                .of(Comparison.BIRTH_DATE).level()).isEqualTo(Level.MISSING);
    }

    @Test
    void aCommonNameAgreesForFewerBits_thanARareOne() {
        MatchScorer.NameFrequencies frequencies = (comparison, key) -> key.equals("mohamed") ? 0.05 : 0.00001;
        MatchScorer scorer = new MatchScorer(MatchModel.defaults(), frequencies);
        Score common = scorer.score(person("Mohammed", "Ahmed", BORN), person("Mohammed", "Ahmed", BORN));
        Score rare = scorer.score(person("Zubaida", "Ahmed", BORN), person("Zubaida", "Ahmed", BORN));

        assertThat(common.of(Comparison.GIVEN_NAME).bits()).isLessThan(rare.of(Comparison.GIVEN_NAME).bits());
        assertThat(common.of(Comparison.GIVEN_NAME).level()).isEqualTo(Level.EXACT);
    }

    @Test
    void aValueEitherSideLacks_neitherRaisesNorLowersTheScore() {
        MatchRecord withPlace = MatchRecord.of("Anna", "Petrosyan", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), "Gyumri", List.of(), List.of());
        MatchRecord withoutPlace = MatchRecord.of("Anna", "Petrosyan", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), null, List.of(), List.of());
        MatchRecord noBirthDate = MatchRecord.of("Anna", "Petrosyan", "F", null, null, Set.of("ARM"), null, List.of(), List.of());

        Score score = SCORER.score(withPlace, withoutPlace);
        assertThat(score.of(Comparison.BIRTH_PLACE).level()).isEqualTo(Level.MISSING);
        assertThat(score.of(Comparison.BIRTH_PLACE).bits()).isZero();
        assertThat(SCORER.score(withoutPlace, withoutPlace).bits()).isEqualTo(score.bits());
        assertThat(SCORER.score(withoutPlace, noBirthDate).of(Comparison.BIRTH_DATE).bits()).isZero();
    }

    @Test
    void givenAndFamilyNamesSwapped_areComparedCrosswise_andTheScoreSaysSo() {
        Score score = SCORER.score(person("Ahmed", "Jaber", BORN), person("Jaber", "Ahmed", BORN));

        assertThat(score.namesSwapped()).isTrue();
        assertThat(score.of(Comparison.GIVEN_NAME).level()).isEqualTo(Level.EXACT);
        assertThat(score.of(Comparison.FAMILY_NAME).level()).isEqualTo(Level.EXACT);
        assertThat(score.bits()).as("the swap costs what the model says").isCloseTo(
                score.contributions().stream().mapToDouble(Score.Contribution::bits).sum() + MatchModel.defaults().swapBits(), within(1e-9));
        assertThat(SCORER.score(person("Ahmed", "Jaber", BORN), person("Ahmed", "Jaber", BORN)).namesSwapped()).isFalse();
    }

    @Test
    void namesThatAgreeOnlyHalfCrosswise_areNotTakenForSwapped() {
        Score score = SCORER.score(person("Ali", "Hassan", BORN), person("Omar", "Ali", BORN));

        assertThat(score.namesSwapped()).isFalse();
        assertThat(score.band()).isEqualTo(Band.NONE);
    }

    @Test
    void aConsonantSkeletonCountsOnlyForANameTypedInArabicScript() {
        assertThat(MatchScorer.name("rami", "rima", false)).as("typed in Latin: vowels are told").isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("mhmd", "mohamed", true)).as("Arabic script writes no short vowels").isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("ali", "ola", true)).as("one consonant says little").isNotEqualTo(Level.STRONG);
    }

    @Test
    void shortNamesTypedInArabicScript_agreeByTheirConsonants_whereAVowelOrWIsWrittenOrNot() {
        assertThat(MatchScorer.name(key("علی"), key("Ali"), true)).isEqualTo(Level.PARTIAL);
        assertThat(MatchScorer.name(key("سعید"), key("Saeed"), true)).isEqualTo(Level.PARTIAL);
        assertThat(MatchScorer.name(key("موسوی"), key("Mousavi"), true)).isIn(Level.PARTIAL, Level.STRONG);
        assertThat(MatchScorer.name(key("قاسمی"), key("Ghasemi"), true)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name(key("علی"), key("Omar"), true)).isEqualTo(Level.DIFFERENT);
    }

    @Test
    void aNameTypedInPersianScript_agreesWithItsArabicReading_whereOneSaysZAndTheOtherD() {
        assertThat(MatchScorer.name(key("رضا"), key("Reza"), true)).as("ض: Persian z, Arabic d").isEqualTo(Level.PARTIAL);
        assertThat(MatchScorer.name(key("مرتضوی"), key("Mortazavi"), true)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name(key("مرتضوی"), key("Mortadawi"), true)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name(key("جمال"), key("Gamal"), true)).as("ج: Egyptian g").isIn(Level.PARTIAL, Level.STRONG);
    }

    @Test
    void namesThatDifferOnlyInTheVowelsATransliterationHears_agreeStrongly() {
        assertThat(MatchScorer.name("ahmed", "ahmad", false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("talebani", "talabani", false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("kemal", "kamal", false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("ahmed", "hamid", false)).as("another name").isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("mohamed", "muhammad", false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("jamal", "jamil", false)).as("a and i tell names apart").isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("kamal", "kamil", false)).isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("mahmud", "mohamed", false)).isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("salim", "salma", false)).isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("saleh", "salih", false)).as("Arabic kasra heard as e or i").isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name(key("Leila"), key("Layla"), false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name(key("Yousef"), key("Yusuf"), false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("zohra", "zahra", false)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("rami", "rima", false)).as("a and i tell names apart").isNotEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("mehdi", "mahdi", false)).isEqualTo(Level.STRONG);
    }

    @Test
    void theFewerOthersCarryAName_theMoreItsAgreementWeighs_andASmallRegistrysCountsAreShrunkTowardsTheModel() {
        MatchModel model = MatchModel.defaults();
        double previous = Double.MAX_VALUE;
        // at 100,000 persons no count reaches the name.min.share floor: each more carrier weighs less
        for (long others : new long[] {0, 1, 3, 10, 100, 1_000, 10_000}) {
            double bits = model.bits(Comparison.GIVEN_NAME, Level.EXACT, model.nameShare(Comparison.GIVEN_NAME, others, 100_000));
            assertThat(bits).as("%d others of 100,000", others).isLessThan(previous);
            previous = bits;
        }
        double average = model.bits(Comparison.GIVEN_NAME, Level.EXACT);
        assertThat(model.bits(Comparison.GIVEN_NAME, Level.EXACT, model.nameShare(Comparison.GIVEN_NAME, 0, 5_000_000)))
                .as("no one else among millions").isGreaterThan(average + 4);
        assertThat(model.bits(Comparison.GIVEN_NAME, Level.EXACT, model.nameShare(Comparison.GIVEN_NAME, 5, 300)))
                .as("five others among 300 persons say little").isCloseTo(average, within(0.5));
        assertThat(model.bits(Comparison.GIVEN_NAME, Level.EXACT, model.nameShare(Comparison.GIVEN_NAME, 100_000, 5_000_000)))
                .as("one in fifty").isLessThan(average);
    }

    @Test
    void anArabicArticleWrittenOrNot_agreesStronglyInAFamilyName_butAGivenNameInLatinKeepsItsFirstLetters() {
        assertThat(MatchScorer.name("elsanani", "alsanani", false, true)).isIn(Level.STRONG, Level.EXACT);
        assertThat(MatchScorer.name("al sanani", "sanani", false, true)).isEqualTo(Level.STRONG);
        assertThat(MatchScorer.name("elvira", "vira", false, false)).isNotEqualTo(Level.STRONG);

        MatchRecord desk = MatchRecord.of("Elvira", "Hakobyan", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), null, List.of(), List.of());
        MatchRecord vira = MatchRecord.of("Vira", "Hakobyan", "F", BORN, BirthPrecision.EXACT, Set.of("ARM"), null, List.of(), List.of());
        assertThat(SCORER.score(desk, vira).of(Comparison.GIVEN_NAME).level()).isNotEqualTo(Level.STRONG);
        MatchRecord sanani = person("Omar", "Sanani", BORN);
        assertThat(SCORER.score(person("Omar", "Al-Sanani", BORN), sanani).of(Comparison.FAMILY_NAME).level()).isEqualTo(Level.STRONG);
    }

    @Test
    void armenianNamesAsRussianPapersWriteThem_agreeAtLeastPartly() {
        assertThat(MatchScorer.name(key("Hovhannisyan"), key("Оганесян"), false)).isEqualTo(Level.PARTIAL);
        assertThat(MatchScorer.name(key("Ղամբարյան"), key("Камбарян"), false)).isIn(Level.PARTIAL, Level.STRONG);
        assertThat(MatchScorer.name(key("Petrosyan"), key("Sargsyan"), false)).isEqualTo(Level.DIFFERENT);
    }

    @Test
    void namesSwappedAcrossScripts_areStillComparedCrosswise_whenOneAgreesOnlyPartly() {
        Score score = SCORER.score(person("Ղամբարյան", "Տիգրան", BORN), person("Тигран", "Камбарян", BORN));

        assertThat(score.namesSwapped()).isTrue();
        assertThat(score.band()).isEqualTo(Band.ASK);
    }

    @Test
    void aCommonWholeName_agreesForNoMoreBitsThanItsFrequencyAllows_soANamesakeBornAYearApartIsNotShown() {
        MatchScorer.NameFrequencies common = new MatchScorer.NameFrequencies() {
            @Override
            public double share(Comparison comparison, String key) {
                return 0;
            }

            @Override
            public double fullNameShare(String givenKey, String familyKey) {
                return 0.002;
            }
        };
        MatchScorer scorer = new MatchScorer(MatchModel.defaults(), common);
        MatchRecord desk = person("Mohammad", "Ahmadi", BORN);
        Score namesake = scorer.score(desk, person("Mohammad", "Ahmadi", BORN.plusMonths(7)));
        Score same = scorer.score(desk, person("Mohammad", "Ahmadi", BORN));

        assertThat(namesake.band()).isEqualTo(Band.NONE);
        assertThat(SCORER.score(desk, person("Mohammad", "Ahmadi", BORN.plusMonths(7))).bits()).as("the name taken as rare")
                .isGreaterThan(namesake.bits() + 5);
        assertThat(same.band()).isEqualTo(Band.ASK);
        assertThat(same.of(Comparison.GIVEN_NAME).bits() + same.of(Comparison.FAMILY_NAME).bits())
                .isCloseTo(Math.log(0.8 * 0.78 / 0.002) / Math.log(2), within(1e-9));
    }

    private static String key(String name) {
        return org.refuge.registration.domain.PersonName.key(name);
    }

    @Test
    void everyComparisonIsReported_withItsLevel() {
        Score score = SCORER.score(person("Layla", "Haddad", BORN), person("Leila", "Haddad", BORN.plusYears(1)));

        assertThat(score.contributions()).extracting(Score.Contribution::comparison).containsExactlyInAnyOrder(Comparison.values());
        assertThat(score.of(Comparison.BIRTH_DATE).level()).isEqualTo(Level.WEAK);
    }

    @Test
    void theSamePassportNumber_outweighsNamesTypedInAnotherScript_andADifferentNumberOfTheSameKindCountsAgainst() {
        MatchRecord.Document passport = MatchRecord.Document.of("PASSPORT", "ARM", "AM 1234567");
        MatchRecord armenian = MatchRecord.of("Հովհաննես", "Հովհաննիսյան", "M", BORN, BirthPrecision.EXACT, Set.of("ARM"), null,
                List.of(passport), List.of());
        MatchRecord cyrillic = MatchRecord.of("Ованес", "Оганесян", "M", BORN, BirthPrecision.EXACT, Set.of("ARM"), null,
                List.of(MatchRecord.Document.of("PASSPORT", "ARM", "am-1234567")), List.of());
        MatchRecord otherNumber = MatchRecord.of("Ованес", "Оганесян", "M", BORN, BirthPrecision.EXACT, Set.of("ARM"), null,
                List.of(MatchRecord.Document.of("PASSPORT", "ARM", "AM7654321")), List.of());

        Score same = SCORER.score(cyrillic, armenian);
        assertThat(same.of(Comparison.DOCUMENT).level()).isEqualTo(Level.EXACT);
        assertThat(same.band()).isEqualTo(Band.ASK);
        assertThat(SCORER.score(otherNumber, armenian).of(Comparison.DOCUMENT).bits()).isNegative();
    }

    @Test
    void aDocumentNumberInCommon_isPutToTheDesk_evenWhenNamesAndBirthDateDiffer() {
        MatchRecord.Document passport = MatchRecord.Document.of("PASSPORT", null, "N 4455667");
        MatchRecord earlier = MatchRecord.of("Nare", "Petrosyan", "F", BORN, BirthPrecision.EXACT, Set.of(), null, List.of(passport), List.of());
        MatchRecord typed = MatchRecord.of("Lilit", "Hakobyan", "F", BORN.plusYears(9), BirthPrecision.EXACT, Set.of(), null,
                List.of(MatchRecord.Document.of("PASSPORT", null, "n4455667")), List.of());

        Score score = SCORER.score(typed, earlier);
        assertThat(score.bits()).isLessThan(MatchModel.defaults().askBits());
        assertThat(score.band()).isEqualTo(Band.ASK);
    }

    @Test
    void aRelativeOfEachWithTheSameName_raisesTheScore() {
        MatchRecord desk = MatchRecord.of("Sami", "Khalil", "M", BORN, BirthPrecision.EXACT, Set.of("SYR"), null, List.of(), List.of("Rima Khalil"));
        MatchRecord withMother = MatchRecord.of("Sami", "Kalil", "M", BORN, BirthPrecision.EXACT, Set.of("SYR"), null, List.of(),
                List.of("Rima Khaleel", "Karim Kalil"));
        MatchRecord alone = MatchRecord.of("Sami", "Kalil", "M", BORN, BirthPrecision.EXACT, Set.of("SYR"), null, List.of(), List.of());

        assertThat(SCORER.score(desk, withMother).of(Comparison.RELATIVES).level()).isEqualTo(Level.EXACT);
        assertThat(SCORER.score(desk, withMother).bits()).isGreaterThan(SCORER.score(desk, alone).bits());
    }

    @Test
    void aNewcomerWhoSharesOnlyAFirstNameAndSex_isShownNothing() {
        Score score = SCORER.score(person("Mariam", "Suleiman", BORN), person("Mariam", "Haddad", LocalDate.of(1962, 11, 30)));

        assertThat(score.band()).isEqualTo(Band.NONE);
    }

    @Test
    void theThresholdsComeFromConfiguration_soOneScoreIsAskedUnderOneModelAndReviewedUnderAnother() throws IOException {
        Properties properties = defaults();
        MatchScorer strict = new MatchScorer(MatchModel.of(with(properties, Map.of("ask.bits", "60", "review.bits", "20"))),
                MatchScorer.NameFrequencies.UNKNOWN);
        Score shipped = SCORER.score(person("Layla", "Haddad", BORN), person("Layla", "Haddad", BORN));

        assertThat(shipped.band()).isEqualTo(Band.ASK);
        assertThat(strict.score(person("Layla", "Haddad", BORN), person("Layla", "Haddad", BORN)).band()).isEqualTo(Band.REVIEW);
    }

    @Test
    void aModelWithoutTheChancesOfALevel_orWithAChanceOutsideZeroToOne_isRefusedSayingWhat() throws IOException {
        Properties missing = defaults();
        missing.remove("BIRTH_DATE.STRONG");
        assertThatThrownBy(() -> MatchModel.of(missing)).hasMessageContaining("BIRTH_DATE.STRONG");
        assertThatThrownBy(() -> MatchModel.of(with(defaults(), Map.of("SEX.EXACT", "1.5 0.5")))).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> MatchModel.of(with(defaults(), Map.of("review.bits", "30")))).hasMessageContaining("review.bits");
        assertThatThrownBy(() -> MatchModel.of(with(defaults(), Map.of("SEX.PARTIAL", "0.5 0.5")))).hasMessageContaining("SEX has no level PARTIAL");
        assertThatThrownBy(() -> MatchModel.of(with(defaults(), Map.of("swap.bits", "2")))).hasMessageContaining("swap.bits");
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MatchModel.class.getResourceAsStream("default-model.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static Properties with(Properties properties, Map<String, String> changes) {
        changes.forEach(properties::setProperty);
        return properties;
    }

    @Test
    void inARegistryLargerThanTheModelWasSetFor_bothThresholdsRiseByTheLogOfTheRatio_andInASmallerOneStay() {
        MatchModel model = MatchModel.defaults();
        MatchModel fiveMillion = model.forRegistry(5_000_000);
        assertThat(fiveMillion.askBits() - model.askBits()).isCloseTo(Math.log(5) / Math.log(2), within(1e-9));
        assertThat(fiveMillion.reviewBits() - model.reviewBits()).isCloseTo(Math.log(5) / Math.log(2), within(1e-9));
        assertThat(model.forRegistry(2_000).askBits()).isEqualTo(model.askBits());
        assertThat(fiveMillion.band(model.askBits() + 1)).as("asked among a million, reviewed among five").isEqualTo(Band.REVIEW);
    }
}
