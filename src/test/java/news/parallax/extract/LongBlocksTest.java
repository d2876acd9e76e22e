package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Block;
import org.junit.jupiter.api.Test;

class LongBlocksTest {

    /** One paragraph of quotations of three sentences each, far longer than a block may be. */
    private static String speech(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? " " : "").append("\u201cPoint ").append(i).append(" is true. Point ").append(i)
                    .append(" matters a great deal to us. Point ").append(i).append(" will stay,\u201d Jane Roe said on day ")
                    .append(i).append('.');
        }
        return b.toString();
    }

    @Test
    void aLongParagraphIsCutBetweenQuotationsNeverInsideOne() {
        String text = speech(120);
        List<Block> pieces = LongBlocks.cut(text, List.of(new Block(Block.Kind.BODY, 0, text.length())));
        assertThat(pieces).hasSizeGreaterThan(2);
        for (Block p : pieces) {
            assertThat(p.end() - p.start()).isLessThanOrEqualTo(LongBlocks.MAX_CHARS);
            assertThat(QuotedPassages.in(text, p.start(), p.end()))
                    .allMatch(q -> text.charAt(q[0]) == '\u201c' && text.charAt(q[1] - 1) == '\u201d');
        }
        assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void aParagraphOfOrdinaryLengthIsKept() {
        String text = speech(3);
        List<Block> blocks = List.of(new Block(Block.Kind.BODY, 0, text.length()));
        assertThat(LongBlocks.cut(text, blocks)).isEqualTo(blocks);
    }
}
