package it.fsr.isee.veneto;

import it.fsr.isee.Disability;
import it.fsr.isee.IseeAttestation;
import it.fsr.isee.Relationship;
import it.fsr.core.money.Euro;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Households and their attestations held column by column — primitive arrays for the members'
 * relationships, ages, flags — for batches over a whole region: pricing a million households then walks
 * a few arrays instead of a million object graphs. Fill it once with {@link #add}, then hand it to
 * {@link FattoreFamigliaBatch#run(HouseholdColumns, FattoreFamigliaBatch.Options)} as often as needed.
 *
 * <p>Every household is validated when added (it is a {@link Household} and an {@link IseeAttestation}
 * first). Not thread-safe while being filled; safe to read from many threads once filled.
 */
public final class HouseholdColumns {
    private static final Relationship[] RELATIONSHIPS = Relationship.values();
    private static final Disability[] DISABILITIES = Disability.values();
    private static final WorkStatus[] WORKS = WorkStatus.values();
    private static final Housing[] HOUSINGS = Housing.values();

    private int households;
    private int members;
    private String[] ids = new String[16];
    private LocalDate[] dates = new LocalDate[16];
    private int[] firstMember = new int[17];
    private boolean[] widowed = new boolean[16];
    private byte[] housing = new byte[16];
    private long[] iseCents = new long[16];
    private long[] iseeCents = new long[16];
    private BigDecimal[] scales = new BigDecimal[16];
    private byte[] relationship = new byte[64];
    private short[] age = new short[64];
    private boolean[] student = new boolean[64];
    private byte[] disability = new byte[64];
    private byte[] work = new byte[64];
    private String[] twin = new String[64];
    private String[] memberIds = new String[64];
    /** Whether the member's id was given (else it is its position from 1). */
    private boolean[] idGiven = new boolean[64];
    private boolean[] nursery = new boolean[64];

    /** An empty set of columns. */
    public HouseholdColumns() {
    }

    /** Appends a household and its attestation; ages are taken at the household's date. */
    public HouseholdColumns add(Household household, IseeAttestation attestation) {
        FattoreFamiglia.checkScale(household, attestation);
        if (households == ids.length) {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            dates = Arrays.copyOf(dates, n);
            firstMember = Arrays.copyOf(firstMember, n + 1);
            widowed = Arrays.copyOf(widowed, n);
            housing = Arrays.copyOf(housing, n);
            iseCents = Arrays.copyOf(iseCents, n);
            iseeCents = Arrays.copyOf(iseeCents, n);
            scales = Arrays.copyOf(scales, n);
        }
        int k = households;
        ids[k] = household.id();
        dates[k] = household.date();
        widowed[k] = household.widowed();
        housing[k] = (byte) household.housing().ordinal();
        iseCents[k] = attestation.ise().map(Euro::cents).orElse(-1L);
        iseeCents[k] = attestation.isee().cents();
        scales[k] = attestation.scale();
        for (int j = 0; j < household.size(); j++) {
            Member m = household.members().get(j);
            if (members == relationship.length) {
                int n = relationship.length * 2;
                relationship = Arrays.copyOf(relationship, n);
                age = Arrays.copyOf(age, n);
                student = Arrays.copyOf(student, n);
                disability = Arrays.copyOf(disability, n);
                work = Arrays.copyOf(work, n);
                twin = Arrays.copyOf(twin, n);
                memberIds = Arrays.copyOf(memberIds, n);
                idGiven = Arrays.copyOf(idGiven, n);
                nursery = Arrays.copyOf(nursery, n);
            }
            relationship[members] = (byte) m.relationship().ordinal();
            age[members] = (short) m.ageOn(household.date());
            student[members] = m.isStudent();
            disability[members] = (byte) m.disability().ordinal();
            work[members] = m.work() == null ? -1 : (byte) m.work().ordinal();
            twin[members] = m.twin().orElse(null);
            memberIds[members] = household.memberId(j);
            idGiven[members] = m.id() != null;
            nursery[members] = m.nursery();
            members++;
        }
        households++;
        firstMember[households] = members;
        return this;
    }

    /**
     * Appends every household of {@code other}, in its order (columns filled in parts on several threads
     * become one).
     */
    public HouseholdColumns addAll(HouseholdColumns other) {
        int h = households + other.households;
        int m = members + other.members;
        ids = grow(ids, h);
        dates = grow(dates, h);
        widowed = Arrays.copyOf(widowed, Math.max(widowed.length, h));
        housing = Arrays.copyOf(housing, Math.max(housing.length, h));
        iseCents = Arrays.copyOf(iseCents, Math.max(iseCents.length, h));
        iseeCents = Arrays.copyOf(iseeCents, Math.max(iseeCents.length, h));
        scales = grow(scales, h);
        firstMember = Arrays.copyOf(firstMember, Math.max(firstMember.length, h + 1));
        System.arraycopy(other.ids, 0, ids, households, other.households);
        System.arraycopy(other.dates, 0, dates, households, other.households);
        System.arraycopy(other.widowed, 0, widowed, households, other.households);
        System.arraycopy(other.housing, 0, housing, households, other.households);
        System.arraycopy(other.iseCents, 0, iseCents, households, other.households);
        System.arraycopy(other.iseeCents, 0, iseeCents, households, other.households);
        System.arraycopy(other.scales, 0, scales, households, other.households);
        for (int k = 1; k <= other.households; k++) {
            firstMember[households + k] = members + other.firstMember[k];
        }
        relationship = Arrays.copyOf(relationship, Math.max(relationship.length, m));
        age = Arrays.copyOf(age, Math.max(age.length, m));
        student = Arrays.copyOf(student, Math.max(student.length, m));
        disability = Arrays.copyOf(disability, Math.max(disability.length, m));
        work = Arrays.copyOf(work, Math.max(work.length, m));
        twin = grow(twin, m);
        memberIds = grow(memberIds, m);
        idGiven = Arrays.copyOf(idGiven, Math.max(idGiven.length, m));
        nursery = Arrays.copyOf(nursery, Math.max(nursery.length, m));
        System.arraycopy(other.relationship, 0, relationship, members, other.members);
        System.arraycopy(other.age, 0, age, members, other.members);
        System.arraycopy(other.student, 0, student, members, other.members);
        System.arraycopy(other.disability, 0, disability, members, other.members);
        System.arraycopy(other.work, 0, work, members, other.members);
        System.arraycopy(other.twin, 0, twin, members, other.members);
        System.arraycopy(other.memberIds, 0, memberIds, members, other.members);
        System.arraycopy(other.idGiven, 0, idGiven, members, other.members);
        System.arraycopy(other.nursery, 0, nursery, members, other.members);
        households = h;
        members = m;
        return this;
    }

    private static <T> T[] grow(T[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, n);
    }

    /** How many households. */
    public int size() {
        return households;
    }

    /** Household k's id. */
    public String id(int k) {
        return ids[k];
    }

    LocalDate date(int k) {
        return dates[k];
    }

    /** The printed ISE in cents, or -1 when the attestation has none. */
    long iseCents(int k) {
        return iseCents[k];
    }

    long iseeCents(int k) {
        return iseeCents[k];
    }

    BigDecimal scale(int k) {
        return scales[k];
    }

    /** Household k as it was added (its members' ages as at its date): what a batch explains one household from. */
    Household household(int k) {
        java.util.List<Member> list = new java.util.ArrayList<>();
        for (int j = firstMember[k]; j < firstMember[k + 1]; j++) {
            list.add(new Member(idGiven[j] ? memberIds[j] : null, RELATIONSHIPS[relationship[j]], age[j], null, student[j],
                    DISABILITIES[disability[j]], work[j] < 0 ? null : WORKS[work[j]], twin[j], nursery[j]));
        }
        return Household.of(ids[k], list, widowed[k], HOUSINGS[housing[k]], dates[k]);
    }

    /** Household k's attestation. */
    IseeAttestation attestation(int k) {
        return IseeAttestation.of(Euro.ofCents(iseeCents[k]), scales[k], iseCents[k] < 0 ? null : Euro.ofCents(iseCents[k]));
    }

    /** A reusable view of one household at a time (not thread-safe: one per batch run). */
    Cursor cursor() {
        return new Cursor();
    }

    /** Household k's members seen through {@link HouseholdView}. */
    final class Cursor implements HouseholdView {
        private int k;
        private int base;
        private int size;

        void moveTo(int household) {
            k = household;
            base = firstMember[household];
            size = firstMember[household + 1] - base;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Relationship relationship(int i) {
            return RELATIONSHIPS[relationship[base + i]];
        }

        @Override
        public int age(int i) {
            return age[base + i];
        }

        @Override
        public boolean student(int i) {
            return student[base + i];
        }

        @Override
        public Disability disability(int i) {
            return DISABILITIES[disability[base + i]];
        }

        @Override
        public WorkStatus work(int i) {
            byte w = work[base + i];
            return w < 0 ? null : WORKS[w];
        }

        @Override
        public boolean nursery(int i) {
            return nursery[base + i];
        }

        @Override
        public String memberId(int i) {
            return memberIds[base + i];
        }

        @Override
        public String twinGroup(int i) {
            return twin[base + i];
        }

        @Override
        public boolean widowed() {
            return widowed[k];
        }

        @Override
        public Housing housing() {
            return HOUSINGS[housing[k]];
        }
    }
}
