package news.parallax.text;

import java.text.Normalizer;
import java.util.Locale;

/** Safe names for URLs and files: ASCII letters, digits, '-', '_' and '.', never "." or "..". */
public final class Slugs {
    private Slugs() {}

    /** A slug for {@code name}; accents are dropped, anything else unsafe becomes '-'. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_.]+|[-.]+$", "");
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
