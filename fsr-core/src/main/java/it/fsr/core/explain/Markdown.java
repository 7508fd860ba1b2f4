package it.fsr.core.explain;

/**
 * Text put in a Markdown page as text, never as markup: every character Markdown or the HTML a viewer renders it to
 * would read ({@code < > & * _ ` [ ] | # ! \}) escaped, line ends as spaces. An id such as {@code <img onerror=…>}
 * shows as itself. Stateless.
 */
public final class Markdown {
    private Markdown() {
    }

    /** {@code text} as literal Markdown text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '*', '_', '`', '[', ']', '|', '#', '!' -> b.append('\\').append(c);
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return b.toString();
    }
}
