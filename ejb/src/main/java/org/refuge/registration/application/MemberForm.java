package org.refuge.registration.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.refuge.registration.domain.BirthPrecision;
import org.refuge.registration.domain.IdentityDocument;
import org.refuge.registration.domain.MaritalStatus;
import org.refuge.registration.domain.MatchStatus;
import org.refuge.registration.domain.Person;
import org.refuge.registration.domain.Relationship;
import org.refuge.registration.domain.Sex;

/**
 * What the registrar types for one member at individual registration, validated at the boundary. {@code decisions}
 * carries the registrar's answer for each possible duplicate shown while typing: SAME links the earlier record to
 * this household instead of creating a second person; DIFFERENT closes the match; no answer leaves it to the
 * caseworkers' queue.
 */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LATIN = "^$|^[A-Za-z][A-Za-z .'-]*$";

    @NotNull(message = "{refuge.person.relationship.required}")
    private Relationship relationship;

    @NotBlank(message = "{refuge.person.given.required}")
    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = PreRegistrationForm.NAME, message = "{refuge.household.head.letters}")
    private String givenName;

    @NotBlank(message = "{refuge.person.family.required}")
    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = PreRegistrationForm.NAME, message = "{refuge.household.head.letters}")
    private String familyName;

    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = "^$|" + PreRegistrationForm.NAME, message = "{refuge.household.head.letters}")
    private String patronymic;

    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = LATIN, message = "{refuge.household.latin.letters}")
    private String givenNameLatin;

    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = LATIN, message = "{refuge.household.latin.letters}")
    private String familyNameLatin;

    @Size(max = 100, message = "{refuge.person.name.size}")
    @Pattern(regexp = LATIN, message = "{refuge.household.latin.letters}")
    private String patronymicLatin;

    @NotNull(message = "{refuge.person.sex.required}")
    private Sex sex;

    @NotNull(message = "{refuge.person.birth.required}")
    @PastOrPresent(message = "{refuge.person.birth.future}")
    private LocalDate birthDate;

    @NotNull(message = "{refuge.person.precision.required}")
    private BirthPrecision birthPrecision = BirthPrecision.EXACT;

    @Size(max = 100, message = "{refuge.person.place.size}")
    @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.person.control}")
    private String birthPlace;

    @Size(max = 5, message = "{refuge.person.citizenships.size}")
    private List<@NotNull(message = "{refuge.person.country.code}") @Pattern(regexp = "^[A-Z]{3}$", message = "{refuge.person.country.code}") String> citizenships = new ArrayList<>();

    private boolean stateless;

    private MaritalStatus maritalStatus;

    @Size(max = 10, message = "{refuge.person.languages.size}")
    private List<@NotNull(message = "{refuge.person.language.code}") @Pattern(regexp = "^[a-z]{2,3}$", message = "{refuge.person.language.code}") String> languages = new ArrayList<>();

    /** Stripped when set, as the record keeps it: "12 " is the two-digit "12", which is refused. */
    @Size(max = 30, message = "{refuge.person.phone.format}")
    @Pattern(regexp = "^$|^\\+?[0-9][0-9 ()-]{2,29}$", message = "{refuge.person.phone.format}")
    private String phone;

    @Valid
    @Size(max = 5, message = "{refuge.person.documents.size}")
    private List<@NotNull(message = "{refuge.person.document.incomplete}") DocumentForm> documents = new ArrayList<>();

    @Size(max = 20, message = "{refuge.household.needs.size}")
    private List<@NotNull(message = "{refuge.household.needs.code}") @Pattern(regexp = "^[A-Z]{2}(-[A-Z]{2})?$", message = "{refuge.household.needs.code}") String> needs = new ArrayList<>();

    /** Candidate person id → SAME or DIFFERENT, for the possible duplicates the registrar has answered. */
    @Size(max = 20, message = "{refuge.person.decisions.size}")
    private Map<@Pattern(regexp = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
            message = "{refuge.person.match.unknown}") String, MatchStatus> decisions = new LinkedHashMap<>();

    @AssertTrue(message = "{refuge.person.stateless.citizenship}")
    public boolean isStatelessWithoutCitizenship() {
        return !stateless || citizenships.isEmpty();
    }

    Person.Names names() {
        return new Person.Names(givenName, familyName, patronymic, givenNameLatin, familyNameLatin, patronymicLatin);
    }

    Person.Particulars particulars() {
        List<IdentityDocument> held = documents.stream().filter(d -> !d.isEmpty())
                .map(d -> new IdentityDocument(d.getTypeCode(), d.getNumber(), d.getIssuingCountry(), d.getExpiresOn())).toList();
        return new Person.Particulars(relationship, sex, birthDate, birthPrecision, birthPlace, citizenships, stateless,
                maritalStatus, languages, phone, held, needs);
    }

    /** One document row of the form; a row with neither type nor number is ignored. */
    public static class DocumentForm implements Serializable {
        private static final long serialVersionUID = 1L;

        @Pattern(regexp = "^[A-Z][A-Z_]{1,19}$", message = "{refuge.person.document.type}")
        private String typeCode;

        @Size(max = 40, message = "{refuge.person.document.size}")
        @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.person.control}")
        private String number;

        @Pattern(regexp = "^$|^[A-Z]{3}$", message = "{refuge.person.country.code}")
        private String issuingCountry;

        private LocalDate expiresOn;

        public boolean isEmpty() {
            return (typeCode == null || typeCode.isBlank()) && (number == null || number.isBlank());
        }

        @AssertTrue(message = "{refuge.person.document.incomplete}")
        public boolean isComplete() {
            return isEmpty() || (typeCode != null && !typeCode.isBlank() && !IdentityDocument.numberKey(number).isEmpty());
        }

        public String getTypeCode() { return typeCode; }
        public void setTypeCode(String typeCode) { this.typeCode = typeCode; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getIssuingCountry() { return issuingCountry; }
        public void setIssuingCountry(String issuingCountry) { this.issuingCountry = issuingCountry; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    }

    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getGivenNameLatin() { return givenNameLatin; }
    public void setGivenNameLatin(String value) { this.givenNameLatin = value; }
    public String getFamilyNameLatin() { return familyNameLatin; }
    public void setFamilyNameLatin(String value) { this.familyNameLatin = value; }
    public String getPatronymicLatin() { return patronymicLatin; }
    public void setPatronymicLatin(String value) { this.patronymicLatin = value; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public BirthPrecision getBirthPrecision() { return birthPrecision; }
    public void setBirthPrecision(BirthPrecision birthPrecision) { this.birthPrecision = birthPrecision; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
    public List<String> getCitizenships() { return citizenships; }
    public void setCitizenships(List<String> value) { this.citizenships = value == null ? new ArrayList<>() : value; }
    public boolean isStateless() { return stateless; }
    public void setStateless(boolean stateless) { this.stateless = stateless; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus maritalStatus) { this.maritalStatus = maritalStatus; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> value) { this.languages = value == null ? new ArrayList<>() : value; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone == null ? null : phone.strip(); }
    public List<DocumentForm> getDocuments() { return documents; }
    public void setDocuments(List<DocumentForm> value) { this.documents = value == null ? new ArrayList<>() : value; }
    public List<String> getNeeds() { return needs; }
    public void setNeeds(List<String> value) { this.needs = value == null ? new ArrayList<>() : value; }
    public Map<String, MatchStatus> getDecisions() { return decisions; }
    public void setDecisions(Map<String, MatchStatus> value) { this.decisions = value == null ? new LinkedHashMap<>() : value; }

    /** The registrar's answer for one candidate, or null. */
    MatchStatus decisionFor(UUID candidate) {
        return decisions.get(candidate.toString());
    }
}
