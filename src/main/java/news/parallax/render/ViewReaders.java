package news.parallax.render;

import java.util.Map;

/**
 * The components of the view records templates read, by their place in the record, in plain Java code:
 * what {@link RecordAttributes} calls instead of a method handle per accessor. An accessor's handle,
 * adapted to {@code (Object) Object}, had the JVM spin a lambda form per shape of accessor (about a dozen
 * hidden classes made at run time, in a cold JVM, on the main thread of a seed build: the AOT cache
 * cannot hold them); these readers are ordinary classes and lambdas, which it holds. Each reader's
 * components are in the record's order ({@code RecordAttributesTest} checks every one against the
 * record's own accessor). A record not here is read through its accessors' handles as before.
 */
final class ViewReaders {
    private ViewReaders() {}

    /** Reads component {@code i} (in declaration order) of a record of one type, boxed as an accessor's handle boxes it. */
    @FunctionalInterface
    interface Reader {
        Object read(Object record, int i);
    }

    /** The reader of each view record type. */
    static final Map<Class<?>, Reader> READERS = Map.ofEntries(
            Map.entry(Views.Link.class, ViewReaders::link),
            Map.entry(Views.SpeakerRef.class, ViewReaders::speakerRef),
            Map.entry(Views.Cell.class, ViewReaders::cell),
            Map.entry(Views.ClusterRow.class, ViewReaders::clusterRow),
            Map.entry(Views.DifferenceView.class, ViewReaders::differenceView),
            Map.entry(Views.Version.class, ViewReaders::version),
            Map.entry(Views.SourceNotes.class, ViewReaders::sourceNotes),
            Map.entry(Views.Term.class, ViewReaders::term),
            Map.entry(Views.Distinctive.class, ViewReaders::distinctive),
            Map.entry(Views.Contrast.class, ViewReaders::contrast),
            Map.entry(Views.CitationRow.class, ViewReaders::citationRow),
            Map.entry(Views.TimelineRow.class, ViewReaders::timelineRow),
            Map.entry(Views.OutletTitles.class, ViewReaders::outletTitles),
            Map.entry(Views.SpeakerStatement.class, ViewReaders::speakerStatement),
            Map.entry(Views.Loose.class, ViewReaders::loose),
            Map.entry(SourceView.class, ViewReaders::sourceView),
            Map.entry(StoryView.class, ViewReaders::storyView),
            Map.entry(StorySummary.class, ViewReaders::storySummary));

    private static IndexOutOfBoundsException none(Object record, int i) {
        return new IndexOutOfBoundsException(record.getClass().getSimpleName() + " has no component " + i);
    }

    private static Object link(Object o, int i) {
        Views.Link r = (Views.Link) o;
        return switch (i) {
            case 0 -> r.href();
            case 1 -> r.label();
            case 2 -> r.current();
            default -> throw none(o, i);
        };
    }

    private static Object speakerRef(Object o, int i) {
        Views.SpeakerRef r = (Views.SpeakerRef) o;
        return switch (i) {
            case 0 -> r.id();
            case 1 -> r.name();
            case 2 -> r.where();
            case 3 -> r.said();
            case 4 -> r.href();
            case 5 -> r.number();
            case 6 -> r.colour();
            case 7 -> r.titles();
            case 8 -> r.quotes();
            case 9 -> r.claims();
            default -> throw none(o, i);
        };
    }

