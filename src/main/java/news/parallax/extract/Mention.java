package news.parallax.extract;

import java.util.Objects;
import java.util.Set;
import news.parallax.model.Speaker;
import news.parallax.text.Lexicon;

/**
 * One place where a text names (or points to) a speaker: a name with the title written before it, a
 * pronoun, or a noun phrase ("the minister"). Pronouns and context get their {@link #target} while a
 * source is read; names are merged into speakers across the story at the end.
 */
final class Mention {
    /** Generational suffixes after a surname ("Jr.", "III"). */
    private static final Set<String> SUFFIXES = Set.copyOf(Lexicon.lines("extract/name-suffixes.txt"));

    final String name;
    final String title;
    final Speaker.Kind kind;
    final int offset;
    final boolean pronoun;
    final boolean nominal;
    /** 'm', 'f', 'o' (organisation), 'p' (group) or '?'. */
    char gender;
    /** For a pronoun or a nominal mention: the named mention it stands for, once resolved. */
    Mention target;
    /** For a nominal mention: the noun phrase as written, with its determiner ("a spokesperson"). */
    String phrase = "";
    /** True for a nominal mention that names nobody and stands as its own speaker in its source. */
    boolean described;

    Mention(String name, String title, Speaker.Kind kind, int offset, boolean pronoun, boolean nominal, char gender) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.offset = offset;
        this.pronoun = pronoun;
        this.nominal = nominal;
        this.gender = gender;
    }

    /** The named mention this one stands for: itself for a name, else its target (possibly null). */
    Mention named() {
        return pronoun || nominal ? target : this;
    }

    /** True for an indefinite or bare description ("a spokesperson", "protesters"): it never points back. */
    boolean indefinite() {
        if (phrase.isEmpty() || phrase.equals(name)) {
            return false;
        }
        String[] words = phrase.split(" ");
        String d = words[0].toLowerCase(java.util.Locale.ROOT);
        if (words.length > 2 && (words[1].endsWith("\u2019s") || words[1].endsWith("'s") || words[1].endsWith("s\u2019")
                || words[1].endsWith("s'"))) {
            // "the mayor’s aide": owned by a described person or body, it stands as written (as "Roe’s aide" does)
            return true;
        }
        return !d.equals("the") && !d.equals("this") && !d.equals("that");
    }

    /** The last word of the name: the key for short forms. */
    String surname() {
        String[] w = name.split(" ");
        int last = w.length - 1;
        while (last > 0 && SUFFIXES.contains(w[last])) {
            // "Jane Roe Jr.": the surname is before the suffix
            last--;
        }
        return w[last];
    }

    @Override
    public String toString() {
        return (title.isEmpty() ? "" : title + " ") + name + "@" + offset;
    }
}
