package org.refuge.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail: who did what to which record, when, from where and for what purpose.
 * Append-only: no setters, and the database refuses updates and deletes. Never holds record content.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", length = 100)
    private String recordId;

    @Column(length = 300)
    private String purpose;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String recordType, String recordId,
               String purpose, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.purpose = purpose;
        this.clientAddress = clientAddress;
    }

    public Long id() { return id; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public AuditAction action() { return action; }
    public String recordType() { return recordType; }
    public String recordId() { return recordId; }
    public String purpose() { return purpose; }
    public String clientAddress() { return clientAddress; }
}
