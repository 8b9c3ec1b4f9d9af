package org.refuge.perf;

import java.util.List;

/**
 * One given or family name as its community writes it ({@code nativeForm}), in Cyrillic where Russian-language
 * documents write it (null when they do not), and its Latin spellings, the most usual first: documents and registrars
 * spell one name several ways ("Petrosyan", "Petrosian"; "Mohammed", "Muhammad").
 * Russian family names have a female form (Ivanov, Ivanova): {@code gendered}. Russian given names of men also carry the
 * patronymics they give their children.
 */
public record Name(String nativeForm, String cyrillic, List<String> latin, boolean gendered,
                   String patronymicMale, String patronymicFemale) {

    public Name {
        if (latin == null || latin.isEmpty()) {
            throw new IllegalArgumentException("A name needs a Latin spelling: " + nativeForm);
        }
        latin = List.copyOf(latin);
    }

    /** "native|cyrillic|Latin1,Latin2[|patronymic m|patronymic f]"; an empty cyrillic part means none. */
    static Name parse(String line, boolean gendered) {
        String[] parts = line.split("\\|", -1);
        String cyrillic = parts[1].isEmpty() ? null : parts[1];
        return new Name(parts[0], cyrillic, List.of(parts[2].split(",")), gendered,
                parts.length > 3 ? parts[3] : null, parts.length > 4 ? parts[4] : null);
    }

    /** The name as typed in one script; {@code variant} chooses among the Latin spellings. */
    public String written(Typing typing, int variant, boolean female) {
        String base = switch (typing) {
            case NATIVE -> nativeForm;
            case CYRILLIC -> cyrillic == null ? nativeForm : cyrillic;
            case LATIN -> latin.get(Math.floorMod(variant, latin.size()));
        };
        if (female && gendered) {
            return base + (typing == Typing.LATIN ? "a" : "а");
        }
        return base;
    }

    public int spellings() {
        return latin.size();
    }
}
