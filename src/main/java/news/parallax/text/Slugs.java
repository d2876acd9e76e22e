package news.parallax.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Safe names for URLs and files: ASCII letters, digits, '-', '_' and '.', never "." or "..". */
public final class Slugs {
    private Slugs() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern ENDS = Pattern.compile("^[-_.]+|[-.]+$");

    /** A slug for {@code name}; accents are dropped, anything else unsafe becomes '-'. */
    public static String of(String name) {
        String plain = ofAscii(name);
        if (plain != null) {
            return plain;
        }
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ENDS.matcher(DASHES.matcher(UNSAFE.matcher(ascii).replaceAll("-")).replaceAll("-")).replaceAll("");
        if (slug.isEmpty()) {
            slug = "x" + Integer.toHexString(name.hashCode());
        }
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    /**
     * {@link #of} of an ASCII name (most names: the normaliser changes none and there is no mark to drop), by one
     * scan instead of five regex passes; null for any other name. Unsafe characters become dashes and runs of dashes
     * one: so each run of unsafe characters and dashes becomes one dash. Then any of {@code -_.} at the start and of
     * {@code -.} at the end go.
     */
    static String ofAscii(String name) {
        int n = name.length();
        StringBuilder b = new StringBuilder(n);
        boolean dashes = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
                b.append(c);
                dashes = false;
            } else if (!dashes) {
                b.append('-');
                dashes = true;
            }
        }
        int start = 0;
        int end = b.length();
        while (start < end && (b.charAt(start) == '-' || b.charAt(start) == '_' || b.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (b.charAt(end - 1) == '-' || b.charAt(end - 1) == '.')) {
            end--;
        }
        String slug = b.substring(start, end);
        if (slug.isEmpty()) {
            slug = "x" + Integer.toHexString(name.hashCode());
        }
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    /** A lower-case slug, for names derived from text (speakers). */
    public static String lower(String name) {
        return of(name).toLowerCase(Locale.ROOT);
    }
}
