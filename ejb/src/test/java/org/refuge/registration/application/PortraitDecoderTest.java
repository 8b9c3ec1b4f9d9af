package org.refuge.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.refuge.platform.refusal.Refusal;
import org.refuge.registration.domain.Portrait;
import org.refuge.registration.domain.PortraitBusyException;
import org.refuge.registration.domain.TestImages;

class PortraitDecoderTest {

    @Test
    void whenEveryDecodeIsTaken_aPhotoIsRefusedAsBusy_butAnOversizedOneStillGetsItsOwnReason() {
        PortraitDecoder decoder = new PortraitDecoder(Portrait.DEFAULT_MAX_PIXELS, 1, 50);
        byte[] photo = TestImages.halves(600, 800, "jpg");
        Portrait.Gate.Permit taken = decoder.enter();
        try {
            assertThatThrownBy(() -> decoder.portrait(photo))
                    .isInstanceOfSatisfying(PortraitBusyException.class, e -> {
                        assertThat(e).isNotInstanceOf(Refusal.class);
                        assertThat(e.messageKey()).isEqualTo("refuge.photo.busy");
                        assertThat(e.retryAfterSeconds()).isPositive();
                    });
            assertThatThrownBy(() -> decoder.portrait(TestImages.blackPng(8000, 5000)))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_MANY_PIXELS.messageKey()));
        } finally {
            taken.close();
        }
        assertThat(decoder.portrait(photo).width()).isEqualTo(480);
        assertThat(decoder.available()).isEqualTo(1);
    }

    @Test
    void aDecodeThatFails_givesItsPermitBack() {
        PortraitDecoder decoder = new PortraitDecoder(Portrait.DEFAULT_MAX_PIXELS, 2, 50);
        byte[] png = TestImages.halves(400, 600, "png");
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 2); // header intact, pixels cut: fails while decoding
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> decoder.portrait(cut))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.NOT_AN_IMAGE.messageKey()));
        }
        assertThat(decoder.available()).isEqualTo(2);
    }

    @Test
    void theLimitIsTheConfiguredOne() {
        PortraitDecoder decoder = new PortraitDecoder(1_000_000, 2, 50);
        assertThatThrownBy(() -> decoder.portrait(TestImages.halves(1200, 900, "jpg")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(Portrait.Reason.TOO_MANY_PIXELS.messageKey()));
        assertThat(decoder.portrait(TestImages.halves(1000, 1000, "jpg")).width()).isEqualTo(480);
    }
}
