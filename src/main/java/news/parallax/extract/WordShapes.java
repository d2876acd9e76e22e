package news.parallax.extract;

import java.util.regex.Pattern;

/**
 * Shapes of words that the rules test on every token, without a regular expression: each method
 * answers exactly what the expression in its comment answers with {@link java.util.regex.Matcher#matches}
 * (tested on random strings of letters, digits, marks, line terminators and surrogates:
 * {@code WordShapesTest}). A regex here costs a matcher per token, and {@link String#matches} compiles
 * its pattern on every call.
 */
final class WordShapes {

    /** "diGenova", "deVries": a surname with a lower-case particle of two or three letters joined to it. */
    private static final Pattern LOWER_PARTICLE = Pattern.compile("\\p{Ll}{2,3}\\p{Lu}\\p{Ll}{2,}");

    private WordShapes() {}

    /** {@code .*\d.*}: an ASCII digit, and no line terminator (which {@code .} does not match). */
    static boolean hasDigit(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLineTerminator(c)) {
                return false;
            }
            digit |= c >= '0' && c <= '9';
        }
        return digit;
    }

    /** {@code (?:1[6-9]|20)\d\d(?:s)?}: a year from 1600 to 2099, or a decade ("1990s"). */
    static boolean isYear(String s) {
        int n = s.length();
        if (n != 4 && !(n == 5 && s.charAt(4) == 's')) {
            return false;
        }
        char a = s.charAt(0);
        char b = s.charAt(1);
        return (a == '1' && b >= '6' && b <= '9' || a == '2' && b == '0') && isDigit(s.charAt(2)) && isDigit(s.charAt(3));
    }

    /** {@code \p{Lu}\.}: an upper-case letter and a dot ("J."). */
    static boolean isInitial(String s) {
        if (s.length() < 2 || s.length() > 3) {
            return false;
        }
        int cp = s.codePointAt(0);
        int n = Character.charCount(cp);
        return s.length() == n + 1 && Character.getType(cp) == Character.UPPERCASE_LETTER && s.charAt(n) == '.';
    }

    /**
     * An age in words: {@code \d+-year-old}, and with {@code years} {@code \d+-years?-old}, with {@code olds}
     * {@code \d+-year-olds?}.
     */
    static boolean isAge(String s, boolean years, boolean olds) {
        int i = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || !s.startsWith("-year", i)) {
            return false;
        }
        i += 5;
        if (years && s.startsWith("s", i)) {
            i++;
        }
        if (!s.startsWith("-old", i)) {
            return false;
        }
        i += 4;
        return i == s.length() || olds && i + 1 == s.length() && s.charAt(i) == 's';
    }

    /** {@code \p{Ll}{2,3}\p{Lu}\p{Ll}{2,}} ("diGenova", "deVries"). */
    static boolean isLowerParticleName(String s) {
        // the expression needs five characters at least, a lower-case letter first and an upper-case letter:
        // most words fail one of these and are answered at once
        return s.length() >= 5 && Character.getType(s.codePointAt(0)) == Character.LOWERCASE_LETTER
                && hasUpperCaseLetter(s) && LOWER_PARTICLE.matcher(s).matches();
    }

    private static boolean hasUpperCaseLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * {@code s.split("\\s+").length}: the pieces between runs of ASCII whitespace ({@code [ \t\n\x0B\f\r]}),
     * a leading empty piece kept and trailing ones dropped.
     */
    static int splitCount(String s) {
        int runs = 0;
        boolean inRun = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = isAsciiSpace(s.charAt(i));
            runs += space && !inRun ? 1 : 0;
            any |= !space;
            inRun = space;
        }
        if (runs == 0) {
            return 1;
        }
        if (!any) {
            return 0;
        }
        return runs + 1 - (inRun ? 1 : 0);
    }

    /** {@code \s} without the Unicode flag. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code .} does not match: the line terminators of {@link Pattern} (no UNIX_LINES). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
