package org.refuge.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 3:4 portrait JPEG as {@link Portrait} made it; immutable: a new photo replaces an old one. */
@Entity
@Table(name = "photo")
public class Photo {

    /** Webcam capture at the desk or an uploaded file. */
    public enum Source { CAMERA, UPLOAD }

    @Id
    private UUID id;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "jpeg", nullable = false, updatable = false)
    private byte[] jpeg;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Source source;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false, updatable = false, length = 100)
    private String takenBy;

    protected Photo() {
    }

    public Photo(Portrait portrait, Source source, Instant takenAt, String takenBy) {
        this.id = UUID.randomUUID();
        this.jpeg = portrait.jpeg();
        this.width = portrait.width();
        this.height = portrait.height();
        this.source = source;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
    }

    public UUID id() { return id; }
    public byte[] jpeg() { return jpeg.clone(); }
    public Source source() { return source; }
    public Instant takenAt() { return takenAt; }
    public String takenBy() { return takenBy; }
}
