package org.refuge.platform.workflow;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.refuge.platform.refusal.Refusal;

/**
 * A supervisor's redirection of one kind of a site's work (the tasks of one form, offered to one role) to the same
 * role's team at another site: made when the site has nobody to do it (a border crossing point without a medical
 * user), in force until it is lifted, kept afterwards with who made and who lifted it. Only one is in force per kind
 * of work and site (a unique index), and a redirection is lifted once.
 */
@Entity
@Table(name = "task_redirect")
public class TaskRedirect {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "form_key", nullable = false)
    private String formKey;

    @Column(name = "candidate_group", nullable = false)
    private String candidateGroup;

    @Column(name = "from_site", nullable = false)
    private String fromSite;

    @Column(name = "to_site", nullable = false)
    private String toSite;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    protected TaskRedirect() {
        // for JPA
    }

    TaskRedirect(String formKey, String candidateGroup, String fromSite, String toSite, Instant at, String by) {
        if (fromSite.equals(toSite)) {
            throw Refusal.invalid("toSite", "refuge.task.redirect.sameSite");
        }
        this.id = UUID.randomUUID();
        this.formKey = formKey;
        this.candidateGroup = candidateGroup;
        this.fromSite = fromSite;
        this.toSite = toSite;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** Ends the redirection: new tasks stay at their own site again. Refused (409) when it was lifted already. */
    void lift(Instant at, String by) {
        if (liftedAt != null) {
            throw Refusal.conflict("refuge.task.redirect.lifted").with("rule", "redirectLifted");
        }
        liftedAt = at;
        liftedBy = by;
    }

    public UUID id() { return id; }
    public String formKey() { return formKey; }
    public String candidateGroup() { return candidateGroup; }
    public String fromSite() { return fromSite; }
    public String toSite() { return toSite; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant liftedAt() { return liftedAt; }
    public String liftedBy() { return liftedBy; }
    public boolean inForce() { return liftedAt == null; }
}
