package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mr. Doe's lawyer", "Jane Doe\u2019s spokesman", "The Mayor's Office spokesman"})
    void someoneDescribedThroughAnotherIsNotNamed(String name) {
        assertThat(SpeakerNames.named(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe", "John O'Neill", "Rev. John Doe", "The Hague Tribunal"})
    void aNameIsNamed(String name) {
        assertThat(SpeakerNames.named(name)).isTrue();
    }
}
