package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.Relationship;
import java.util.List;

/**
 * What the Fattore Famiglia reads of a household, member by member, at the application date: the one
 * shape {@link FattoreFamigliaScale#components} works on, whether the household is a {@link Household}
 * object or a row of {@link HouseholdColumns}.
 */
interface HouseholdView {
    /** Members. */
    int size();

    /** Member i's relationship to the head. */
    Relationship relationship(int i);

    /** Member i's age at the application date. */
    int age(int i);

    /** Whether member i is a student. */
    boolean student(int i);

    /** Member i's disability. */
    Disability disability(int i);

    /** Member i's work status, or null when not stated. */
    WorkStatus work(int i);

    /** Member i's twin group, or null. */
    String twinGroup(int i);

    /** Whether member i attends a 0–3 service recognised by the Region. */
    boolean nursery(int i);

    /** Member i's id (its own, or its position from 1). */
    String memberId(int i);

    /** Whether the single parent is widowed. */
    boolean widowed();

    /** The housing condition. */
    Housing housing();

    /** A view of a {@link Household}. */
    static HouseholdView of(Household h) {
        List<Member> members = h.members();
        return new HouseholdView() {
            @Override
            public int size() {
                return members.size();
            }

            @Override
            public Relationship relationship(int i) {
                return members.get(i).relationship();
            }

            @Override
            public int age(int i) {
                return members.get(i).ageOn(h.date());
            }

            @Override
            public boolean student(int i) {
                return members.get(i).isStudent();
            }

            @Override
            public Disability disability(int i) {
                return members.get(i).disability();
            }

            @Override
            public WorkStatus work(int i) {
                return members.get(i).work();
            }

            @Override
            public String twinGroup(int i) {
                return members.get(i).twin().orElse(null);
            }

            @Override
            public boolean nursery(int i) {
                return members.get(i).nursery();
            }

            @Override
            public String memberId(int i) {
                return h.memberId(i);
            }

            @Override
            public boolean widowed() {
                return h.widowed();
            }

            @Override
            public Housing housing() {
                return h.housing();
            }
        };
    }
}
