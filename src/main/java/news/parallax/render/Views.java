package news.parallax.render;

import java.util.List;

/**
 * The small, flat values the templates read. Every field is plain text, a number, a flag or a list of
 * other views; absent values are empty strings. Fields that end in {@code Html} hold markup built and
 * escaped in Java (marked text, diffs, charts) and are the only ones templates print raw.
 */
public final class Views {
    private Views() {}

    /** A link of the navigation; {@code current} marks the page being shown. */
    public record Link(String href, String label, boolean current) {}

    /**
     * A speaker with the number and colour class that tag their statements; {@code where}, for a speaker printed
     * alike as another, the sources that credit them; {@code said}, when those sources and the titles do not tell
     * the two apart (both in one article), the opening words of their first statement in quotation marks.
     */
    public record SpeakerRef(String id, String name, String where, String said, String href, int number, String colour,
            String titles, int quotes, int claims) {}

    /** One cell of the coverage matrix: a link to the statement in that source, or nothing. */
    public record Cell(String source, boolean carried, String href) {}

    /**
     * One row of the coverage matrix, also used wherever a cluster is listed; {@code brief} is the text cut to a
     * line or two; {@code differs}: two sources differ on it (not just one source printing it twice differently).
     */
    public record ClusterRow(String id, String href, String kind, String text, String brief, String speaker,
            int count, int of, List<Cell> cells, List<DifferenceView> differences, String carriedBy,
            boolean differs) {}

    /** A difference inside a cluster, in plain words. */
    public record DifferenceView(String kind, String detail, String sources) {}

    /**
     * One source's wording of a cluster's statement, with its diff against the base wording; {@code reworded}
     * when it is shown as printed with only its own words marked, {@code claim} when it is a claim (an outlet's
     * own words, not a quote); {@code inPart} "part" or "whole" for the base's words in part or at more length,
     * "elsewhere" for a quote whose words another passage prints ({@code sameAs}, the badge naming it), "own" for a
     * source's other passage in other words where another of its passages reads as the base (printed as it stands:
     * only differences between outlets are marked).
     */
    public record Version(String source, String sourceHref, String statementHref, String textHtml, boolean base,
            boolean sameAsBase, String inPart, boolean reworded, boolean claim, String verb, boolean partial,
            String sameAs) {}

    /** The clusters one source alone carried or left out, for the source page. */
    public record SourceNotes(List<ClusterRow> exclusive, List<ClusterRow> omitted, List<Term> terms,
            List<CitationRow> citations) {}

    /** A distinctive word of a source. */
    public record Term(String term, String z, int count) {}

    /** The distinctive words of one source, with their chart. */
    public record Distinctive(String source, String sourceHref, List<Term> terms, String chartHtml) {}

    /** A loaded term used where others used a neutral one. */
    public record Contrast(String source, String loaded, String neutral, String neutralSources) {}

    /** One line of who cites whom. */
    public record CitationRow(String source, String sourceHref, String cited, String kind, int count) {}

    /** A source on the timeline. */
    public record TimelineRow(String source, String href, String published, String utc, boolean dateOnly) {}

    /** A title an outlet gave a speaker. */
    public record OutletTitles(String source, String titles) {}

    /** A statement as the speaker page lists it; {@code creditedBy} names the sources that credit it to the speaker when not all that carry it do, else is empty. */
    public record SpeakerStatement(String kind, String text, String href, String outlets, int count, String creditedBy) {}

    /** A statement outside the body paragraphs, listed under the article so its link still lands. */
    public record Loose(String id, String kind, String text, String href) {}
}
