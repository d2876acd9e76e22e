package news.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.text.Lexicon;

/**
 * Reads the dates that news text prints ("March 30, 2025", "30 March 2025", "2025-03-30",
 * "Sun Mar 30 15:43:42 UTC 2025", "9:17 AM – Sunday, March 30, 2025") into ISO 8601.
 *
 * <p>Never invents: a date without a year is not a date; a time is kept only when a known time zone
 * follows it (then {@code 2025-03-30T15:43:42Z} or {@code 2025-03-30T09:17-04:00}), otherwise only the
 * date is kept. Every pattern here is free of nested repetition and is applied to short strings only.
 */
final class Dates {

    /** Longest text searched for a date: date lines and datelines are short. */
    static final int MAX_INPUT = 160;

    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    static final String WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}";

    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?)?");
    // "March 30, 2025", "Mar. 30th 2025"
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})\\b");
    // "30 March 2025", "30th of March, 2025"
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}of)?\\s{1,3}(" + MONTH + ")\\.?,?\\s{1,3}(\\d{4})\\b");
    // "Sun Mar 30 15:43:42 UTC 2025" (the date(1) format)
    private static final Pattern UNIX = Pattern.compile(
            WEEKDAY + "\\s{1,3}(" + MONTH + ")\\s{1,3}(\\d{1,2})\\s{1,3}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "\\s{1,3}([A-Z]{1,5})\\s{1,3}(\\d{4})");
    // "9:17 AM", "9:17 a.m. EDT", "15:43:42 UTC", "9:17AM ET"
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s{0,2}([AaPp])\\.?[Mm]\\.?)?(?:\\s{0,2}\\(?([A-Z]{1,5})\\b)?");

    private static final Map<String, String> ZONES = zones();

    private Dates() {}

    /** The ISO 8601 form of the first full date in {@code text}, with the time where a zone is given. */
    static Optional<String> iso(String text) {
        String s = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
        Matcher unix = UNIX.matcher(s);
        if (unix.find()) {
            Optional<LocalDate> date = date(unix.group(7), month(unix.group(1)), unix.group(2));
            return date.map(d -> withTime(d, unix.group(3), unix.group(4), unix.group(5), null, unix.group(6)));
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            Optional<LocalDate> date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (date.isPresent() && m.group(4) != null && m.group(7) != null) {
                String zone = m.group(7).equals("Z") ? "Z" : m.group(7).length() == 5
                        ? m.group(7).substring(0, 3) + ":" + m.group(7).substring(3) : m.group(7);
                return Optional.of(format(date.get(), m.group(4), m.group(5), m.group(6), null, zone));
            }
            return date.map(LocalDate::toString);
        }
        Optional<LocalDate> date = Optional.empty();
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            date = date(m.group(3), month(m.group(1)), m.group(2));
        } else {
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) {
                date = date(m.group(3), month(m.group(2)), m.group(1));
            }
        }
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher t = TIME.matcher(s);
        if (t.find()) {
            LocalDate d = date.get();
            return Optional.of(withTime(d, t.group(1), t.group(2), t.group(3), t.group(4), t.group(5)));
        }
        return date.map(LocalDate::toString);
    }

    /** The date with the time appended when {@code zoneName} is a known zone; else the date alone. */
    private static String withTime(LocalDate date, String hh, String mm, String ss, String ampm, String zoneName) {
        String zone = zoneName == null ? null : ZONES.get(zoneName);
        if (zone == null) {
            return date.toString();
        }
        return format(date, hh, mm, ss, ampm, zone);
    }

    private static String format(LocalDate date, String hh, String mm, String ss, String ampm, String zone) {
        int hour = Integer.parseInt(hh);
        int minute = Integer.parseInt(mm);
        int second = ss == null ? 0 : Integer.parseInt(ss);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return date.toString();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return date.toString();
        }
        String offset = zone;
        if (zone.contains("/")) {
            try {
                ZoneOffset o = ZoneId.of(zone).getRules().getOffset(LocalDateTime.of(date, LocalTime.of(hour, minute, second)));
                offset = o.getId();
            } catch (DateTimeException e) {
                return date.toString();
            }
        }
        String time = ss == null ? String.format(Locale.ROOT, "%02d:%02d", hour, minute)
                : String.format(Locale.ROOT, "%02d:%02d:%02d", hour, minute, second);
        return date + "T" + time + offset;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1000 || month < 1) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** 1..12 for a month name or its abbreviation. */
    private static int month(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int i = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m);
        return i + 1;
    }

    private static Map<String, String> zones() {
        Map<String, String> out = new HashMap<>();
        for (String line : Lexicon.lines("ingest/time-zones.txt")) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("ingest/time-zones.txt: bad line \"" + line + "\": want NAME OFFSET");
            }
            out.put(parts[0], parts[1]);
        }
        return Map.copyOf(out);
    }
}
