package news.parallax.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import news.parallax.text.Sentence;

/**
 * A stand-in for the extract stage, for looking at clusters: every run of words inside quotation
 * marks in a body sentence is a quote (partial when the sentence has other words), every body sentence
 * without quotation marks is a claim.
 */
final class NaiveStatements {
    private static final Pattern QUOTE = Pattern.compile("[\"\\u201c]([^\"\\u201c\\u201d]{2,}?)[\"\\u201d]");

    private static final Pattern END = Pattern.compile("[.!?][\"\u201d\u2019']?\\s+(?=[A-Z\"\u201c])");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b[A-Z]\\.|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|Sgt|Capt|Adm)\\.)$");

    private NaiveStatements() {}

    /** Sentences of text[start, end): after . ! ? and space before a capital, not after an abbreviation. */
    static List<Sentence> sentences(String text, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = END.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            String before = text.substring(Math.max(from, m.start() - 6), m.start() + 1);
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            int stop = m.end();
            while (stop > from && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            out.add(new Sentence(from, stop));
            from = m.end();
        }
        if (from < end) {
            out.add(new Sentence(from, end));
        }
        return out;
    }

    static Extraction of(Story story) {
        List<Statement> out = new ArrayList<>();
        for (Source s : story.sources()) {
            int n = 0;
            for (Block b : s.body()) {
                for (Sentence sentence : sentences(s.text(), b.start(), b.end())) {
                    String text = sentence.textIn(s.text());
                    Matcher m = QUOTE.matcher(text);
                    boolean any = false;
                    while (m.find()) {
                        any = true;
                        int start = sentence.start() + m.start(1);
                        int end = sentence.start() + m.end(1);
                        boolean partial = m.group(1).length() < 0.6 * text.length();
                        out.add(new Statement(String.format(Locale.ROOT, "%s-%03d", s.id(), n++), s.id(),
                                Statement.Kind.QUOTE, s.text().substring(start, end), start, end, Optional.empty(),
                                partial, Optional.empty(), 1));
                    }
                    if (!any) {
                        out.add(new Statement(String.format(Locale.ROOT, "%s-%03d", s.id(), n++), s.id(),
                                Statement.Kind.CLAIM, text, sentence.start(), sentence.end(), Optional.empty(),
                                false, Optional.empty(), 0.5));
                    }
                }
            }
        }
        return new Extraction(List.of(), out);
    }
}
