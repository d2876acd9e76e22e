package news.parallax.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A speaker's titles as a reader wants them listed: once each. A title that is another's abbreviation
 * ("Sen." beside "Senator") or that another holds whole, abbreviated or not ("Rep." or "Representative"
 * beside "Texas Rep."), is left out; of two that differ only by abbreviation the one written in full
 * stays. Display only: the data files keep every title as extracted.
 */
final class Titles {
    private Titles() {}

    /** The titles to show, in their order, with the ones another title already says left out. */
    static List<String> merged(List<String> titles) {
        List<List<String>> forms = titles.stream().map(t -> expanded(t, titles)).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (!saidElsewhere(i, titles, forms)) {
                out.add(titles.get(i));
            }
        }
        return out;
    }

    private static boolean saidElsewhere(int i, List<String> titles, List<List<String>> forms) {
        for (int j = 0; j < titles.size(); j++) {
            if (j == i || java.util.Collections.indexOfSubList(forms.get(j), forms.get(i)) < 0) {
                continue;
            }
            boolean same = forms.get(j).size() == forms.get(i).size();
            // of two equal forms the longer text (in full) stays, and of two equal texts the first
            if (!same || titles.get(j).length() > titles.get(i).length()
                    || titles.get(j).length() == titles.get(i).length() && j < i) {
                return true;
            }
        }
        return false;
    }

    /** A title's words in lower case, each abbreviation replaced by the word it shortens in any of the titles. */
    private static List<String> expanded(String title, List<String> titles) {
        List<String> out = new ArrayList<>();
        for (String w : words(title)) {
            String word = w;
            if (w.endsWith(".")) {
                for (String t : titles) {
                    for (String full : words(t)) {
                        if (abbreviates(w.substring(0, w.length() - 1), full)) {
                            word = full;
                        }
                    }
                }
            }
            out.add(word.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> words(String title) {
        return List.of(title.strip().split("\\s+"));
    }

    /**
     * Whether {@code shortWord} (without its dot) abbreviates {@code longWord}: a capital and one to
     * three small letters, either the long word's start ("Sen" / "Senator", "Rep" / "Representative") or
     * its first and last letters with some letters between in order ("Sgt" / "Sergeant", "Lt" /
     * "Lieutenant"; not "Gen" / "Governor").
     */
    static boolean abbreviates(String shortWord, String longWord) {
        if (shortWord.length() < 2 || shortWord.length() > 4 || longWord.length() < shortWord.length() + 2
                || longWord.endsWith(".") || !Character.isUpperCase(shortWord.charAt(0))
                || Character.toLowerCase(shortWord.charAt(0)) != Character.toLowerCase(longWord.charAt(0))) {
            return false;
        }
        if (!shortWord.substring(1).chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        if (longWord.toLowerCase(Locale.ROOT).startsWith(shortWord.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (shortWord.charAt(shortWord.length() - 1) != longWord.charAt(longWord.length() - 1)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < shortWord.length(); i++) {
            at = longWord.indexOf(shortWord.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