    private static Object cell(Object o, int i) {
        Views.Cell r = (Views.Cell) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.carried();
            case 2 -> r.href();
            default -> throw none(o, i);
        };
    }

    private static Object clusterRow(Object o, int i) {
        Views.ClusterRow r = (Views.ClusterRow) o;
        return switch (i) {
            case 0 -> r.id();
            case 1 -> r.href();
            case 2 -> r.kind();
            case 3 -> r.text();
            case 4 -> r.brief();
            case 5 -> r.speaker();
            case 6 -> r.count();
            case 7 -> r.of();
            case 8 -> r.cells();
            case 9 -> r.differences();
            case 10 -> r.carriedBy();
            case 11 -> r.differs();
            default -> throw none(o, i);
        };
    }

    private static Object differenceView(Object o, int i) {
        Views.DifferenceView r = (Views.DifferenceView) o;
        return switch (i) {
            case 0 -> r.kind();
            case 1 -> r.detail();
            case 2 -> r.sources();
            default -> throw none(o, i);
        };
    }

    private static Object version(Object o, int i) {
        Views.Version r = (Views.Version) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.sourceHref();
            case 2 -> r.statementHref();
            case 3 -> r.textHtml();
            case 4 -> r.base();
            case 5 -> r.sameAsBase();
            case 6 -> r.inPart();
            case 7 -> r.reworded();
            case 8 -> r.claim();
            case 9 -> r.verb();
            case 10 -> r.partial();
            case 11 -> r.sameAs();
            default -> throw none(o, i);
        };
    }

    private static Object sourceNotes(Object o, int i) {
        Views.SourceNotes r = (Views.SourceNotes) o;
        return switch (i) {
            case 0 -> r.exclusive();
            case 1 -> r.omitted();
            case 2 -> r.terms();
            case 3 -> r.citations();
            default -> throw none(o, i);
        };
    }

    private static Object term(Object o, int i) {
        Views.Term r = (Views.Term) o;
        return switch (i) {
            case 0 -> r.term();
            case 1 -> r.z();
            case 2 -> r.count();
            default -> throw none(o, i);
        };
    }

    private static Object distinctive(Object o, int i) {
        Views.Distinctive r = (Views.Distinctive) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.sourceHref();
            case 2 -> r.terms();
            case 3 -> r.chartHtml();
            default -> throw none(o, i);
        };
    }

    private static Object contrast(Object o, int i) {
        Views.Contrast r = (Views.Contrast) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.loaded();
            case 2 -> r.neutral();
            case 3 -> r.neutralSources();
            default -> throw none(o, i);
        };
    }

    private static Object citationRow(Object o, int i) {
        Views.CitationRow r = (Views.CitationRow) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.sourceHref();
            case 2 -> r.cited();
            case 3 -> r.kind();
            case 4 -> r.count();
            default -> throw none(o, i);
        };
    }

    private static Object timelineRow(Object o, int i) {
        Views.TimelineRow r = (Views.TimelineRow) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.href();
            case 2 -> r.published();
            case 3 -> r.utc();
            case 4 -> r.dateOnly();
            default -> throw none(o, i);
        };
    }

    private static Object outletTitles(Object o, int i) {
        Views.OutletTitles r = (Views.OutletTitles) o;
        return switch (i) {
            case 0 -> r.source();
            case 1 -> r.titles();
            default -> throw none(o, i);
        };
    }

    private static Object speakerStatement(Object o, int i) {
        Views.SpeakerStatement r = (Views.SpeakerStatement) o;
        return switch (i) {
            case 0 -> r.kind();
            case 1 -> r.text();
            case 2 -> r.href();
            case 3 -> r.outlets();
            case 4 -> r.count();
            case 5 -> r.creditedBy();
            default -> throw none(o, i);
        };
    }

    private static Object loose(Object o, int i) {
        Views.Loose r = (Views.Loose) o;
        return switch (i) {
            case 0 -> r.id();
            case 1 -> r.kind();
            case 2 -> r.text();
            case 3 -> r.href();
            default -> throw none(o, i);
        };
    }

    private static Object sourceView(Object o, int i) {
        SourceView r = (SourceView) o;
        return switch (i) {
            case 0 -> r.id();
            case 1 -> r.label();
            case 2 -> r.outlet();
            case 3 -> r.headline();
            case 4 -> r.byline();
            case 5 -> r.published();
            case 6 -> r.url();
            case 7 -> r.words();
            case 8 -> r.file();
            case 9 -> r.href();
            case 10 -> r.paragraphs();
            case 11 -> r.captions();
            case 12 -> r.opening();
            default -> throw none(o, i);
        };
    }

    private static Object storyView(Object o, int i) {
        StoryView r = (StoryView) o;
        return switch (i) {
            case 0 -> r.slug();
            case 1 -> r.title();
            case 2 -> r.href();
            case 3 -> r.sources();
            case 4 -> r.clusters();
            case 5 -> r.shared();
            case 6 -> r.date();
            default -> throw none(o, i);
        };
    }

    private static Object storySummary(Object o, int i) {
        StorySummary r = (StorySummary) o;
        return switch (i) {
            case 0 -> r.view();
            case 1 -> r.updated();
            case 2 -> r.pages();
            default -> throw none(o, i);
        };
    }
}
