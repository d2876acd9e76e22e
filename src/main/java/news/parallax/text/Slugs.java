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
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ENDS.matcher(DASHES.matcher(UNSAFE.matcher(ascii).replaceAll("-")).replaceAll("-")).replaceAll("");
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
