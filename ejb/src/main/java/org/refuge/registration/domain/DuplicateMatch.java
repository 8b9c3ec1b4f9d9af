package org.refuge.registration.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

/**
 * A possible duplicate: {@code person} was registered while {@code candidate}, an earlier record, looked like the same
 * person (the duplicate check's score reached the review band: names, birth date, documents, relatives...). Decided at the desk or, left open, by a
 * caseworker; the decision is kept with who made it.
 */
@Entity
@Audited
@Table(name = "duplicate_match")
public class DuplicateMatch {

    /** Why the candidate was proposed, in short: what agrees (the score says how much). */
    public enum Reason { NAME, BIRTH_DATE, DOCUMENT, RELATIVES, NAMES_SWAPPED }

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(nullable = false, updatable = false, length = 60)
    private String reasons;

    @Column(name = "name_similarity", nullable = false, updatable = false)
    private float nameSimilarity;

    /** The duplicate check's score in bits when raised; null for matches raised before scoring (V81). */
    @Column(updatable = false)
    private Double score;

    /** ASK (the desk was asked) or REVIEW (left to a caseworker); null for matches raised before scoring. */
    @Column(updatable = false, length = 10)
    private String band;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MatchStatus status;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 100)
    private String raisedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected DuplicateMatch() {
    }

    public static DuplicateMatch raise(UUID person, UUID candidate, java.util.Set<Reason> reasons, float nameSimilarity,
                                       double score, String band, Instant now, String user) {
        if (person.equals(candidate)) {
            throw new IllegalArgumentException("A person is no duplicate of itself");
        }
        // no reason in short is possible (a model of one's own may reach a band by what has none): the score says why
        DuplicateMatch match = new DuplicateMatch();
        match.id = UUID.randomUUID();
        match.personId = person;
        match.candidateId = candidate;
        match.reasons = String.join(",", reasons.stream().sorted().map(Enum::name).toList());
        match.nameSimilarity = nameSimilarity;
        match.score = score;
        match.band = Objects.requireNonNull(band);
        match.status = MatchStatus.OPEN;
        match.raisedAt = now;
        match.raisedBy = Objects.requireNonNull(user);
        return match;
    }

    public void decide(MatchStatus decision, Instant now, String user) {
        if (decision == MatchStatus.OPEN) {
            throw new IllegalArgumentException("A decision is SAME or DIFFERENT");
        }
        if (status != MatchStatus.OPEN) {
            throw new IllegalStateException("Already decided: " + status);
        }
        status = decision;
        decidedAt = now;
        decidedBy = Objects.requireNonNull(user);
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public UUID candidateId() { return candidateId; }
    public String reasons() { return reasons; }
    public float nameSimilarity() { return nameSimilarity; }
    public Double score() { return score; }
    public String band() { return band; }
    public MatchStatus status() { return status; }
    public Instant raisedAt() { return raisedAt; }
    public String raisedBy() { return raisedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
}
