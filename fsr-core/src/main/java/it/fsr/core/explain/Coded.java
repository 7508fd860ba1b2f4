package it.fsr.core.explain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant as files and the command line write it: a stable lower-case {@link #code()} (what fsr
 * writes), and the other spellings it reads ({@link #aliases()}: the Italian word, an earlier code). The
 * one lookup of a written value is {@link #find}: every reader of fsr goes through it.
 */
public interface Coded {
    /** The code fsr writes (e.g. {@code declarant}). */
    String code();

    /** Other spellings read as this constant (e.g. {@code head}, {@code dichiarante}); none by default. */
    default List<String> aliases() {
        return List.of();
    }

    /**
     * The constant of {@code type} whose code or alias is {@code text}, ignoring case, surrounding blanks and
     * the difference between {@code -}, {@code _} and a space.
     */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String want = normal(text);
        for (E e : type.getEnumConstants()) {
            if (normal(e.code()).equals(want)) {
                return Optional.of(e);
            }
        }
        for (E e : type.getEnumConstants()) {
            for (String a : e.aliases()) {
                if (normal(a).equals(want)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The codes of {@code type}, comma-separated, for a message naming the values accepted. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.code());
        }
        return b.toString();
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
