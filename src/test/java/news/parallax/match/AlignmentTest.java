package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlignmentTest {

    private final Synonyms synonyms = new Synonyms();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "the minister visited the island | the minister visits the island",
        "the government will purchase missiles | the government will buy missiles",
        "officials began the reconstruction | officials began reconstructing",
    })
    void wordsAlignBySameWordStemPrefixOrSynonym(String a, String b) {
        Alignment al = Alignment.of(Terms.words(a), Terms.words(b), synonyms);
        assertThat(al.unalignedA()).isEmpty();
        assertThat(al.unalignedB()).isEmpty();
        assertThat(al.alignedShareA()).isEqualTo(1.0);
        assertThat(al.sameOrder()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
        "the mayor opened the bridge on monday | the mayor opened the bridge on monday after long delays | after, delays, long",
        "prices rose sharply in spring | wheat prices rose in spring | sharply, wheat",
    })
    void whatOneSideAloneSaysStaysUnaligned(String a, String b, String unaligned) {
        Alignment al = Alignment.of(Terms.words(a), Terms.words(b), synonyms);
        assertThat(new TreeSet<>(concat(al.unalignedA(), al.unalignedB())))
                .containsExactlyElementsOf(new TreeSet<>(List.of(unaligned.split(",\\s*"))));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
        "police arrested the suspect in the capital | the suspect was arrested by police in the capital",
        "red green blue | blue green red",
    })
    void alignmentIsTheSameEitherWayRound(String a, String b) {
        Alignment ab = Alignment.of(Terms.words(a), Terms.words(b), synonyms);
        Alignment ba = Alignment.of(Terms.words(b), Terms.words(a), synonyms);
        assertThat(ab.unalignedA()).isEqualTo(ba.unalignedB());
        assertThat(ab.unalignedB()).isEqualTo(ba.unalignedA());
        assertThat(ab.pairs().size()).isEqualTo(ba.pairs().size());
    }

    @Test
    void wordsInAnotherOrderLowerTheOrderShare() {
        Alignment al = Alignment.of(Terms.words("police arrested the suspect"), Terms.words("suspect arrested police"),
                synonyms);
        assertThat(al.pairs()).hasSize(3);
        assertThat(al.sameOrder()).isEqualTo(0.0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
