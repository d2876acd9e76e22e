package news.parallax.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences with offsets kept. Thread-safe.
 *
 * <p>Placeholder rule until the OpenNLP model is wired in: a sentence ends at '.', '!' or '?'
 * (optionally followed by a closing quotation mark) followed by whitespace and an upper-case letter
 * or an opening quotation mark.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {}

    /** The standard splitter. */
    public static SentenceSplitter standard() {
        return new SentenceSplitter();
    }

    /** The sentences of {@code text} between {@code start} and {@code end}, trimmed of whitespace. */
    public List<Sentence> split(String text, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < end && "\"'\u201d\u2019)".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < end && Character.isWhitespace(text.charAt(j))) {
                    int k = j;
                    while (k < end && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    if (k < end && (Character.isUpperCase(text.charAt(k)) || "\"\u201c\u2018'".indexOf(text.charAt(k)) >= 0)) {
                        add(out, text, s, j);
                        s = k;
                        i = k - 1;
                    }
                }
            }
        }
        add(out, text, s, end);
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e));
        }
    }
}
