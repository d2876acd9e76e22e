package news.parallax.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import news.parallax.model.Problem;

/**
 * Reads an input file as strict UTF-8 text, or says precisely why it cannot: a file that is missing,
 * unreadable, a link that leads nowhere, not a regular file, too large, UTF-16 or UTF-32, binary, or
 * not valid UTF-8 (with the byte offset and line of the first bad byte).
 *
 * <p>A UTF-8 byte-order mark is accepted and kept: it decodes to U+FEFF at index 0 of the text, so
 * offsets index the file exactly as a plain UTF-8 decoder reads it; the parser skips it.
 */
final class TextDecoder {

    /** Largest input file read, in bytes: far beyond any article, small enough to bound memory. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextDecoder() {}

    /** The text of {@code file}. */
    static String decode(Path file) throws BadInputException {
        return decode(file, read(file));
    }

    /** The text of {@code bytes}, read from {@code file}. */
    static String decode(Path file, byte[] bytes) throws BadInputException {
        rejectOtherEncodings(file, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw bad(file, line(bytes, at), "is not valid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " at byte offset " + at
                    + "): save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static byte[] read(Path file) throws BadInputException {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw bad(file, 0, "is a symbolic link that leads nowhere (a loop or a missing target): "
                    + "remove it or point it at an article file");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            throw bad(file, 0, "does not exist: check the name");
        }
        if (!Files.isRegularFile(file)) {
            throw bad(file, 0, "is not a regular file (a folder, device or pipe): remove it from the story folder");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw bad(file, 0, "is " + size / (1024 * 1024) + " MB; files over " + MAX_BYTES / (1024 * 1024)
                        + " MB are refused: is it really one article?");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw bad(file, 0, "cannot be read (permission denied): give yourself read access (chmod u+r) or remove it");
        } catch (IOException e) {
            throw bad(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "): check that it exists and that you may read it");
        }
    }

    private static void rejectOtherEncodings(Path file, byte[] b) throws BadInputException {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
            throw bad(file, 0, "is UTF-32 (it starts with a UTF-32 byte-order mark): save it as UTF-8");
        }
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            throw bad(file, 0, "is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8");
        }
        int firstNul = -1;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                firstNul = firstNul < 0 ? i : firstNul;
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (firstNul < 0) {
            return;
        }
        int half = b.length / 2;
        if (b.length >= 4 && (evenNuls >= half * 9 / 10 && oddNuls == 0 || oddNuls >= half * 9 / 10 && evenNuls == 0)) {
            throw bad(file, 0, "looks like UTF-16 text without a byte-order mark (every other byte is 0): save it as UTF-8");
        }
        throw bad(file, line(b, firstNul), "looks binary (a NUL byte at byte offset " + firstNul
                + "): articles must be UTF-8 text; remove the file or export it as plain text");
    }

    /** The 1-based line of byte {@code at}. */
    private static int line(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static BadInputException bad(Path file, int line, String message) {
        return new BadInputException(new Problem(file.toString(), line, message));
    }
}
