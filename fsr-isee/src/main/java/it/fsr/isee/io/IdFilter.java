package it.fsr.isee.io;

/**
 * The ids seen so far, in a fixed 64 MiB whatever their number (a Bloom filter, 2<sup>29</sup> bits, 7 probes): "maybe seen"
 * or "never seen". Over Italy's 26 million households about one id in 6,000 is a false "maybe", which a reader confirms
 * by counting; memory does not grow with the file. Not thread-safe.
 */
final class IdFilter {
    private static final int BITS = 29;
    private static final int PROBES = 7;
    private final long[] words = new long[1 << (BITS - 6)];

    /** Records {@code id}. */
    void add(String id) {
        long h = hash(id);
        int a = (int) h;
        int b = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (a + i * b) & ((1 << BITS) - 1);
            words[bit >>> 6] |= 1L << bit;
        }
    }

    /** Whether {@code id} may have been recorded (false: it never was). */
    boolean mightContain(String id) {
        long h = hash(id);
        int a = (int) h;
        int b = (int) (h >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (a + i * b) & ((1 << BITS) - 1);
            if ((words[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a over the characters, then a 64-bit finaliser (MurmurHash3's) to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93e01d5d5d5L;
        h ^= h >>> 33;
        return h;
    }
}
