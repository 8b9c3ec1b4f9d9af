package org.refuge.camps.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.refuge.platform.refusal.Refusal;
import org.refuge.shared.CampCode;
import org.refuge.shared.RegistryNumber;

/**
 * Ids that arrive inside a request's body (an allocation's household and camp, a move's camp, a manifest's or a
 * departure's households), parsed once where the body enters camps. A value that is not one is refused as invalid,
 * naming its field ({@code households[2]}), with the sentence a path parameter that is not one gets.
 */
public final class BodyIds {

    private BodyIds() {
    }

    public static RegistryNumber registryNumber(String field, String typed) {
        return parse(RegistryNumber::parse, field, "refuge.id.registryNumber", typed);
    }

    public static CampCode campCode(String field, String typed) {
        return parse(CampCode::parse, field, "refuge.id.campCode", typed);
    }

    /** Each of a list's registry numbers, in its order; the first that is not one is refused by its position. */
    public static List<RegistryNumber> registryNumbers(String field, Collection<String> typed) {
        List<RegistryNumber> numbers = new ArrayList<>(typed.size());
        for (String one : typed) {
            numbers.add(registryNumber(field + "[" + numbers.size() + "]", one));
        }
        return numbers;
    }

    private static <T> T parse(Function<String, T> parse, String field, String messageKey, String typed) {
        try {
            return parse.apply(typed);
        } catch (IllegalArgumentException notAnId) {
            throw Refusal.invalid(field, messageKey);
        }
    }
}
