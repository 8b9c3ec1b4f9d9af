package org.refuge.shared;

import java.util.Objects;
import java.util.UUID;

/** A registered person's identifier: the key of the person's record, stable across corrections and moves. */
public record PersonId(UUID value) implements java.io.Serializable {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    /** Accepts the textual form of the id, with blanks around it; anything else is not a person id. */
    public static PersonId parse(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("Not a person id");
        }
        try {
            return new PersonId(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException e) {
            // the message of UUID's own refusal quotes the value
            throw new IllegalArgumentException("Not a person id");
        }
    }

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
