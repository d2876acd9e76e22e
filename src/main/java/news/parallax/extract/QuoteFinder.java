package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import news.parallax.text.SentenceSplitter;
import news.parallax.text.Tagger;

/**
 * Direct quotes, their speakers and reported speech in the sources of a story, with speakers merged
 * across sources. Statement ids: {@code <source>-q<n>} for quotes, {@code <source>-r<n>} for reported
 * speech (claims with a speaker), numbered in text order. Thread-safe.
 *
 * <p>Quotes are read from body paragraphs and from the headline (where single marks often quote).
 * Each source is read by a {@link SourceReading}; the names it finds are merged by
 * {@link SpeakerIndex}.
 */
final class QuoteFinder {

    private final Lexicons lex;
    private final Attribution attribution;
    private final SentenceSplitter splitter;
    private final Tagger tagger;

    private QuoteFinder(Lexicons lex, SentenceSplitter splitter, Tagger tagger) {
        this.lex = lex;
        this.attribution = new Attribution(lex);
        this.splitter = splitter;
        this.tagger = tagger;
    }

    static QuoteFinder standard() {
        return new QuoteFinder(Lexicons.standard(), SentenceSplitter.standard(), Tagger.standard());
    }

    Extraction find(Story story) {
        List<SourceReading.Found> found = new ArrayList<>();
        List<Mention> named = new ArrayList<>();
        for (Source source : story.sources()) {
            SourceReading reading = new SourceReading(source, lex, attribution, splitter, tagger);
            found.addAll(reading.read());
            named.addAll(reading.known());
        }
        for (SourceReading.Found f : found) {
            if (f.who() != null && f.who().named() != null) {
                named.add(f.who().named());
            }
        }
        SpeakerIndex.Result index = SpeakerIndex.build(named, lex.surelyGendered);
        List<Statement> statements = new ArrayList<>();
        for (Source source : story.sources()) {
            int quotes = 0;
            int reported = 0;
            for (SourceReading.Found f : found) {
                if (!f.source().equals(source.id())) {
                    continue;
                }
                Optional<String> speaker = f.who() == null || f.who().named() == null ? Optional.empty()
                        : Optional.ofNullable(index.ids().get(f.who().named()));
                String id = f.kind() == Statement.Kind.QUOTE ? source.id() + "-q" + ++quotes
                        : source.id() + "-r" + ++reported;
                statements.add(new Statement(id, source.id(), f.kind(), source.text().substring(f.start(), f.end()),
                        f.start(), f.end(), speaker, f.partial(),
                        Optional.ofNullable(f.verb()).map(v -> v.toLowerCase(Locale.ROOT)), 1.0));
            }
        }
        List<Speaker> used = new ArrayList<>();
        for (Speaker s : index.speakers()) {
            if (statements.stream().anyMatch(st -> st.speaker().equals(Optional.of(s.id())))) {
                used.add(s);
            }
        }
        return new Extraction(used, statements);
    }

    /** The blocks quotes are read from. */
    static boolean readable(Block b) {
        return b.kind() == Block.Kind.BODY || b.kind() == Block.Kind.HEADLINE;
    }
}
