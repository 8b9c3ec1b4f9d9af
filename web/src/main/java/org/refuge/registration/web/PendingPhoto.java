package org.refuge.registration.web;

import java.io.Serializable;
import java.util.Base64;

import org.refuge.registration.application.PortraitDecoder;
import org.refuge.registration.domain.Photo;
import org.refuge.platform.refusal.Refusal;
import org.refuge.registration.domain.PortraitBusyException;

/**
 * A photo taken or uploaded on a form before its record is saved: checked and cropped when it arrives (a refusal
 * reaches the registrar at once), previewed, and handed to the service with the form.
 */
class PendingPhoto implements Serializable {

    private static final long serialVersionUID = 1L;

    private byte[] image;
    private Photo.Source source;
    private String preview;

    /** Keeps the image if it makes a portrait; otherwise forgets any earlier one and rethrows the refusal. */
    void accept(PortraitDecoder portraits, byte[] candidate, Photo.Source from) {
        try {
            preview = Base64.getEncoder().encodeToString(portraits.portrait(candidate).jpeg());
            image = candidate;
            source = from;
        } catch (Refusal | PortraitBusyException e) {
            clear();
            throw e;
        }
    }

    void clear() {
        image = null;
        source = null;
        preview = null;
    }

    boolean present() { return image != null; }
    byte[] image() { return image; }
    Photo.Source source() { return source; }
    /** The cropped JPEG as base64, for a data: URL; null without a photo. */
    String preview() { return preview; }
}
