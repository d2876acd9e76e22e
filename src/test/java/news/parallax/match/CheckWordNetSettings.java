package news.parallax.match;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Checks that {@link Synonyms#SETTINGS} give every word the senses extJWNL's default settings give it:
 * every single-word lemma of WordNet, each with the endings the morphology strips ("s", "es", "ed",
 * "ing", "er", "est", "ies" ...), and every word of the text files given. Prints the words that differ
 * and the time each dictionary took. A check to run by hand, never a test.
 * Usage (test classpath): {@code CheckWordNetSettings [TEXT_FILE_OR_FOLDER...]}
 */
public final class CheckWordNetSettings {
    private CheckWordNetSettings() {}

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String[] ENDINGS = {"", "s", "es", "ed", "ing", "er", "est", "ies", "d", "men", "ied"};

    public static void main(String[] args) throws Exception {
        Dictionary standard = Dictionary.getDefaultResourceInstance();
        Dictionary ours = Dictionary.getResourceInstance(Synonyms.SETTINGS);
        Set<String> words = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> it = standard.getIndexWordIterator(pos);
            while (it.hasNext()) {
                String lemma = it.next().getLemma();
                if (WORD.matcher(lemma).matches()) {
                    for (String ending : ENDINGS) {
                        words.add(lemma + ending);
                    }
                }
            }
        }
        for (String a : args) {
            try (var files = Files.walk(Path.of(a))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = WORD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        long[] nanos = new long[2];
        int differ = 0;
        for (String w : words) {
            long t0 = System.nanoTime();
            Set<String> x = Synonyms.lookup(standard, w);
            long t1 = System.nanoTime();
            Set<String> y = Synonyms.lookup(ours, w);
            long t2 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            if (!x.equals(y)) {
                differ++;
                System.out.println("differs: " + w + " " + x + " / " + y);
            }
        }
        System.out.printf(Locale.ROOT, "%d words, %d differ; default settings %.1f s, ours %.1f s%n", words.size(), differ,
                nanos[0] / 1e9, nanos[1] / 1e9);
    }
}
