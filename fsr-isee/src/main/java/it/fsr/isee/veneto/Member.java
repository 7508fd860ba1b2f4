package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a household: its id, relationship, age (or birth date), student, disability, work status,
 * twin group and whether it attends a recognised 0–3 service (nido).
 *
 * <p><b>No silent defaults.</b> The work status and the student flag are <em>not stated</em> (null)
 * unless the caller states them: {@link Household#of} reports every member whose unstated value a rule
 * reads (the work status of the head and partner of a household with minor children: the Fattore
 * Famiglia's work rows and the national maggiorazione; the student flag of a child aged 19–26). The
 * disability is stated as {@link Disability#NONE} by the factories: the DSU declares only members with a
 * certified disability (DPCM 159/2013, quadro FC), so a member it does not declare has none. Attendance
 * of a nido is false unless stated with {@link #attendingNursery()}: the contribution is paid only for a
 * child whose attendance is stated.
 *
 * <p>Immutable and thread-safe. Ranges are checked by {@link Household#of}, all at once.
 *
 * @param id           the member's id within the household (for per-child results), or null
 * @param relationship relationship to the declarant
 * @param age          age in whole years (used when no birth date is given)
 * @param birthDate    birth date, or null; when present, the age is taken at the application date
 * @param student      whether a student, or null when not stated (read for children aged 19–26)
 * @param disability   degree of disability
 * @param work         work status in the reference year, or null when not stated
 * @param twinGroup    twin-group label, or null
 * @param nursery      whether the member attends a 0–3 service recognised by the Region
 */
public record Member(String id, Relationship relationship, int age, LocalDate birthDate, Boolean student, Disability disability,
        WorkStatus work, String twinGroup, boolean nursery) {
    /** The type and its counts: never an id, an amount, an ISEE or a disability (personal data stays out of logs). */
    @Override
    public String toString() {
        return "Member[…]";
    }


    /** Checks for nulls. */
    public Member {
        it.fsr.core.validation.ValidationException.requireNonNull(relationship, "relationship");
        it.fsr.core.validation.ValidationException.requireNonNull(disability, "disability");
    }

    /** A member of the given age, no disability declared; work and student not stated; no twin; no nido. */
    public static Member of(Relationship relationship, int age) {
        return new Member(null, relationship, age, null, null, Disability.NONE, null, null, false);
    }

    /** The declarant (the household's first member), of the given age; its work status is not stated (state it with {@link #withWork}). */
    public static Member declarant(int age) {
        return of(Relationship.DECLARANT, age);
    }

    /** The declarant, of the given age and work status. */
    public static Member declarant(int age, WorkStatus work) {
        return declarant(age).withWork(work);
    }

    /** The declarant's spouse or partner, of the given age; its work status is not stated (state it with {@link #withWork}). */
    public static Member spouse(int age) {
        return of(Relationship.SPOUSE, age);
    }

    /** The spouse or partner, of the given age and work status. */
    public static Member spouse(int age, WorkStatus work) {
        return spouse(age).withWork(work);
    }

    /** A child (son or daughter of the declarant or the spouse) of the given age. */
    public static Member child(int age) {
        return of(Relationship.CHILD, age);
    }

    /** A copy with this id. */
    public Member withId(String memberId) {
        return new Member(memberId, relationship, age, birthDate, student, disability, work, twinGroup, nursery);
    }

    /** A copy with this work status. */
    public Member withWork(WorkStatus w) {
        return new Member(id, relationship, age, birthDate, student, disability, it.fsr.core.validation.ValidationException.requireNonNull(w, "work"), twinGroup, nursery);
    }

    /** A copy with this disability. */
    public Member withDisability(Disability d) {
        return new Member(id, relationship, age, birthDate, student, it.fsr.core.validation.ValidationException.requireNonNull(d, "disability"), work, twinGroup, nursery);
    }

    /** A copy marked as a student. */
    public Member asStudent() {
        return withStudent(true);
    }

    /** A copy with the student flag stated. */
    public Member withStudent(boolean isStudent) {
        return new Member(id, relationship, age, birthDate, isStudent, disability, work, twinGroup, nursery);
    }

    /** A copy in twin group {@code group}. */
    public Member inTwinGroup(String group) {
        return new Member(id, relationship, age, birthDate, student, disability, work, group, nursery);
    }

    /** A copy born on {@code date} (its age is then taken at the application date). */
    public Member bornOn(LocalDate date) {
        return new Member(id, relationship, age, date, student, disability, work, twinGroup, nursery);
    }

    /** A copy that attends a 0–3 service recognised by the Region (the nursery contribution's child). */
    public Member attendingNursery() {
        return withNursery(true);
    }

    /** A copy with the attendance of a 0–3 service stated. */
    public Member withNursery(boolean attends) {
        return new Member(id, relationship, age, birthDate, student, disability, work, twinGroup, attends);
    }

    /** The twin group, if any. */
    public Optional<String> twin() {
        return Optional.ofNullable(twinGroup).filter(s -> !s.isBlank());
    }

    /** Whether the member is a student (false when not stated: callers that read it check it is stated). */
    public boolean isStudent() {
        return Boolean.TRUE.equals(student);
    }

    /** Age in whole years on {@code date}: from the birth date if known, else {@link #age()}. */
    public int ageOn(LocalDate date) {
        return birthDate == null ? age : Period.between(birthDate, date).getYears();
    }
}
