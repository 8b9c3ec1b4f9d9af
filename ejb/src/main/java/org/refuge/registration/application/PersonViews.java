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
     * (names, sex, birth date, where and in which household), nothing more.
     */
    public record CandidateView(UUID personId, String registryNumber, String siteCode, String givenName,
                                String familyName, String givenNameLatin, String familyNameLatin, String sex,
                                LocalDate birthDate, String birthPrecision, Set<String> reasons, float nameSimilarity) {

        static CandidateView of(Person p, Household h, java.util.Collection<String> reasons, float similarity) {
            return new CandidateView(p.id(), h.registryNumber().value(), h.siteCode(), p.givenName(), p.familyName(),
                    p.givenNameLatin(), p.familyNameLatin(), p.sex().name(), p.birthDate(), p.birthPrecision().name(),
                    new java.util.TreeSet<>(reasons), similarity);
        }

        public boolean documentMatch() {
            return reasons.contains("DOCUMENT");
        }

        public int similarityPercent() {
            return Math.round(nameSimilarity * 100);
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
