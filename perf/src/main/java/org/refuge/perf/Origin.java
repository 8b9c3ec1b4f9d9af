package org.refuge.perf;

import java.util.List;

/**
 * Where a synthetic household comes from: the citizenship its members hold, their languages, how their names are
 * written and typed, where they were born, how their phone numbers and documents look. Weights give the mix of an
 * influx into Armenia: mostly Armenians from the region, then Syrians, Iraqis, Kurds, Iranians and Russians.
 */
public enum Origin {
    ARMENIAN(50, "ARM", true, false, 0, 0.60, 0.15,
            List.of("Stepanakert", "Martuni", "Martakert", "Askeran", "Hadrut", "Shushi", "Berdzor", "Yerevan", "Gyumri")),
    RUSSIAN(8, "RUS", true, true, 0, 0.80, 0.0,
            List.of("Moscow", "Saint Petersburg", "Rostov-on-Don", "Krasnodar", "Belgorod", "Kursk", "Voronezh", "Sochi")),
    SYRIAN(15, "SYR", false, false, 0.25, 0.65, 0.0,
            List.of("Aleppo", "Damascus", "Homs", "Hama", "Latakia", "Idlib", "Deir ez-Zor", "Raqqa")),
    IRAQI(10, "IRQ", false, false, 0.35, 0.60, 0.0,
            List.of("Baghdad", "Mosul", "Basra", "Kirkuk", "Tikrit", "Fallujah", "Najaf")),
    KURDISH(7, null, false, false, 0, 0.50, 0.0,
            List.of("Qamishli", "Kobani", "Afrin", "Hasakah", "Erbil", "Sulaymaniyah", "Duhok", "Zakho")),
    IRANIAN(10, "IRN", false, false, 0, 0.60, 0.0,
            List.of("Tehran", "Tabriz", "Urmia", "Isfahan", "Mashhad", "Shiraz", "Ahvaz"));

    final int weight;
    /** ISO 3166-1 alpha-3; null for Kurds, who come from Syria or Iraq (and some are stateless). */
    final String country;
    /** A wife takes her husband's family name (Armenian, Russian); elsewhere she keeps her own. */
    final boolean wifeTakesName;
    final boolean patronymics;
    /**
     * Share of households registered with the Arab custom in which a person's family name is the father's given name
     * (Ali Hassan, son of Hassan Ahmed); the others carry a family or tribal name.
     */
    final double fatherNameSurnames;
    /** Share of households whose names the registrar types in their own script, and in Cyrillic; the rest in Latin. */
    final double typedNative;
    final double typedCyrillic;
    final List<String> birthPlaces;

    Origin(int weight, String country, boolean wifeTakesName, boolean patronymics, double fatherNameSurnames,
           double typedNative, double typedCyrillic, List<String> birthPlaces) {
        this.weight = weight;
        this.country = country;
        this.wifeTakesName = wifeTakesName;
        this.patronymics = patronymics;
        this.fatherNameSurnames = fatherNameSurnames;
        this.typedNative = typedNative;
        this.typedCyrillic = typedCyrillic;
        this.birthPlaces = birthPlaces;
    }

    /** The origin's ranked names; the first call of the process loads them all. */
    NameTable names() {
        return NameTable.of(this);
    }
}
