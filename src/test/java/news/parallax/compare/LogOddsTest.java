package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogOddsTest {

    @Test
    void zScoreMatchesTheFormulaWorkedByHand() {
        // delta = ln(5.6 / 124.4) - ln(1.6 / 228.4) = -3.10074 + 4.96109 = 1.86035
        // var   = 1 / 5.6 + 1 / 1.6 = 0.803571; z = 1.86035 / 0.896421 = 2.0753
        assertThat(LogOdds.z(5, 100, 1, 200, 0.6, 30)).isCloseTo(2.0753, within(1e-4));
    }

    @Test
    void aWordUsedAtTheSameRateScoresZero() {
        assertThat(LogOdds.z(3, 100, 6, 200, 0.9, 30)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void swappingTheGroupsFlipsTheSign() {
        assertThat(LogOdds.z(1, 200, 5, 100, 0.6, 30)).isCloseTo(-LogOdds.z(5, 100, 1, 200, 0.6, 30), within(1e-12));
    }

    @Test
    void aPriorOfZeroIsRefused() {
        assertThatThrownBy(() -> LogOdds.z(1, 10, 1, 10, 0, 5)).hasMessageContaining("prior 0.0");
    }
}
