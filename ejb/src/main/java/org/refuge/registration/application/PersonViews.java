package org.refuge.registration.application;

import org.refuge.shared.RegistryNumber;
import org.refuge.platform.security.Classified;
import org.refuge.platform.security.Sensitivity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refuge.registration.domain.Household;
import org.refuge.registration.domain.IdentityDocument;
import org.refuge.registration.domain.Person;

/** Read models of persons for screens and the API; never the entities. */
public final class PersonViews {

    private PersonViews() {
    }

    /** A registered person, whole, for readers within the household's site scope. */
    public record PersonView(UUID id, String registryNumber, String status, String relationship, String givenName,
                             String familyName, String patronymic, String givenNameLatin, String familyNameLatin,
                             String patronymicLatin, String sex, LocalDate birthDate, String birthPrecision,
                             String birthPlace, Set<String> citizenships, boolean stateless, String maritalStatus,
                             Set<String> languages, String phone, List<DocumentView> documents,
                             @Classified(Sensitivity.SENSITIVE_NEEDS) Set<String> needs,
                             boolean hasPhoto, Instant registeredAt, String registeredBy) {

        /** @param needs the person's specific needs that the reader may see ({@link NeedVisibility}) */
        static PersonView of(Person p, RegistryNumber number, Set<String> needs) {
            return new PersonView(p.id(), number.value(), p.status().name(), p.relationship().name(), p.givenName(),
                    p.familyName(), p.patronymic(), p.givenNameLatin(), p.familyNameLatin(), p.patronymicLatin(),
                    p.sex().name(), p.birthDate(), p.birthPrecision().name(), p.birthPlace(), p.citizenships(),
                    p.stateless(), p.maritalStatus() == null ? null : p.maritalStatus().name(), p.languages(), p.phone(),
                    p.documents().stream().map(DocumentView::of).toList(), needs, p.photoId() != null,
                    p.registeredAt(), p.registeredBy());
        }

        public String fullName() {
            return givenName + " " + (patronymic == null ? "" : patronymic + " ") + familyName;
        }

        public String fullNameLatin() {
            return givenNameLatin + " " + (patronymicLatin == null ? "" : patronymicLatin + " ") + familyNameLatin;
        }
    }

    public record DocumentView(String typeCode, String number, String issuingCountry, LocalDate expiresOn) {
        static DocumentView of(IdentityDocument d) {
            return new DocumentView(d.typeCode(), d.number(), d.issuingCountry(), d.expiresOn());
        }
    }

    /**
     * A possible duplicate as the registrar sees it, whatever site registered it: enough to recognise a person
     * (names, sex, birth date, where and in which household), nothing more; and why: the score in bits, its band (ASK:
     * the desk is asked, REVIEW: a caseworker decides later; null for a match raised before scoring) and each
     * comparison that could be made, with its level and part ({@code evidence}, empty where not scored again).
     */
    public record CandidateView(UUID personId, String registryNumber, String siteCode, String givenName,
                                String familyName, String givenNameLatin, String familyNameLatin, String sex,
                                LocalDate birthDate, String birthPrecision, Set<String> reasons, float nameSimilarity,
                                Double score, String band, List<Evidence> evidence) {

        static CandidateView of(Person p, Household h, java.util.Collection<String> reasons, float similarity, Double score,
                                String band, List<Evidence> evidence) {
            return new CandidateView(p.id(), h.registryNumber().value(), h.siteCode(), p.givenName(), p.familyName(),
                    p.givenNameLatin(), p.familyNameLatin(), p.sex().name(), p.birthDate(), p.birthPrecision().name(),
                    new java.util.TreeSet<>(reasons), similarity, score == null ? null : Math.round(score * 10) / 10.0, band,
                    List.copyOf(evidence));
        }

        public boolean documentMatch() {
            return reasons.contains("DOCUMENT");
        }

        /** The desk is asked about this candidate (a REVIEW candidate goes to a caseworker without asking). */
        public boolean asked() {
            return "ASK".equals(band);
        }

        public int similarityPercent() {
            return Math.round(nameSimilarity * 100);
        }
    }

    /**
     * One comparison of a candidate with the person at the desk: what was compared ({@code GIVEN_NAME}, {@code BIRTH_DATE}...),
     * how far it agrees ({@code EXACT} ... {@code DIFFERENT}) and the bits it adds, negative when it counts against.
     */
    public record Evidence(String comparison, String level, double bits) {
        static List<Evidence> of(org.refuge.registration.domain.matching.Score score) {
            return score.contributions().stream()
                    .filter(c -> c.level() != org.refuge.registration.domain.matching.Level.MISSING)
                    .map(c -> new Evidence(c.comparison().name(), c.level().name(), Math.round(c.bits() * 10) / 10.0)).toList();
        }

        /**
         * What a desk at another site may read of the comparison: the names, sex and birth date it shows anyway, and a
         * document number in common. Citizenship, birth place, other documents and relatives stay out (trying values
         * and reading "same" or "different" back would tell them), and so does the score that sums them.
         */
        static List<Evidence> acrossSites(org.refuge.registration.domain.matching.Score score) {
            return of(score).stream().filter(e -> switch (e.comparison()) {
                case "GIVEN_NAME", "FAMILY_NAME", "SEX", "BIRTH_DATE" -> true;
                case "DOCUMENT" -> e.level().equals("EXACT");
                default -> false;
            }).toList();
        }

        /** The part as shown: signed, one decimal. */
        public String signedBits() {
            return (bits > 0 ? "+" : bits < 0 ? "\u2212" : "") + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(bits));
        }
    }

    /** An open or decided duplicate match for the caseworkers' queue. */
    public record DuplicateView(UUID id, String status, Set<String> reasons, float nameSimilarity, Instant raisedAt,
                                String raisedBy, CandidateView person, CandidateView candidate) {
    }

    /**
     * The result of registering a member: the person (a new record, or the earlier one now linked to this household),
     * how many possible duplicates were left open for a caseworker, and the household's status afterwards.
     */
    public record MemberResult(PersonView person, boolean linkedExisting, int openMatches, String householdStatus,
                               int registeredMembers, int expectedMembers) {
    }
}
