package news.parallax.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads publication times as news sites write them: ISO 8601, and the common English forms
 * ("9:17 AM – Sunday, March 30, 2025", "Sun Mar 30 15:43:42 UTC 2025", "March 30, 2025"). A time with
 * no zone is taken as UTC and a date alone as its midnight UTC; that only places it on the timeline,
 * the time is always shown as written. English month and day names are read in {@link Locale#ENGLISH}
 * whatever the machine's locale.
 */
final class Times {
    private static final List<DateTimeFormatter> WITH_ZONE = formats("MMM d HH:mm:ss z yyyy", "MMMM d yyyy h:mm a z",
            "h:mm a z MMMM d yyyy");
    private static final List<DateTimeFormatter> LOCAL = formats("h:mm a MMMM d yyyy", "MMMM d yyyy h:mm a",
            "MMM d yyyy h:mm a", "MMMM d yyyy HH:mm", "d MMMM yyyy HH:mm");
    private static final List<DateTimeFormatter> DATES = formats("MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy",
            "d MMM yyyy");

    private Times() {}

    private static List<DateTimeFormatter> formats(String... patterns) {
        return List.of(patterns).stream().map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(p).toFormatter(Locale.ENGLISH)).toList();
    }

    /**
     * A publication time as read: the instant it stands for, and whether the text gave a date only (then the
     * instant is that day's midnight UTC, and its place among the times of that day is not known).
     */
    record Moment(Instant at, boolean dateOnly) {
        /**
         * Earliest first; a date alone after every time of the same day (UTC), as it may be any of them,
         * rather than before them all at its midnight.
         */
        static final java.util.Comparator<Moment> ORDER = java.util.Comparator
                .comparing((Moment x) -> x.at().atOffset(ZoneOffset.UTC).toLocalDate())
                .thenComparing(Moment::dateOnly).thenComparing(Moment::at);
    }

    /** The instant a written publication time stands for, if it can be read. */
    static Optional<Instant> parse(String text) {
        return read(text).map(Moment::at);
    }

    /** A written publication time, if it can be read. */
    static Optional<Moment> read(String text) {
        String t = text.strip();
        Optional<Instant> iso = iso(t);
        if (iso.isPresent()) {
            // an ISO form without the letter T is a date alone (see iso)
            return iso.map(at -> new Moment(at, t.indexOf('T') < 0 && t.indexOf('t') < 0));
        }
        // "9:17 AM – Sunday, March 30, 2025" -> "9:17 AM March 30 2025"
        String plain = t.replaceAll("[\u2013\u2014,|]", " ").replace(".", "")
                .replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b", " ")
                .replaceAll("(?i)\\b(published|updated|posted)\\b:?", " ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : WITH_ZONE) {
            try {
                return Optional.of(new Moment(ZonedDateTime.parse(plain, f).toInstant(), false));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Optional.of(new Moment(LocalDateTime.parse(plain, f).toInstant(ZoneOffset.UTC), false));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(new Moment(LocalDate.parse(plain, f).atStartOfDay().toInstant(ZoneOffset.UTC), true));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> iso(String t) {
        if (t.indexOf('T') < 0 && t.indexOf('t') < 0) {
            // both date-time forms need the letter T (in either case): only a date can parse, and trying
            // the others would throw and catch two exceptions
            return isoDate(t);
        }
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        return isoDate(t);
    }

    private static Optional<Instant> isoDate(String t) {
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
