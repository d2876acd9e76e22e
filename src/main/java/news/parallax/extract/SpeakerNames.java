package news.parallax.extract;

import java.util.Locale;
import java.util.Set;
import news.parallax.text.Lexicon;

/**
 * Whether a speaker's name names someone or describes them: the rule the attribution difference uses,
 * and the matcher, which keeps apart restatements credited to two different named people.
 */
public final class SpeakerNames {

    private static final Set<String> DESCRIPTION_OPENERS = Set.copyOf(Lexicon.lines("extract/description-openers.txt"));

    private SpeakerNames() {}

    /**
     * Whether a speaker's name names someone rather than describes them ("a spokeswoman", "the
     * committee", "another man": a first word of {@code extract/description-openers.txt} or a small
     * first letter, or someone described through another: "Mr. Doe's lawyer"; "The" before a capital is part of a name, "The Associated Press"). A described
     * speaker may be the one another outlet names, so it is no evidence of a different attribution.
     */
    public static boolean named(String speakerName) {
        if (speakerName.isEmpty() || Character.isLowerCase(speakerName.charAt(0)) || possessive(speakerName)) {
            return false;
        }
        int space = speakerName.indexOf(' ');
        String first = (space < 0 ? speakerName : speakerName.substring(0, space)).toLowerCase(Locale.ROOT);
        if (first.equals("the") && space + 1 < speakerName.length()
                && Character.isUpperCase(speakerName.charAt(space + 1))) {
            return true; // a name that takes "The" ("The Associated Press"), not "the committee"
        }
        return !DESCRIPTION_OPENERS.contains(first);
    }

    // a word ending in 's with a word after it: someone described through another ("Mr. Doe's lawyer")
    private static boolean possessive(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String head = name.substring(0, space).replace('\u2019', '\'');
        return head.contains("'s ") || head.endsWith("'s");
    }
}
