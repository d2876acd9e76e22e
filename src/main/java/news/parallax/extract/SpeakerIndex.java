package news.parallax.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.model.Speaker;
import news.parallax.text.Slugs;

/**
 * Merges the names found in a story into one speaker per person: full names with the same surname
 * and a compatible first name, short forms ("Roe") with the full name that has that surname, and
 * a one-letter misspelling of a known surname (of five letters or more) with that surname.
 */
final class SpeakerIndex {

    /** The speakers, and the speaker id of every named mention. */
    record Result(List<Speaker> speakers, Map<Mention, String> ids) {}

    private static final class Person {
        final List<Mention> mentions = new ArrayList<>();
        String first = "";
        String surname = "";
        boolean described;
    }

    private SpeakerIndex() {}

    static Result build(List<Mention> named) {
        return build(named, Map.of());
    }

    /**
     * As {@link #build(List)}; a short form with a gendered honorific ("Mr. Roe") is not merged with a full name
     * whose first name is known ({@code firstNames}) to be of the other gender ("Ivy Roe").
     */
    static Result build(List<Mention> named, Map<String, Character> firstNames) {
        List<Person> people = new ArrayList<>();
        Map<Mention, Person> of = new IdentityHashMap<>();
        for (Mention m : named) {
            if (m.described) {
                // an unnamed speaker ("a spokesperson") is its own speaker, never merged by name; a description owned
                // by a name ("Tom Webb's campaign") is one speaker wherever it is written
                Person p = of.get(m);
                if (p == null) {
                    // one description wherever it is written when owned by a name; at one place, always ("a spokesman
                    // warned that ...“major concerns”": the report and the quote it holds)
                    boolean owned = owned(m.phrase);
                    p = people.stream().filter(q -> q.described && q.surname.equalsIgnoreCase(m.phrase)
                            && (owned || q.mentions.stream().anyMatch(o -> o.offset == m.offset))).findFirst().orElse(null);
                    if (p != null) {
                        of.put(m, p);
                    }
                }
                if (p == null) {
                    p = new Person();
                    p.surname = m.phrase;
                    p.described = true;
                    people.add(p);
                    of.put(m, p);
                }
                p.mentions.add(m);
                continue;
            }
            String[] w = m.name.split(" ");
            if (w.length >= 2) {
                Person p = find(people, w[0], m.surname(), true, '?', firstNames);
                if (p == null) {
                    p = new Person();
                    p.first = w[0];
                    p.surname = m.surname();
                    people.add(p);
                }
                p.mentions.add(m);
                of.put(m, p);
            }
        }
        for (Mention m : named) {
            if (!of.containsKey(m)) {
                Person p = find(people, "", m.surname(), false, m.gender, firstNames);
                if (p == null) {
                    p = new Person();
                    p.surname = m.surname();
                    people.add(p);
                }
                p.mentions.add(m);
                of.put(m, p);
            }
        }
        Map<String, Speaker> speakers = new TreeMap<>();
        Map<Person, String> idOf = new IdentityHashMap<>();
        for (Person p : people) {
            Speaker s = speaker(p, speakers.keySet());
            speakers.put(s.id(), s);
            idOf.put(p, s.id());
        }
        Map<Mention, String> ids = new IdentityHashMap<>();
        of.forEach((m, p) -> ids.put(m, idOf.get(p)));
        return new Result(List.copyOf(speakers.values()), ids);
    }

    private static Person find(List<Person> people, String first, String surname, boolean full, char gender,
            Map<String, Character> firstNames) {
        Person best = null;
        for (Person p : people) {
            if (p.described) {
                continue;
            }
            char g = firstNames.getOrDefault(p.first, '?');
            if ((gender == 'm' || gender == 'f') && (g == 'm' || g == 'f') && g != gender) {
                // "Mr. Roe" is not "Ivy Roe"
                continue;
            }
            // (a letter dropped from a surname of five letters or more leaves four: "Tump" for "Trump")
            boolean sameSurname = p.surname.equals(surname)
                    || Math.min(surname.length(), p.surname.length()) >= 4 && Math.max(surname.length(), p.surname.length()) >= 5
                    && oneEdit(p.surname, surname);
            boolean firstFits = first.isEmpty() || p.first.isEmpty() || p.first.equals(first)
                    || p.first.charAt(0) == first.charAt(0) && (p.first.length() == 2 || first.length() == 2);
            if (sameSurname && firstFits && (full || !p.first.isEmpty() || best == null)) {
                if (best == null || best.first.isEmpty() && !p.first.isEmpty()
                        || p.mentions.size() > best.mentions.size() && !p.first.isEmpty()) {
                    best = p;
                }
            }
        }
        return best;
    }

    /**
     * True for a description whose first word is a name in the possessive: "Tom Webb's campaign", "Webb’s lawyer"; or
     * a definite one owned by a described owner: "the former secretary of labor’s campaign".
     */
    static boolean owned(String phrase) {
        String[] w = phrase.split(" ");
        for (int i = 0; i < w.length - 1; i++) {
            if (w[i].endsWith("'s") || w[i].endsWith("\u2019s")) {
                return i < w.length && (Character.isUpperCase(w[0].charAt(0)) || w[0].equals("the") && i >= 2)
                        && w[i].length() > 2;
            }
        }
        return false;
    }

    /** True when {@code a} and {@code b} differ by one letter added, dropped or changed. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static Speaker speaker(Person p, Set<String> taken) {
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> titles = new LinkedHashSet<>();
        Set<String> titlesLower = new HashSet<>();
        int orgs = 0;
        for (Mention m : p.mentions) {
            counts.merge(m.described ? m.phrase : m.name, 1, Integer::sum);
            if (!m.title.isEmpty() && titlesLower.add(m.title.toLowerCase(Locale.ROOT))) {
                // "Spokesman" before a name and "spokesman" in apposition are one title, as first written
                titles.add(m.title);
            }
            orgs += m.kind == Speaker.Kind.ORGANIZATION ? 1 : 0;
        }
        String name = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (name == null || words(e.getKey()) > words(name)
                    || words(e.getKey()) == words(name) && e.getValue() > counts.get(name)) {
                name = e.getKey();
            }
        }
        Set<String> aliases = new TreeSet<>(counts.keySet());
        aliases.remove(name);
        String id = Slugs.lower(name);
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        Speaker.Kind kind = orgs * 2 > p.mentions.size() ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON;
        return new Speaker(unique, name, List.copyOf(aliases), List.copyOf(titles), kind);
    }

    private static int words(String name) {
        return name.split(" ").length;
    }
}
