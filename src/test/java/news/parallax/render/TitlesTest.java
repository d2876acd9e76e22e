package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // an abbreviation beside the word in full: the full word once
        "Sen.; Senator | Senator",
        "Gov.; Governor | Governor",
        "Sgt.; Sergeant | Sergeant",
        // a title another holds whole, abbreviated or not, adds nothing
        "Ohio Rep.; Rep.; Representative | Ohio Rep.",
        "Lakeland Mayor; Mayor | Lakeland Mayor",
        "Ohio Gov.; Governor | Ohio Gov.",
        "Kent Rep.; U.S. Representative; Rep.; Representative | Kent Rep.; U.S. Representative",
        // different titles all stay, in their order
        "Sen.; Majority Leader | Sen.; Majority Leader",
        "chief of staff; spokesman | chief of staff; spokesman",
        // an acronym is no abbreviation of a word
        "NSA director; Director | NSA director",
        "Gen.; Governor | Gen.; Governor",
    })
    void aTitleAnotherAlreadySaysIsListedOnce(String titles, String expected) {
        assertThat(Titles.merged(List.of(titles.split("; ")))).containsExactly(expected.split("; "));
    }
}
