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
}
