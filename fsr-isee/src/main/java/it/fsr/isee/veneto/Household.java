package it.fsr.isee.veneto;

import it.fsr.isee.Relationship;
import it.fsr.core.validation.ValidationException;
import it.fsr.core.validation.Violations;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A household (nucleo familiare) at an application date: its members and the facts the Fattore
 * Famiglia weighs (widowed single parent, housing).
 *
 * <p>Created only through {@link #of}, which checks that the family is possible and reports every
 * problem at once: exactly one head; at most one partner; ages 0–120; every child younger than the
 * head and the partner; twins are children of the same age, at least two to a group. Immutable and
 * thread-safe.
 */
public final class Household {
    /** The oldest age accepted. */
    public static final int MAX_AGE = 120;

    private final String id;
    private final List<Member> members;
    private final boolean widowed;
    private final Housing housing;
    private final LocalDate date;

    private Household(String id, List<Member> members, boolean widowed, Housing housing, LocalDate date) {
        this.id = id;
        this.members = List.copyOf(members);
        this.widowed = widowed;
        this.housing = housing;
        this.date = date;
    }

    /**
     * A validated household.
     *
     * @param id      the household's identifier, for reports
     * @param members its members (one head)
     * @param widowed whether the single parent is widowed
     * @param housing its housing condition
     * @param date    the application date, at which ages are taken
     * @throws ValidationException listing every problem
     */
    public static Household of(String id, List<Member> members, boolean widowed, Housing housing, LocalDate date) {
        it.fsr.core.validation.ValidationException.requireNonNull(id, "id");
        it.fsr.core.validation.ValidationException.requireNonNull(members, "members");
        it.fsr.core.validation.ValidationException.requireNonNull(housing, "housing");
        it.fsr.core.validation.ValidationException.requireNonNull(date, "date");
        Violations v = new Violations();
        // the id and the size first: a hostile id never reaches a message, a household of 100,000 members is refused at once
        if (!it.fsr.core.validation.Ids.check(id, "household.id", v) || members.size() > it.fsr.core.validation.Limits.members()) {
            v.check(members.size() <= it.fsr.core.validation.Limits.members(), "household.members", members.size(),
                    "a household has at most " + it.fsr.core.validation.Limits.members() + " members (fsr.limit.members)");
            v.throwIfAny();
        }
        // field paths and messages are built only for a check that fails: a batch validates millions of households
        String at = "household[" + id + "]";
        int heads = 0;
        int partners = 0;
        int oldestParent = MAX_AGE;
        boolean twins = false;
        for (Member m : members) {
            if (m.relationship() == Relationship.DECLARANT || m.relationship() == Relationship.SPOUSE) {
                heads += m.relationship() == Relationship.DECLARANT ? 1 : 0;
                partners += m.relationship() == Relationship.SPOUSE ? 1 : 0;
                oldestParent = Math.min(oldestParent, m.ageOn(date));
            }
            twins |= m.twin().isPresent();
        }
        if (heads != 1) {
            v.add(at + ".members", heads + " heads", "a household has exactly one head");
        }
        if (partners > 1) {
            v.add(at + ".members", partners + " partners", "a household has at most one partner");
        }
        if (members.isEmpty()) {
            v.add(at + ".members", "0 members", "a household has at least one member");
        }
        Map<String, Integer> twinAges = twins ? new HashMap<>() : Map.of();
        Map<String, Integer> twinCounts = twins ? new HashMap<>() : Map.of();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = m.ageOn(date);
            if (age < 0 || age > MAX_AGE) {
                v.add(at + ".members[" + i + "].age", age, "must be between 0 and " + MAX_AGE);
            }
            if (m.birthDate() != null && m.birthDate().isAfter(date)) {
                v.add(at + ".members[" + i + "].birthDate", m.birthDate(), "is after the application date " + date);
            }
            if (m.relationship() == Relationship.CHILD && age >= oldestParent) {
                v.add(at + ".members[" + i + "].age", age, "a child must be younger than the head and the partner (" + oldestParent + ")");
            }
            if (twins && m.twin().isPresent()) {
                String g = m.twin().get();
                String f = at + ".members[" + i + "]";
                v.check(m.relationship() == Relationship.CHILD, f + ".twinGroup", g, "twins must be children of the head");
                Integer other = twinAges.putIfAbsent(g, age);
                v.check(other == null || other == age, f + ".twinGroup", g, "twins of the same group must have the same age");
                twinCounts.merge(g, 1, Integer::sum);
            }
        }
        twinCounts.forEach((g, n) -> v.check(n >= 2, at + ".twinGroup", g, "a twin group needs at least two members"));
        statedWhereRead(members, widowed, date, at, v);
        v.throwIfAny();
        return new Household(id, members, widowed, housing, date);
    }

    /**
     * The facts a rule reads must be stated, and a flag must be able to apply (no silent defaults):
     * <ul>
     *   <li>the work status of the head and the partner of a household with minor children (read by the
     *       Fattore Famiglia's work rows, L.R. Veneto 20/2020 art. 3, and by the national maggiorazione,
     *       DPCM 159/2013 all. 1);</li>
     *   <li>the student flag of a child aged 19–26 (the Fattore Famiglia's "figlio studente" row);</li>
     *   <li>{@code widowed} only for a head with no partner and minor children ("monogenitore vedovo/a con
     *       figli minori");</li>
     *   <li>attendance of a 0–3 service only for a member under four at the date, never the head or the
     *       partner (DGR Veneto 1609/2021: a contribution "per minore" attending a 0–3 service);</li>
     *   <li>member ids, when given, unique within the household.</li>
     * </ul>
     */
    private static void statedWhereRead(List<Member> members, boolean widowed, LocalDate date, String at, Violations v) {
        boolean minorChildren = false;
        boolean partner = false;
        boolean ids = false;
        for (Member m : members) {
            minorChildren |= m.relationship() == Relationship.CHILD && m.ageOn(date) < 18;
            partner |= m.relationship() == Relationship.SPOUSE;
            ids |= m.id() != null;
        }
        java.util.Set<String> seen = ids ? new java.util.HashSet<>() : java.util.Set.of();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            int age = m.ageOn(date);
            boolean parent = m.relationship() == Relationship.DECLARANT || m.relationship() == Relationship.SPOUSE;
            if (parent && minorChildren && m.work() == null) {
                v.add(at + ".members[" + i + "].work", "null", "is not stated: the " + (m.relationship() == Relationship.DECLARANT ? "head" : "partner")
                        + " of a household with minor children needs a work status (works, unemployed, not_working)");
            }
            if (m.relationship() == Relationship.CHILD && age >= 19 && age <= 26 && m.student() == null) {
                v.add(at + ".members[" + i + "].student", "null", "is not stated: a child aged 19-26 needs the student flag (yes/no)");
            }
            if (m.nursery()) {
                if (parent) {
                    v.add(at + ".members[" + i + "].nursery", "yes", "the head or the partner cannot be the child attending a 0-3 service");
                }
                if (age > 3) {
                    v.add(at + ".members[" + i + "].nursery", "yes", "the child attending a 0-3 service must be under 4 at the date (age " + age + ")");
                }
            }
            if (m.id() != null) {
                if (m.id().isBlank()) {
                    v.add(at + ".members[" + i + "].id", m.id(), "must not be blank");
                } else if (!it.fsr.core.validation.Ids.check(m.id(), at + ".members[" + i + "].id", v)) {
                    continue;
                }
                if (!seen.add(m.id())) {
                    v.add(at + ".members[" + i + "].id", m.id(), "is a duplicate member id in this household");
                }
            }
        }
        if (widowed && (partner || !minorChildren)) {
            v.add(at + ".widowed", "yes", "applies only to a single parent (no partner) with minor children");
        }
    }

    /** A household with normal housing, not widowed. */
    public static Household of(String id, LocalDate date, Member... members) {
        return of(id, List.of(members), false, Housing.NORMAL, date);
    }

    /** The identifier. */
    public String id() {
        return id;
    }

    /** The members. */
    public List<Member> members() {
        return members;
    }

    /** Whether the single parent is widowed. */
    public boolean widowed() {
        return widowed;
    }

    /** The housing condition. */
    public Housing housing() {
        return housing;
    }

    /** The application date. */
    public LocalDate date() {
        return date;
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    /** Whether the household has a partner (a couple). */
    public boolean isCouple() {
        return members.stream().anyMatch(m -> m.relationship() == Relationship.SPOUSE);
    }

    /** The declarant, the household's first member. */
    public Member declarant() {
        return members.stream().filter(m -> m.relationship() == Relationship.DECLARANT).findFirst().orElseThrow();
    }

    /** The children (relationship CHILD). */
    public List<Member> children() {
        return members.stream().filter(m -> m.relationship() == Relationship.CHILD).toList();
    }

    /** The number of children younger than 18 at the date. */
    public long minorChildren() {
        return children().stream().filter(m -> m.ageOn(date) < 18).count();
    }

    /** A copy with one more member. @throws ValidationException if the result is impossible */
    public Household with(Member member) {
        List<Member> more = new java.util.ArrayList<>(members);
        more.add(member);
        return of(id, more, widowed, housing, date);
    }

    /** A copy with this housing. */
    public Household withHousing(Housing h) {
        return new Household(id, members, widowed, h, date);
    }

    /** A copy with the widowed flag. @throws ValidationException if the flag cannot apply */
    public Household withWidowed(boolean w) {
        return of(id, members, w, housing, date);
    }

    /** The id of member {@code index}: its own id, or its position from 1 when it has none. */
    public String memberId(int index) {
        String own = members.get(index).id();
        return own != null ? own : String.valueOf(index + 1);
    }

    /** Equal when the id, the members (in order), the widowed flag, the housing and the date are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Household h && java.util.Objects.equals(id, h.id) && members.equals(h.members) && widowed == h.widowed
                && housing == h.housing && date.equals(h.date);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, members, widowed, housing, date);
    }

    @Override
    public String toString() {
        return "Household[members=" + members.size() + "]";
    }
}
