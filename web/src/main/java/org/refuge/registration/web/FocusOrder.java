package org.refuge.registration.web;

import java.util.List;

import jakarta.faces.context.FacesContext;

/**
 * Where the focus goes after a member is saved or refused (members.xhtml; refuge/keyboard.js moves it): the next
 * member's first field, the way to the next household once the family is complete, or the first field in error in the
 * order the form is read, so that the registrar corrects it without looking for it.
 */
final class FocusOrder {

    /** The given name: the first field of a member, the one that always differs. */
    static final String FIRST_FIELD = "member-form:given";

    /** The link to the next household, shown once every member is registered. */
    static final String NEXT_HOUSEHOLD = "next-household";

    /** The member form's fields in the order of the page (and of the Tab key). */
    static final List<String> MEMBER_FORM = List.of(FIRST_FIELD, "member-form:sex", "member-form:birth",
            "member-form:precision", "member-form:relationship", "member-form:family", "member-form:given-latin",
            "member-form:family-latin", "member-form:patronymic", "member-form:patronymic-latin", "member-form:citizenships",
            "member-form:stateless", "member-form:languages", "member-form:needs", "member-form:marital",
            "member-form:birth-place", "member-form:phone", "member-form:document-type", "member-form:document-number",
            "member-form:document-country", "member-form:duplicates", "member-form:photo");

    private FocusOrder() {
    }

    /** The first field of the member form that has a message, or the first field when the messages name none. */
    static String firstInError(FacesContext context) {
        return firstWithMessage(MEMBER_FORM, id -> !context.getMessageList(id).isEmpty());
    }

    static String firstWithMessage(List<String> order, java.util.function.Predicate<String> hasMessage) {
        return order.stream().filter(hasMessage).findFirst().orElse(order.get(0));
    }
}
