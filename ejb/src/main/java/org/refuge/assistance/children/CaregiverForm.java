package org.refuge.assistance.children;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A child's caregiver or guardian as a social worker records it: a registered person (their id) or someone outside the registry. */
public class CaregiverForm {

    @NotBlank(message = "{refuge.child.caregiver.name}")
    @Size(max = 200, message = "{refuge.child.caregiver.name}")
    @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.child.caregiver.name}")
    private String name;

    @NotNull(message = "{refuge.child.relation}")
    private Relation relation;

    private UUID personId;

    @Size(max = 200, message = "{refuge.child.caregiver.contact}")
    @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{refuge.child.caregiver.contact}")
    private String contact;

    public CaregiverForm() {
    }

    /** A caregiver who is a registered person. */
    public CaregiverForm(String name, Relation relation, org.refuge.shared.PersonId registered, String contact) {
        this.name = name;
        this.relation = relation;
        this.personId = registered == null ? null : registered.value();
        this.contact = contact;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public UUID getPersonId() { return personId; }
    public void setPersonId(UUID personId) { this.personId = personId; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
