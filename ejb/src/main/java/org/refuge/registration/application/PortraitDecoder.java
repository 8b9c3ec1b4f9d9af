package org.refuge.registration.application;

import java.awt.Rectangle;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refuge.platform.config.RefugeSettings;
import org.refuge.registration.domain.Portrait;
import org.refuge.registration.domain.PortraitBusyException;

/**
 * Makes portraits with the configured pixel limit and at most {@link RefugeSettings#photoDecodes()} decodes at once,
 * for the services and for the screens' previews alike. The header is checked outside the bound, so an oversized
 * image is refused at once even when every decode is taken; a decode that finds none free within {@link #WAIT_MILLIS}
 * is refused with a {@link PortraitBusyException} instead of queueing up.
 */
@ApplicationScoped
public class PortraitDecoder {

    static final long WAIT_MILLIS = 2_000;
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    RefugeSettings settings;

    private long maxPixels;
    private Semaphore decodes;
    private long waitMillis;

    public PortraitDecoder() {
    }

    PortraitDecoder(long maxPixels, int decodes, long waitMillis) {
        init(maxPixels, decodes, waitMillis);
    }

    @PostConstruct
    void init() {
        init(settings.photoMaxPixels(), settings.photoDecodes(), WAIT_MILLIS);
    }

    private void init(long pixels, int permits, long wait) {
        this.maxPixels = pixels;
        this.decodes = new Semaphore(permits, true);
        this.waitMillis = wait;
    }

    public Portrait portrait(byte[] image) {
        return portrait(image, null);
    }

    /** @param crop the box to keep, in the image's pixels; null crops the largest centred 3:4 box */
    public Portrait portrait(byte[] image, Rectangle crop) {
        return Portrait.of(image, crop, maxPixels, this::enter);
    }

    Portrait.Gate.Permit enter() {
        try {
            if (!decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new PortraitBusyException(RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortraitBusyException(RETRY_AFTER_SECONDS);
        }
        return decodes::release;
    }

    /** Decodes free now; for tests. */
    int available() {
        return decodes.availablePermits();
    }
}
