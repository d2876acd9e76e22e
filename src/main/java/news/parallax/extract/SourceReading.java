package news.parallax.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.text.Lexicon;
import news.parallax.text.Sentence;
import news.parallax.text.SentenceSplitter;
import news.parallax.text.Spaces;
import news.parallax.text.Tagger;
import news.parallax.text.Token;

/**
 * Reads one source, paragraph by paragraph, keeping the context that attribution needs: the last
 * speaker, the genders pronouns revealed, an open quote running across paragraphs. Not thread-safe;
 * one per source.
 */
final class SourceReading {

    /** A quote or reported speech found, before speakers are merged across the story. */
    record Found(String source, Statement.Kind kind, int start, int end, boolean partial, Mention who, String verb) {}

    /** A person named (or resolved) at {@code offset} in the {@code sentence}-th sentence read. */
    private record Cand(Mention who, int offset, int sentence, int rank) {}

    /** A text such as a statement that {@code who} issued in paragraph {@code para} ("X said in a statement"). */
    private record Issued(Mention who, String noun, int para) {}

    private record Para(Block block, List<QuoteMarks.Marked> quotes, List<Sentence> sentences, List<Token> tokens) {}

    /** How many sentences back the person in focus is looked for. */
    private static final int FOCUS_SENTENCES = 2;
    /** Prepositions that open a sentence with someone its subject is compared with, not who it is about. */
    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("Unlike", "Like", "Besides");
    /** A token of dashes only. */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\u2014\u2013-]+");
    /** Words between a subject and its reporting verb ("has also said", "was not"). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "was", "were", "is",
            "are", "be", "been", "being", "not", "also");
    /** Forms of "be" that make a participle after them passive ("were characterized as"). */
    private static final java.util.Set<String> PASSIVE = java.util.Set.of("was", "were", "is", "are", "be", "been", "being");
    /** Lemmas of naming verbs whose participle follows its noun ("the official described in the filing as"). */
    private static final java.util.Set<String> NAMING = java.util.Set.of("describe", "call", "characterize", "label", "dub",
            "refer");
    /** After "To" and a name: a comma, perhaps a party and state ("D-Ohio,"), then a main clause without a comma or a mark. */
    private static final java.util.regex.Pattern VIEW_CLAUSE =
            java.util.regex.Pattern.compile(",(?: \\(?[DRI]-[A-Z][\\p{L}.]*\\)?,)? [^,\"\u201c\u201d]+");
    /** Short words a title leaves in lower case ("Face the Nation", "Salt and Stone"). */
    private static final java.util.Set<String> TITLE_SHORT_WORDS = java.util.Set.of("a", "an", "and", "as", "at", "but", "by",
            "for", "in", "nor", "of", "on", "or", "per", "the", "to", "vs", "vs.", "via");
    /** Relative pronouns: a reporting verb after one is in a relative clause ("officials, who had criticised him"). */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that");
    /** What may join two quotations of one phrase: nothing, a comma, "and", "or" (as {@code (,|and|or)?}). */
    private static final java.util.Set<String> CONJUNCTION = java.util.Set.of("", ",", "and", "or");
    private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("himself", "herself", "itself", "themselves");

    private final Source source;
    private final String text;
    private final Lexicons lex;
    private final Attribution attribution;
    private final Names names;
    private final SentenceSplitter splitter;
    private final Tagger tagger;
    private final List<Found> found = new ArrayList<>();
    /** Speakers named so far, in order. */
    private final List<Mention> speakers = new ArrayList<>();
    /** Surname to what pronouns revealed: 'm' or 'f'. */
    private final Map<String, Character> genders = new HashMap<>();
    /** Every full personal name in the source, for merging short forms and titles. */
    private final List<Mention> known = new ArrayList<>();
    /** Every organisation of more than one word named in the source, for "the commission said". */
    private final List<Mention> organisations = new ArrayList<>();
    /** Generic nouns ("group") and the last words of the organisations they point back to: group-heads.txt. */
    private static final java.util.Set<String> GROUP_NOUNS;
    private static final java.util.Set<String> GROUP_HEADS;

    static {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (String line : news.parallax.text.Lexicon.lines("extract/group-heads.txt")) {
            if (line.startsWith(">")) {
                nouns.add(line.substring(1));
            } else {
                heads.add(line);
            }
        }
        GROUP_NOUNS = java.util.Set.copyOf(nouns);
        GROUP_HEADS = java.util.Set.copyOf(heads);
    }
    /** Every person named or credited so far, in reading order, for resolving "he" and "she". */
    private final List<Cand> mentioned = new ArrayList<>();
    /** Surnames of full names that are surely people's (see {@link #personLike}). */
    private final java.util.Set<String> people = new java.util.HashSet<>();
    /**
     * Names of sentence subjects whose every word the tagger read as a common word ("Rural Transit sent ...": an
     * adjective and a noun): no person's name unless something else shows it is one.
     */
    private final java.util.Set<String> commonWords = new java.util.HashSet<>();
    /** A one-word name that opens a sentence as a verb's subject with no sign of being a person's, and its sentence. */
    private Mention looseSubject;
    private int looseSentence = -1;
    /** The offset of the pronoun being resolved: a person named only after it is no antecedent. */
    private int pronounAt = Integer.MAX_VALUE;
    /** Names that lead a sentence as the subject of a reporting verb or with "its", with no sign of a person ("Acme said"). */
    private final List<Mention> orgLike = new ArrayList<>();
    private int sentenceNo;
    /** A "she said" before anyone fitting was named ("The mother's goal is clear. “...,” she said."), and its paragraph. */
    /** A plural description that opened a sentence ("Defense lawyers had asked ..."), for a "they" right after. */
    private Mention pluralSubject;
    private int pluralSentence = -9;
    private Mention pending;
    private int pendingPara;
    private int pendingSentence;
    /** The offsets of sentence {@link #sentenceNo}. */
    private final int[] lastSentence = new int[2];
    private Mention lastSpeaker;
    /** Surnames of the people credited with a statement so far. */
    private final java.util.Set<String> spoke = new java.util.HashSet<>();
    /** Full names of the people credited with a statement so far. */
    private final java.util.Set<String> spokeFull = new java.util.HashSet<>();
    /** Set by {@link #reportedAfter}: the first token of a second reported clause in the sentence, or -1. */
    private int secondClause = -1;
    /**
     * Set by {@link #secondClause}: the reporting verb of a second clause with no subject of its own ("X said A,
     * but added B"), or -1, and the speaker it shares with the first ({@link #coordinatedSpeaker}).
     */
    private int coordinatedVerb = -1;
    private Mention coordinatedSpeaker;
    /** The paragraph whose reported speech is being read (for {@link #inQuoteAt}). */
    private Para readingPara;
    private int nextSentence;
    private int currentPara;
    private int lastSpeakerPara = -10;
    /** The last paragraph that credits its quotes to nobody, or introduces the next one as nobody's. */
    private int nobodyPara = -10;
    /** The person who was the subject of sentence {@link #lastSubjectSentence}, in paragraph {@link #lastSubjectPara}. */
    private Mention lastSubject;
    private int lastSubjectPara = -10;
    private int lastSubjectSentence = -1;
    /** Indexes into {@link #found} of quotes credited only because the speaker before them spoke last. */
    private final java.util.Set<Integer> guessed = new java.util.HashSet<>();
    /** Statements, letters and the like whose author the text named, in reading order. */
    private final List<Issued> issued = new ArrayList<>();
    /** Quotes of a quotation still open at the end of the previous paragraph. */
    private final List<Integer> chain = new ArrayList<>();

    SourceReading(Source source, Lexicons lex, Attribution attribution, SentenceSplitter splitter, Tagger tagger) {
        this.source = source;
        this.text = source.text();
        this.lex = lex;
        this.attribution = attribution;
        this.names = attribution.names();
        this.splitter = splitter;
        this.tagger = tagger;
    }

    /** The paragraph after the one being read, or null. */
    private Para nextPara;
    /** The paragraph before the one being read, or null. */
    private Para prevPara;

    List<Found> read() {
        List<Block> blocks = LongBlocks.cut(text, source.blocks().stream().filter(QuoteFinder::readable)
                .sorted(Comparator.comparingInt(Block::start)).toList());
        List<Para> paras = new ArrayList<>();
        boolean openAtEnd = false;
        for (Block b : blocks) {
            List<Sentence> sentences = splitter.split(text, b.start(), b.end());
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : sentences) {
                List<Token> tagged = new ArrayList<>(tagger.tag(text, s.start(), s.end()));
                TagRepair.repair(tagged, lex);
                tokens.addAll(tagged);
            }
            boolean continued = openAtEnd && b.kind() == Block.Kind.BODY && !opensWithMark(b);
            List<QuoteMarks.Marked> marked = continued && bridged(blocks, paras.size())
                    // a quoted letter or post whose middle paragraphs carry no marks at all: “A ¶ B ¶ C.”
                    ? List.of(new QuoteMarks.Marked(b.start(), b.start(), trimmedEnd(b), -1, false))
                    : QuoteMarks.cutAttribution(text, QuoteMarks.scan(text, b.start(), b.end(), lex.elisions, continued),
                            w -> lex.verb(w) != null);
            openAtEnd = b.kind() == Block.Kind.BODY && !marked.isEmpty() && !marked.get(marked.size() - 1).closed()
                    && !marked.get(marked.size() - 1).single();
            paras.add(new Para(b, marked, sentences, tokens));
        }
        for (int p = 0; p < paras.size(); p++) {
            Para para = paras.get(p);
            Para next = p + 1 < paras.size() ? paras.get(p + 1) : null;
            // the next paragraph opens with a mark, or goes on with this one's quotation up to its closing mark
            boolean nextOpens = next != null && (opensWithMark(next)
                    || !next.quotes().isEmpty() && next.quotes().get(0).open() == next.block().start());
            currentPara = p;
            prevPara = p > 0 ? paras.get(p - 1) : null;
            nextPara = next;
            quotes(para, p, nextOpens);
        }
        List<Found> out = new ArrayList<>(found);
        out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return out;
    }

    /**
     * True when block {@code i} holds no double quotation mark and, within the next four blocks, only such blocks
     * come before one that opens with no mark and whose first double mark closes a quotation: the middle of a
     * quotation whose writer marked only its first and last paragraphs. Called while a quotation is open.
     */
    private boolean bridged(List<Block> blocks, int i) {
        for (int j = i; j < blocks.size() && j <= i + 4; j++) {
            Block b = blocks.get(j);
            if (b.kind() != Block.Kind.BODY) {
                return false;
            }
            if (hasDoubleMark(b)) {
                if (j == i || opensWithMark(b)) {
                    return false;
                }
                List<QuoteMarks.Marked> m = QuoteMarks.scan(text, b.start(), b.end(), lex.elisions, true);
                return !m.isEmpty() && m.get(0).open() == b.start() && m.get(0).closed();
            }
        }
        return false;
    }

    private boolean hasDoubleMark(Block b) {
        for (int k = b.start(); k < b.end(); k++) {
            if ("\u201c\u201d\"\u00ab\u00bb\u201e".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private int trimmedEnd(Block b) {
        int e = b.end();
        while (e > b.start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** The full personal names the source mentions (after {@link #read()}). */
    List<Mention> known() {
        return List.copyOf(known);
    }

    private boolean opensWithMark(Para p) {
        return opensWithMark(p.block());
    }

    private boolean opensWithMark(Block b) {
        int s = b.start();
        while (s < b.end() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s < b.end() && QuoteMarks.isOpening(text.charAt(s));
    }

    // ---- direct quotes ----

    /** Notes the subjects of the sentences of {@code para} that start before {@code offset} as pronoun antecedents. */
    private void subjects(Para para, int offset) {
        while (nextSentence < para.sentences().size() && para.sentences().get(nextSentence).start() < offset) {
            Sentence s = para.sentences().get(nextSentence++);
            sentenceNo++;
            lastSentence[0] = s.start();
            lastSentence[1] = s.end();
            int[] r = tokenRange(para, s.start(), s.end());
            List<Token> outside = new ArrayList<>();
            for (int i = r[0]; i < r[1]; i++) {
                para.tokens().set(i, knownSurname(para.tokens().get(i)));
                if (!inQuote(para, para.tokens().get(i).start())) {
                    outside.add(para.tokens().get(i));
                }
            }
            if (askedAbout(outside)) {
                // "Governor Webb? “Tireless,” she said.": a question-and-answer list; the name asked about is the
                // topic of the answer, not its speaker or a pronoun's antecedent
                continue;
            }
            int lead = 0;
            while (lead < outside.size() && (outside.get(lead).tag().equals("DET") || outside.get(lead).tag().equals("PUNCT"))) {
                lead++;
            }
            int e = lead < outside.size() ? names.runEnd(outside, lead, outside.size() - 1) : -1;
            Mention org = e >= 0 && !(e + 1 < outside.size() && outside.get(e + 1).text().equals(":")
                    && outside.get(e).text().equals(outside.get(e).text().toUpperCase(java.util.Locale.ROOT)))
                    ? names.mention(outside, lead, e) : null;
            // ("UPDATE: Acme CEO Jane Roe said": a label in capitals before a colon is no organisation; nor is a
            // headline's capitalised run, "Harbor Union Condemns Pier Plan")
            if (org != null && org.kind == Speaker.Kind.ORGANIZATION && !titleCased(para)) {
                speakers.add(org);
            }
            int fronted = contrasted(outside);
            for (int i = 0; i < outside.size(); i++) {
                int end = names.runEnd(outside, i, outside.size() - 1);
                if (end < 0) {
                    continue;
                }
                Mention named = names.mention(outside, i, end);
                if (named != null && named.kind == Speaker.Kind.ORGANIZATION && named.name.contains(" ")) {
                    organisations.add(named);
                }
                if (named != null && named.kind == Speaker.Kind.PERSON && named.name.contains(" ") && !titleCased(para)
                        && !named.name.equals(named.name.toUpperCase(java.util.Locale.ROOT)) && !possessive(named.name)) {
                    known.add(named);
                }
                int g = i - 1 >= 0 && outside.get(i - 1).text().equals(",") ? i - 2 : i - 1;
                Character told = g >= 0 ? lex.genderedNouns.get(outside.get(g).text().toLowerCase(java.util.Locale.ROOT)) : null;
                if (named != null && told != null && named.kind == Speaker.Kind.PERSON && known.stream().noneMatch(
                        k -> k.surname().equals(named.surname()) && !k.name.equals(named.name))) {
                    // "his wife, Jane Roe" (unless another person of that surname is known: a family)
                    genders.putIfAbsent(named.surname(), told);
                }
                if (named != null && personLike(outside, i, end, named) && i >= fronted) {
                    mentioned.add(new Cand(named, named.offset, sentenceNo, onlyOwner(outside, i, end) ? 3 : 1));
                    named(named);
                }
                i = end;
            }
            continuePronoun(outside);
            Mention m = subject(outside);
            if (m != null && m.kind == Speaker.Kind.PERSON && m.name.contains(" ")
                    && para.quotes().stream().allMatch(this::nickname)) {
                lastSubject = m;
                lastSubjectPara = currentPara;
                lastSubjectSentence = sentenceNo;
            }
            Mention group = m == null ? pluralSubject(outside) : null;
            for (int k = 1; k + 2 < outside.size(); k++) {
                // "The board is split, and several members voiced doubts": the group of
                // the second clause is the more recent
                if (outside.get(k).text().equals(",") && outside.get(k + 1).text().equals("and")) {
                    Mention second = pluralSubject(outside.subList(k + 2, outside.size()));
                    group = second != null ? second : group;
                }
            }
            if (group != null) {
                pluralSubject = group;
                pluralSentence = sentenceNo;
            }
            Mention described = m == null ? describedSubject(outside) : null;
            if (described != null && described.kind == Speaker.Kind.PERSON) {
                // "the governor introduced himself": the governor is in focus for a later "he"
                mentioned.add(new Cand(described, described.offset, sentenceNo, 0));
            }
            if (m != null) {
                speakers.add(m);
                if (m.kind == Speaker.Kind.PERSON && readAsCommonWords(outside, m)) {
                    commonWords.add(m.name);
                }
                if (m.kind == Speaker.Kind.PERSON && !possessive(m.name)) {
                    // a subject with no sign of being a person ("Acme Sweets reopened") yields to one that has
                    mentioned.add(new Cand(m, m.offset, sentenceNo, people.contains(m.surname())
                            || !m.name.contains(" ") && lex.firstNames.containsKey(m.name) ? 0 : 2));
                    // ("Sofia is more certain.": a known given name alone is a sign of a person)
                    named(m);
                }
            }
            if (para.block().kind() == Block.Kind.BODY) {
                reported(para, s, currentPara);
            }
            noteIssued(s, outside, m != null ? m : org != null && org.kind == Speaker.Kind.ORGANIZATION ? org : null);
        }
    }

    /**
     * "X said in a statement ...", "X issued a statement", "X wrote in a letter", "a study by X": notes X (the author
     * named after the text, else the speaker credited in sentence {@code s}, else its {@code subject}) as the author of
     * that text, for a later "the statement said".
     */
    private void noteIssued(Sentence s, List<Token> outside, Mention subject) {
        for (int i = 1; i < outside.size(); i++) {
            String w = outside.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (!lex.authoredTexts.contains(w)) {
                continue;
            }
            boolean introduced = false;
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                String d = outside.get(k).text().toLowerCase(java.util.Locale.ROOT);
                // "a statement", "a new report", "his statement", "the firm’s online post"
                introduced |= d.equals("a") || d.equals("an") || lex.possessives.containsKey(d) || Attribution.owner(outside, k);
            }
            int os = names.runStart(outside, i - 1, 0);
            Mention org = os >= 0 ? names.mention(outside, os, i - 1) : null;
            if (org != null && org.kind == Speaker.Kind.ORGANIZATION) {
                // "A 2010 Harbor Research Service report found ...": the organisation named before the text
                issued.add(new Issued(org, textFamily(w), currentPara));
                return;
            }
            Mention by = authorAfter(outside, i + 1 < outside.size() && outside.get(i + 1).text().equals(",") ? i + 2 : i + 1);
            if (!introduced && by == null) {
                continue;
            }
            if (by != null) {
                // "A study by the Acme Institute found ...": the author named after the text
                issued.add(new Issued(by, textFamily(w), currentPara));
                return;
            }
            for (int f = found.size() - 1; f >= 0; f--) {
                Found x = found.get(f);
                if (x.start() < s.start()) {
                    break;
                }
                if (x.start() < s.end() && x.who() != null && x.who().named() != null
                        && !namedBetween(outside, x.who().offset, outside.get(i).start())) {
                    issued.add(new Issued(x.who().named(), textFamily(w), currentPara));
                    return;
                }
            }
            if (subject != null && !namedBetween(outside, subject.offset, outside.get(i).start())) {
                // "The Acme Institute released a report on Monday": the sentence's subject
                issued.add(new Issued(subject, textFamily(w), currentPara));
                return;
            }
        }
    }

    /** True for a sentence that only asks about a name: "Governor Webb?", "And Mr. Pratt?" (an interview's list). */
    private boolean askedAbout(List<Token> outside) {
        int n = outside.size();
        if (n < 2 || !outside.get(n - 1).text().equals("?")) {
            return false;
        }
        int from = outside.get(0).text().equals("And") || outside.get(0).text().equals("Or") ? 1 : 0;
        return from < n - 1 && names.runEnd(outside, from, n - 2) == n - 2;
    }

    private static boolean opposite(char a, char b) {
        return a == 'm' && b == 'f' || a == 'f' && b == 'm';
    }

    /** True for a mention that is surely a person's or an organisation's (not a place named first in a sentence). */
    private boolean surelySpeaker(Mention m) {
        if (m == null) {
            return false;
        }
        if (m.pronoun || m.nominal || m.kind == Speaker.Kind.ORGANIZATION || !m.title.isEmpty() || m.gender == 'm' || m.gender == 'f') {
            return true;
        }
        return lex.firstNames.containsKey(m.name.split(" ")[0]) || people.contains(m.surname()) || spoke.contains(m.surname());
    }

    /**
     * True when another name stands between the speaker named at {@code who} and the text after it at {@code at}
     * ("X said ..., and Y and Z released a joint statement": the statement is not X's).
     */
    private static boolean namedBetween(List<Token> outside, int who, int at) {
        if (at < who) {
            // "In a letter signed by six of them, the trustees wrote": the author follows the text
            return false;
        }
        boolean inName = true;
        boolean verb = false;
        for (Token t : outside) {
            if (t.start() <= Math.min(who, at) || t.start() >= Math.max(who, at)) {
                continue;
            }
            boolean proper = t.tag().equals("PROPN") && t.capitalized();
            if (proper && !inName && verb) {
                // a name after the speaker's verb ("Jane Roe, a researcher at Acme, stated ..." names Acme before it)
                return true;
            }
            inName &= proper || t.text().equals(".");
            verb |= t.tag().equals("VERB");
        }
        return false;
    }

    /** "by the Acme Institute", "from Acme": the organisation or person named after "by" or "from" at {@code i}, or null. */
    private Mention authorAfter(List<Token> toks, int i) {
        if (i >= toks.size() || !(toks.get(i).text().equals("by") || toks.get(i).text().equals("from"))) {
            return null;
        }
        int j = i + 1 < toks.size() && toks.get(i + 1).tag().equals("DET") ? i + 2 : i + 1;
        int e = j < toks.size() ? names.runEnd(toks, j, toks.size() - 1) : -1;
        Mention m = e >= 0 ? names.mention(toks, j, e) : null;
        return m == null || m.kind == Speaker.Kind.PERSON && !m.name.contains(" ") ? null : m;
    }

    /** The kind of text a noun names, for matching "a study by X" with "the report said": singular, reports as one. */
    private static String textFamily(String noun) {
        String n = noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
        return java.util.Set.of("report", "study", "analysis", "survey", "paper", "review", "audit").contains(n) ? "report" : n;
    }

    /** The author of the text {@code noun} ("the statement said") issued in this paragraph or the two before, or null. */
    private Mention issuer(String noun) {
        String n = textFamily(noun.toLowerCase(java.util.Locale.ROOT));
        for (int i = issued.size() - 1; i >= 0 && currentPara - issued.get(i).para() <= 2; i--) {
            if (issued.get(i).noun().equals(n)) {
                return issued.get(i).who();
            }
        }
        return null;
    }

    /**
     * A capitalised word that is the surname of a person already named ("Jane Roe ... Roe urged") is a proper
     * noun even when the tagger took it for a verb or a pronoun.
     */
    private Token knownSurname(Token t) {
        String tag = t.tag();
        if (!t.capitalized() || t.text().length() < 3 || t.proper() || tag.equals("NOUN") || tag.equals("ADJ")
                || tag.equals("X") || lex.notNames.contains(t.text()) || lex.verb(t.text()) != null
                || names.pronoun(t) != null || t.text().chars().anyMatch(c -> !Character.isLetter(c))) {
            return t;
        }
        boolean person = people.contains(t.text()) || known.stream().anyMatch(k -> k.surname().equals(t.text()));
        return person ? new Token(t.start(), t.end(), t.text(), "PROPN") : t;
    }

    /** A person named just after a "she said" that found nobody before it: the person it stands for (news ledes). */
    private void named(Mention person) {
        if (pending != null && currentPara - pendingPara > 1) {
            pending = null;
        }
        char g = genderOf(person);
        // (never a person named later in the pronoun's own sentence: "“...,” he told Judge Jane Roe" is not hers)
        if (pending != null && person.offset > pending.offset && (g == '?' || g == pending.gender) && sentenceNo != pendingSentence) {
            pending.target = person;
            genders.putIfAbsent(person.surname(), pending.gender);
            pending = null;
        }
    }

    /**
     * The index of the comma that ends a contrasting phrase opening the sentence ("Unlike Jane Roe, he has no
     * job") or an opening participle phrase ("Calling Jane Roe a liar, the senator said"): the person named in it
     * is not whom the rest of the sentence is about. 0 when there is none.
     */
    private int contrasted(List<Token> outside) {
        if (outside.isEmpty() || !CONTRASTS.contains(outside.get(0).text()) && !participle(outside.get(0))) {
            return 0;
        }
        for (int i = 1; i < outside.size() && i < 12; i++) {
            if (outside.get(i).text().equals(",")) {
                return i;
            }
            if (participle(outside.get(0)) && text.substring(outside.get(i - 1).end(), outside.get(i).start()).contains(",")) {
                // "Calling Jane Roe “a liar,” the senator said": the comma closed the quotation
                return i;
            }
        }
        return 0;
    }

    /** A capitalised present participle opening a sentence ("Calling", "Praising"), not a name ("Sterling"). */
    private static boolean participle(Token t) {
        String w = t.text();
        return w.length() >= 5 && Character.isUpperCase(w.charAt(0)) && w.endsWith("ing")
                && !t.tag().equals("PROPN") && !t.tag().equals("NOUN");
    }

    /**
     * True for a headline in title case ("Senator Calls Roe Plan A Failure"): its capitalised runs are no
     * reliable full names ("Calls Roe"), so they are not used to merge short forms.
     */
    private boolean titleCased(Para para) {
        if (para.block().kind() != Block.Kind.HEADLINE) {
            return false;
        }
        int words = 0;
        int upper = 0;
        for (Token t : para.tokens()) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                upper += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && upper * 10 >= words * 8;
    }

    /** "He also said ...": a sentence whose subject is "he" or "she" keeps the person it stands for in focus. */
    private void continuePronoun(List<Token> outside) {
        int i = 0;
        while (i < outside.size() && i < 3 && (outside.get(i).tag().equals("CCONJ") || outside.get(i).tag().equals("ADV")
                || outside.get(i).tag().equals("PUNCT"))) {
            i++;
        }
        if (i >= outside.size() || i + 1 >= outside.size()) {
            return;
        }
        Mention p = names.pronoun(outside.get(i));
        if (p == null || p.gender != 'm' && p.gender != 'f') {
            return;
        }
        Mention target = recent(p.gender, p.offset);
        if (target != null) {
            mentioned.add(new Cand(target, p.offset, sentenceNo, 0));
        }
    }

    /**
     * The group a sentence opens with: a plural person noun after at most three adjectives or nouns, followed by a verb
     * ("Defense lawyers had requested ...", "Many nurses say ..."), as a description; else null.
     */
    private Mention pluralSubject(List<Token> toks) {
        int i = subjectStart(toks);
        int k = i < toks.size() && toks.get(i).tag().equals("DET") ? i + 1 : i;
        int h = k;
        while (h < toks.size() && h <= k + 3 && (toks.get(h).tag().equals("ADJ") || toks.get(h).tag().equals("NOUN")
                || h == k && toks.get(h).tag().equals("PROPN"))) {
            h++;
        }
        // "Senior aides to the mayor and other members of the board disputed ...": the head before its phrases
        int v = h;
        while (h > k && v < toks.size() && v < h + 10 && (toks.get(v).tag().equals("ADP") || toks.get(v).text().equals("and"))
                && nounPhrase(toks, v + 1, toks.size()) > v + 1) {
            v = nounPhrase(toks, v + 1, toks.size());
        }
        if (h == k || v >= toks.size() || !(toks.get(v).tag().equals("VERB") || toks.get(v).tag().equals("AUX"))) {
            return null;
        }
        String head = toks.get(h - 1).text();
        String low = head.toLowerCase(java.util.Locale.ROOT);
        if (!lower(head) && h - 1 != k || !(low.endsWith("s") || low.endsWith("men")) || !lex.personNoun(low)) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int j = i; j < h; j++) {
            phrase.append(j > i ? " " : "").append(toks.get(j).text());
        }
        String name = phrase.substring(k > i ? toks.get(i).text().length() + 1 : 0);
        Mention d = new Mention(name, "", Speaker.Kind.PERSON, toks.get(k).start(), false, true, 'p');
        d.phrase = phrase.toString();
        d.described = true;
        d.target = d;
        return d;
    }

    /** The person a sentence is about: a name at its start (after an opening phrase) followed by a verb. */
    private Mention subject(List<Token> toks) {
        int fronted = contrasted(toks);
        // "Blaming President Doe, he said ...": the person in an opening participle or contrast is not the subject
        int i = fronted > 0 ? fronted + 1 : subjectStart(toks);
        while (i < toks.size() && (toks.get(i).tag().equals("DET") || toks.get(i).tag().equals("PUNCT")
                || toks.get(i).tag().equals("CCONJ") || toks.get(i).tag().equals("ADV") && !toks.get(i).capitalized()
                || toks.get(i).tag().equals("ADJ") && !toks.get(i).capitalized() && i > 0 && toks.get(i - 1).tag().equals("DET"))) {
            // "An angry Roe lashed out": the adjective after the article is no part of the name
            i++;
        }
        if (i + 1 < toks.size() && (attribution.lowerTitle(toks.get(i)) || toks.get(i).tag().equals("NOUN")
                && Character.isLowerCase(toks.get(i).text().charAt(0)) && !toks.get(i).text().endsWith("ing"))
                && names.runEnd(toks, i + 1, toks.size() - 1) >= 0) {
            // "When Tom Orr asked about the delays, contractor Morris Feld blamed the weather": the name after its title
            i++;
        }
        int e = i < toks.size() ? names.runEnd(toks, i, toks.size() - 1) : -1;
        if (e < 0) {
            Mention named = appositiveSubject(toks, i);
            if (named != null) {
                return named;
            }
        }
        if (e >= 0 && e + 2 < toks.size() && Character.isLowerCase(toks.get(e + 1).text().charAt(0))
                && attribution.isTitleWord(Character.toUpperCase(toks.get(e + 1).text().charAt(0)) + toks.get(e + 1).text().substring(1))) {
            // "Acme spokesman Tom Webb answered": the person after the organisation's title
            int e2 = names.runEnd(toks, e + 2, toks.size() - 1);
            if (e2 >= 0 && e2 + 1 < toks.size() && toks.get(e2 + 1).tag().equals("VERB")) {
                i = e + 2;
                e = e2;
            }
        }
        if (e < 0 || e + 1 >= toks.size() || toks.get(i).text().equals(toks.get(i).text().toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        int after = e + 1;
        while (after + 1 < toks.size() && (toks.get(after).tag().equals("ADV")
                || REFLEXIVES.contains(toks.get(after).text().toLowerCase(java.util.Locale.ROOT)))) {
            // "Roe herself declared", "even Roe also said"
            after++;
        }
        String next = toks.get(after).tag();
        if (!(next.equals("VERB") || next.equals("AUX") || toks.get(after).text().equals(",")
                || next.equals("ADP"))) {
            return null;
        }
        Mention m = names.mention(toks, i, e);
        if (m == null || m.kind != Speaker.Kind.PERSON) {
            return null;
        }
        if (!m.name.contains(" ")) {
            // a single word is a person when a full name with that surname came before, or when an
            // appositive describes it ("Yuni, a resident of ...")
            // ("Mr. Roe" or "Sen. Roe" is a person at once)
            boolean seen = m.gender == 'm' || m.gender == 'f' || !m.title.isEmpty()
                    || known.stream().anyMatch(k -> k.surname().equals(m.name))
                    || speakers.stream().anyMatch(k -> k.surname().equals(m.name))
                    || e + 2 < toks.size() && toks.get(e + 1).text().equals(",") && toks.get(e + 2).tag().equals("DET");
            if (!seen && toks.get(after).tag().equals("VERB") && !toks.get(after).text().endsWith("ing") && !readAsCommonWords(toks, m)) {
                // ("Products using the chip will ship, he said": a common noun, not a surname)
                // "Webb hit back: “...,” he said": a lone surname that acts, for a pronoun later in its sentence
                looseSubject = m;
                looseSentence = sentenceNo;
            }
            if (!seen && !lex.firstNames.containsKey(m.name) && !people.contains(m.name) && m.gender == '?'
                    && attribution.isVerb(toks.get(after))) {
                // "Acme said Thursday that its ...": a name that speaks and is no person, most likely an organisation
                orgLike.add(new Mention(m.name, "", Speaker.Kind.ORGANIZATION, m.offset, false, false, 'o'));
            }
            return seen ? m : null;
        }
        return m;
    }

    /**
     * "The center’s president, Jane Roe, has been ...": the person named in apposition to a description with a title
     * or a noun for people that opens the sentence at {@code i}; else null.
     */
    private Mention appositiveSubject(List<Token> toks, int i) {
        int c = i;
        while (c < toks.size() && c < i + 6 && !toks.get(c).text().equals(",")) {
            String tag = toks.get(c).tag();
            if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PART") || tag.equals("DET")
                    || c == i && lex.possessives.containsKey(toks.get(c).text().toLowerCase(java.util.Locale.ROOT)))) {
                // ("His wife, Jane, laughed": a possessive opens the description)
                return null;
            }
            c++;
        }
        if (c == i || c + 2 >= toks.size() || !toks.get(c).text().equals(",")) {
            return null;
        }
        String head = toks.get(c - 1).text();
        String cap = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        if (!Character.isLowerCase(head.charAt(0)) || !lex.titles.contains(cap) && !lex.personNoun(head)) {
            return null;
        }
        int e = names.runEnd(toks, c + 1, toks.size() - 1);
        if (e < 0 || e + 2 >= toks.size() || !toks.get(e + 1).text().equals(",")
                || !(toks.get(e + 2).tag().equals("VERB") || toks.get(e + 2).tag().equals("AUX"))) {
            return null;
        }
        Mention m = names.mention(toks, c + 1, e);
        if (m == null || m.kind != Speaker.Kind.PERSON || !m.name.contains(" ") && !lex.firstNames.containsKey(m.name)) {
            // ("His wife, Jane, laughed": a known given name alone is a person)
            return null;
        }
        people.add(m.surname());
        return m;
    }

    /** Where a sentence's subject may start: after an opening phrase or clause ended by a comma, else 0. */
    private static int subjectStart(List<Token> toks) {
        int i = 0;
        if (!toks.isEmpty() && (toks.get(0).tag().equals("ADP") || toks.get(0).tag().equals("SCONJ")
                || toks.get(0).tag().equals("ADV"))) {
            // an opening phrase, or a whole clause ("As the school reopened Wednesday after ..., Jane Roe blamed")
            int limit = 40;
            while (i < toks.size() && i < limit && !toks.get(i).text().equals(",")) {
                i++;
            }
            i = i < toks.size() && i < limit ? i + 1 : 0;
            if (i > 0 && i < toks.size() && toks.get(i).tag().equals("DET")) {
                // "In questioning by Rep. Tom Webb, a Virginia Democrat, Mr. Roe offered": past the apposition to the
                // name in the opening phrase
                int k = i + 1;
                while (k < toks.size() && k < i + 8 && !toks.get(k).text().equals(",") && !toks.get(k).tag().equals("VERB")
                        && !toks.get(k).tag().equals("AUX")) {
                    k++;
                }
                if (k + 1 < toks.size() && k < i + 8 && toks.get(k).text().equals(",") && toks.get(k + 1).tag().equals("PROPN")) {
                    i = k + 1;
                }
            }
        }
        return i;
    }

    /**
     * The person a sentence led by a description with a title is about ("In a video, the governor introduced
     * himself"): the person "the governor" points back to, as for a speaker; null when there is none or no such
     * subject.
     */
    private Mention describedSubject(List<Token> toks) {
        int i = subjectStart(toks);
        if (i >= toks.size() || !toks.get(i).text().equalsIgnoreCase("the")) {
            return null;
        }
        int k = i + 1;
        while (k < toks.size() && k <= i + 3 && (toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("NOUN")
                || toks.get(k).tag().equals("PROPN"))) {
            k++;
        }
        if (k == i + 1 || k >= toks.size() || !(toks.get(k).tag().equals("VERB") || toks.get(k).tag().equals("AUX"))) {
            return null;
        }
        String head = toks.get(k - 1).text();
        String cap = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        if (!Character.isLowerCase(head.charAt(0)) || !lex.titles.contains(cap)) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int j = i + 1; j < k; j++) {
            phrase.append(j > i + 1 ? " " : "").append(toks.get(j).text());
        }
        Mention d = new Mention(phrase.toString(), phrase.toString(), Speaker.Kind.PERSON, toks.get(i + 1).start(),
                false, true, '?');
        d.phrase = toks.get(i).text() + " " + phrase;
        Mention r = resolve(d, d.offset);
        return r == null || r.described || r.named() == null ? null : r.named();
    }

    /**
     * True for a paragraph that is a heading or a link, not prose: "READ MORE: ‘...’", or one quoted
     * phrase without closing punctuation, possibly followed by ": Name" ('Not a lot of units': Smith).
     */
    private boolean heading(Para para) {
        String t = para.block().textIn(text).strip();
        for (String label : lex.linkLabels) {
            // "LABEL:" or "LABEL |"
            if (t.startsWith(label) && (t.startsWith(":", label.length()) || t.startsWith(" |", label.length()))) {
                return true;
            }
        }
        if (para.block().kind() != Block.Kind.BODY || para.quotes().isEmpty()) {
            return false;
        }
        if (para.quotes().get(0).open() == para.block().start() && para.quotes().get(0).closed()) {
            String bare = t.replaceAll("[\"'\u201d\u2019)\\]]+$", "");
            if (!bare.isEmpty() && ".!?:;,".indexOf(bare.charAt(bare.length() - 1)) < 0 && WordShapes.splitCount(t) <= 12
                    && signature(para, para.quotes().get(0).close() + 1) == null) {
                // a sub-heading that opens with a quotation: 'Bridge of hope' opens in spring
                // (not a pull quote signed with a name: “We will rebuild.” — Jane Roe)
                return true;
            }
        }
        if (para.quotes().size() != 1) {
            return false;
        }
        QuoteMarks.Marked q = para.quotes().get(0);
        String rest = text.substring(q.closed() ? q.close() + 1 : q.end(), para.block().end()).strip();
        String inner = bare(q);
        boolean alone = q.open() == para.block().start() && (rest.isEmpty() || rest.startsWith(":") && WordShapes.splitCount(rest) <= 4)
                && q.closed();
        return alone && !inner.isEmpty() && ".!?,".indexOf(inner.charAt(inner.length() - 1)) < 0;
    }

    private void quotes(Para para, int p, boolean nextOpens) {
        nextSentence = 0;
        boolean heading = heading(para);
        List<QuoteMarks.Marked> qs = heading ? List.of() : para.quotes();
        Mention previous = null;
        // an earlier quote of this paragraph was credited by its own words to nobody ("the advertisement says")
        boolean creditedToNobody = false;
        boolean prevWhole = false;
        // the opening marks of the last whole and the last partial quote kept in this paragraph
        int lastWholeOpen = -1;
        int lastPartialOpen = -1;
        String previousVerb = null;
        boolean continuing = !chain.isEmpty();
        List<Integer> nextChain = new ArrayList<>();
        for (int k = 0; k < qs.size(); k++) {
            QuoteMarks.Marked q = qs.get(k);
            if (q.end() <= q.start()) {
                continue;
            }
            subjects(para, q.open());
            QuoteMarks.Marked prev = k > 0 ? qs.get(k - 1) : null;
            QuoteMarks.Marked next = k + 1 < qs.size() ? qs.get(k + 1) : null;
            int beforeStart = Math.max(sentenceStart(para, q.open()),
                    prev == null ? para.block().start() : prev.closed() ? prev.close() + 1 : Math.min(prev.end(), q.open()));
            int[] before = tokenRange(para, beforeStart, q.open());
            String beforeText = text.substring(beforeStart, q.open()).strip();
            boolean afterQuote = prev != null && prev.closed() && beforeStart == prev.close() + 1
                    && before[1] - before[0] <= 8;
            Attribution.Found aft = null;
            if (q.closed()) {
                int afterEnd = Math.min(sentenceEnd(para, q.close() + 1), next == null ? para.block().end() : next.open());
                int[] after = tokenRange(para, q.close() + 1, afterEnd);
                aft = attribution.after(para.tokens(), after[0], after[1]);
                String inner = text.substring(q.start(), q.end()).strip();
                String next1 = after[0] < after[1] ? para.tokens().get(after[0]).tag() : "";
                if (aft != null && inner.endsWith(".") && (aft.verbIndex() > after[0] + 4
                        || next1.equals("SCONJ") || next1.equals("CCONJ") || next1.equals("DET") || next1.equals("ADP"))) {
                    // “... the end.” While some critics say ...: a new sentence, not the attribution
                    aft = null;
                }
                if (aft != null && next != null && (inner.endsWith(".") || inner.endsWith("?") || inner.endsWith("!"))
                        && text.substring(q.close() + 1, next.open()).strip().endsWith(":")) {
                    // “... wait for what?” Then a narrator says: “...”: a new sentence that introduces the next quotation
                    aft = null;
                }
            }
            Attribution.Found bef = attribution.before(para.tokens(), before[0], before[1]);
            if (bef != null && prev != null && beforeStart > sentenceStart(para, q.open())) {
                // "X called Roe’s plan “...” but also called it “...”", "X said A “...” and said that Doe ... “...”":
                // the verb's subject is looked for in the whole sentence, not only after the quotation before
                Attribution.Found whole = sentenceAttribution(para, q);
                if (whole != null && whole.verb() == bef.verb() && surelySpeaker(whole.who())) {
                    bef = new Attribution.Found(whole.who(), bef.verb(), bef.verbIndex());
                }
            }
            boolean upper = startsUpper(q);
            boolean newSentence = !beforeText.isEmpty() && ".!?".indexOf(beforeText.charAt(beforeText.length() - 1)) >= 0
                    && upper;
            // "(“I have no regrets,” she said.)": a quotation that opens a sentence in parentheses opens it
            String outside = beforeText.endsWith("(") ? beforeText.substring(0, beforeText.length() - 1).strip() : null;
            boolean bracketed = upper && outside != null
                    && (outside.isEmpty() || ".!?".indexOf(outside.charAt(outside.length() - 1)) >= 0);
            boolean partial = !(beforeText.isEmpty() || newSentence || bracketed || beforeText.endsWith(":") || !q.closed()
                    || afterQuote && bef != null
                    || upper && (beforeText.endsWith(",") || bef != null && bef.verbIndex() >= before[1] - 4
                            || beforeText.endsWith("\u2014") || beforeText.endsWith("--")));
            String between = prev != null && prev.closed() ? text.substring(prev.close() + 1, q.open()).strip() : "";
            if (partial && upper && prevWhole && (between.equals("and") || between.equals("or"))) {
                // shouted “Stop!” and “Go home!”: the second of a pair of whole quotes is whole too
                partial = false;
            }
            if (k == 0 && continuing && beforeText.isEmpty()
                    || bef != null && bef.verbIndex() >= before[1] - 2 && bef.verbIndex() >= 0 && words(q) >= 4) {
                // a clause quoted right after its reporting verb: "X said “it is not appropriate to ...”"
                partial = false;
            }
            if (!partial && prev != null && prev.closed() && prev.open() == lastPartialOpen && !endsSentence(prev)
                    && text.substring(prev.close() + 1, q.open()).isBlank()) {
                // to try “staying calm,” “helping out,” and “not panicking”: an item right after a partial quote is one too
                partial = true;
            }
            if (partial && afterQuote && prev != null && prev.open() == lastWholeOpen && beforeText.endsWith(",")
                    && endsWithComma(prev) && text.substring(sentenceStart(para, prev.open()), prev.open()).isBlank()) {
                // “It is still early,” he mused, “the day has barely begun.”: the writer's attribution interrupts one
                // quotation, which goes on after it (lower case) as a whole quote of the same speaker
                partial = false;
            }
            if (partial && bef != null && bef.who() != null && beforeText.endsWith(",") && words(q) >= 4
                    && onlyAdjuncts(para.tokens(), bef.verbIndex() + 1, before[1] - 1)) {
                // "Jane Roe wrote on Tuesday, “the plan has failed.”": a clause quoted after its reporting verb, its
                // subject and a comma, with only adverbs and phrases of time or place between (no "that", no other verb)
                partial = false;
            }
            boolean adjacent = bef != null && bef.verbIndex() >= before[1] - 2;
            Attribution.Found att = adjacent && strong(bef) ? first(bef, aft) : first(aft, bef);
            // a reporting verb whose subject is only a description or a text, for a partial quote no one else speaks for
            Attribution.Found reporter = null;
            if (partial) {
                // "X stated that the plan is “bold” and announced a “new phase”": the sentence's subject
                // after an opening subordinate clause, only the main clause credits the quote ("As the school
                // reopened after calling off classes, Jane Roe blamed “...”": not the school)
                // an opening participle phrase ("Calling Mr. Doe a “coward,” the senator said ..."): its object is
                // not the speaker, the main clause after the quote is
                Attribution.Found aside = asAside(para, q);
                Attribution.Found whole = aside != null ? aside : opensWithParticiple(para, q) ? null
                        : opensWithClause(para, q) ? sentenceAttribution(para, q)
                        : strong(bef) ? bef : sentenceAttribution(para, q);
                // an attribution after a partial quote speaks for it only across a comma ("... “heartbreaking,” she
                // said"); "Critics of what is known as a “backstop” argue ...": the quote names the subject's topic
                att = whole != null ? whole : strong(aft) && speaksFor(q, aft) ? aft : null;
                if (att == null && opensWithParticiple(para, q) && q.closed()) {
                    // "Telling the voters this is “your turn,” Jane Roe closed her speech": the main clause's subject
                    att = mainSubject(para, q);
                }
                if (att == null) {
                    // "To Rep. Jane Roe, the bill “goes too far.”": the person whose view the sentence gives
                    att = viewOf(para, q);
                }
                if (att == null && para.block().kind() == Block.Kind.HEADLINE) {
                    // "Roe vows closures ‘will end by spring’": a headline's verb the tagger took for a plural noun
                    att = headlineReporter(para, q);
                }
                if (att == null && !opensWithParticiple(para, q)) {
                    // "a spokeswoman said the mayor “found the report troubling”", "the resolution said the council would
                    // “stand with ...”": a description or a text reports the words (a text credits nobody)
                    reporter = describedOrText(opensWithClause(para, q) ? sentenceAttribution(para, q, false)
                            : bef != null && bef.verbIndex() >= 0 ? bef : sentenceAttribution(para, q, false));
                    Attribution.Found toSay = reporter == null ? null : infinitiveSubject(para, q, reporter);
                    att = toSay != null ? toSay : reporter != null && subjectReports(para, reporter) ? named(para, reporter) : null;
                }
            }
            if (att == null && !partial && q.closed() && next == null) {
                // a pull quote signed with a bare name, after it or on the next short line: “We will rebuild.” — Jane Roe
                Mention sig = signature(para, q.close() + 1);
                if (sig == null && beforeText.isEmpty() && text.substring(q.close() + 1, para.block().end()).isBlank()
                        && nextPara != null && nextPara.quotes().isEmpty() && nextPara.block().kind() == Block.Kind.BODY) {
                    sig = signature(nextPara, nextPara.block().start());
                }
                if (sig != null) {
                    att = new Attribution.Found(sig, para.tokens().get(para.tokens().size() - 1), -1);
                }
            }
            if (att == null && !partial && q.closed() && beforeText.isEmpty() && endsSentence(q)) {
                // "“Where does the money go?” That was the question Jane Roe put to the chief.": the next sentence
                // points back at the quotation and names its speaker
                int afterEnd = Math.min(sentenceEnd(para, q.close() + 1), next == null ? para.block().end() : next.open());
                int[] after = tokenRange(para, q.close() + 1, afterEnd);
                Mention pointed = after[0] < after[1] ? attribution.pointedBack(para.tokens(), after[0], after[1]) : null;
                if (pointed != null) {
                    att = new Attribution.Found(pointed, para.tokens().get(after[0]), -1);
                }
            }
            Mention who = att == null ? null : resolve(att.who(), att.who() == null ? -1 : att.who().offset);
            String verb = att == null || att.verbIndex() < 0 ? reporter == null ? null : reporter.verb().text() : att.verb().text();
            boolean attributed = att != null && (att.who() != null);
            // the words of a text or of someone the sentence reports without naming them as the verb's subject
            // ("a person described in the indictment as “...”", "telling reporters he was “...”"): kept, credited to nobody
            boolean reportedWords = !attributed && reporter != null;
            boolean guess = false;
            // a short sentence quoted on its own after another quote of the paragraph, or after "X replied,":
            // “..., said Jane Roe. “Not anymore.”", "the crowd replies, “Harbor!”" (not a one-word scare quote)
            boolean shortSentence = !partial && q.closed() && upper && endsSentence(q)
                    && (previous != null && (beforeText.isEmpty() || newSentence) || attributed && adjacent
                            || k == 0 && continuing && beforeText.isEmpty() && !chain.isEmpty());
            if (!strong(att) && !describedPerson(att) && words(q) <= 2 && !shortSentence || nickname(q)) {
                // ("helped catch “Mad” Tom Webb": a nickname, nobody's words)
                continue;
            }
            if (!attributed && !reportedWords) {
                boolean goesOn = k == 0 && continuing && !chain.isEmpty() && beforeText.isEmpty();
                // "“...,” he said. Managers, he went on, “are told ...”": the paragraph's speaker goes on, unless
                // someone else is named after the last quote ("Jane Roe, who lost 10 pounds “and two shirt sizes,” says")
                boolean sameSpeaker = partial && previous != null && words(q) >= 4 && prev != null && prev.closed()
                        && sentenceStart(para, q.open()) > prev.close() && !namedOtherThan(para, previous, prev.close() + 1, q.open());
                if (partial && !sameSpeaker || words(q) <= 2 && !shortSentence || titleCase(q) && words(q) <= 6 && !goesOn && !shortSentence) {
                    // (the last paragraph of a quotation, “... reserved. ¶ Not a Jane Roe.”, is no title)
                    continue;
                }
                if (k == 0 && continuing && !chain.isEmpty()) {
                    Found head = found.get(chain.get(0));
                    who = head.who();
                    verb = head.verb();
                } else if (k == 0 && answersQuestion(para, q)) {
                    // "How worried are you? ¶ “Very worried.”", "Q. Why? ¶ A. “Ten years is enough.”": an interview
                    // printed as questions and answers, the answer the interviewee's (as after "A:")
                    who = resolve(new Mention("A", "", Speaker.Kind.PERSON, q.open(), true, false, '?'), q.open());
                    verb = null;
                } else if (previous != null) {
                    who = previous;
                    verb = previousVerb;
                } else if (creditedToNobody) {
                    who = null;
                } else if (k == 0 && beforeText.isEmpty() && nobodyPara == p - 1) {
                    // "“...,” the letter said. ¶ “This cannot stand.”", "a post provides this commentary: ¶ “...”":
                    // the text goes on, nobody's
                    who = null;
                } else if (lastSubject != null && lastSubjectPara == p - 1 && lastSubjectSentence == sentenceNo
                        && k == 0 && beforeText.isEmpty() && lastSpeakerPara < p - 1) {
                    // "Jane Roe, the union's president, was blunt. ¶ “The offer is an insult.”" (unless the next
                    // paragraph introduces its speaker)
                    Mention introduced = q.closed() && next == null ? introducedNext(para, q) : null;
                    who = introduced != null ? introduced : lastSubject;
                    guess = true;
                } else if (lastSpeaker != null && p - lastSpeakerPara <= 2) {
                    who = lastSpeaker;
                    guess = true;
                } else if (k == 0 && beforeText.isEmpty() && q.closed() && next == null) {
                    // "“We have never seen anything like it.” ¶ Jane Roe, a nurse, says the storm ...": the person
                    // the next paragraph introduces as speaking
                    who = introducedNext(para, q);
                }
            }
            if (partial && namesATerm(beforeText)) {
                // "what is known as a “backstop”", "the word “refugee”": a term or a title named in the writer's own
                // words, nobody's quote
                continue;
            }
            if (namesAWork(beforeText, q)) {
                // "wrote in his memoir, “Rising From the Flats,” that ...", "a video called “Behind the lines ...”":
                // the title of a work, nobody's words
                continue;
            }
            if (titleCase(q) && words(q) <= 8 && programme(para, q)) {
                // "said on Channel Four’s “Morning Talk.”", "told “Morning Report.”": a programme, even with the full stop
                continue;
            }
            if (reporter != null && titleCase(q) && words(q) <= 5) {
                // "characterized as a contribution to “Smiles for Tomorrow.”": a name, not words reported
                continue;
            }
            if (attributed && titleCase(q) && words(q) <= 5 && !endsLikeSpeech(q)) {
                // a title of a show, book or policy ("appeared on “Face the Nation”"), not words spoken
                continue;
            }
            int index = found.size();
            if (guess) {
                guessed.add(index);
            }
            found.add(new Found(source.id(), Statement.Kind.QUOTE, q.start(), q.end(), partial, who, verb));
            creditedToNobody |= !partial && attributed && (who == null || who.named() == null);
            prevWhole = !partial;
            lastWholeOpen = partial ? lastWholeOpen : q.open();
            lastPartialOpen = partial ? q.open() : lastPartialOpen;
            if (who != null && who.named() != null) {
                previous = who;
                previousVerb = verb;
                noteSpeaker(who.named(), p, who.offset);
                if (k == 0 && continuing) {
                    backfill(who, verb);
                }
            } else if (who != null && who.nominal && who.named() == null) {
                noteDescribed(who, p);
            }
            if (k == 0 && continuing) {
                chain.add(index);
            }
            if (!q.closed() && nextOpens) {
                nextChain.addAll(k == 0 && continuing ? chain : List.of());
                nextChain.add(index);
            }
        }
        chain.clear();
        chain.addAll(nextChain.stream().distinct().toList());
        if (creditedToNobody) {
            nobodyPara = p;
        }
        // (nothing heading() reads has changed when qs is empty: the loop above did not run)
        if (qs.isEmpty() && heading) {
            // a link or a sub-heading: nobody in it is a speaker or a subject
            nextSentence = para.sentences().size();
            return;
        }
        subjects(para, para.block().end());
        introduces(para, p);
    }

    /**
     * True when {@code q} opens its paragraph, alone or after an answer label ("A.", "A:", "Answer:"), and the paragraph
     * before is a question with no quotation marks ("What went wrong?", "Q. Will you run again?").
     */
    private boolean answersQuestion(Para para, QuoteMarks.Marked q) {
        String lead = text.substring(para.block().start(), q.open()).strip();
        if (!lead.isEmpty() && !lead.matches("(?:A|Answer|ANSWER)[.:]")) {
            return false;
        }
        if (prevPara == null || prevPara.block().kind() != Block.Kind.BODY || !prevPara.quotes().isEmpty()) {
            return false;
        }
        String question = prevPara.block().textIn(text).strip();
        return question.endsWith("?") && question.length() <= 400;
    }

    /**
     * The person named as the subject of a reporting verb in the first sentence of the next paragraph, when
     * {@code q} is all its paragraph holds; else null.
     */
    private Mention introducedNext(Para para, QuoteMarks.Marked q) {
        if (nextPara == null || nextPara.block().kind() != Block.Kind.BODY || nextPara.sentences().isEmpty()
                || !text.substring(q.close() + 1, para.block().end()).isBlank() || !nextPara.quotes().isEmpty()
                && nextPara.quotes().get(0).open() < nextPara.sentences().get(0).end()) {
            return null;
        }
        Sentence first = nextPara.sentences().get(0);
        int[] r = tokenRange(nextPara, first.start(), first.end());
        Attribution.Found f = attribution.before(nextPara.tokens(), r[0], r[1]);
        if (f == null) {
            // "“...” ¶ Those were the words of Jane Roe at the ceremony.": the sentence points back at the quotation
            Mention pointed = attribution.pointedBack(nextPara.tokens(), r[0], r[1]);
            Mention opening = pointed == null && known.isEmpty() ? attribution.openingName(nextPara.tokens(), r[0], r[1]) : null;
            // "“It has been two years.” ¶ Jane Roe is one of 60 owners still waiting.": a quotation that opens the
            // story, before anyone is named, is the person the next paragraph opens with
            return pointed != null ? pointed : opening;
        }
        if (f.who() == null || f.who().pronoun || f.who().nominal || f.who().kind != Speaker.Kind.PERSON
                || !f.who().name.contains(" ") && f.who().title.isEmpty()) {
            return null;
        }
        return f.who();
    }

    /**
     * "The Daily Courier reported:" or "Roe wrote in a tweet on Monday." at the end of a paragraph: the speaker of the
     * quotation that follows.
     */
    private void introduces(Para para, int p) {
        String t = para.block().textIn(text).strip();
        boolean colon = t.endsWith(":");
        if (!colon && !t.endsWith(".") || para.block().kind() != Block.Kind.BODY
                || !para.quotes().isEmpty() && !para.quotes().get(para.quotes().size() - 1).closed()) {
            return;
        }
        int end = para.block().start() + para.block().textIn(text).stripTrailing().length();
        int from = Math.max(sentenceStart(para, end - 1), para.quotes().isEmpty() ? para.block().start()
                : para.quotes().get(para.quotes().size() - 1).close() + 1);
        int[] r = tokenRange(para, from, end);
        Attribution.Found f = attribution.before(para.tokens(), r[0], r[1]);
        if (colon && (f == null || f.who() == null) && para.quotes().isEmpty()) {
            // "A post accompanying the video offers this commentary:": the quotation that follows is nobody's
            nobodyPara = p;
        }
        if (f == null || f.who() == null || !colon && (from > sentenceStart(para, end - 1) || !bareReport(para.tokens(), f, r[1]))) {
            // ("“...,” she said in an interview.": the attribution of the quote before, already read)
            return;
        }
        Mention who = resolve(f.who(), f.who().offset);
        if (who != null && who.named() != null) {
            noteSpeaker(who.named(), p, who.offset);
        } else if (colon && who != null && !who.pronoun && para.quotes().isEmpty()) {
            // "The statement read:" with no author known: nobody's
            nobodyPara = p;
        }
    }

    /**
     * True when the reporting verb of {@code f} reports nothing in its own sentence, which ends at token {@code to}:
     * only adverbs and phrases after a preposition follow it ("Roe noted as much in a post on Friday."), and
     * its subject is a person or an organisation named or pointed to, never a text.
     */
    private boolean bareReport(List<Token> toks, Attribution.Found f, int to) {
        if (f.verbIndex() < 0 || f.who().nominal || f.verb().text().endsWith("ing")) {
            return false;
        }
        int i = f.verbIndex() + 1;
        while (i < to && toks.get(i).tag().equals("ADV")) {
            i++;
        }
        return i < to && (toks.get(i).tag().equals("ADP") && !toks.get(i).text().equalsIgnoreCase("that")
                || i == to - 1 && toks.get(i).text().equals("."));
    }

    /**
     * True when the word before {@code q} announces a programme or a publication rather than words spoken: "on",
     * "told", or an outlet's possessive ("on Channel Four’s", "Channel Four News’").
     */
    private boolean programme(Para para, QuoteMarks.Marked q) {
        String before = text.substring(para.block().start(), q.open()).stripTrailing();
        int sp = before.lastIndexOf(' ');
        String w = before.substring(sp + 1);
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        return w.equals("on") || w.equals("told") || w.length() > 2 && (lower.endsWith("\u2019s") || lower.endsWith("'s")
                || lower.endsWith("s\u2019") || lower.endsWith("s'")) && Character.isUpperCase(w.charAt(0));
    }

    /** True when the sentence of {@code q} opens with a subordinate clause ended by a comma before {@code q}. */
    private boolean opensWithClause(Para para, QuoteMarks.Marked q) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        if (r[0] >= r[1] || !para.tokens().get(r[0]).tag().equals("SCONJ")) {
            return false;
        }
        for (int i = r[0] + 1; i < r[1] && i < r[0] + 40; i++) {
            if (para.tokens().get(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code q} stands inside a phrase that opens its sentence with a present participle and no comma
     * before the quote ("Calling Mr. Doe a “coward,” ..."; "Praising Doe for his “steady hand,” ...").
     */
    private boolean opensWithParticiple(Para para, QuoteMarks.Marked q) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        if (r[0] >= r[1]) {
            return false;
        }
        if (!participle(para.tokens().get(r[0]))) {
            return false;
        }
        for (int i = r[0] + 1; i < r[1]; i++) {
            if (para.tokens().get(i).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person who signs a pull quote: from {@code from} to the end of {@code para}, an optional dash, then a
     * person's name that ends the paragraph or is followed by a short title after a comma ("— Jane Roe, mayor");
     * else null.
     */
    private Mention signature(Para para, int from) {
        int[] r = tokenRange(para, from, para.block().end());
        List<Token> toks = para.tokens();
        int i = r[0];
        boolean dash = false;
        while (i < r[1] && toks.get(i).text().chars().noneMatch(Character::isLetterOrDigit)) {
            dash |= DASHES.matcher(toks.get(i).text()).matches();
            i++;
        }
        if (i >= r[1] || i > r[0] && !dash) {
            return null;
        }
        int e = names.runEnd(toks, i, r[1] - 1);
        if (e < 0) {
            return null;
        }
        Mention m = names.mention(toks, i, e);
        if (m == null || m.kind != Speaker.Kind.PERSON || !m.name.contains(" ") && m.title.isEmpty()) {
            return null;
        }
        if (e + 1 < r[1]) {
            if (!toks.get(e + 1).text().equals(",") || r[1] - e > 10) {
                return null;
            }
            for (int k = e + 2; k < r[1]; k++) {
                String tag = toks.get(k).tag();
                if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PRON")) {
                    return null;
                }
            }
        }
        return m;
    }

    /**
     * After a quote inside an opening participle phrase of a reporting verb ("Telling ...", "Calling ..."), the
     * person named right after it as the subject of the main clause ("..., Jane Roe closed"); else null.
     */
    private Attribution.Found mainSubject(Para para, QuoteMarks.Marked q) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        if (lex.verb(para.tokens().get(r[0]).text()) == null) {
            return null;
        }
        int end = sentenceEnd(para, q.close() + 1);
        int from = q.close() + 1;
        for (QuoteMarks.Marked o : para.quotes()) {
            // “your turn” and “your hour,” Jane Roe closed: after the last quotation of the phrase
            if (o.open() > q.open() && o.open() < end && o.closed()
                    && CONJUNCTION.contains(text.substring(from, o.open()).strip())) {
                from = o.close() + 1;
            }
        }
        int[] a = tokenRange(para, from, end);
        List<Token> toks = para.tokens();
        int i = a[0];
        while (i < a[1] && toks.get(i).text().equals(",")) {
            i++;
        }
        int e = i < a[1] ? names.runEnd(toks, i, a[1] - 1) : -1;
        if (e < 0 || e + 1 >= a[1] || !toks.get(e + 1).tag().equals("VERB")) {
            return null;
        }
        Mention m = names.mention(toks, i, e);
        return m != null && m.kind == Speaker.Kind.PERSON ? new Attribution.Found(m, toks.get(e + 1), -1) : null;
    }

    /**
     * The person a sentence opening with "To" and a name before a comma gives the view of ("To Rep. Jane Roe, the bill
     * “...”"), when the quotation stands in that sentence's main clause; else null.
     */
    private Attribution.Found viewOf(Para para, QuoteMarks.Marked q) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        List<Token> toks = para.tokens();
        if (r[1] - r[0] < 4 || !toks.get(r[0]).text().equals("To")) {
            return null;
        }
        int e = attribution.names().runEnd(toks, r[0] + 1, r[1] - 1);
        // ("To Jane Roe, who ..., the bill": the main clause must hold the quotation; a party and state may follow the name)
        if (e < 0 || !VIEW_CLAUSE.matcher(text.substring(toks.get(e).end(), q.open())).matches()) {
            return null;
        }
        Mention m = attribution.names().mention(toks, r[0] + 1, e);
        return m != null && m.kind == Speaker.Kind.PERSON && surelySpeaker(m) ? new Attribution.Found(m, toks.get(r[0]), -1) : null;
    }

    /**
     * The reporter {@code f} with its subject read as a person's name when the words there are one ("Tom Webb himself
     * said", read as a noun phrase); else {@code f} as found.
     */
    private Attribution.Found named(Para para, Attribution.Found f) {
        List<Token> toks = para.tokens();
        int v = toks.indexOf(f.verb());
        int i = 0;
        while (i < v && toks.get(i).start() < f.who().offset) {
            i++;
        }
        int e = i < v ? attribution.names().runEnd(toks, i, v - 1) : -1;
        for (int k = e + 1; e >= 0 && k < v; k++) {
            // ("A Harbor Board aide said": a description named after its owner, no name)
            if (!(REFLEXIVES.contains(lowerText(toks.get(k))) || AUXILIARIES.contains(lowerText(toks.get(k)))
                    || toks.get(k).tag().equals("ADV"))) {
                return f;
            }
        }
        Mention m = e >= 0 && toks.get(i).start() == f.who().offset ? attribution.names().mention(toks, i, e) : null;
        return m != null && m.kind == Speaker.Kind.PERSON && !m.nominal && surelySpeaker(m) ? new Attribution.Found(m, f.verb(), -1) : f;
    }

    /**
     * In a headline, a reporting verb in "-s" right after the name that opens it ("Roe vows ...", "Acme Board
     * says ..."), whatever its tag; else null.
     */
    private Attribution.Found headlineReporter(Para para, QuoteMarks.Marked q) {
        List<Token> toks = para.tokens();
        int[] r = tokenRange(para, para.block().start(), q.open());
        for (int v = r[0] + 1; v < r[1]; v++) {
            Token t = toks.get(v);
            if (!t.text().endsWith("s") || !Character.isLowerCase(t.text().charAt(0)) || attribution.lemma(t).isEmpty()) {
                continue;
            }
            int s = attribution.names().runStart(toks, v - 1, r[0]);
            // (the name opens the headline: "Candidate in Iowa mocks ..." is not Iowa's)
            Mention m = s == r[0] ? attribution.names().mention(toks, s, v - 1) : null;
            return m != null && !m.nominal ? new Attribution.Found(m, t, -1) : null;
        }
        return null;
    }

    /**
     * True when a proper noun that is no part of {@code speaker}'s name, or ", who", stands in [from, to) of
     * {@code para}: someone else is named or introduced there.
     */
    private boolean namedOtherThan(Para para, Mention speaker, int from, int to) {
        Mention named = speaker.named() != null ? speaker.named() : speaker;
        List<String> own = List.of((named.title + " " + named.name).split(" "));
        int[] r = tokenRange(para, from, to);
        for (int i = r[0]; i < r[1]; i++) {
            Token t = para.tokens().get(i);
            // (a person introduced with a relative clause counts: "The harbor master, who lost ...")
            if (t.tag().equals("PROPN") && !own.contains(t.text()) || i > r[0] && t.text().equalsIgnoreCase("who")
                    && para.tokens().get(i - 1).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a reporting verb in the infinitive ("Jane Roe went so far as to say the council should “...”"): the name or
     * pronoun that opens the sentence, with no comma before the verb; else null.
     */
    private Attribution.Found infinitiveSubject(Para para, QuoteMarks.Marked q, Attribution.Found f) {
        List<Token> toks = para.tokens();
        int v = toks.indexOf(f.verb());
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        if (v <= r[0] || !toks.get(v - 1).text().equalsIgnoreCase("to")) {
            return null;
        }
        for (int i = r[0]; i < v; i++) {
            if (toks.get(i).text().equals(",")) {
                return null;
            }
        }
        Mention m = attribution.mainFirstNamed(toks, r[0], v - 1);
        return m != null && m.offset == toks.get(r[0]).start() && surelySpeaker(m) ? new Attribution.Found(m, f.verb(), -1) : null;
    }

    /**
     * True when the subject found for a reporting verb is the one reporting: it stands before the verb, which is not
     * passive ("were characterized as", "the official described in") nor in a relative clause ("who had called").
     */
    private boolean subjectReports(Para para, Attribution.Found f) {
        List<Token> toks = para.tokens();
        int v = toks.indexOf(f.verb());
        if (v < 0 || f.who().offset >= f.verb().start()) {
            return false;
        }
        int b = v - 1;
        while (b >= 0 && (toks.get(b).tag().equals("ADV") || AUXILIARIES.contains(lowerText(toks.get(b))))) {
            if (PASSIVE.contains(lowerText(toks.get(b)))) {
                return false;
            }
            b--;
        }
        String next = v + 1 < toks.size() ? toks.get(v + 1).text() : "";
        boolean relative = b >= 0 && RELATIVES.contains(lowerText(toks.get(b)));
        // "the official described in the filing as", "paid by the campaign": a participle after its noun
        boolean participle = f.verb().text().endsWith("ed") && (next.equals("by")
                || NAMING.contains(attribution.lemma(f.verb())) && (next.equals("in") || next.equals("as")));
        return !relative && !participle;
    }

    private static String lowerText(Token t) {
        return t.text().toLowerCase(java.util.Locale.ROOT);
    }

    /** The strong attribution of the words of the sentence before {@code q}, quoted words left out, or null. */
    private Attribution.Found sentenceAttribution(Para para, QuoteMarks.Marked q) {
        return sentenceAttribution(para, q, true);
    }

    /** A reporting verb whose subject is a description ("a spokeswoman") or a text ("the resolution"), else null. */
    private static Attribution.Found describedOrText(Attribution.Found f) {
        return f != null && f.verbIndex() >= 0 && f.who() != null && f.who().nominal ? f : null;
    }

    /**
     * "Judges do not, as Justice Jane Roe once said, only call “balls and strikes.”": an aside of "as", a subject and a
     * reporting verb (or "put it") between commas before {@code q} in its sentence credits the quote to that subject,
     * not to the sentence's own; else null.
     */
    private Attribution.Found asAside(Para para, QuoteMarks.Marked q) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        List<Token> toks = para.tokens();
        for (int a = r[0]; a + 2 < r[1]; a++) {
            if (!lowerText(toks.get(a)).equals("as") || a > r[0] && !toks.get(a - 1).text().equals(",")) {
                continue;
            }
            for (int v = a + 2; v < Math.min(r[1], a + 10); v++) {
                Token t = toks.get(v);
                if (t.text().equals(",")) {
                    break;
                }
                boolean putIt = lowerText(t).equals("put") && v + 1 < r[1] && lowerText(toks.get(v + 1)).equals("it");
                int close = putIt ? v + 2 : v + 1;
                if ((putIt || lex.verb(t.text()) != null && t.tag().equals("VERB")) && close < r[1]
                        && toks.get(close).text().equals(",")) {
                    Mention who = attribution.subjectOf(toks, v, a + 1);
                    if (who != null && !who.pronoun || who != null && names.pronoun(toks.get(a + 1)) != null) {
                        return new Attribution.Found(who, t, v);
                    }
                }
            }
        }
        return null;
    }

    /** The attribution of the words of the sentence before {@code q}, quoted words left out; strong ones only if asked. */
    private Attribution.Found sentenceAttribution(Para para, QuoteMarks.Marked q, boolean strongOnly) {
        int[] r = tokenRange(para, sentenceStart(para, q.open()), q.open());
        List<Token> outside = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
            if (!inQuote(para, para.tokens().get(i).start())) {
                outside.add(para.tokens().get(i));
            }
        }
        int from = 0;
        if (!outside.isEmpty() && outside.get(0).tag().equals("SCONJ")) {
            // "As the school reopened after calling off classes, Jane Roe blamed “...”": the main clause's words
            for (int i = 1; i < outside.size() && i < 40; i++) {
                if (outside.get(i).text().equals(",")) {
                    from = i + 1;
                    break;
                }
            }
        }
        Attribution.Found f = attribution.before(outside, from, outside.size());
        return strong(f) || !strongOnly ? f : null;
    }

    /** Gives the speaker found late in a quotation across paragraphs to its earlier parts. */
    private void backfill(Mention who, String verb) {
        for (int i : chain) {
            Found f = found.get(i);
            if (f.who() == null || guessed.contains(i)) {
                // a quotation credited by a later paragraph ("..." ¶ "... ," he said) is that speaker's, not the last one's
                found.set(i, new Found(f.source(), f.kind(), f.start(), f.end(), f.partial(), who, f.verb() == null ? verb : f.verb()));
            }
        }
    }

    private static Attribution.Found first(Attribution.Found a, Attribution.Found b) {
        if (strong(a)) {
            return a;
        }
        if (strong(b)) {
            return b;
        }
        if (a != null && a.who() != null) {
            return a;
        }
        if (b != null && b.who() != null) {
            return b;
        }
        return a != null ? a : b;
    }

    /** True for an attribution to a name, a pronoun or a titled noun phrase ("the minister"). */
    private static boolean strong(Attribution.Found f) {
        return f != null && f.who() != null && (!f.who().nominal || !f.who().title.isEmpty()
                || f.who().kind == Speaker.Kind.ORGANIZATION);
    }

    /**
     * True when a reporting verb's subject is one person described, not named ("the front-runner called them “...”", "a
     * spokesman warned of “major concerns”"): a word or two quoted after it are that person's (not a group's: "officials
     * call it the “Harbor plank”" may name a thing).
     */
    private boolean describedPerson(Attribution.Found f) {
        return f != null && f.who() != null && f.verbIndex() >= 0 && f.who().nominal && !f.who().pronoun
                && f.who().kind == Speaker.Kind.PERSON && lex.personNoun(f.who().surname()) && singular(f.who().surname());
    }

    /** True for a person noun in the singular: "spokesman", "front-runner", not "officials" or "staffers". */
    private boolean singular(String noun) {
        String w = noun.toLowerCase(java.util.Locale.ROOT);
        return !(w.endsWith("s") || w.endsWith("men") || w.equals("people") || w.equals("children"));
    }

    private boolean startsUpper(QuoteMarks.Marked q) {
        for (int i = q.start(); i < q.end(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }

    /**
     * True for a nickname in quotation marks before a name: "“Mad” Tom Webb", "the “Harbor Hawk” Jane Roe" (one to three
     * capitalised words with no punctuation of their own, right before two capitalised words).
     */
    private boolean nickname(QuoteMarks.Marked q) {
        if (!q.closed() || words(q) > 3 || !startsUpper(q)) {
            return false;
        }
        String inner = text.substring(q.start(), q.end()).strip();
        if (inner.isEmpty() || !Character.isLetter(inner.charAt(inner.length() - 1))) {
            return false;
        }
        int end = Math.min(text.length(), q.close() + 60);
        return NICKNAMED.matcher(text.substring(q.close() + 1, end)).lookingAt();
    }

    /** Two capitalised words, the second not followed by a quotation mark: a name after a nickname. */
    private static final java.util.regex.Pattern NICKNAMED =
            java.util.regex.Pattern.compile(" \\p{Lu}[\\p{L}.'\u2019-]* \\p{Lu}\\p{L}+(?![\\p{L}\u201d\"])");

    private int words(QuoteMarks.Marked q) {
        String s = text.substring(q.start(), q.end()).strip();
        return s.isEmpty() ? 0 : WordShapes.splitCount(s);
    }

    /**
     * True when the attribution after a partial quote speaks for it: a comma or the quote's own closing punctuation
     * stands between them ("“...,” she said", "a “...” to help, she said", "“...!” he wrote"), or the speaker
     * stands between the quote and the verb ("the “big wall” he promised"); not when the verb follows the quote
     * at once ("critics of a “backstop” argue").
     */
    private boolean speaksFor(QuoteMarks.Marked q, Attribution.Found aft) {
        String inner = text.substring(q.start(), q.end()).strip();
        int to = Math.max(q.end(), aft.verb().start());
        return !inner.isEmpty() && ",!?".indexOf(inner.charAt(inner.length() - 1)) >= 0
                || q.closed() && text.substring(Math.min(q.close() + 1, to), to).contains(",")
                || q.closed() && aft.who().offset > q.close() && aft.who().offset < aft.verb().start();
    }

    /**
     * True when the writer's words before a quotation end in a phrase that names a term or a title
     * ({@code extract/term-introducers.txt}, optionally followed by an article): "what is known as a", "the word".
     */
    private boolean namesATerm(String beforeText) {
        String b = " " + beforeText.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        for (String article : List.of(" a", " an", " the")) {
            if (b.endsWith(article)) {
                b = b.substring(0, b.length() - article.length());
                break;
            }
        }
        for (String intro : lex.termIntroducers) {
            if (b.endsWith(" " + intro)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a quotation of at most eight words follows a noun for a work ({@code extract/work-nouns.txt}) and
     * is its title: after "called", "named" or "titled" whatever its case ("a video called “Behind the lines”"),
     * else in title case right after the noun or its comma ("his memoir, “Rising From the Flats,”").
     */
    private boolean namesAWork(String beforeText, QuoteMarks.Marked q) {
        String[] w = beforeText.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (w.length == 0 || words(q) > 8) {
            return false;
        }
        String last = w[w.length - 1];
        boolean naming = last.equals("called") || last.equals("named") || last.equals("titled") || last.equals("entitled");
        String noun = naming && w.length > 1 ? w[w.length - 2] : last;
        boolean comma = noun.endsWith(",");
        noun = comma ? noun.substring(0, noun.length() - 1) : noun;
        String singular = noun.endsWith("s") && !lex.workNouns.contains(noun) ? noun.substring(0, noun.length() - 1) : noun;
        if (!lex.workNouns.contains(singular)) {
            return false;
        }
        return naming && !comma || titleCase(q);
    }

    /** The quoted words without surrounding spaces and without the closing marks of a quotation nested at their end. */
    private String bare(QuoteMarks.Marked q) {
        String inner = text.substring(q.start(), q.end()).strip();
        int e = inner.length();
        while (e > 0 && "\u201d\u2019\"'".indexOf(inner.charAt(e - 1)) >= 0) {
            e--;
        }
        return inner.substring(0, e).strip();
    }

    /** True when the quoted words end with a sentence's closing punctuation. */
    private boolean endsSentence(QuoteMarks.Marked q) {
        String inner = bare(q);
        return !inner.isEmpty() && ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** True when the quoted words end with a comma (“It is early,” he said): the sentence goes on. */
    private boolean endsWithComma(QuoteMarks.Marked q) {
        return bare(q).endsWith(",");
    }

    /**
     * True when tokens [from, to) are at most six words of adverbs, nouns, numbers, determiners, adjectives and
     * prepositions ("on Tuesday", "of the mayor today"): no verb, no "that", no clause of their own.
     */
    private static boolean onlyAdjuncts(List<Token> toks, int from, int to) {
        if (from < 0 || to - from > 6) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            String tag = t.tag();
            if (t.text().equalsIgnoreCase("that") || !(tag.equals("ADV") || tag.equals("NOUN") || tag.equals("PROPN")
                    || tag.equals("NUM") || tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADP"))) {
                return false;
            }
        }
        return true;
    }

    private boolean endsLikeSpeech(QuoteMarks.Marked q) {
        String inner = text.substring(q.start(), q.end()).strip();
        return !inner.isEmpty() && ".!?,".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /**
     * True when the quoted words are capitalised as a title: every word of four letters or more capitalised (but
     * "with", "from" ...) and no shorter lower-case word but an article, a conjunction or a preposition ("do a
     * ‘Big Sleep’" is no title).
     */
    private boolean titleCase(QuoteMarks.Marked q) {
        boolean any = false;
        for (String w : Spaces.split(text.substring(q.start(), q.end()).strip())) {
            if (w.length() <= 3 && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !TITLE_SHORT_WORDS.contains(w)) {
                return false;
            }
            if (w.length() > 3 && Character.isLetter(w.charAt(0)) && !lex.titleSmallWords.contains(w)) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    // ---- reported speech ----

    private void reported(Para para, Sentence s, int p) {
        readingPara = para;
        {
            int[] r = tokenRange(para, s.start(), s.end());
            List<Token> toks = para.tokens();
            // once words of the sentence are reported, a later attribution does not take the whole sentence again
            boolean read = false;
            coordinatedVerb = -1;
            for (int v = r[0]; v < r[1]; v++) {
                Token t = toks.get(v);
                if (v != coordinatedVerb && (inQuote(para, t.start()) || !attribution.isVerb(t))
                        || !lex.speechVerbs.contains(attribution.lemma(t))
                        || v > r[0] && (toks.get(v - 1).text().equalsIgnoreCase("to")
                        || toks.get(v - 1).tag().equals("DET"))
                        || v - 1 > r[0] && toks.get(v - 1).text().equals("-") && toks.get(v - 1).end() == t.start()
                        && toks.get(v - 2).end() == toks.get(v - 1).start()
                        || pluralBeforeItsVerb(toks, v, r)) {
                    // "to say", and "a written statement": a participle after a determiner describes a noun; so does
                    // one written with a hyphen ("his long-promised bridge"); "when reports began": a plural noun
                    // before its verb
                    continue;
                }
                if (negated(toks, v, r[0])) {
                    // "X would not say how many ...": no words of X reported; "X has not announced A, but said B":
                    // the second verb's speaker is X
                    coordinatedVerb = -1;
                    int second = secondClause(toks, v + 2, r[1], false);
                    if (second > v && coordinatedVerb >= 0) {
                        coordinatedSpeaker = attribution.subjectOf(toks, v, r[0]);
                        v = second - 1;
                    }
                    continue;
                }
                secondClause = -1;
                if (v != coordinatedVerb) {
                    coordinatedVerb = -1;
                }
                if (reportedAfter(para, p, s, r, v) || !read && reportedBefore(para, p, s, r, v)) {
                    read = true;
                    if (secondClause > v) {
                        // "X said A, and Y said B": read Y's clause too
                        v = secondClause - 1;
                        continue;
                    }
                    break;
                }
            }
            if (!read) {
                according(para, p, s, r);
            }
        }
    }

    /**
     * The source after "according to" in tokens [from, to), or null when it is no short source of words: a name, or
     * a description of a person ("the fire chief", "a senior Harbour Party aide", "current and former crew
     * members"); two sources ("Harbour Radio and the Courier") credit nobody, as a statement has one speaker. A
     * document, a poll or a body described ("the report", "a poll released Friday", "the network"), a source with
     * a verb ("a report that was leaked") or a capitalised phrase read as a description ("Harbour Pollster") is
     * null: the sentence stays a plain claim that keeps its "according to".
     */
    private Mention source(List<Token> toks, int from, int to, Token at) {
        boolean several = false;
        for (int i = from; i < to; i++) {
            String tag = toks.get(i).tag();
            if (tag.contains("VERB") || tag.contains("AUX") || tag.equals("SCONJ") || inQuoteAt(toks.get(i).start())) {
                return null;
            }
            several |= toks.get(i).text().equals("and") && !(i > from && i + 1 < to && toks.get(i - 1).tag().equals("ADJ")
                    && toks.get(i + 1).tag().equals("ADJ"));
        }
        if (several) {
            return new Mention(at.text(), "", Speaker.Kind.PERSON, at.start(), true, false, 'n');
        }
        Mention m = attribution.rightOf(toks, from, to);
        if (m == null || m.pronoun) {
            return null;
        }
        String head = m.name.substring(m.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean capitalised = m.phrase.equals(m.name) && Character.isUpperCase(m.name.charAt(0));
        return !m.nominal || m.kind == Speaker.Kind.PERSON && !capitalised && !lex.documentNouns.contains(head) ? m : null;
    }

    /** "According to X, A." and "A, according to X.": A is X's words, reported. */
    private boolean according(Para para, int p, Sentence s, int[] r) {
        List<Token> toks = para.tokens();
        int i = r[0];
        while (i < r[1] && (toks.get(i).tag().equals("CCONJ") || toks.get(i).tag().equals("ADV")
                || toks.get(i).text().equals(","))) {
            i++;
        }
        if (i + 2 < r[1] && lowerText(toks.get(i)).equals("according") && toks.get(i + 1).text().equals("to")) {
            int k = i + 2;
            while (k < r[1] && k < i + 16 && !toks.get(k).text().equals(",")) {
                k++;
            }
            if (k >= r[1] || k >= i + 16 || r[1] - k < 4 || inQuoteAt(toks.get(k).start()) || !hasVerb(toks, k + 1, r[1])) {
                return false;
            }
            int k2 = k + 1;
            while (k2 < r[1] && k2 < k + 8 && !toks.get(k2).text().equals(",")) {
                k2++;
            }
            if (k2 < r[1] && k2 < k + 8 && toks.get(k + 1).tag().equals("DET") && !hasVerb(toks, k + 1, k2)) {
                // "According to a study by the Harbor Institute, a research group, the pier ...": past the apposition
                k = k2;
            }
            Mention who = source(toks, i + 2, k, toks.get(i));
            return who != null && add(para, p, toks.get(k + 1).start(), contentEnd(s), who, "according");
        }
        int last = r[1] - 1;
        while (last > r[0] && toks.get(last).tag().equals("PUNCT")) {
            last--;
        }
        for (int a = last - 1; a > r[0] + 2 && a >= last - 16; a--) {
            if (lowerText(toks.get(a)).equals("according") && toks.get(a + 1).text().equals("to")
                    && toks.get(a - 1).text().equals(",") && !inQuoteAt(toks.get(a).start())) {
                Mention who = source(toks, a + 2, last + 1, toks.get(a));
                if (who == null) {
                    return false;
                }
                // the source's words are the last clause: after a colon or semicolon of the writer's
                int from = a - 2;
                while (from > r[0] && !(toks.get(from).text().equals(":") || toks.get(from).text().equals(";"))
                        || from > r[0] && inQuoteAt(toks.get(from).start())) {
                    from--;
                }
                int start = from > r[0] ? toks.get(from + 1).start() : s.start();
                return hasVerb(toks, from > r[0] ? from + 1 : r[0], a - 1)
                        && add(para, p, start, toks.get(a - 2).end(), who, "according");
            }
        }
        return false;
    }

    /** "X said (that) CONTENT." */
    private boolean reportedAfter(Para para, int p, Sentence s, int[] r, int v) {
        List<Token> toks = para.tokens();
        if (v != coordinatedVerb && (v > r[0] && inQuote(para, toks.get(v - 1).start())
                || v - 1 > r[0] && toks.get(v - 1).text().equals(",") && inQuote(para, toks.get(v - 2).start()))) {
            // "“...,” said the staffer, noting the delay": the speaker follows the verb, no words reported after it
            return false;
        }
        // "X said A, but added B": the second verb's speaker is the first's
        Mention who = v == coordinatedVerb ? coordinatedSpeaker : attribution.subjectOf(toks, v, r[0]);
        coordinatedVerb = -1;
        if (who == null) {
            return false;
        }
        int c = v + 1;
        String lemma = attribution.lemma(toks.get(v));
        // "warned the fund will run out" reports words at once; "warned investors that" names a listener first
        if (lemma.equals("tell") || lemma.equals("assure") || lemma.equals("inform")
                || lemma.equals("warn") && thatWithin(toks, c, Math.min(r[1], c + 7))) {
            int e = c < r[1] ? names.runEnd(toks, c, r[1] - 1) : -1;
            if (e >= 0) {
                c = e + 1;
            } else {
                // the listener: a pronoun ("told them"), or a description or name ("told the Daily Courier"),
                // not the pronoun that follows one ("told the Courier he had ...": the words said)
                // (one noun phrase: "told reporters Thursday the plant ...": a determiner after its noun opens the words)
                int listener = c;
                boolean head = false;
                while (c < r[1] && c < v + 6 && !toks.get(c).text().equals("that")
                        && (toks.get(c).tag().equals("PRON") && c == listener
                        || !head && (toks.get(c).tag().equals("DET") || toks.get(c).tag().equals("ADJ"))
                        || toks.get(c).tag().equals("NOUN") || toks.get(c).tag().equals("PROPN"))) {
                    head |= toks.get(c).tag().equals("NOUN") || toks.get(c).tag().equals("PROPN");
                    c++;
                }
            }
        }
        if (c < r[1] && toks.get(c).text().equals(",")) {
            // "X confirmed, an outlet reported, that ...": the outlet's report is the writer's source, X the speaker
            int k = c + 1;
            while (k < r[1] && k < c + 8 && !toks.get(k).text().equals(",")) {
                k++;
            }
            if (k + 1 < r[1] && k < c + 8 && k - 1 > c + 1 && attribution.isVerb(toks.get(k - 1))
                    && toks.get(k + 1).text().equalsIgnoreCase("that")) {
                c = k + 1;
            }
        }
        if (c + 1 < r[1] && toks.get(c).tag().equals("ADV") && lowerText(toks.get(c + 1)).equals("that")) {
            // "announced recently that ...": the adverb is the writer's
            c++;
        }
        // "said Wednesday (that) ...", "told reporters on Friday ...": the time of the saying is not the words said
        int afterTime = Attribution.afterTimePhrase(toks, c, r[1]);
        boolean timed = afterTime > c;
        c = afterTime;
        boolean phrase = c < r[1] && toks.get(c).tag().equals("ADP") && !toks.get(c).text().equals("that");
        boolean that = false;
        if (c + 1 < r[1] && toks.get(c).text().equalsIgnoreCase("that") && !toks.get(c + 1).tag().equals("AUX")
                && !toks.get(c + 1).tag().equals("VERB")) {
            // "told Roe that the fund ...": "that" opens the words whatever its tag ("that" before a noun may be
            // read as a determiner); "noted that, like ..., the fund": past the comma too
            c += toks.get(c + 1).text().equals(",") ? 2 : 1;
            that = true;
        }
        // a subject and its verb before any "that" show the words said have begun ("said the plant closed after
        // the flood that ..."), unless a clause of time or place comes first ("tweeted shortly before X took ...")
        int lead = c;
        while (lead < r[1] && toks.get(lead).tag().equals("ADV")) {
            lead++;
        }
        boolean subject = false;
        boolean clauseFirst = lead < r[1] && (toks.get(lead).tag().equals("ADP") || toks.get(lead).tag().equals("SCONJ"));
        for (int i = c; !that && i < Math.min(r[1], c + (phrase ? 16 : 10)); i++) {
            String w = toks.get(i).text();
            if (phrase ? w.equals(":") || w.equals(";") || toks.get(i).tag().equals("VERB") && w.endsWith("ing")
                    : w.equals(",") || w.equals(":") || QuoteMarks.isOpening(w.charAt(0))) {
                break;
            }
            String tag = toks.get(i).tag();
            subject |= tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
            if (!phrase && !timed && !clauseFirst && subject && (tag.equals("VERB") || tag.equals("AUX"))) {
                // "said the plant closed after the flood that ...": the words said began before this "that"
                break;
            }
            if (!w.equals("that")) {
                continue;
            }
            // after "said Friday", "that" opens the words said whatever its tag; after "said in a statement" or
            // "said on “Morning Show”, on May 2,", too, unless a finite verb follows it ("in an interview that
            // aired", "that was"; the tagger's reading of the next word follows its reading of "that", so the
            // verb is told by its form)
            Token next = i + 1 < r[1] ? toks.get(i + 1) : null;
            if (phrase && next != null && (next.tag().equals("AUX")
                    || next.tag().equals("VERB") && next.text().endsWith("ed"))) {
                break;
            }
            if (toks.get(i).tag().equals("SCONJ") || timed && i == c || phrase) {
                c = i + 1;
                that = true;
                break;
            }
        }
        if (phrase && !that) {
            // "This move, Roe stated during talks with the board, is crucial": the attribution set off by commas
            // inside the words reported; the sentence is what was said
            if (parenthetical(toks, who, v, r[1])) {
                return add(para, p, s.start(), contentEnd(s), who, toks.get(v).text());
            }
            // "said in an interview he was not worried", "told reporters after the meeting the review ...": where
            // or when it was said, then a subject and its verb open the words
            int words = afterPhrases(toks, c, r[1]);
            if (words < 0 || !opensClause(toks, words, r[1]) || endsOnItsVerb(toks, words, r[1])) {
                // "said Wednesday in a speech promoting the bill", "was confirmed Tuesday as ...": where, when or
                // how it was said, no words reported
                return false;
            }
            c = words;
        }
        if (c >= r[1] || r[1] - c < 3 || !QuoteMarks.isOpening(toks.get(c).text().charAt(0))
                && toks.get(c).tag().equals("PUNCT")) {
            return false;
        }
        // "the bill that critics said would ...", "a project lawmakers say is ...": the relative clause's own
        // subject speaks, not the noun the clause describes; "The mayor, who said A, voted no": the words end with
        // the clause
        int inner = relativeSubjectStart(toks, v, r[0], c, that);
        if (inner >= 0) {
            Mention own = attribution.subjectOf(toks, v, inner);
            if (own == null) {
                return false;
            }
            String opener = own.phrase.isEmpty() ? "" : own.phrase.substring(0, Math.max(0, own.phrase.indexOf(' ')));
            if (RELATIVES.contains(opener.toLowerCase(java.util.Locale.ROOT))) {
                // ("that critics": the relative pronoun is no determiner of the description)
                own.phrase = own.phrase.substring(opener.length() + 1);
            }
            who = own;
        }
        boolean relative = inner >= 0 || relativeVerb(toks, v, r[0]);
        int clauseEnd = relative ? relativeClauseEnd(toks, c + 2, r[1]) : -1;
        if (frontedPhrase(toks, r[0], v)) {
            // "With a vote near on the bill that critics said would ..., the mayor wrote", "When Roe
            // announced he was running, Webb joined": the comma that closes the opening phrase closes the words (for
            // a verb outside a relative clause, when a clause follows it)
            for (int k = c + 2; k < r[1]; k++) {
                if (toks.get(k).text().equals(",")) {
                    if (relative || mainClauseAfter(toks, k + 1, r[1])) {
                        clauseEnd = k;
                    }
                    break;
                }
            }
        }
        if (QuoteMarks.isOpening(text.charAt(toks.get(c).start())) || !hasVerb(toks, c, r[1])
                || toks.get(c).text().equalsIgnoreCase("to")) {
            return false;
        }
        if (!that && lemma.equals("add") && (toks.get(c).tag().equals("NUM") || toks.get(c).text().equals("$"))) {
            return false; // "the index added 0.4 per cent": a gain, no words
        }
        if (!that && Attribution.timeWord(lowerText(toks.get(c))) && toks.get(c + 1).text().equals(",")
                || !that && (toks.get(c).tag().equals("SCONJ") || toks.get(c).tag().equals("ADP"))
                && toks.get(c + 1).tag().equals("VERB") && lowerText(toks.get(c + 1)).endsWith("ing")) {
            // "said Sunday, referring to ...", "says while rolling up her sleeves": when and how, no words
            return false;
        }
        if (!that && objectOfTheVerb(toks, v, c, r[1])) {
            // "announced his plan to cut taxes", "denied the rumors, which ...": a noun phrase, no words reported
            return false;
        }
        int end = trailingAttribution(para, toks, c + 3, r[1], contentEnd(s));
        int second = secondClause(toks, c + 2, r[1], !relative);
        if (second >= 0) {
            end = toks.get(second - 1).end();
            while (end > toks.get(c).start() && ",;".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        if (clauseEnd >= 0 && toks.get(clauseEnd).start() < end) {
            if (!hasVerb(toks, c, clauseEnd) && (relative || clauseEnd - c <= 3)) {
                // "an advocate who wrote Amendment 9, said ...", "As he announced the deal, Roe ...": the verb has an
                // object, no words (the tagger misses some verbs: a short phrase with none is surely no words)
                return false;
            }
            end = toks.get(clauseEnd).start();
            // the main clause after it may report words of its own ("..., the party said B")
            secondClause = clauseEnd + 1;
        }
        int withheld = withheldClause(toks, c + 2, r[1]);
        if (withheld >= 0 && toks.get(withheld).start() < end) {
            // "X said A, but would not say B", "..., but offered no evidence": the writer's remark ends the words
            end = toks.get(withheld).start();
        }
        // "have not announced any new steps, but said B": a first verb with an object, no words, before the second
        boolean added = (second < 0 || hasVerb(toks, c, second)) && add(para, p, toks.get(c).start(), end, who,
                toks.get(v).text());
        if (second >= 0) {
            secondClause = second;
            if (coordinatedVerb >= 0) {
                coordinatedSpeaker = who;
                return true;
            }
        }
        return added;
    }

    /**
     * Where the subject of a reporting verb inside a relative clause starts, when the clause describes a noun before
     * it: after "that" or "which" ("a bill that critics said would ..."), or, with no relative pronoun, a name or a
     * noun for people standing right after the noun described, when the words said open with a finite verb (the
     * clause's subject is the noun described: "a project Democratic lawmakers say is ..."); else -1.
     */
    private int relativeSubjectStart(List<Token> toks, int v, int floor, int c, boolean that) {
        for (int k = v - 1; k > floor && k >= v - 6; k--) {
            Token t = toks.get(k);
            String w = lowerText(t);
            if (t.tag().equals("PUNCT") && !w.equals(".") || t.tag().equals("VERB")) {
                break;
            }
            if ((w.equals("that") || w.equals("which")) && k + 1 < v
                    && (toks.get(k - 1).tag().equals("NOUN") || toks.get(k - 1).tag().equals("PROPN"))) {
                return k + 1;
            }
        }
        if (that || c != v + 1 || !finite(toks, c) || toks.get(c).tag().equals("VERB") && !toks.get(c).text().endsWith("ed")) {
            return -1;
        }
        int e = v - 1;
        while (e > floor && toks.get(e).tag().equals("ADV") && !toks.get(e).capitalized()) {
            e--;
        }
        int s = e > floor ? names.runStart(toks, e, floor + 1) : -1;
        if (s < 0) {
            if (e <= floor || !toks.get(e).tag().equals("NOUN") || !lex.personNoun(lowerText(toks.get(e)))) {
                return -1;
            }
            s = e;
            while (s - 1 > floor && s > e - 3 && (toks.get(s - 1).tag().equals("ADJ") || toks.get(s - 1).capitalized()
                    && toks.get(s - 1).tag().equals("PROPN"))) {
                s--;
            }
        }
        return s - 1 > floor && (toks.get(s - 1).tag().equals("NOUN") || toks.get(s - 1).tag().equals("PROPN")
                && !toks.get(s - 1).capitalized()) ? s : -1;
    }

    /**
     * True when tokens from {@code i} open a clause: a subject (a pronoun, a name, or a noun phrase of at most six
     * words) then a finite verb, before any comma.
     */
    private static boolean mainClauseAfter(List<Token> toks, int i, int to) {
        if (i >= to || !(toks.get(i).tag().equals("PRON") || toks.get(i).tag().equals("PROPN") || toks.get(i).tag().equals("DET")
                || toks.get(i).tag().equals("NOUN") || toks.get(i).tag().equals("ADJ"))) {
            return false;
        }
        for (int k = i + 1; k < to && k <= i + 6; k++) {
            if (toks.get(k).text().equals(",")) {
                return false;
            }
            if (finite(toks, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a word in -s read as a reporting verb that is a plural noun before its own verb: "when reports began"
     * (no name, noun or pronoun before it to be its subject; the next word a verb of its own, not a contraction).
     */
    private static boolean pluralBeforeItsVerb(List<Token> toks, int v, int[] r) {
        if (!toks.get(v).text().endsWith("s") || v + 1 >= r[1] || !finite(toks, v + 1)) {
            return false;
        }
        String next = toks.get(v + 1).tag();
        String before = v - 1 >= r[0] ? toks.get(v - 1).tag() : "";
        return (next.equals("VERB") || next.equals("AUX")) && !before.equals("NOUN") && !before.equals("PROPN")
                && !before.equals("PRON") && !before.contains("PART");
    }

    /**
     * True when the sentence opens with a preposition, a conjunction, "when" or a participle ("Citing ...") and no
     * comma comes before token {@code v}: the verb is inside the opening phrase.
     */
    private static boolean frontedPhrase(List<Token> toks, int from, int v) {
        String tag = toks.get(from).tag();
        boolean participle = toks.get(from).capitalized() && lowerText(toks.get(from)).endsWith("ing")
                && (tag.equals("VERB") || tag.equals("NOUN"));
        if (!tag.equals("ADP") && !tag.equals("SCONJ") && !lowerText(toks.get(from)).equals("when") && !participle) {
            return false;
        }
        for (int k = from + 1; k < v; k++) {
            if (toks.get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** True when the verb at {@code v} opens a relative clause: "The mayor, who said ...", "..., which said ...". */
    private static boolean relativeVerb(List<Token> toks, int v, int floor) {
        int b = v - 1;
        while (b > floor && (toks.get(b).tag().equals("ADV") || toks.get(b).tag().equals("AUX"))) {
            b--;
        }
        return b > floor && RELATIVES.contains(lowerText(toks.get(b))) && !lowerText(toks.get(b)).equals("that");
    }

    /**
     * The comma that closes words reported inside a relative clause, in tokens [from, to): one before the main
     * clause's verb ("The mayor, who said the bridge was unsafe, voted no") or before a clause joined to the
     * sentence (", and the council agreed", ", that the council ..."); a clause set off inside the words (", which
     * was built in 1950,") is skipped, and so is one of condition or contrast (", if true,", ", though ...": the
     * speaker's as likely as the writer's). -1 when the words run to the end.
     */
    private static int relativeClauseEnd(List<Token> toks, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (!toks.get(k).text().equals(",")) {
                continue;
            }
            Token n = toks.get(k + 1);
            String w = lowerText(n);
            if (w.equals("which") || w.equals("who") || n.tag().equals("SCONJ") && !w.equals("that")) {
                // an aside inside the words (", which ...,", ", if true,"): past its closing comma
                int close = k + 2;
                while (close < to && !toks.get(close).text().equals(",")) {
                    close++;
                }
                k = close;
                continue;
            }
            if (finite(toks, k + 1) || n.tag().equals("CCONJ") || w.equals("that")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The end of reported words that a second, short attribution closes ("X stated that A, AP reported.", "...,
     * the officials said.", "..., according to the indictment."): before it, or {@code end} when there is none.
     * The attribution names the writer's source for the report, not words of the speaker.
     */
    private int trailingAttribution(Para para, List<Token> toks, int from, int to, int end) {
        int last = to - 1;
        while (last > from && toks.get(last).tag().equals("PUNCT")) {
            last--;
        }
        int k = last;
        Token verb = toks.get(last);
        boolean reports = attribution.isVerb(verb) && lex.speechVerbs.contains(attribution.lemma(verb));
        if (reports) {
            k--;
        }
        int words = 0;
        while (k > from && words <= 5 && !toks.get(k).tag().equals("PUNCT")) {
            String tag = toks.get(k).tag();
            if (toks.get(k).text().equals("according") && k + 1 <= last && toks.get(k + 1).text().equals("to")) {
                reports = true;
            } else if (!(tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET") || tag.equals("ADJ")
                    || tag.equals("NUM") || tag.equals("PRON") || tag.equals("ADP") || toks.get(k).text().equals("to"))) {
                return end;
            }
            words++;
            k--;
        }
        // the attribution follows a comma, or a comma and a closing quotation mark (‘... “headquarters,” AP reported’)
        String before = toks.get(k).text();
        boolean comma = before.equals(",") || before.length() == 1 && "\"”’'".indexOf(before.charAt(0)) >= 0
                && k - 1 > from && toks.get(k - 1).text().equals(",");
        if (!reports || !comma || words == 0 || words > 5 || inQuote(para, toks.get(k + 1).start())) {
            return end;
        }
        int cut = toks.get(k + 1).start();
        while (cut > 0 && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        if (text.charAt(cut - 1) == ',') {
            cut--;
        }
        return cut;
    }

    /**
     * Whether the words after a reporting verb with no "that" are the verb's object, a noun phrase or a gerund,
     * and not a clause of words said: "announced his plan to cut taxes", "revealed no details about the deal",
     * "denied the rumors, which spread on Friday", "acknowledged receiving the gifts", "promised a review that
     * would take a year". They are a clause when a finite verb follows outside a relative clause ("announced the
     * head of the agency would resign", "said having a vote is wise", "said the plant, which closed in May, would
     * reopen").
     */
    private boolean objectOfTheVerb(List<Token> toks, int v, int c, int to) {
        String lemma = attribution.lemma(toks.get(v));
        if (lemma.equals("say") || lemma.equals("tell") || lemma.equals("add")) {
            return false; // "said the plan stereotypes ...": these verbs take words, not objects
        }
        // ("denied being biased": "being" may be tagged an auxiliary, and the participle after it is its own)
        boolean gerund = (toks.get(c).tag().equals("VERB") || toks.get(c).tag().equals("AUX")) && lowerText(toks.get(c)).endsWith("ing");
        if (toks.get(c).tag().equals("PRON") && !lex.possessives.containsKey(lowerText(toks.get(c)))) {
            return false; // "announced he plans to ...": a subject
        }
        if (!gerund && nounPhrase(toks, c, to) == c) {
            return false;
        }
        boolean relative = false;
        boolean inGroup = gerund;
        for (int k = c + 1; k < to; k++) {
            String tag = toks.get(k).tag();
            boolean verb = tag.contains("VERB") || tag.contains("AUX");
            if ((lowerText(toks.get(k)).equals("and") || lowerText(toks.get(k)).equals("but")) && k + 1 < to
                    && (toks.get(k + 1).tag().equals("VERB") || toks.get(k + 1).tag().equals("AUX")) && finite(toks, k + 1)
                    && !lowerText(toks.get(k + 1)).endsWith("ing")) {
                // "denied taking gifts and told reporters the audit was wrong": the object ends where the subject's
                // second verb begins
                return true;
            }
            if (verb && !inGroup) {
                if (finite(toks, k) && !relative) {
                    return false;
                }
                // the relative clause's verb ("a review that would take a year") is the noun's
                relative = false;
            }
            inGroup = verb || inGroup && tag.equals("ADV");
            if (RELATIVES.contains(lowerText(toks.get(k))) && !tag.contains("VERB") && !tag.contains("AUX")) {
                relative = true;
            }
        }
        return true;
    }

    /** The end of phrases "in a statement", "during the meeting with the board" from {@code i}, or -1. */
    private static int afterPhrases(List<Token> toks, int i, int to) {
        int k = i;
        while (k < to && toks.get(k).tag().equals("ADP") && !lowerText(toks.get(k)).equals("that")) {
            int e = nounPhrase(toks, k + 1, to);
            if (e == k + 1 || toks.get(k + 1).tag().equals("PRON")) {
                return -1;
            }
            k = e;
        }
        return k > i ? k : -1;
    }

    /**
     * Whether the clause at {@code i} after a phrase like "in a statement" or "before a game" ends on its verb, a
     * time at most after it: a relative clause of the phrase's noun with no "that" ("said in a statement the
     * company released Tuesday", "said before a match she had not planned to watch"), not words said.
     */
    private static boolean endsOnItsVerb(List<Token> toks, int i, int to) {
        int k = to - 1;
        while (k > i && (toks.get(k).tag().equals("PUNCT") || Attribution.timeWord(lowerText(toks.get(k)))
                || toks.get(k).tag().equals("NUM"))) {
            k--;
        }
        return toks.get(k).tag().equals("VERB");
    }

    /** Whether a subject (a pronoun or a noun phrase) and its finite verb begin at {@code i}: "he was", "the board had". */
    private boolean opensClause(List<Token> toks, int i, int to) {
        if (i >= to) {
            return false;
        }
        int e;
        if (RELATIVES.contains(lowerText(toks.get(i)))) {
            return false; // "said in an interview that aired Sunday"
        }
        if (toks.get(i).tag().equals("PRON")) {
            if (lex.possessives.containsKey(lowerText(toks.get(i))) && !lowerText(toks.get(i)).equals("her")) {
                e = nounPhrase(toks, i, to);
            } else {
                e = i + 1;
            }
        } else if (toks.get(i).tag().equals("DET") || toks.get(i).tag().equals("PROPN") || toks.get(i).tag().equals("NOUN")
                || toks.get(i).tag().equals("ADJ") || toks.get(i).tag().equals("NUM")) {
            e = nounPhrase(toks, i, to);
        } else {
            return false;
        }
        if (e == i) {
            return false;
        }
        while (e < to && toks.get(e).tag().equals("ADV")) {
            e++;
        }
        return e < to && finite(toks, e);
    }

    /** A noun phrase from {@code i}: a determiner or pronoun, then adjectives, nouns, names, numbers; its end. */
    private static int nounPhrase(List<Token> toks, int i, int to) {
        int k = i;
        if (k < to && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("PRON"))) {
            k++;
        }
        while (k < to) {
            String tag = toks.get(k).tag();
            String w = toks.get(k).text();
            if (tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM")
                    || w.equals("'s") || w.equals("\u2019s") || w.equals("-")) {
                k++;
            } else {
                break;
            }
        }
        return k > i && (k - i > 1 || toks.get(i).tag().equals("PRON") || !toks.get(i).tag().equals("DET")) ? k : i;
    }

    /** A finite verb: a verb or auxiliary that is not a participle in -ing nor an infinitive after "to". */
    private static boolean finite(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        String tag = toks.get(k).tag();
        if (!tag.contains("VERB") && !tag.contains("AUX")) {
            return false;
        }
        return !(tag.equals("VERB") && toks.get(k).text().endsWith("ing"))
                && !(k > 0 && lowerText(toks.get(k - 1)).equals("to"));
    }

    /** Whether the verb at {@code v} is negated ("did not say", "has never said", "wouldn't immediately say"). */
    private static boolean negated(List<Token> toks, int v, int from) {
        int i = v - 1;
        while (i > from && toks.get(i).tag().equals("ADV") && !negation(toks.get(i))) {
            i--;
        }
        return i >= from && i < v && negation(toks.get(i));
    }

    private static boolean negation(Token t) {
        // "didn't" and "wouldn’t" are one token each
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("not") || w.equals("never") || w.equals("cannot") || w.endsWith("n't") || w.endsWith("n\u2019t");
    }

    /**
     * The comma or semicolon in [from, to) that opens a writer's remark on what the speaker did not say, after
     * the words reported: ", but would not say ...", ", but he declined to elaborate", ", and did not name ...",
     * ", but offered no evidence"; or -1.
     */
    private int withheldClause(List<Token> toks, int from, int to) {
        for (int k = from; k < to - 2; k++) {
            String w = toks.get(k).text();
            if (!(w.equals(",") || w.equals(";")) || inQuoteAt(toks.get(k).start())) {
                continue;
            }
            int i = k + 1;
            if (toks.get(i).text().equals("but") || toks.get(i).text().equals("and")
                    || toks.get(i).text().equals("though") || toks.get(i).text().equals("although")) {
                i++;
            } else if (w.equals(",")) {
                continue;
            }
            if (i < to && names.pronoun(toks.get(i)) != null) {
                i++;
            }
            while (i < to && toks.get(i).tag().equals("ADV") && !negation(toks.get(i))) {
                i++;
            }
            if (i + 1 >= to) {
                continue;
            }
            String first = toks.get(i).text().toLowerCase(Locale.ROOT);
            String next = toks.get(i + 1).text().toLowerCase(Locale.ROOT);
            if (lex.withoutVerbs.contains(first) && (next.equals("no") || next.equals("little"))) {
                return k;
            }
            int verb = -1;
            if (toks.get(i).tag().startsWith("AUX") && negation(toks.get(i))) {
                verb = i + 1;
            } else if (toks.get(i).tag().equals("AUX") && negation(toks.get(i + 1))) {
                verb = i + 2;
            } else if ((first.startsWith("declin") || first.startsWith("refus")) && next.equals("to")) {
                verb = i + 2;
            }
            while (verb >= 0 && verb < to && toks.get(verb).tag().equals("ADV")) {
                verb++;
            }
            if (verb >= 0 && verb < to && lex.withheldVerbs.contains(toks.get(verb).text().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean thatWithin(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (toks.get(i).text().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of a second reported clause in [from, to): after ", and", ", but", ", while" or ";", a
     * name or pronoun and a reporting verb ("X said A, and Y said B"), or -1. With {@code bare} (the words are not
     * those of a relative clause's subject, "the bill critics said would ..."), also "and" or "but" with no comma
     * before a second reporting verb of the same subject ("X warned A and added B"): then the "and" itself.
     */
    private int secondClause(List<Token> toks, int from, int to, boolean bare) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).text();
            // (a comma inside the closing mark of a quotation: 'he's a "long way from it," noting that ...')
            boolean closingComma = k > from && (w.equals("\"") || w.equals("\u201d")) && toks.get(k - 1).text().equals(",");
            if (bare && (w.equals("and") || w.equals("but")) && k > from && !toks.get(k - 1).tag().equals("PUNCT")
                    && !inQuoteAt(toks.get(k).start())) {
                int c = k + 1;
                while (c < to && toks.get(c).tag().equals("ADV")) {
                    c++;
                }
                if (c + 1 < to && toks.get(c).tag().equals("VERB") && !toks.get(c).capitalized()
                        && !toks.get(c).text().endsWith("ing") && lex.speechVerbs.contains(attribution.lemma(toks.get(c)))
                        && !lex.verbs.get(lowerText(toks.get(c))).equals(lowerText(toks.get(c)))) {
                    // "X warned that A and added that B", "X says A and says B": with no comma, a second reporting
                    // verb in a tense of its own (not the bare form of "would say") is the same subject's
                    coordinatedVerb = c;
                    return k;
                }
            }
            if (!(w.equals(",") || w.equals(";") || closingComma) || !closingComma && inQuoteAt(toks.get(k).start())) {
                continue;
            }
            int i = k + 1;
            // (the tagger may read the participle as a noun: "noting")
            if ((w.equals(",") || closingComma) && i < to && (toks.get(i).tag().equals("VERB") || toks.get(i).tag().equals("NOUN"))
                    && lowerText(toks.get(i)).endsWith("ing")
                    && lex.speechVerbs.contains(attribution.lemma(toks.get(i))) && i + 1 < to
                    && !toks.get(i + 1).text().equals(",")) {
                // "X announced that A, saying B": the participle's words are X's too
                coordinatedVerb = i;
                return i;
            }
            if (i < to && (toks.get(i).text().equals("and") || toks.get(i).text().equals("but")
                    || toks.get(i).text().equals("while") || toks.get(i).text().equals("whereas"))) {
                i++;
            } else if (w.equals(",")) {
                continue;
            }
            if (i >= to) {
                return -1;
            }
            int c = i;
            while (c < to && toks.get(c).tag().equals("ADV")) {
                c++;
            }
            if (i > k + 1 && !toks.get(k + 1).text().equals("while") && !toks.get(k + 1).text().equals("whereas")
                    && c < to && toks.get(c).tag().equals("VERB") && !toks.get(c).text().endsWith("ing")
                    && lex.speechVerbs.contains(attribution.lemma(toks.get(c)))) {
                // "X said A, but added B": a second reporting verb of the same subject
                coordinatedVerb = c;
                return k + 1;
            }
            int e = names.pronoun(toks.get(i)) != null ? i : names.runEnd(toks, i, to - 1);
            if (e < 0 && (toks.get(i).tag().equals("DET") || toks.get(i).tag().equals("ADJ")
                    || toks.get(i).tag().equals("NOUN"))) {
                // "..., and the workers said B", "..., but transit officials said B": a described subject
                int n = toks.get(i).tag().equals("DET") ? i + 1 : i;
                while (n < to && n < i + 5 && (toks.get(n).tag().equals("ADJ") || toks.get(n).tag().equals("NOUN"))) {
                    n++;
                }
                e = n > i && toks.get(n - 1).tag().equals("NOUN") ? n - 1 : -1;
            }
            if (e < 0) {
                continue;
            }
            int v = e + 1;
            while (v < to && toks.get(v).tag().equals("ADV")) {
                v++;
            }
            if (v < to && attribution.isVerb(toks.get(v)) && lex.speechVerbs.contains(attribution.lemma(toks.get(v)))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "CONTENT, X said." and "CONTENT, said X." */
    private boolean reportedBefore(Para para, int p, Sentence s, int[] r, int v) {
        List<Token> toks = para.tokens();
        if (toks.get(v).text().endsWith("ing") || relativeVerb(toks, v, r[0])) {
            // ("a lawyer who wrote the charter, said ...": a relative clause's verb reports nothing before it)
            return false;
        }
        // the attribution closes the sentence, or a comma after it opens the writer's participle clause ("..., the
        // agency said, raising the toll") or more words of the speaker ("..., he said, but one person ran ...")
        int attributionEnd = r[1];
        int more = -1;
        boolean whole = false;
        int wholeEnd = -1;
        // "..., said Jane Roe of the Tax Policy Center in Washington.": the speaker and her description close the sentence
        // (not "..., since X announced his challenge in May": a pronoun's noun is the verb's object)
        boolean describedToEnd = v > r[0] && v + 1 < r[1] && toks.get(v - 1).text().equals(",")
                && !toks.get(v + 1).tag().equals("PRON") && !POSSESSIVES.contains(lowerText(toks.get(v + 1)))
                && isApposition(toks, v + 1, r[1])
                && !inQuoteAt(toks.get(v + 1).start());
        if (r[1] - v > 6 && !describedToEnd) {
            int c2 = v + 1;
            while (c2 < r[1] && c2 <= v + 6 && !toks.get(c2).text().equals(",")) {
                c2++;
            }
            if (c2 > v + 6 || c2 + 1 >= r[1] || inQuoteAt(toks.get(c2).start())) {
                return false;
            }
            Token next = toks.get(c2 + 1);
            boolean participle = next.tag().equals("VERB") && next.text().endsWith("ing");
            boolean conjunction = (next.text().equals("but") || next.text().equals("and"))
                    && opensClause(toks, c2 + 2, r[1]) && !inQuoteAt(toks.get(c2 + 2).start());
            if (!participle && !conjunction && isApposition(toks, c2 + 1, r[1])) {
                // "..., said Jane Roe, a spokeswoman for the agency (, who ...)": the speaker's description closes the
                // sentence
                c2 = r[1];
            } else if (!participle && !conjunction) {
                // "Police, Roe says, have no plan ...", "..., she said, especially those ...": the words go on after
                // the attribution (to a writer's remark at most: "..., she said, though she did not name anyone")
                if (next.tag().equals("PUNCT") || inQuoteAt(next.start())) {
                    return false;
                }
                int withheld = withheldClause(toks, c2, r[1]);
                whole = withheld != c2;
                wholeEnd = withheld > c2 ? toks.get(withheld).start() : contentEnd(s);
            }
            attributionEnd = c2;
            more = conjunction ? c2 + 2 : -1;
        }
        int k = v - 1;
        while (k > r[0] && !toks.get(k).text().equals(",")) {
            k--;
        }
        if (k <= r[0] + (whole ? 0 : 2) || v - k > 6) {
            return false;
        }
        // "..., told reporters": after "told" comes the listener, not the speaker
        Mention who = k == v - 1 && !attribution.lemma(toks.get(v)).equals("tell")
                ? attribution.rightOf(toks, v + 1, attributionEnd)
                : k == v - 1 ? null : attribution.subjectOf(toks, v, k + 1);
        if (who != null && k == v - 1 && v + 1 < r[1] && POSSESSIVES.contains(lowerText(toks.get(v + 1)))) {
            // "..., said his spokesman" names a speaker; "..., since X announced his challenge" an object
            // (the last noun of the words after the possessive: "his longtime campaign lawyer")
            int head = -1;
            for (int h = v + 2; h < r[1] && h < v + 6 && NOUN_PHRASE.contains(toks.get(h).tag()); h++) {
                head = toks.get(h).tag().equals("NOUN") ? h : head;
            }
            if (head < 0 || !lex.personNouns.contains(lowerText(toks.get(head)))
                    && !lex.titles.contains(toks.get(head).text())) {
                who = null;
            }
        }
        if (who == null && k == v - 1 && !whole) {
            // "..., Jane Roe, a spokeswoman for the agency, said (on Monday).": a name and its description between
            // commas, and no speaker after the verb
            int k2 = k - 1;
            while (k2 > r[0] && !toks.get(k2).text().equals(",")) {
                k2--;
            }
            int k3 = k2 - 1;
            while (k3 > r[0] && !toks.get(k3).text().equals(",")) {
                k3--;
            }
            // (not "In a response after ..., Jane Roe, a spokeswoman, said just that": an opening phrase, and the verb
            // has an object of its own)
            String after = v + 1 < r[1] ? toks.get(v + 1).tag() : "PUNCT";
            boolean bare = after.equals("PUNCT") || after.equals("ADP") || after.equals("PROPN") || after.equals("NOUN");
            String first = toks.get(r[0]).tag();
            // ("..., a spokesman for the county sheriff's office, Deputy Carl Ruiz, said": a longer description
            // before the name, when it opens with a determiner and holds no verb)
            boolean described = k2 - k3 <= 11 && k3 + 1 < k2 && toks.get(k3 + 1).tag().equals("DET")
                    && isApposition(toks, k3 + 1, k2);
            if (bare && !first.equals("ADP") && !first.equals("SCONJ") && k3 > r[0] + 2 && (k2 - k3 <= 6 || described)
                    && isApposition(toks, k2 + 1, k)) {
                who = attribution.rightOf(toks, k3 + 1, k);
                k = who != null ? k3 : k;
            }
        }
        if (who == null || !hasVerb(toks, r[0], k) && !(whole && hasVerb(toks, attributionEnd + 1, r[1]))) {
            return false;
        }
        if (whole) {
            return add(para, p, s.start(), wholeEnd, who, toks.get(v).text());
        }
        int end = toks.get(k - 1).end();
        for (QuoteMarks.Marked q : para.quotes()) {
            if (q.closed() && q.open() < end && end <= q.close() && q.close() < toks.get(k).end() + 2) {
                // "Her time has been “hard and humbling,” she said": the content ends with the closing mark
                end = q.close() + 1;
            }
        }
        boolean added = add(para, p, s.start(), end, who, toks.get(v).text());
        if (added && more >= 0) {
            add(para, p, toks.get(more).start(), contentEnd(s), who, toks.get(v).text());
        } else if (added && attributionEnd < r[1]) {
            // "..., she said, adding that ...": read the participle's words too
            secondClause = attributionEnd + 1;
        }
        return added;
    }

    private boolean add(Para para, int p, int start, int end, Mention raw, String verb) {
        if (end <= start) {
            return false;
        }
        int quoted = 0;
        for (QuoteMarks.Marked q : para.quotes()) {
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            if (overlap > 0 && q.open() <= start) {
                // the content opens inside or with a quotation: a direct quote, not reported speech
                return false;
            }
            String lead = q.open() > start ? text.substring(start, q.open()).strip() : "";
            if (overlap > 0 && lead.endsWith(",") && lead.split("\\s+").length <= 5) {
                // "“...,” Roe says in the ad, “but ...”", "said in a statement, “...”": the quotation after a short
                // phrase of place or time, not reported speech
                return false;
            }
            quoted += Math.max(0, overlap);
        }
        if (quoted > (end - start) / 2 && wordsOutsideQuotes(para, start, end) < 3) {
            // mostly a partial quote, with fewer than three words of the writer's ("was “...”")
            return false;
        }
        Mention who = resolve(raw, raw.offset);
        found.add(new Found(source.id(), Statement.Kind.CLAIM, start, end, false, who, verb));
        if (who != null && who.named() != null && !verb.equals("according")) {
            // (the source of "according to" is no speaker a later "he said" or "the official" may stand for)
            noteSpeaker(who.named(), p, who.offset);
        } else if (who != null && who.nominal && who.named() == null && !verb.equals("according")) {
            noteDescribed(who, p);
        }
        return true;
    }

    private static int wordsOutsideQuotes(Para para, int start, int end) {
        int n = 0;
        for (Token t : para.tokens()) {
            if (t.start() >= start && t.end() <= end && !inQuote(para, t.start()) && Character.isLetterOrDigit(t.text().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the attribution of verb {@code v} stands between commas inside a sentence ("A, Roe said on Monday,
     * is B"): a comma right before its speaker, and a comma after the verb followed by a verb of the sentence's own.
     */
    private boolean parenthetical(List<Token> toks, Mention who, int v, int to) {
        int before = who.offset - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 0 || text.charAt(before) != ',') {
            return false;
        }
        for (int k = v + 1; k < to - 1; k++) {
            if (toks.get(k).text().equals(",")) {
                String next = toks.get(k + 1).tag();
                return next.equals("AUX") || next.equals("VERB") && !toks.get(k + 1).text().endsWith("ing");
            }
        }
        return false;
    }

    private int contentEnd(Sentence s) {
        int e = s.end();
        while (e > s.start() && ".!?;".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** Possessive determiners: "announced his challenge" has an object, no speaker after the verb. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

    /** Tags of the words of a short noun phrase after a possessive ("his longtime campaign lawyer"). */
    private static final Set<String> NOUN_PHRASE = Set.of("ADJ", "ADV", "NOUN", "PROPN");

    /** Tags of the first word of a description after a name ("a", "the", "Republican", "senior", "his"). */
    private static final Set<String> APPOSITION_OPENERS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON");

    /**
     * Whether tokens [from, to) describe the person or body named before them: a noun phrase with no verb of its own
     * but in a relative clause or a participle in -ing ("a spokesman for the agency", "Republican of Ohio, who wrote
     * the bill", "the city's lawyer"), where "have no plan" and "the workers — who ran 40 stores — do not have" go on
     * the reported words.
     */
    private static boolean isApposition(List<Token> toks, int from, int to) {
        if (from >= to || !APPOSITION_OPENERS.contains(toks.get(from).tag())) {
            return false;
        }
        boolean relative = false;
        for (int j = from; j < to; j++) {
            Token t = toks.get(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom")) {
                relative = true;
            } else if (relative && (w.equals(",") || w.equals("\u2014") || w.equals("\u2013") || w.equals("--"))) {
                // "the plaintiffs — who worked in 40 stores — do not have ...": the relative clause ends
                relative = false;
            } else if (!relative && (t.tag().contains("VERB") || t.tag().contains("AUX")) && !w.endsWith("ing")
                    && !possessiveBeforeNoun(toks, j, to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "sheriff's" in "a spokesman for the sheriff's office": a possessive the tagger read as a noun and "is", before the
     * noun it owns.
     */
    private static boolean possessiveBeforeNoun(List<Token> toks, int j, int to) {
        String w = toks.get(j).text();
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s")) && j + 1 < to
                && (toks.get(j + 1).tag().equals("NOUN") || toks.get(j + 1).tag().equals("ADJ"));
    }

    private static boolean hasVerb(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String tag = toks.get(i).tag();
            // a contraction is one token with two tags: "wasn't" AUX+PART, "it's" PRON+AUX
            if (tag.contains("VERB") || tag.contains("AUX")) {
                return true;
            }
        }
        return false;
    }

    private boolean inQuoteAt(int offset) {
        return readingPara != null && inQuote(readingPara, offset);
    }

    private static boolean inQuote(Para para, int offset) {
        for (QuoteMarks.Marked q : para.quotes()) {
            if (offset >= q.open() && offset < (q.closed() ? q.close() + 1 : q.end())) {
                return true;
            }
        }
        return false;
    }

    // ---- speakers ----

    /** A pronoun or noun phrase resolved to a named speaker where possible; names as they are. */
    /** True for a description of an office held in a place or body it names: "the mayor of Harborville". */
    private static boolean officeOfNamed(String phrase) {
        int of = phrase.indexOf(" of ");
        return of > 0 && of + 4 < phrase.length() && Character.isUpperCase(phrase.charAt(of + 4));
    }

    private Mention resolve(Mention m, int offset) {
        if (m == null) {
            return null;
        }
        if (m.pronoun && m.gender == 'n') {
            // several people at once ("Jane Roe and Tom Doe said"): nobody in particular
            return m;
        }
        if (m.pronoun && m.gender == 'p' && pluralSubject != null && sentenceNo - pluralSentence <= 1
                && pluralSubject.offset < offset) {
            // "Defense lawyers had asked for a new venue: They argued that ...": the group that opened the sentence
            m.target = pluralSubject;
        } else if (m.pronoun) {
            m.target = m.gender == 'm' || m.gender == 'f' ? recent(m.gender, offset) : null;
            if (m.target == null) {
                // (never a person named only after the pronoun: "He said Tom Webb had sold ..." is not Webb's)
                pronounAt = offset < 0 ? Integer.MAX_VALUE : offset;
                m.target = antecedent(m.gender);
                pronounAt = Integer.MAX_VALUE;
            }
            if (m.target == null && m.gender == '?' && Attribution.answerLabel(m.name)) {
                // "Jane Roe's novel is out. She answered our questions. ¶ Why a hotel? ¶ A: “...”": the one person in
                // focus, as for "she" (no speaker or subject named before)
                m.target = recent('s', offset);
            }
            if (m.target != null && m.gender == '?' && Attribution.answerLabel(m.name)) {
                // "Prosecutor Jane Roe questioned the clerk. ¶ Q: ... ¶ A: “...”": the answer is not the questioner's
                m.target = interviewee(m.target, offset);
            }
            if (m.target == null && (m.gender == 'm' || m.gender == 'f') && looseSubject != null && looseSentence == sentenceNo
                    && looseSubject.offset < offset && !noPerson(looseSubject)
                    && !orgLike.stream().anyMatch(o -> o.name.equals(looseSubject.name) && o.offset != looseSubject.offset)) {
                // "Webb hit back: “It is a lie,” he said.": nobody before, the surname that opens the pronoun's sentence
                m.target = looseSubject;
            }
            if (m.target == null && (m.gender == 'm' || m.gender == 'f') && describedAntecedent(m.gender, offset)) {
                // "One librarian, who asked not to be named, said ... “...,” she said.": nobody named before, the
                // person described who spoke last
                m.target = lastDescribed;
            }
            if (m.target == null && (m.gender == 'm' || m.gender == 'f')) {
                pending = m;
                pendingPara = currentPara;
                pendingSentence = sentenceNo;
            }
            if (m.target != null && (m.gender == 'm' || m.gender == 'f')) {
                genders.putIfAbsent(m.target.surname(), m.gender);
            }
        } else if (m.nominal && m.gender == 'p' && m.title.isEmpty()
                && lex.authoredTexts.contains(m.name.toLowerCase(java.util.Locale.ROOT))) {
            // "the statement said" after "X said in a statement": X
            m.target = issuer(m.name);
        } else if (m.nominal) {
            if (ownedByPronoun(m)) {
                // "his lawyer said": the lawyer named before ("his lawyer, Tom Webb, said"), else the description as written
                m.target = byHead(m);
            } else if (!m.indefinite() && !ownedInside(m.phrase)) {
                // "the official said" after "a justice official": the same description, or a speaker with that title
                m.target = byHead(m);
                if (m.target == null && m.kind == Speaker.Kind.ORGANIZATION && m.title.isEmpty() && properBody(m)) {
                    // "U.S. Harbor Police have not announced ...": a body named in capitals is itself, not the last
                    // organisation that spoke
                    m.target = null;
                } else if (m.target == null && m.kind == Speaker.Kind.ORGANIZATION && m.title.isEmpty() && pluralBody(m)) {
                    // "the companies announced", "state media said": several bodies, never the one named before
                    m.target = null;
                } else if (m.target == null && m.kind == Speaker.Kind.ORGANIZATION && m.title.isEmpty()) {
                    // "the company said" may be a name not known as an organisation; "the Acme board" is itself
                    // ("the tech giant said", a noun only businesses go by: a body known as one, not a name that only
                    // acted like one)
                    String head = m.surname();
                    String modifier = namedModifier(m);
                    boolean businessOnly = lower(head) && lex.businessWords.contains(head)
                            && !lex.organisationWords.contains(Character.toUpperCase(head.charAt(0)) + head.substring(1));
                    if (!modifier.isEmpty()) {
                        // "the Harbor group said" after "the Harbor Tea Party": the body whose name holds the modifier, or
                        // none (not the last organisation that spoke)
                        m.target = null;
                        for (Mention o : organisations) {
                            m.target = o.offset < offset && o.name.contains(modifier) ? o : m.target;
                        }
                    } else {
                        m.target = antecedent('o', m.name.chars().noneMatch(Character::isUpperCase) && !businessOnly);
                    }
                    if (m.target != null && businessOnly && !lex.organisationWords.contains(m.target.surname())) {
                        // (and one whose name says it is a body: "Acme Corp.", "Harbor Motors", not a surname the
                        // headline made a body)
                        m.target = null;
                    }
                    if (m.target != null && !namesHead(m.target, m.surname())) {
                        // "the union said" is never the hospital named before: a body's own kind of word names a body
                        // of that kind; "the company" and "the firm" may be any
                        m.target = null;
                    }
                } else if (m.target == null) {
                    m.target = byTitle(m);
                    if (m.target == null && !m.title.isEmpty()) {
                        // "the professor said", "the Kentucky Republican said": the person the text is about
                        // "the congressman" is a man, "the chairwoman" a woman
                        // ("the ex-congressman": the word after the hyphen)
                        String headWord = m.surname().substring(m.surname().lastIndexOf('-') + 1);
                        char g = lex.genderedNouns.getOrDefault(headWord.toLowerCase(java.util.Locale.ROOT), '?');
                        // (one person: not a group or a body named before, "Proponents say ... ¶ the governor said")
                        // (not "the mayor of Harborville", an office of a place or body named: someone else)
                        m.target = m.phrase.toLowerCase(java.util.Locale.ROOT).startsWith("the ") && !officeOfNamed(m.phrase)
                                ? recent('s', offset) : null;
                        if (m.target != null && g != '?' && opposite(genderOf(m.target), g)) {
                            m.target = recent(g, offset);
                        }
                        if (m.target == null && !officeOfNamed(m.phrase)) {
                            m.target = antecedent('?');
                        }
                        if (m.target != null && g != '?' && opposite(genderOf(m.target), g)) {
                            m.target = antecedent(g);
                        }
                        if (m.target != null && office(m.phrase) && !holdsOffice(m.target, m.surname())) {
                            // "Regional director X approved the contracts ... ¶ the inspector general said": an office
                            // that judges, charges or audits people is not the person the text is about, unless a
                            // title of that person ends in the office's word ("Attorney General Jane Roe")
                            m.target = null;
                        }
                        if (m.target != null && m.phrase.toLowerCase(java.util.Locale.ROOT).startsWith("the ")
                                && lower(m.surname()) && otherTitle(m.target.title, m.title)) {
                            // "Judge Jane Roe wrote ... ¶ The state attorney general said": a person known by another
                            // title is not the one this office describes ("the Kentucky Republican" may be)
                            m.target = null;
                        }

                    }
                }
            }
            if (m.target == null && !m.phrase.isEmpty() && describable(m)) {
                // "a spokesperson said", "protesters chanted": an unnamed speaker, named by its description
                if (ownedByPronoun(m)) {
                    m.phrase = ownersPhrase(m, offset);
                }
                m.described = true;
                m.target = m;
            }
        } else if (!m.name.contains(" ") && m.kind == Speaker.Kind.PERSON && sharedSurname(m) != null) {
            // "Webb said" after "Jane Webb" and "Tom Webb": the one of that gender last in focus
            return sharedSurname(m);
        } else if (!m.name.contains(" ") && m.kind == Speaker.Kind.PERSON && lex.firstNames.containsKey(m.name)) {
            // "says Michael" after "Michael Roe": the one person of that first name (and not that surname)
            Mention full = null;
            for (Mention k : known) {
                if (k.surname().equals(m.name)) {
                    return m;
                }
                if (k.name.startsWith(m.name + " ") && (full == null || full.name.equals(k.name))) {
                    full = k;
                } else if (k.name.startsWith(m.name + " ")) {
                    return m;
                }
            }
            return full != null ? full : m;
        } else if (m.gender == 'm' || m.gender == 'f') {
            genders.putIfAbsent(m.surname(), m.gender);
        }
        return m;
    }

    /** True for a body whose every word is capitalised and that opens with no article: "U.S. Harbor Police". */
    /** The capitalised words before the lower-case head of a body's description ("Harbor" in "the Harbor group"), or "". */
    private static String namedModifier(Mention m) {
        String[] words = m.name.split(" ");
        String head = words[words.length - 1];
        if (words.length < 2 || head.isEmpty() || !Character.isLowerCase(head.charAt(0))) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                b.append(b.length() > 0 ? " " : "").append(words[i]);
            } else if (b.length() > 0) {
                break;
            }
        }
        return b.toString();
    }

    private static boolean properBody(Mention m) {
        String phrase = m.phrase.isEmpty() ? m.name : m.phrase;
        String[] words = phrase.split(" ");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                && !words[0].equals("The");
    }

    /**
     * For a surname alone ("Webb", "Ms. Webb") when two people of that surname are named in the source: the full
     * name of the one that fits the honorific's gender and was named or credited last; else null.
     */
    private Mention sharedSurname(Mention m) {
        List<Mention> full = new ArrayList<>();
        java.util.Set<String> sure = new java.util.TreeSet<>();
        java.util.Set<String> firsts = new java.util.TreeSet<>();
        for (Mention k : known) {
            if (k.kind == Speaker.Kind.PERSON && k.surname().equals(m.name) && !k.name.equals(m.name)) {
                char g = k.gender == 'm' || k.gender == 'f' ? k.gender : lex.firstNames.getOrDefault(k.name.split(" ")[0], '?');
                if (m.gender != 'm' && m.gender != 'f' || g == m.gender || g == '?') {
                    // (a given name of unknown gender fits either honorific; the one named last wins below)
                    full.add(k);
                }
                if (g == m.gender) {
                    sure.add(k.name);
                }
                firsts.add(k.name.split(" ")[0]);
            }
        }
        if (firsts.size() < 2 || full.isEmpty()) {
            return null;
        }
        if (m.gender != 'm' && m.gender != 'f') {
            // no honorific: only a person of that surname who has already spoken by full name is surely meant
            full.removeIf(k -> !spokeFull.contains(k.name));
            if (full.stream().map(k -> k.name).distinct().count() != 1) {
                return null;
            }
        }
        for (int i = mentioned.size() - 1; i >= 0; i--) {
            Mention c = mentioned.get(i).who();
            for (Mention k : full) {
                if (c.name.equals(k.name)) {
                    // one whose gender is unknown yields to one whose gender fits named earlier in the same sentence
                    // ("Tom Roe, the husband of Kim Roe, ... ¶ Mr. Roe said": Tom)
                    for (int j = i - 1; !sure.isEmpty() && !sure.contains(k.name) && j >= 0
                            && mentioned.get(j).sentence() == mentioned.get(i).sentence(); j--) {
                        for (Mention f : full) {
                            if (sure.contains(f.name) && f.name.equals(mentioned.get(j).who().name)) {
                                return f;
                            }
                        }
                    }
                    return k;
                }
            }
        }
        return full.get(full.size() - 1);
    }

    /**
     * The person "he" or "she" at {@code offset} most likely stands for: going back sentence by sentence
     * (at most eight), the nearest sentence's speaker or subject, else the first person it names, whose
     * gender fits or is unknown ({@code 's'}: one person of either gender, no group or body).
     */
    private Mention recent(char gender, int offset) {
        int i = mentioned.size() - 1;

        while (i >= 0 && sentenceNo - mentioned.get(i).sentence() <= 8) {
            int sentence = mentioned.get(i).sentence();
            int j = i;
            while (j - 1 >= 0 && mentioned.get(j - 1).sentence() == sentence) {
                j--;
            }
            List<Cand> in = new ArrayList<>(mentioned.subList(j, i + 1));
            // among people merely named in an earlier sentence, one who has already spoken in the source comes first
            boolean earlier = sentence < sentenceNo;
            in.sort(Comparator.comparingInt((Cand c) -> c.rank() * 2
                    + (c.rank() == 1 && earlier && !spoke.contains(c.who().surname()) ? 1 : 0)).thenComparingInt(Cand::offset));
            for (Cand c : in) {
                char g = c.offset() < offset ? genderOf(c.who()) : 'x';
                Mention w = c.who();
                // ("Supporters say" at a sentence's start reads as a one-word name; a plural person noun is a group)
                boolean one = !w.described && w.gender != 'p' && w.gender != 'o' && w.kind == Speaker.Kind.PERSON
                        && !(w.name.indexOf(' ') < 0 && w.name.endsWith("s") && lex.personNoun(w.name.toLowerCase(java.util.Locale.ROOT)));
                // ("she said" is never the Center for Harbor Policy named before)
                boolean body = w.kind == Speaker.Kind.ORGANIZATION || w.gender == 'o' || w.gender == 'p' || w.described
                        // ("she told reporters" is never "Rural Transit", named before as a common adjective and noun)
                        || (gender == 'm' || gender == 'f') && noPerson(w);
                if (gender == 's' ? one && (g == '?' || g == 'm' || g == 'f')
                        : (gender == 'm' || gender == 'f') && body ? false : g == '?' || g == gender || gender == '?' && g != 'x') {
                    Mention focus = c.rank() == 1 && gender != '?' && gender != 's' && sentence == sentenceNo
                            && offset >= lastSentence[0] && offset < lastSentence[1] && !opensSentence(c) ? focus(j, sentence, gender) : null;
                    return focus != null ? focus : c.who();
                }
            }
            i = j - 1;
        }
        return null;
    }

    /**
     * The person in focus just before sentence {@code sentence} (whose candidates start at index {@code j}):
     * the speaker or subject of the sentence before, or the one before that, when surely of {@code gender}.
     * A person merely named in passing in the pronoun's own sentence ("Saying Mr. Doe, he said, was ...") does
     * not take "he" from them.
     */
    /**
     * True when {@code c} opens the current sentence, with at most a title of two words before it: the sentence's
     * subject ("CEO Jane Roe urged the mayor to act, which she said ..."), not a person merely named in it.
     */
    private boolean opensSentence(Cand c) {
        if (c.offset() < lastSentence[0] || c.offset() > lastSentence[1] || c.offset() > text.length()) {
            return false;
        }
        String lead = text.substring(lastSentence[0], c.offset()).strip();
        if (lead.isEmpty()) {
            return true;
        }
        String[] words = lead.split("\\s+");
        for (String w : words) {
            // ("Blaming President Doe, he said": a participle phrase, not a title, before the name)
            if (!lex.titles.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
                return false;
            }
        }
        return words.length <= 2;
    }

    private Mention focus(int j, int sentence, char gender) {
        for (int i = j - 1; i >= 0 && sentence - mentioned.get(i).sentence() <= FOCUS_SENTENCES; i--) {
            Cand c = mentioned.get(i);
            if (c.rank() == 0 && genderOf(c.who()) == gender) {
                return c.who();
            }
        }
        return null;
    }

    /**
     * True when every word of the name {@code m} in {@code toks} was tagged as a common word (an adjective, a noun, an
     * adverb, a verb or a preposition, never a proper noun), none of them a given name, title or honorific.
     */
    private boolean readAsCommonWords(List<Token> toks, Mention m) {
        int n = 0;
        for (Token t : toks) {
            if (t.start() < m.offset || t.start() >= m.offset + m.name.length() + 1 || !m.name.contains(t.text())) {
                continue;
            }
            String tag = t.tag();
            if (t.proper() || tag.startsWith("PROPN") || tag.equals("X") || lex.firstNames.containsKey(t.text())
                    || lex.titles.contains(t.text()) || lex.honorifics.containsKey(t.text())) {
                return false;
            }
            n++;
        }
        return n > 0;
    }

    /**
     * True for a name that "he" or "she" must not stand for: one whose words the tagger read as common words, with no
     * sign of being a person's (a gender, a title, a credited statement, a full name known as a person's).
     */
    private boolean noPerson(Mention c) {
        return commonWords.contains(c.name) && c.gender != 'm' && c.gender != 'f' && c.title.isEmpty()
                && !people.contains(c.surname()) && !spoke.contains(c.surname()) && !genders.containsKey(c.surname());
    }

    /**
     * True for a possessive name that merely owns something in its sentence, whom "he" or "she" stands for only when
     * nobody else there fits: "Jane Roe has also dismissed Tom Webb’s idea. “...,” she said.", "Webb’s lawyer blasted
     * the ruling. He added ..."; not the owner of a thing that opens the sentence ("Webb’s plan was on display when he
     * said ...": Webb is what the sentence is about).
     */
    private boolean onlyOwner(List<Token> toks, int s, int e) {
        if (!Attribution.owner(toks, e)) {
            return false;
        }
        int k = e + 1;
        while (k < toks.size() && k < e + 3 && (toks.get(k).text().equals("'s") || toks.get(k).text().equals("\u2019s")
                || toks.get(k).text().equals("'") || toks.get(k).text().equals("\u2019") || toks.get(k).tag().equals("ADJ"))) {
            k++;
        }
        boolean ownsPerson = k < toks.size() && (lex.personNoun(toks.get(k).text()) || attribution.isTitleWord(toks.get(k).text()));
        return ownsPerson || s > subjectStart(toks);
    }

    private static boolean possessive(String name) {
        return name.contains("\u2019s ") || name.contains("'s ");
    }

    /** True for a name that is surely a person's: a known first name, a title or honorific, an age or occupation. */
    private boolean personLike(List<Token> toks, int s, int e, Mention named) {
        if (named.kind != Speaker.Kind.PERSON || named.name.equals(named.name.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (possessive(named.name) || s > 0 && toks.get(s - 1).text().equals("(")
                || s > 1 && toks.get(s - 1).text().equals("and") && toks.get(s - 2).capitalized()) {
            // "Canada’s Black porters", "(Library and Archives Canada)": not a person
            return false;
        }
        String[] w = named.name.split(" ");
        if (named.gender == 'm' || named.gender == 'f' || !named.title.isEmpty()) {
            // "Ms. Roe", "Senate Majority Leader Roe"
            people.add(named.surname());
            return true;
        }
        if (w.length == 1) {
            // a surname alone is a person's when a full name had it, or when it was credited with a statement
            return people.contains(named.name) || spoke.contains(named.name);
        }
        if (lex.firstNames.containsKey(w[0])) {
            people.add(named.surname());
            return true;
        }
        if (s > 0 && toks.get(s - 1).tag().equals("NOUN") && Character.isLowerCase(toks.get(s - 1).text().charAt(0))
                && !toks.get(s - 1).text().endsWith("ing") && toks.get(s - 1).text().indexOf('-') < 0
                && !(s > 1 && toks.get(s - 2).text().equals("-"))) {
            // "accountant Jane Roe", "party boss Jane Roe"; not a gerund or a compound the tagger read as a noun
            // ("strengthening Social Insurance", "the long-term Harbor Fund shortfall"), which names no person
            people.add(named.surname());
            return true;
        }
        if (e + 2 < toks.size() && toks.get(e + 1).text().equals(",")) {
            // "Jane Roe, 50," "Jane Roe, the president of ...", "Jane Roe, president of ..."
            Token n = toks.get(e + 2);
            if (n.tag().equals("NUM") || n.tag().equals("DET") || attribution.isTitleWord(n.text())) {
                people.add(named.surname());
                return true;
            }
        }
        if (s >= 2 && e + 1 < toks.size() && toks.get(s - 1).text().equals(",") && toks.get(e + 1).text().equals(",")
                && (attribution.isTitleWord(toks.get(s - 2).text()) || lex.personNoun(toks.get(s - 2).text()))) {
            // "The center’s president, Cathi Rowe, has been ...": a name in apposition to a title or a person noun
            people.add(named.surname());
            return true;
        }
        return people.contains(named.surname());
    }

    private Mention antecedent(char gender) {
        return antecedent(gender, true);
    }

    /**
     * The latest speaker or subject that fits {@code gender} ('o' and 'p' for organisations); with
     * {@code likely}, a name that spoke with no sign of being a person counts as an organisation.
     */
    private Mention antecedent(char gender, boolean likelyToo) {
        Mention likely = orgLike.isEmpty() || !likelyToo ? null : orgLike.get(orgLike.size() - 1);
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Mention c = speakers.get(i);
            if (gender == 'o' || gender == 'p') {
                if (c.kind == Speaker.Kind.ORGANIZATION && !(c.described && pluralBody(c))) {
                    // the latest of the known organisations and the names that acted like one
                    // ("state media said" is several bodies: never "the company" or "it")
                    return likely != null && likely.offset > c.offset ? likely : c;
                }
                continue;
            }
            if (c.kind == Speaker.Kind.ORGANIZATION || c.described || (gender == 'm' || gender == 'f') && noPerson(c)) {
                continue;
            }
            char g = genderOf(c);
            if (g == '?' || g == gender || gender == '?') {
                return c;
            }
        }
        if (gender == 'o' || gender == 'p') {
            return likely;
        }
        if (gender == 'm' || gender == 'f') {
            // no speaker or subject fits: the last person named with that gender ("met Mr. John Doe")
            for (int i = known.size() - 1; i >= 0; i--) {
                if (genderOf(known.get(i)) == gender && known.get(i).offset < pronounAt) {
                    return known.get(i);
                }
            }
        }
        return null;
    }

    /**
     * The person's honorific, else what pronouns revealed about the surname (unless the first name says otherwise),
     * else what the first name suggests.
     */
    private char genderOf(Mention c) {
        if (c.gender == 'm' || c.gender == 'f') {
            // "Mr. Roe" is a man even when "she" was learnt for Roe from a "Mary Roe" of the same family
            return c.gender;
        }
        Character learnt = genders.get(c.surname());
        if (learnt != null && c.name.contains(" ") && opposite(lex.firstNames.getOrDefault(c.name.split(" ")[0], '?'), learnt)) {
            return lex.firstNames.get(c.name.split(" ")[0]);
        }
        if (learnt != null) {
            return learnt;
        }
        String first = c.name.split(" ")[0];
        if (c.name.contains(" ")) {
            return lex.firstNames.getOrDefault(first, '?');
        }
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Mention o = speakers.get(i);
            if (o.name.contains(" ") && o.surname().equals(c.surname())) {
                return lex.firstNames.getOrDefault(o.name.split(" ")[0], '?');
            }
        }
        for (Mention o : known) {
            if (o.surname().equals(c.surname())) {
                return lex.firstNames.getOrDefault(o.name.split(" ")[0], '?');
            }
        }
        return '?';
    }

    /** True for a description of a speaker: a titled or organisation phrase, or a noun for people. */
    private boolean describable(Mention m) {
        boolean determined = !m.phrase.equals(m.name);
        // "a member of the public": the head is the noun before "of"
        int of = m.name.indexOf(" of ");
        String[] before = (of > 0 ? m.name.substring(0, of) : m.name).split(" ");
        String head = of > 0 ? before[before.length - 1] : m.surname();
        String low = head.toLowerCase(java.util.Locale.ROOT);
        // ("women", "spokesmen": a plural in -men)
        boolean plural = head.endsWith("s") || low.endsWith("men") || lex.collectiveNouns.contains(low);
        return (determined || plural) && (!m.title.isEmpty() || m.kind == Speaker.Kind.ORGANIZATION
                || lex.personNoun(head) || plural && lower(head) && pluralOf(head));
    }

    /** A verb of asking right after a name: "Jane Roe questioned", "Roe, the moderator, asked", "Roe spoke with". */
    private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern.compile(
            "(?:,[^,.\\n]{1,60},|,)?\\s+(?:\\p{Ll}+ly\\s+)?(?:(questioned|questions|asked|asks|interviewed|interviews|cross-examined|"
            + "quizzed|pressed|put questions to|caught up with|checked in with)|met with|chatted with|visited with|spoke with|spoke to|talked with|talked to|talks with|talks to|sat down with)\\b");
    /** An object pronoun: "talked with him". */
    private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile("\\s+(?:him|her|them)\\b");

    /**
     * The person an answer ("A: “...”", or an answer after a question paragraph) is from: {@code found}, the person in
     * focus, unless {@code found} is named right before a verb of asking ("Reporter Tom Webb interviewed Jane Roe",
     * "Prosecutor Webb questioned the clerk"); then the first person named after that verb in its paragraph, else the
     * person in focus before the questioner, else nobody.
     */
    private Mention interviewee(Mention found, int offset) {
        int at = text.indexOf(found.name, found.offset);
        if (at < 0 || at > found.offset + 200) {
            return found;
        }
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        java.util.regex.Matcher asked = ASKING.matcher(text).region(at + found.name.length(), lineEnd);
        if (!asked.lookingAt()) {
            return found;
        }
        for (Mention k : known) {
            if (k.offset >= asked.end() && k.offset < lineEnd && (offset < 0 || k.offset < offset)
                    && !k.surname().equals(found.surname())) {
                return k;
            }
        }
        if (asked.group(1) == null && !OBJECT_PRONOUN.matcher(text).region(asked.end(), lineEnd).lookingAt()) {
            // "Candidate Jane Roe sat down with the editorial board": talking with is both ways; the one named speaks
            return found;
        }
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Mention c = speakers.get(i);
            if (c.kind == Speaker.Kind.PERSON && !c.described && !c.pronoun && !c.nominal && c.offset < found.offset
                    && !c.surname().equals(found.surname())) {
                return c;
            }
        }
        return null;
    }

    /** True when a title written with a mention of {@code person}'s surname ends in {@code head} ("Attorney General"). */
    private boolean holdsOffice(Mention person, String head) {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        java.util.function.Predicate<Mention> titled = k -> k.surname().equals(person.surname())
                && endsWithWord(k.title.toLowerCase(java.util.Locale.ROOT), h);
        return titled.test(person) || known.stream().anyMatch(titled) || speakers.stream().anyMatch(titled);
    }

    /**
     * True for a description owned by a described owner whose title holds "of": "the former secretary of labor’s
     * campaign" stands as written (as "the mayor’s aide" does), not for the person the text is about.
     */
    private static boolean ownedInside(String phrase) {
        String[] w = phrase.split(" ");
        for (int i = 2; i < w.length - 1; i++) {
            if (w[i].endsWith("\u2019s") || w[i].endsWith("'s") && w[i].length() > 2) {
                return w[i - 1].equals("of") || w[i - 2].equals("of");
            }
        }
        return false;
    }

    /** Offices that investigate, charge, judge or audit others ({@code extract/office-titles.txt}), lower case. */
    private static final java.util.List<String> OFFICES = Lexicon.lines("extract/office-titles.txt").stream()
            .map(o -> o.toLowerCase(java.util.Locale.ROOT)).toList();

    /** True when the description ends in an office of {@code extract/office-titles.txt}: "the state health commissioner". */
    static boolean office(String phrase) {
        String p = " " + phrase.toLowerCase(java.util.Locale.ROOT);
        return OFFICES.stream().anyMatch(o -> p.endsWith(" " + o));
    }

    /**
     * True when {@code known}, a person's title written in full ("Judge", not "Gov."), shares no word stem of five
     * letters with {@code described} ("state attorney general"): two different offices. "Senate Majority Leader" and
     * "the senator" share one.
     */
    private static boolean otherTitle(String known, String described) {
        if (known.isEmpty() || known.contains(".") || described.isEmpty()) {
            return false;
        }
        for (String a : known.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
            for (String b : described.toLowerCase(java.util.Locale.ROOT).split("[ -]")) {
                if (a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5) || a.equals(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the organisation {@code c} may be what a description headed by {@code head} points back to: the head is
     * a word any body goes by ("company", "agency"), the body's name holds it ("the union" for "the Nurses Union"), or
     * the head is a business's word ("airline") and the name does not end in another kind of body's word
     * ({@code extract/business-words.txt}).
     */
    private boolean namesHead(Mention c, String head) {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        if (!lower(head) || lex.bodyWords.contains(h) || (" " + c.name.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + h + " ")) {
            return true;
        }
        // ("the airline said" is never "the Pilots Union" named before: a name that ends in another kind's word)
        String last = c.surname();
        return lex.businessWords.contains(h)
                && (!lex.organisationWords.contains(last) || lex.businessWords.contains(last.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "his campaign" read as "Tom Webb's campaign": the possessive pronoun replaced by the full name of the person
     * ("his", "her") or body ("its") it stands for, as a pronoun subject would be resolved; the phrase as written
     * when nobody fits.
     */
    private String ownersPhrase(Mention m, int offset) {
        int sp = m.phrase.indexOf(' ');
        char g = lex.possessives.get(m.phrase.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
        Mention owner = g == 'm' || g == 'f' ? recent(g, offset) : g == 'o' ? antecedent('o') : null;
        if (owner == null || owner.described || owner.pronoun || owner.nominal) {
            return m.phrase;
        }
        String name = owner.name;
        for (Mention k : known) {
            // the fullest form of that name known so far ("Webb" -> "Tom Webb")
            if (k.kind == owner.kind && !k.described && k.name.length() > name.length() && k.surname().equals(owner.surname())
                    && k.name.endsWith(" " + owner.name)) {
                name = k.name;
            }
        }
        return name + "'s" + m.phrase.substring(sp);
    }

    /** True for a description that opens with a possessive pronoun: "her lawyer", "its director". */
    private boolean ownedByPronoun(Mention m) {
        int sp = m.phrase.indexOf(' ');
        return sp > 0 && !m.phrase.equals(m.name) && lex.possessives.containsKey(m.phrase.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
    }

    /** True for a lower-case plural organisation word at the head of {@code m}: "the companies", "state media". */
    private boolean pluralBody(Mention m) {
        String head = m.surname();
        return lower(head) && (lex.collectiveNouns.contains(head) || pluralOf(head));
    }

    private static boolean lower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /**
     * True for the lower-case plural of a title or of an organisation's word: "three bishops said", "the ministers
     * said", "the companies announced" describe a group as "officials said" does.
     */
    private boolean pluralOf(String head) {
        String cap = Character.toUpperCase(head.charAt(0)) + head.substring(1);
        String one = cap.endsWith("ies") ? cap.substring(0, cap.length() - 3) + "y" : cap.substring(0, cap.length() - 1);
        return cap.endsWith("s") && (attribution.isTitleWord(one) || lex.titles.contains(one) || lex.organisationWords.contains(one));
    }

    /** The latest description or titled speaker whose head word is that of {@code m} ("the official"). */
    private Mention byHead(Mention m) {
        String head = m.surname().toLowerCase(java.util.Locale.ROOT);
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Mention c = speakers.get(i);
            if (c.described && c.surname().toLowerCase(java.util.Locale.ROOT).equals(head)) {
                String phrase = m.phrase.toLowerCase(java.util.Locale.ROOT);
                if (SpeakerIndex.owned(c.phrase) && !phrase.equals("the " + head) && !phrase.equals(c.phrase.toLowerCase(java.util.Locale.ROOT))
                        && !ownedByPronoun(m)) {
                    // "the U.S. attorney" is not "Tom Webb's attorney": another qualifier names another person
                    continue;
                }
                return c;
            }
            if (!c.described && c.kind == m.kind && endsWithWord((c.kind == Speaker.Kind.ORGANIZATION ? c.name : c.title)
                    .toLowerCase(java.util.Locale.ROOT), head)) {
                return c;
            }
        }
        for (int i = organisations.size() - 1; i >= 0 && m.kind == Speaker.Kind.ORGANIZATION && GROUP_NOUNS.contains(head); i--) {
            // "the Harbor Club wrote to its members ... ¶ “...,” the group wrote": the organisation named last with a group's name
            Mention c = organisations.get(i);
            if (c.offset < m.offset && GROUP_HEADS.contains(c.surname())) {
                return c;
            }
        }
        for (int i = organisations.size() - 1; i >= 0 && m.kind == Speaker.Kind.ORGANIZATION; i--) {
            Mention c = organisations.get(i);
            if (endsWithWord(c.name.toLowerCase(java.util.Locale.ROOT), head)) {
                return c;
            }
        }
        return null;
    }

    /** Whether {@code s} matches {@code (.* )?} and {@code word} quoted: it is the word, or ends in a space and the word. */
    static boolean endsWithWord(String s, String word) {
        if (!s.endsWith(word)) {
            return false;
        }
        int before = s.length() - word.length();
        if (before == 0) {
            return true;
        }
        if (s.charAt(before - 1) != ' ') {
            return false;
        }
        for (int i = 0; i < before - 1; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Words that open a subordinate clause before a sentence's main clause ("When Roe asked ..., Webb blamed ..."). */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("when", "as", "after", "before", "while", "if", "although",
            "though", "because", "since", "once", "until", "whereas");

    /**
     * True when {@code at} lies in a subordinate clause that opens the current sentence and ends at a comma: who speaks
     * there ("When Councilman Tom Orr asked about the delays, contractor Jane Roe blamed the weather.") is in less
     * focus for a later "he" or "she" than the main clause's subject.
     */
    private boolean inFrontedClause(int at) {
        if (at < lastSentence[0] || at >= lastSentence[1] || lastSentence[1] > text.length()) {
            return false;
        }
        String sentence = text.substring(lastSentence[0], lastSentence[1]);
        int space = sentence.indexOf(' ');
        String first = space > 0 ? sentence.substring(0, space).toLowerCase(java.util.Locale.ROOT) : "";
        int comma = sentence.indexOf(',');
        if (SUBORDINATORS.contains(first) && comma > at - lastSentence[0]) {
            return true;
        }
        // "Asked about it ― the new leader said she would “...” ― Roe said it was over.": an aside between dashes
        int rel = at - lastSentence[0];
        return dashBefore(sentence, rel) && dashAfter(sentence, rel);
    }

    private static boolean dashBefore(String sentence, int rel) {
        String head = sentence.substring(0, rel);
        return head.contains(" \u2014 ") || head.contains(" \u2015 ") || head.contains(" -- ") || head.contains(" \u2013 ");
    }

    private static boolean dashAfter(String sentence, int rel) {
        String tail = sentence.substring(rel);
        return tail.contains(" \u2014 ") || tail.contains(" \u2015 ") || tail.contains(" -- ") || tail.contains(" \u2013 ");
    }

    private Mention byTitle(Mention m) {
        String title = m.title.toLowerCase(java.util.Locale.ROOT);
        for (int i = speakers.size() - 1; i >= 0 && !title.isEmpty(); i--) {
            Mention c = speakers.get(i);
            String t = c.title.toLowerCase(java.util.Locale.ROOT);
            if (!t.isEmpty() && (t.endsWith(title) || title.endsWith(t) || t.contains(title))) {
                return c;
            }
        }
        return null;
    }

    /**
     * True when the last speaker is one person described, not named ("a nurse", "one librarian", "the spokeswoman"),
     * who spoke in this paragraph or the one before, before {@code offset}, and whose noun does not tell the other
     * gender than {@code gender}.
     */
    private boolean describedAntecedent(char gender, int offset) {
        Mention d = lastDescribed;
        if (d == null || d.pronoun || d.kind != Speaker.Kind.PERSON || d.gender == 'o'
                || currentPara - lastDescribedPara > 1 || offset >= 0 && d.offset >= offset) {
            return false;
        }
        String head = d.name.substring(d.name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (!lex.personNoun(head) || head.endsWith("s") && !head.endsWith("ss") || head.endsWith("men") || head.endsWith("people")
                || head.equals("children") || head.equals("crowd") || head.equals("family") || lex.collectiveNouns.contains(head)) {
            // ("officials said", "police said": a group)
            return false;
        }
        Character told = lex.genderedNouns.get(head);
        return told == null || told == gender;
    }

    /** The last speaker described and not named, and the paragraph it spoke in; null once a named person speaks. */
    private Mention lastDescribed;
    private int lastDescribedPara = -10;

    private void noteDescribed(Mention described, int p) {
        lastDescribed = described;
        lastDescribedPara = p;
    }

    private void noteSpeaker(Mention named, int p, int at) {
        lastDescribed = named.kind == Speaker.Kind.PERSON && named.described ? named : null;
        lastDescribedPara = p;
        if (named.kind == Speaker.Kind.PERSON && !named.described && !possessive(named.name)) {
            spoke.add(named.surname());
            spokeFull.add(named.name);
            if (named.name.contains(" ")) {
                people.add(named.surname());
            }
            mentioned.add(new Cand(named, at, sentenceNo, inFrontedClause(at) ? 1 : 0));
        }
        speakers.add(named);
        lastSpeaker = named;
        lastSpeakerPara = p;
    }

    // ---- offsets ----

    private int sentenceStart(Para para, int offset) {
        int start = para.block().start();
        for (Sentence s : para.sentences()) {
            if (s.start() <= offset) {
                start = s.start();
            }
        }
        return start;
    }

    private int sentenceEnd(Para para, int offset) {
        for (Sentence s : para.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                return s.end();
            }
        }
        return para.block().end();
    }

    /** Token indexes [from, to) of the tokens inside [start, end). */
    private static int[] tokenRange(Para para, int start, int end) {
        List<Token> toks = para.tokens();
        int from = 0;
        while (from < toks.size() && toks.get(from).start() < start) {
            from++;
        }
        int to = from;
        while (to < toks.size() && toks.get(to).end() <= end) {
            to++;
        }
        return new int[] {from, to};
    }
}
