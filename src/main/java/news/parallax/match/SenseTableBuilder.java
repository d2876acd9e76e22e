package news.parallax.match;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import news.parallax.cache.Staleness;

/**
 * Build-time tool (run by Maven at {@code process-classes}, never at run time): writes the
 * {@link SenseTable} from the WordNet 3.1 data of Maven Central, through extJWNL, so that every answer
 * in it is extJWNL's own.
 *
 * <p>A word's senses are those of {@code lookupIndexWord} for each part of speech: the word itself if
 * it is in the index, else the base form WordNet's morphology finds from its exception lists and its
 * suffix rules ({@code |s=|ies=y|...}, in the data's {@code res_properties.xml}). So a word of letters
 * only has senses for a part of speech only if it is in that index, is an exception, or is such an
 * entry with one suffix rule undone ("boxes" from "box" by {@code xes=x}): the table holds every such
 * word (and the tokenizing step adds nothing for a word without a space or hyphen). Words of anything
 * but letters have no senses ({@link Synonyms} looks up none). A word with a letter outside a-z (once in
 * lower case) is left out: WordNet's morphology splits it there ("calderón" is looked up as "calder" and
 * "n"), so {@code Synonyms} asks WordNet itself about it ({@link LiveWordNet}).
 *
 * <p>Usage: {@code SenseTableBuilder OUTPUT [INPUT...]}: does nothing when OUTPUT is newer than every
 * INPUT (the classes that make it and the pom), so that a build makes it once.
 */
final class SenseTableBuilder {
    private SenseTableBuilder() {}

    /** The suffix rules of the data's morphology ({@code res_properties.xml}): suffix, then replacement. */
    private static final Map<POS, String[][]> RULES = Map.of(
            POS.NOUN, rules("|s=|ses=s|xes=x|zes=z|ches=ch|shes=sh|men=man|ies=y|"),
            POS.VERB, rules("|s=|ies=y|es=e|es=|ed=e|ed=|ing=e|ing=|"),
            POS.ADJECTIVE, rules("|er=|est=|er=e|est=e|"));

    public static void main(String[] args) throws IOException, JWNLException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SenseTableBuilder OUTPUT [INPUT...]");
        }
        Path out = Path.of(args[0]);
        if (Staleness.upToDate(out, Arrays.asList(args).subList(1, args.length))) {
            return;
        }
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(tmp)) {
            write(wordnet, o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }


    /** Writes the table of every word {@code wordnet} has senses for. */
    static void write(Dictionary wordnet, OutputStream target) throws IOException, JWNLException {
        Map<POS, Set<String>> candidates = new HashMap<>();
        Set<String> words = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            Set<String> mine = candidates(wordnet, pos);
            candidates.put(pos, mine);
            words.addAll(mine);
        }
        TreeMap<String, TreeSet<String>> senses = new TreeMap<>();
        TreeSet<String> strings = new TreeSet<>();
        for (String word : words) {
            TreeSet<String> s = LiveWordNet.lookup(wordnet, word, candidates);
            if (!s.isEmpty()) {
                senses.put(word, s);
                strings.addAll(s);
            }
        }
        String[] wordArray = senses.keySet().toArray(new String[0]);
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < wordArray.length; k++) {
            ids.put("w:" + wordArray[k], k);
        }
        List<String> otherLemmas = new ArrayList<>();
        List<Integer> codes = new ArrayList<>();
        for (String s : strings) {
            if (s.startsWith("w:")) {
                if (!ids.containsKey(s)) {
                    otherLemmas.add(s.substring(2));
                }
            } else {
                int code = SenseTable.code(s);
                if (code < 0 || !(SenseTable.POS_KEYS.charAt(code / SenseTable.POS_CODE)
                        + Integer.toString(code % SenseTable.POS_CODE)).equals(s)) {
                    throw new IllegalStateException("not a lemma nor a synset id: \"" + s + "\"");
                }
                codes.add(code);
            }
        }
        otherLemmas.sort(null);
        codes.sort(null);
        for (int i = 0; i < otherLemmas.size(); i++) {
            ids.put("w:" + otherLemmas.get(i), wordArray.length + i);
        }
        for (int j = 0; j < codes.size(); j++) {
            int code = codes.get(j);
            ids.put(SenseTable.POS_KEYS.charAt(code / SenseTable.POS_CODE) + Integer.toString(code % SenseTable.POS_CODE),
                    wordArray.length + otherLemmas.size() + j);
        }
        Map<List<Integer>, Integer> listIds = new HashMap<>();
        List<int[]> lists = new ArrayList<>();
        int[] listOf = new int[wordArray.length];
        for (int k = 0; k < wordArray.length; k++) {
            List<Integer> numbers = senses.get(wordArray[k]).stream().map(ids::get).sorted().toList();
            Integer list = listIds.get(numbers);
            if (list == null) {
                list = lists.size();
                listIds.put(numbers, list);
                lists.add(numbers.stream().mapToInt(Integer::intValue).toArray());
            }
            listOf[k] = list;
        }
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        o.writeInt(SenseTable.MAGIC);
        o.writeInt(SenseTable.VERSION);
        writePart(o, wordArray);
        writePart(o, otherLemmas.toArray(new String[0]));
        o.writeInt(codes.size());
        for (int code : codes) {
            o.writeInt(code);
        }
        for (int l : listOf) {
            o.writeInt(l);
        }
        o.writeInt(lists.size());
        int at = 0;
        for (int[] l : lists) {
            o.writeInt(at);
            at += l.length;
        }
        o.writeInt(at);
        for (int[] l : lists) {
            for (int n : l) {
                o.writeInt(n);
            }
        }
        o.flush();
    }

    private static void writePart(DataOutputStream o, String[] strings) throws IOException {
        o.writeInt(strings.length);
        int at = 0;
        for (String s : strings) {
            o.writeInt(at);
            at += s.length();
        }
        o.writeInt(at);
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            if (!new String(b, StandardCharsets.US_ASCII).equals(s)) {
                throw new IllegalStateException("the sense table holds ASCII only, got \"" + s + "\"");
            }
            o.write(b);
        }
    }

    /**
     * The words of letters a-z only that can have senses of {@code pos}: its index entries and exceptions,
     * and those with one suffix rule of {@code pos} undone.
     */
    private static Set<String> candidates(Dictionary wordnet, POS pos) throws JWNLException {
        Set<String> bases = new TreeSet<>();
        for (Iterator<IndexWord> it = wordnet.getIndexWordIterator(pos); it.hasNext();) {
            add(bases, it.next().getLemma());
        }
        for (Iterator<Exc> it = wordnet.getExceptionIterator(pos); it.hasNext();) {
            add(bases, it.next().getLemma());
        }
        Set<String> out = new TreeSet<>(bases);
        for (String[] rule : RULES.getOrDefault(pos, new String[0][])) {
            for (String base : bases) {
                if (base.endsWith(rule[1])) {
                    add(out, base.substring(0, base.length() - rule[1].length()) + rule[0]);
                }
            }
        }
        return out;
    }

    private static void add(Set<String> to, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (SenseTable.holds(w)) {
            to.add(w);
        }
    }

    private static String[][] rules(String spec) {
        List<String[]> out = new ArrayList<>();
        for (String rule : spec.split("\\|")) {
            if (!rule.isEmpty()) {
                int eq = rule.indexOf('=');
                out.add(new String[] {rule.substring(0, eq), rule.substring(eq + 1)});
            }
        }
        return out.toArray(new String[0][]);
    }
}
