package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-30T09:17:00Z | 2025-03-30T09:17:00Z",
        "2025-03-30T05:17:00-04:00 | 2025-03-30T09:17:00Z",
        "2025-03-30T09:17 | 2025-03-30T09:17:00Z",
        "2025-03-30 | 2025-03-30T00:00:00Z",
        "9:17 AM \u2013 Sunday, March 30, 2025 | 2025-03-30T09:17:00Z",
        "Sun Mar 30 15:43:42 UTC 2025 | 2025-03-30T15:43:42Z",
        "March 30, 2025 | 2025-03-30T00:00:00Z",
        "30 March 2025 | 2025-03-30T00:00:00Z",
        "Published: Mar. 30, 2025 3:05 PM | 2025-03-30T15:05:00Z",
    })
    void commonWrittenTimesAreRead(String written, String instant) {
        assertThat(Times.parse(written)).contains(Instant.parse(instant));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "yesterday", "last week, updated often", "2025-13-45"})
    void whatIsNotATimeIsNotGuessed(String written) {
        assertThat(Times.parse(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-30 | true",
        "March 30, 2025 | true",
        "30 March 2025 | true",
        "2025-03-30T00:00:00Z | false",
        "2025-03-30T09:17 | false",
        "9:17 AM \u2013 Sunday, March 30, 2025 | false",
        "Sun Mar 30 15:43:42 UTC 2025 | false",
    })
    void aDateAloneIsToldFromATime(String written, boolean dateOnly) {
        assertThat(Times.read(written)).hasValueSatisfying(t -> assertThat(t.dateOnly()).isEqualTo(dateOnly));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a date alone comes after the times of its day, even one written at midnight
        "March 30, 2025 ; 2025-03-30T21:05:00Z ; 2025-03-30T00:00:00Z | 2025-03-30T00:00:00Z ; 2025-03-30T21:05:00Z ; March 30, 2025",
        // and before the times of the next day
        "2025-03-31T00:10:00Z ; 2025-03-30 | 2025-03-30 ; 2025-03-31T00:10:00Z",
        // times among themselves, earliest first
        "2025-03-30T15:00:00Z ; 2025-03-29 ; 2025-03-30T09:00:00Z | 2025-03-29 ; 2025-03-30T09:00:00Z ; 2025-03-30T15:00:00Z",
    })
    void aDateAloneIsListedAfterTheTimesOfItsDay(String written, String expected) {
        java.util.List<String> times = new java.util.ArrayList<>(java.util.List.of(written.split(" ; ")));
        times.sort(java.util.Comparator.comparing(t -> Times.read(t).orElseThrow(), Times.Moment.ORDER));
        assertThat(times).containsExactly(expected.split(" ; "));
    }
}
