package org.refuge.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The particulars of a synthetic person besides the name: documents in each issuing country's number format, phone
 * numbers, languages, and the vehicle or group a household arrives with. All drawn from the generator's random
 * numbers, in a fixed order, so that the stream stays the same for a seed.
 */
final class Particulars {

    private Particulars() {
    }

    /** What a person of {@code age} carries: mostly a passport or a national ID, a birth certificate for children. */
    static List<SyntheticDocument> documents(boolean stateless, String country, int age, SplittableRandom r, LocalDate today) {
        List<SyntheticDocument> documents = new ArrayList<>();
        if (stateless) {
            return documents;
        }
        double d = r.nextDouble();
        if (age >= 16) {
            if (d < 0.72) {
                documents.add(document("PASSPORT", country, r, today));
                if (r.nextDouble() < 0.12) documents.add(document("NATIONAL_ID", country, r, today));
            } else if (d < 0.90) {
                documents.add(document("NATIONAL_ID", country, r, today));
            }
        } else if (d < 0.65) {
            documents.add(document("BIRTH_CERTIFICATE", country, r, today));
        } else if (d < 0.85) {
            documents.add(document("PASSPORT", country, r, today));
        }
        return documents;
    }

    /** A document with a number in the issuing country's usual format. */
    static SyntheticDocument document(String type, String country, SplittableRandom r, LocalDate today) {
        String number = switch (type) {
            case "PASSPORT" -> switch (country) {
                case "ARM" -> new String[] {"AM", "AN", "AR", "AT", "AU", "AV"}[r.nextInt(6)] + digits(r, 7);
                case "RUS" -> "7" + r.nextInt(10) + " " + digits(r, 7);
                case "SYR" -> "N" + digits(r, 9);
                case "IRQ" -> "A" + digits(r, 8);
                case "IRN" -> (char) ('A' + r.nextInt(26)) + digits(r, 8);
                default -> digits(r, 9);
            };
            case "NATIONAL_ID" -> switch (country) {
                case "RUS" -> digits(r, 2) + " " + digits(r, 2) + " " + digits(r, 6);
                case "IRN" -> digits(r, 3) + "-" + digits(r, 6) + "-" + digits(r, 1);
                case "SYR" -> digits(r, 11);
                case "IRQ" -> digits(r, 12);
                default -> digits(r, 9);
            };
            default -> "ARM".equals(country) || "RUS".equals(country)
                    ? "II-" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + " " + digits(r, 6)
                    : digits(r, 8);
        };
        LocalDate expires = switch (type) {
            case "PASSPORT" -> today.plusDays(r.nextInt(-365, 3650));
            case "NATIONAL_ID" -> today.plusDays(r.nextInt(30, 3650));
            default -> null;
        };
        return new SyntheticDocument(type, number, country, expires);
    }

    static String phone(String country, SplittableRandom r) {
        return switch (country) {
            case "ARM" -> "+374 " + new String[] {"91", "93", "94", "95", "96", "97", "98", "99", "77", "55", "41", "43", "44"}[r.nextInt(13)]
                    + " " + digits(r, 6);
            case "RUS" -> "+7 9" + digits(r, 2) + " " + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2);
            case "SYR" -> "+963 9" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3);
            case "IRQ" -> "+964 7" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4);
            case "IRN" -> "+98 9" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 4);
            default -> "+" + digits(r, 11);
        };
    }

    /** The languages a person of the origin speaks: the community's own, Russian for many Armenians, some English. */
    static List<String> languages(Origin origin, String country, int age, SplittableRandom r) {
        TreeSet<String> languages = new TreeSet<>();
        switch (origin) {
            case ARMENIAN -> {
                languages.add("hy");
                if (age >= 10 && r.nextDouble() < (age >= 40 ? 0.75 : 0.45)) languages.add("ru");
            }
            case RUSSIAN -> languages.add("ru");
            case SYRIAN, IRAQI -> languages.add("ar");
            case KURDISH -> {
                languages.add("SYR".equals(country) ? "ku" : "ckb");
                if (age >= 6 && r.nextDouble() < 0.6) languages.add("ar");
            }
            case IRANIAN -> {
                languages.add("fa");
                if (r.nextDouble() < 0.2) languages.add("az");
            }
        }
        if (age >= 12 && age < 45 && r.nextDouble() < 0.18) {
            languages.add("en");
        }
        return new ArrayList<>(languages);
    }

    /** The vehicle or group a household came with; null for none noted. */
    static String vehicle(SplittableRandom r) {
        double v = r.nextDouble();
        if (v < 0.35) {
            return null;
        } else if (v < 0.70) {
            return "Car " + digits(r, 2) + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + " " + digits(r, 3);
        } else if (v < 0.85) {
            return "Bus " + r.nextInt(1, 61);
        } else if (v < 0.93) {
            return "Truck " + digits(r, 2) + " " + digits(r, 3);
        }
        return "On foot, group " + r.nextInt(1, 41);
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }
}
