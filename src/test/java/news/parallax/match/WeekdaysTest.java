package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The days a statement names are those the regex finds; a text the scan rules out has none. */
class WeekdaysTest {

    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

    private static Set<String> byRegex(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "day", "The ferry resumes service on Monday.", "today and yesterday", "Mondays are slow",
        "SundayMonday", "The vote is Thursday, not Friday", "a Saturday-Sunday fair", "monday", "Wednesday", "Tuesday's vote",
        "Funday Sunday", "é Friday", "Friday9", "_Monday"})
    void findsWhatTheRegexFinds(String text) {
        assertThat(Clusterer.weekdays(text)).isEqualTo(byRegex(text));
    }

    @Test
    void everyTextTheScanRulesOutHasNoDay() {
        String[] pieces = {"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun", "day", "days", "d", "ay", " ", "x",
            "é", "_", "1", ".", "to", "\u00a0", "D", "Day"};
        Random random = new Random(17);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            Set<String> expected = byRegex(text);
            assertThat(Clusterer.weekdays(text)).as("[%s]", text).isEqualTo(expected);
            if (!Clusterer.mayNameWeekday(text)) {
                assertThat(expected).as("[%s]", text).isEmpty();
            }
        }
    }
}
