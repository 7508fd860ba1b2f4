package it.fsr.isee;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a household: relationship, age (or birth date), student, disability, work status and,
 * for twins, the label of their twin group (members of the same birth share it).
 *
 * <p>Immutable and thread-safe. Ranges are checked by {@link Household#of}, all at once.
 *
 * @param relationship relationship to the head
 * @param age          age in whole years (used when no birth date is given)
 * @param birthDate    birth date, or null; when present, the age is taken at the application date
 * @param student      whether a student (matters for children aged 19–26)
 * @param disability   degree of disability
 * @param work         work status in the reference year
 * @param twinGroup    twin-group label, or null
 */
public record Member(Relationship relationship, int age, LocalDate birthDate, boolean student, Disability disability,
        WorkStatus work, String twinGroup) {

    /** Checks for nulls. */
    public Member {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(work, "work");
    }

    /** A member of the given age with no disability, not a student, not working, no twin. */
    public static Member of(Relationship relationship, int age) {
        return new Member(relationship, age, null, false, Disability.NONE, WorkStatus.NOT_WORKING, null);
    }

    /** The head, of the given age, working. */
    public static Member head(int age) {
        return of(Relationship.HEAD, age).withWork(WorkStatus.WORKS);
    }

    /** The partner, of the given age, working. */
    public static Member partner(int age) {
        return of(Relationship.PARTNER, age).withWork(WorkStatus.WORKS);
    }

    /** A child of the given age. */
    public static Member child(int age) {
        return of(Relationship.CHILD, age);
    }

    /** A copy with this work status. */
    public Member withWork(WorkStatus w) {
        return new Member(relationship, age, birthDate, student, disability, w, twinGroup);
    }

    /** A copy with this disability. */
    public Member withDisability(Disability d) {
        return new Member(relationship, age, birthDate, student, d, work, twinGroup);
    }

    /** A copy marked as a student. */
    public Member asStudent() {
        return new Member(relationship, age, birthDate, true, disability, work, twinGroup);
    }

    /** A copy in twin group {@code group}. */
    public Member inTwinGroup(String group) {
        return new Member(relationship, age, birthDate, student, disability, work, group);
    }

    /** A copy born on {@code date} (its age is then taken at the application date). */
    public Member bornOn(LocalDate date) {
        return new Member(relationship, age, date, student, disability, work, twinGroup);
    }

    /** The twin group, if any. */
    public Optional<String> twin() {
        return Optional.ofNullable(twinGroup).filter(s -> !s.isBlank());
    }

    /** Age in whole years on {@code date}: from the birth date if known, else {@link #age()}. */
    public int ageOn(LocalDate date) {
        return birthDate == null ? age : Period.between(birthDate, date).getYears();
    }
}
