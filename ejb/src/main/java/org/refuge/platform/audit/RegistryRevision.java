package org.refuge.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of registry data (Hibernate Envers): every transaction that changes an audited record gets one, with
 * its time and the user who made it, and the records' previous values stay in their {@code _aud} tables.
 */
@Entity
@Table(name = "registry_revision")
@RevisionEntity(RegistryRevisionListener.class)
public class RegistryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private int id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    public int id() { return id; }
    public Instant changedAt() { return Instant.ofEpochMilli(changedAt); }
    public String changedBy() { return changedBy; }

    void changedBy(String username) {
        this.changedBy = username;
    }
}
