package org.refuge.protection.document.testdata;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.refuge.protection.document.CardData;
import org.refuge.protection.document.CardData.BirthPrecision;

/** Cards of persons in Armenian, Cyrillic and Arabic script, valid for one year from 1 December 2026. */
public final class Cards {

    public static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    public static final LocalDate VALID_UNTIL = LocalDate.of(2027, 11, 30);
    public static final String AUTHORITY = "Police of the Republic of Armenia, Passport and Visa Department"
            + " / ՀՀ ոստիկանության անձնագրային և վիզաների վարչություն";

    private Cards() {
    }

    public static CardData anahit() {
        return card("TP-2026-000123", "BCP-MARGARA-20261123-00042", "Անահիտ", "Պետրոսյան", "Anahit", "Petrosyan", "F",
                LocalDate.of(1985, 3, 7), BirthPrecision.EXACT, "SYR");
    }

    public static CardData mariya() {
        return card("TP-2026-000124", "BCP-BAGRATASHEN-20261124-00007", "Мария", "Иванова", "Mariya", "Ivanova", "F",
                LocalDate.of(1990, 6, 1), BirthPrecision.MONTH, "RUS");
    }

    public static CardData fatima() {
        return card("TP-2026-000125", "BCP-MARGARA-20261125-00003", "فاطمة", "الحسن", "Fatima", "Al-Hassan", "F",
                LocalDate.of(1978, 1, 1), BirthPrecision.YEAR, "SYR");
    }

    public static CardData card(String documentNumber, String registryNumber, String givenName, String familyName,
            String givenNameLatin, String familyNameLatin, String sex, LocalDate birthDate, BirthPrecision precision,
            String citizenship) {
        return new CardData(documentNumber, registryNumber, givenName, familyName, givenNameLatin, familyNameLatin, sex,
                birthDate, precision, citizenship, ISSUED, VALID_UNTIL, AUTHORITY, portrait(documentNumber.hashCode()));
    }

    /** A 480 × 640 JPEG, a face-like oval on a coloured background that differs with the seed. */
    public static byte[] portrait(int seed) {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x40_80_C0 ^ (seed & 0x3F3F3F)));
        g.fillRect(0, 0, 480, 640);
        g.setColor(new Color(0xE0B090));
        g.fillOval(120, 120, 240, 320);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(80, 480, 320, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
