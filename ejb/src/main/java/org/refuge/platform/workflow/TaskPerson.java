package org.refuge.platform.workflow;

/**
 * The person of a household a task is about (a member's screening), as its inbox row shows it: their name as
 * registered and their age today, so that a desk can tell the members' tasks of one family apart.
 *
 * @param id  the person's id
 * @param age whole years today, or null when the birth date is not known
 */
public record TaskPerson(String id, String name, Integer age) {
}
