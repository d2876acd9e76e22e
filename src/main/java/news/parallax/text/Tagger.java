package news.parallax.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokens with offsets and part-of-speech tags, by OpenNLP's English tokenizer and tagger. Thread-safe:
 * the models are shared, each thread gets its own tokenizer and tagger.
 */
public final class Tagger {

    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.tokens()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.tags()));

    private Tagger() {}

    /** The standard tagger. */
    public static Tagger standard() {
        return new Tagger();
    }

    /** The tagged tokens of {@code text} between {@code start} and {@code end} (best: one sentence). */
    public List<Token> tag(String text, int start, int end) {
        String part = text.substring(start, end);
        Span[] spans = tokenizer.get().tokenizePos(part);
        if (spans.length == 0) {
            return List.of();
        }
        String[] words = Span.spansToStrings(spans, part);
        String[] tags = tagger.get().tag(words);
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i]));
        }
        return out;
    }
}
