package org.refuge.registration.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One member of a household, individually registered: names in the script they were given in and in Latin, birth
 * date with its precision, citizenships or statelessness, languages, documents, specific needs and a portrait. A
 * person is never deleted: a record made in error is voided with a reason, a duplicate is merged into the earlier
 * record.
 */
@Entity
@Audited
@Table(name = "person")
public class Person {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PersonStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;
    @Column(length = 100)
    private String patronymic;
    @Column(name = "given_name_latin", nullable = false, length = 100)
    private String givenNameLatin;
    @Column(name = "family_name_latin", nullable = false, length = 100)
    private String familyNameLatin;
    @Column(name = "patronymic_latin", length = 100)
    private String patronymicLatin;
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;
    @Column(name = "name_skeleton", nullable = false, length = 200)
    private String nameSkeleton;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // one letter, but varchar like every code column, not char(1)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "birth_precision", nullable = false, length = 10)
    private BirthPrecision birthPrecision;

    @Column(name = "birth_place", length = 100)
    private String birthPlace;

    @Column(nullable = false)
    private boolean stateless;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", length = 20)
    private MaritalStatus maritalStatus;

    @Column(length = 30)
    private String phone;

    @Column(name = "photo_id")
    private UUID photoId;

    @ElementCollection
    @CollectionTable(name = "person_citizenship", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "country_code", length = 3)
    private Set<String> citizenships = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language_code", length = 3)
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "person_need", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "need_code", length = 10)
    private Set<String> needs = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "person_document", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    private List<IdentityDocument> documents = new ArrayList<>();

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 100)
    private String registeredBy;

    @Column(name = "idempotency_key", updatable = false, length = 140)
    private String idempotencyKey;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "void_reason", length = 300)
    private String voidReason;

    @Version
    private long version;

    protected Person() {
    }

    /** The names as typed and their Latin spelling; a blank Latin field takes the ICU transliteration. */
    public record Names(String givenName, String familyName, String patronymic,
                        String givenNameLatin, String familyNameLatin, String patronymicLatin) {
    }

    /** Everything but the names that individual registration records. */
    public record Particulars(Relationship relationship, Sex sex, LocalDate birthDate, BirthPrecision birthPrecision,
                              String birthPlace, Collection<String> citizenships, boolean stateless,
                              MaritalStatus maritalStatus, Collection<String> languages, String phone,
                              List<IdentityDocument> documents, Collection<String> needs) {
    }

    public static Person register(UUID householdId, Names names, Particulars particulars, LocalDate today, Instant now,
                                  String registrar, String idempotencyKey) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.householdId = Objects.requireNonNull(householdId);
        person.status = PersonStatus.REGISTERED;
        person.registeredAt = now;
        person.registeredBy = Objects.requireNonNull(registrar);
        person.idempotencyKey = idempotencyKey;
        person.correct(names, particulars, today);
        return person;
    }

    /** Corrects the record; the earlier values stay in the audit history. */
    public void correct(Names names, Particulars p, LocalDate today) {
        requireRegistered();
        if (blank(names.givenName()) || blank(names.familyName())) {
            throw new IllegalArgumentException("A person needs a given and a family name");
        }
        if (p.birthDate().isAfter(today)) {
            throw new IllegalArgumentException("A birth date cannot be in the future");
        }
        if (p.stateless() && !p.citizenships().isEmpty()) {
            throw new IllegalArgumentException("A stateless person has no citizenship");
        }
        givenName = names.givenName().strip();
        familyName = names.familyName().strip();
        patronymic = blank(names.patronymic()) ? null : names.patronymic().strip();
        givenNameLatin = latin(names.givenNameLatin(), givenName);
        familyNameLatin = latin(names.familyNameLatin(), familyName);
        patronymicLatin = patronymic == null ? null : latin(names.patronymicLatin(), patronymic);
        nameKey = PersonName.key(givenName, familyName);
        nameSkeleton = PersonName.skeleton(nameKey);
        relationship = Objects.requireNonNull(p.relationship());
        sex = Objects.requireNonNull(p.sex());
        birthPrecision = Objects.requireNonNull(p.birthPrecision());
        birthDate = switch (birthPrecision) {
            case EXACT, ESTIMATED -> p.birthDate();
            case MONTH -> p.birthDate().withDayOfMonth(1);
            case YEAR -> p.birthDate().withDayOfYear(1);
        };
        birthPlace = blank(p.birthPlace()) ? null : p.birthPlace().strip();
        stateless = p.stateless();
        citizenships = new TreeSet<>(p.citizenships());
        maritalStatus = p.maritalStatus();
        languages = new TreeSet<>(p.languages());
        phone = blank(p.phone()) ? null : p.phone().strip();
        documents = new ArrayList<>(p.documents());
        needs = new TreeSet<>(p.needs());
    }

    public void attachPhoto(UUID photo) {
        requireRegistered();
        photoId = Objects.requireNonNull(photo);
    }

    /** The same person registered again: this later record is merged into the earlier one. */
    public void mergeInto(Person earlier) {
        requireRegistered();
        if (earlier.id.equals(id)) {
            throw new IllegalArgumentException("A person cannot be merged into itself");
        }
        status = PersonStatus.MERGED;
        mergedInto = earlier.id;
    }

    /** Joins another household (the person registered before arrives with this family). */
    public void joinHousehold(UUID household, Relationship newRelationship) {
        requireRegistered();
        householdId = Objects.requireNonNull(household);
        relationship = Objects.requireNonNull(newRelationship);
    }

    public void voidRecord(String reason) {
        requireRegistered();
        if (blank(reason)) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        status = PersonStatus.VOIDED;
        voidReason = reason.strip();
    }

    private void requireRegistered() {
        if (status != null && status != PersonStatus.REGISTERED) {
            throw new IllegalStateException("The record is " + status);
        }
    }

    private static String latin(String typed, String original) {
        return blank(typed) ? Transliteration.toLatin(original) : typed.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public UUID id() { return id; }
    public UUID householdId() { return householdId; }
    public PersonStatus status() { return status; }
    public Relationship relationship() { return relationship; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String patronymic() { return patronymic; }
    public String givenNameLatin() { return givenNameLatin; }
    public String familyNameLatin() { return familyNameLatin; }
    public String patronymicLatin() { return patronymicLatin; }
    public String nameKey() { return nameKey; }
    public String nameSkeleton() { return nameSkeleton; }
    public Sex sex() { return sex; }
    public LocalDate birthDate() { return birthDate; }
    public BirthPrecision birthPrecision() { return birthPrecision; }
    public String birthPlace() { return birthPlace; }
    public boolean stateless() { return stateless; }
    public Set<String> citizenships() { return Set.copyOf(citizenships); }
    public MaritalStatus maritalStatus() { return maritalStatus; }
    public Set<String> languages() { return Set.copyOf(languages); }
    public String phone() { return phone; }
    public UUID photoId() { return photoId; }
    public List<IdentityDocument> documents() { return List.copyOf(documents); }
    public Set<String> needs() { return Set.copyOf(needs); }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public String idempotencyKey() { return idempotencyKey; }
    public UUID mergedInto() { return mergedInto; }
    public String voidReason() { return voidReason; }
}
