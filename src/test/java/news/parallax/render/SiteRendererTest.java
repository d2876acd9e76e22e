package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.SiteFiles;
import org.junit.jupiter.api.Test;

class SiteRendererTest {

    static SiteFiles fixtureSite(String baseUrl) {
        return SiteRenderer.create(Optional.empty(), baseUrl).render(List.of(Fixture.comparison()));
    }

    /** Writes a site to a folder, for the tests that read it from disk. */
    static Path write(SiteFiles site, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return dir;
    }

    static String text(SiteFiles site, String path) {
        assertThat(site.files()).containsKey(path);
        return new String(site.files().get(path), StandardCharsets.UTF_8);
    }

    @Test
    void everyPageTypeIsWritten() {
        assertThat(fixtureSite("").files()).containsKeys("index.html", "sources/alpha.html", "clusters/q1.html",
                "speakers/index.html", "speakers/ana-ruiz.html", "framing.html", "citations.html", "timeline.html",
                "search.html", "search-index.js", "search-index.json", "methodology.html", "404.html", "feed.xml",
                "sitemap.xml", "assets/style.css", "assets/search.js", "data/index.json", "data/river-bridge.json");
    }

    @Test
    void methodologyPageHasNoMarkdownLeftUnrendered() {
        String page = text(fixtureSite(""), "methodology.html");
        assertThat(page).contains("<h2>Measured accuracy</h2>").doesNotContain("|---|").doesNotContain("| what |");
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        SiteFiles one = fixtureSite("https://example.org/site/");
        SiteFiles two = fixtureSite("https://example.org/site/");
        assertThat(one.files().keySet()).isEqualTo(two.files().keySet());
        one.files().forEach((path, bytes) -> assertThat(two.files().get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void hostileArticleTextIsEscapedEverywhere() {
        SiteFiles site = fixtureSite("");
        for (String path : List.of("sources/gamma.html", "clusters/q3.html", "index.html", "speakers/ana-ruiz.html")) {
            assertThat(text(site, path)).as(path).doesNotContain("<script>alert").doesNotContain("<b>vote");
        }
        assertThat(text(site, "search-index.js")).doesNotContain("</script>");
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        String page = text(fixtureSite(""), "clusters/q3.html");
        String ld = page.substring(page.indexOf("application/ld+json"), page.indexOf("</script>"));
        assertThat(ld).contains("\\u003c/script\\u003e").contains("\"@type\":\"Quotation\"");
        assertThat(text(fixtureSite(""), "clusters/c1.html")).contains("\"@type\":\"Claim\"", "\"appearance\":[");
    }

    @Test
    void matrixCellsLinkToTheStatementInItsArticle() {
        String index = text(fixtureSite(""), "index.html");
        assertThat(index).contains("href=\"sources/gamma.html#gamma-c1\"", "<th scope=\"col\" class=\"src\">Source 3</th>");
        assertThat(index.indexOf("clusters/c1.html")).isLessThan(index.indexOf("clusters/c2.html"));
    }

    @Test
    void sourcePageMarksEachStatementWithItsIdAndCluster() {
        String page = text(fixtureSite(""), "sources/alpha.html");
        assertThat(page).contains("<mark id=\"alpha-q1\" class=\"stmt quote sp-0\">This bridge will carry our city")
                .contains("href=\"../clusters/q1.html\"")
                // the quote nested in the claim is a mark inside the claim's mark
                .containsPattern("<mark id=\"alpha-c2\"[^>]*>Council member Tom Baker warned that &quot;<mark id=\"alpha-q2\"");
    }

    @Test
    void clusterPageShowsTheWordDiffAgainstTheMostCommonWording() {
        String page = text(fixtureSite(""), "clusters/q1.html");
        assertThat(page).contains("<del>our</del> <ins>the</ins>").contains("most common wording");
    }

    @Test
    void aStatementOnlyOneSourcePrintedIsNotPresentedAsAComparison() {
        String single = text(fixtureSite(""), "clusters/c2.html");
        assertThat(single).contains("As the source printed it", "nothing to compare it with")
                .doesNotContain("diff-key", "compared against", "No difference in wording", "version base");
        assertThat(text(fixtureSite(""), "clusters/q1.html")).contains("As each source printed it", "diff-key")
                .doesNotContain("nothing to compare");
    }

    @Test
    void feedAndSitemapUseTheBaseUrlAndThePublicationDates() {
        SiteFiles site = fixtureSite("https://example.org/site");
        assertThat(text(site, "feed.xml")).contains("<updated>2024-05-02T15:05:00Z</updated>",
                "href=\"https://example.org/site/index.html\"");
        assertThat(text(site, "sitemap.xml")).contains("<loc>https://example.org/site/clusters/q1.html</loc>")
                .doesNotContain("404.html");
        assertThat(text(site, "404.html")).contains("href=\"https://example.org/site/assets/style.css\"");
        assertThat(text(fixtureSite(""), "404.html")).contains("href=\"/assets/style.css\"");
    }

    @Test
    void searchIndexMapsStemsToEntries() {
        String index = text(fixtureSite(""), "search-index.json");
        assertThat(index).contains("\"bridg\":[").contains("\"kind\":\"speaker\",\"text\":\"Ana Ruiz\"");
        assertThat(text(fixtureSite(""), "search-index.js")).startsWith("window.PARALLAX_SEARCH = {");
    }

    @Test
    void manyStoriesGetAnIndexAndTheirOwnFolders() {
        var second = Fixture.comparison();
        var renamed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(
                new news.parallax.model.Story("other-story", "Another story", second.analysis().story().sources()),
                second.analysis().speakers(), second.analysis().statements(), second.analysis().clusters()),
                second.clusterOrder(), second.exclusives(), second.omissions(), second.distinctive(),
                second.loadedTerms(), second.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(Fixture.comparison(), renamed));
        assertThat(site.files()).containsKeys("index.html", "river-bridge/index.html", "other-story/clusters/q1.html");
        assertThat(text(site, "index.html")).contains("href=\"other-story/index.html\"")
                .contains("<a href=\"index.html\" aria-current=\"page\">Home</a>");
        assertThat(text(site, "other-story/clusters/q1.html")).contains("href=\"../../assets/style.css\"");
    }

    @Test
    void theIndexOfStoriesListsTheNewestFirstWithItsDateAndWhatSeveralSourcesCarried() {
        var f = Fixture.comparison();
        // "a-story" sorts first by slug, but none of its sources gives a date: it goes last
        List<news.parallax.model.Source> undated = f.analysis().story().sources().stream()
                .map(s -> new news.parallax.model.Source(s.id(), s.file(), s.label(), s.outlet(), s.headline(),
                        s.byline(), Optional.empty(), s.url(), s.text(), s.blocks()))
                .toList();
        var other = new news.parallax.model.Comparison(new news.parallax.model.Analysis(
                new news.parallax.model.Story("a-story", "An undated story", undated),
                f.analysis().speakers(), f.analysis().statements(), f.analysis().clusters()),
                f.clusterOrder(), f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        String index = text(SiteRenderer.create(Optional.empty(), "").render(List.of(other, f)), "index.html");
        assertThat(index.indexOf("river-bridge/index.html")).isPositive().isLessThan(index.indexOf("a-story/index.html"));
        String dated = f.analysis().story().sources().stream().map(s -> s.published().orElse(""))
                .filter(p -> !p.isEmpty()).max(String::compareTo).orElseThrow().substring(0, 10);
        long shared = f.analysis().clusters().stream().filter(c -> c.sources().size() > 1).count();
        assertThat(index).contains("<td class=\"nowrap\">" + dated + "</td>", "<td class=\"nowrap\">not given</td>",
                "<td class=\"num\">" + shared + "</td></tr>");
    }

    @Test
    void aPartialQuoteOfTheSameWordsIsShownAsPrintedAndNotAsWordedDifferently() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // Source 3 quotes only a few words of the mayor's sentence, the same words the others print in full
        String part = "carry our city";
        var gamma = a.story().source("gamma");
        int start = gamma.text().indexOf(part);
        List<news.parallax.model.Statement> statements = a.statements().stream()
                .map(st -> !st.id().equals("gamma-q1") ? st : new news.parallax.model.Statement(st.id(), st.source(),
                        st.kind(), part, start, start + part.length(), st.speaker(), true, st.verb(), st.score()))
                .toList();
        var partial = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                statements, a.clusters()), f.clusterOrder(), f.exclusives(), f.omissions(), f.distinctive(),
                f.loadedTerms(), f.citations());
        String page = text(SiteRenderer.create(Optional.empty(), "").render(List.of(partial)), "clusters/q1.html");
        String gammaVersion = page.substring(page.lastIndexOf("<article"));
        assertThat(gammaVersion).contains("same words, in part", "partial quote", "<p>carry our city</p>")
                .doesNotContain("<del>", "worded differently");
    }

    @Test
    void speakersAreListedMostQuotedFirst() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // the analysis lists Tom Baker (3 statements) before Ana Ruiz (4)
        var reversed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(),
                List.of(a.speakers().get(1), a.speakers().get(0)), a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        String page = text(SiteRenderer.create(Optional.empty(), "").render(List.of(reversed)), "speakers/index.html");
        assertThat(page.indexOf(">Ana Ruiz<")).isPositive().isLessThan(page.indexOf(">Tom Baker<"));
    }

    @Test
    void wordingThatDiffersWithoutAReportedDifferenceGetsAPlainNote() {
        // cluster c1 has a number difference from compare, and three different wordings of a claim
        assertThat(text(fixtureSite(""), "clusters/c1.html"))
                .contains("Wire Sample and Source 3 word it in their own words, as outlets do with a fact they report");
        // cluster q1 has compare's own wording difference and no second note
        assertThat(text(fixtureSite(""), "clusters/q1.html")).doesNotContain("word it differently");
        // cluster q2 differs only in case and a closing comma: the same wording
        assertThat(text(fixtureSite(""), "clusters/q2.html")).doesNotContain("word it differently")
                .contains("same wording");
    }

    @Test
    void aSourceThatPrintsAStatementTwiceIsComparedWithItsOtherPassageNotWithItself() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // alpha's second claim joins cluster c1 beside alpha's first: alpha now words c1 two ways
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !c.id().equals("c2"))
                .map(c -> c.id().equals("c1") ? new news.parallax.model.Cluster(c.id(), c.kind(),
                        List.of("alpha-c1", "alpha-c2", "beta-c1", "gamma-c1"), c.sources(), c.differences()) : c)
                .toList();
        var merged = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                a.statements(), clusters), f.clusterOrder().stream().filter(id -> !id.equals("c2")).toList(),
                f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(merged));
        // the other sources differ from Daily Example's first passage; its second is its own difference
        assertThat(text(site, "clusters/c1.html")).contains("Wire Sample and Source 3 word it in their own words,",
                "Daily Example also prints it in other words.").doesNotContain("another passage of");
    }

    @Test
    void aStatementOneSourcePrintsTwiceInDifferentWordsSaysSoWithoutOtherSources() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // cluster c1 holds only alpha's two claims: no other source to compare with
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !c.id().equals("c2"))
                .map(c -> c.id().equals("c1") ? new news.parallax.model.Cluster(c.id(), c.kind(),
                        List.of("alpha-c1", "alpha-c2"), List.of("alpha"), List.of()) : c)
                .toList();
        var merged = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                a.statements(), clusters), f.clusterOrder().stream().filter(id -> !id.equals("c2")).toList(),
                f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(merged));
        assertThat(text(site, "clusters/c1.html")).contains("Daily Example prints it twice, worded differently")
                .doesNotContain("the wording the others are compared with");
    }

    @Test
    void aSpeakerPageSaysWhichSourcesCreditTheSpeakerWhenOthersCarryTheWordsWithoutThem() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // Tom Baker's claim alpha-c2 joins cluster c1, whose other members credit nobody
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !c.id().equals("c2"))
                .map(c -> c.id().equals("c1") ? new news.parallax.model.Cluster(c.id(), c.kind(),
                        List.of("alpha-c2", "beta-c1", "gamma-c1"), c.sources(), c.differences()) : c)
                .toList();
        var merged = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                a.statements(), clusters), f.clusterOrder().stream().filter(id -> !id.equals("c2")).toList(),
                f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(merged));
        assertThat(text(site, "speakers/tom-baker.html"))
                .contains("in 3 sources: Daily Example, Wire Sample and Source 3; credited to Tom Baker by Daily Example only");
        // every source that carries Ana Ruiz's quote credits it to her: no note
        assertThat(text(site, "speakers/ana-ruiz.html")).doesNotContain("credited to");
    }

    @Test
    void theTimeAxisSaysWhereItStartsAndEnds() {
        // Daily Example at 09:30 UTC, Wire Sample at 11:05 four hours behind UTC
        assertThat(text(fixtureSite(""), "timeline.html"))
                .contains(">2024-05-02 09:30 UTC</text>", ">2024-05-02 15:05 UTC</text>");
    }

    @Test
    void aSpeakerWithoutTitlesSaysNoneFoundInTheSpeakersTable() {
        var f = Fixture.comparison();
        var a = f.analysis();
        var untitled = new news.parallax.model.Speaker("tom-baker", "Tom Baker", List.of("Baker"), List.of(),
                news.parallax.model.Speaker.Kind.PERSON);
        var comparison = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(),
                List.of(a.speakers().get(0), untitled), a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        String page = text(SiteRenderer.create(Optional.empty(), "").render(List.of(comparison)), "speakers/index.html");
        assertThat(page).contains(">Tom Baker</a></th><td><span class=\"meta\">none found</span></td>")
                .contains(">Ana Ruiz</a></th><td>the mayor</td>");
    }

    @Test
    void twoSpeakersPrintedAlikeAreToldApartByTheSourcesThatCreditThem() {
        var f = Fixture.comparison();
        var a = f.analysis();
        assertThat(text(fixtureSite(""), "speakers/index.html")).doesNotContain("(in ");
        // Tom Baker's statements now credited to a second "Ana Ruiz" (two people kept apart, printed alike)
        var twin = new news.parallax.model.Speaker("tom-baker", "Ana Ruiz", List.of(), List.of(),
                news.parallax.model.Speaker.Kind.PERSON);
        var comparison = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(),
                List.of(a.speakers().get(0), twin), a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        var site = SiteRenderer.create(Optional.empty(), "").render(List.of(comparison));
        for (String page : List.of("speakers/index.html", "index.html")) {
            String html = text(site, page);
            assertThat(html.split("<span class=\"meta\">\\(in ", -1)).as(page).hasSize(3);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void twoSpeakersPrintedAlikeInOneSourceAreToldApartByMoreThanANumber(boolean titled) {
        var f = Fixture.comparison();
        var a = f.analysis();
        // Tom Baker's statements (in Daily Example and Wire Sample) credited to a second "Ana Ruiz", who is in both too
        var ruiz = titled ? a.speakers().get(0) : new news.parallax.model.Speaker("ana-ruiz", "Ana Ruiz", List.of(),
                List.of(), news.parallax.model.Speaker.Kind.PERSON);
        var twin = new news.parallax.model.Speaker("tom-baker", "Ana Ruiz", List.of(), List.of(),
                news.parallax.model.Speaker.Kind.PERSON);
        var comparison = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(),
                List.of(ruiz, twin), a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        var site = SiteRenderer.create(Optional.empty(), "").render(List.of(comparison));
        // what each line says of the speaker, its number and link left out
        java.util.function.Function<String, List<String>> lines = html -> java.util.regex.Pattern
                .compile("<a href=\"[^\"]*speakers/(?:ana-ruiz|tom-baker)\\.html\">Ana Ruiz</a>(.*?)</(?:li|th)>")
                .matcher(html).results().map(r -> r.group(1)).toList();
        for (String page : List.of("speakers/index.html", "index.html", "sources/alpha.html")) {
            String html = text(site, page);
            if (page.startsWith("sources/")) {
                html = html.substring(html.indexOf("id=\"legend-h\""), html.indexOf("</section>", html.indexOf("id=\"legend-h\"")));
            }
            List<String> found = lines.apply(html);
            assertThat(found).as(page).hasSize(2);
            assertThat(found.get(0)).as(page).isNotEqualTo(found.get(1));
        }
        // the untitled twin's line quotes its first quote, not the claim before it that holds those words
        assertThat(text(site, "speakers/index.html")).contains("(in Daily Example and Wire Sample: \u201cwe cannot afford it\u201d)")
                .doesNotContain("\u201cCouncil member Tom Baker warned that");
    }

    /** The overview's key numbers, by label. */
    private static Map<String, Integer> keyNumbers(String index) {
        return java.util.regex.Pattern.compile("<li><strong>(\\d+)</strong> ([^<]+)</li>").matcher(index).results()
                .collect(java.util.stream.Collectors.toMap(r -> r.group(2), r -> Integer.parseInt(r.group(1)), (x, y) -> x));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "c2", "c2 c4 q3"})
    void theKeyNumbersOfStatementsAddUp(String dropped) {
        SiteFiles site = withClusters(Map.of(), dropped.isEmpty() ? List.of() : List.of(dropped.split(" ")));
        Map<String, Integer> n = keyNumbers(text(site, "index.html"));
        assertThat(n.get("reported by two or more sources") + n.get("reported by one source only"))
                .isEqualTo(n.get("statements compared"));
        assertThat(n.get("reported by every source")).isLessThanOrEqualTo(n.get("reported by two or more sources"));
    }

    @Test
    void aSpeakerPageHasTheSpeakersInItsBreadcrumbAndAClaimInItsOwnWordsIsNotBadgedAsADifference() {
        SiteFiles site = fixtureSite("");
        String crumbs = text(site, "speakers/ana-ruiz.html").split("</nav>")[1];
        assertThat(crumbs).contains("<li><a href=\"../speakers/index.html\">Speakers</a></li>");
        assertThat(text(site, "clusters/c1.html")).contains("<span class=\"badge\">in its own words</span>");
    }

    @Test
    void aSourcesSentenceAndTheFullQuoteItHoldsAreTheSameWordsNotAWordingDifference() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // alpha's claim quoting "we cannot afford it" and alpha's full (not partial) quote of those words, alone in c2
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !c.id().equals("q2"))
                .map(c -> c.id().equals("c2") ? new news.parallax.model.Cluster(c.id(), news.parallax.model.Cluster.Kind.MIXED,
                        List.of("alpha-c2", "alpha-q2"), List.of("alpha"), List.of()) : c)
                .toList();
        var merged = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                a.statements(), clusters), f.clusterOrder().stream().filter(id -> !id.equals("q2")).toList(),
                f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        String page = text(SiteRenderer.create(Optional.empty(), "").render(List.of(merged)), "clusters/c2.html");
        assertThat(page).contains("same words, in part").doesNotContain("worded differently").doesNotContain("<del");
    }

    /** The fixture with its clusters replaced (by id) and those named dropped. */
    private static SiteFiles withClusters(Map<String, news.parallax.model.Cluster> replaced, List<String> dropped) {
        var f = Fixture.comparison();
        var a = f.analysis();
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !dropped.contains(c.id()))
                .map(c -> replaced.getOrDefault(c.id(), c)).toList();
        var changed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                a.statements(), clusters), f.clusterOrder().stream().filter(id -> !dropped.contains(id)).toList(),
                f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        return SiteRenderer.create(Optional.empty(), "").render(List.of(changed));
    }

    @Test
    void aSourcePrintingAStatementTwiceInOtherWordsIsNoDifferenceBetweenSources() {
        // q2: both sources print "we cannot afford it"; Wire Sample prints a second, other passage in it too
        SiteFiles site = withClusters(Map.of("q2", new news.parallax.model.Cluster("q2",
                news.parallax.model.Cluster.Kind.MIXED, List.of("alpha-q2", "beta-q2", "beta-c4"),
                List.of("alpha", "beta"), List.of())), List.of("c4"));
        String index = text(site, "index.html");
        // c1, q1 and c3 differ between sources, as in the fixture; q2 does not
        assertThat(index).contains("<li><strong>3</strong> worded or told differently</li>");
        String differ = index.substring(index.indexOf("id=\"differ-h\""), index.indexOf("id=\"only-h\""));
        assertThat(differ).contains("clusters/c1.html", "clusters/q1.html", "clusters/c3.html")
                .doesNotContain("clusters/q2.html");
        String row = index.substring(index.indexOf("<a href=\"clusters/q2.html\""));
        assertThat(row.substring(0, row.indexOf("</th>"))).doesNotContain("differs");
        assertThat(text(site, "clusters/q2.html")).contains("Wire Sample also prints it in other words.",
                "The sources do not word it differently from one another").doesNotContain("another passage of");
    }

    /** The version box of one statement on a cluster page. */
    private static String version(String page, String statementId) {
        for (String box : page.split("<article class=\"version")) {
            if (box.contains("#" + statementId + "\"")) {
                return box.substring(0, box.indexOf("</article>"));
            }
        }
        throw new AssertionError("no version of " + statementId);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // one source's two claims, no other source: nothing to compare between outlets
        "c1 | alpha-c1 alpha-c2 | alpha | alpha-c2",
        // all three sources word the vote; Daily Example also prints its councillor's warning in the cluster
        "c1 | alpha-c1 alpha-c2 beta-c1 gamma-c1 | alpha beta gamma | alpha-c2",
        // both print the quote alike; Wire Sample also prints its line on construction in the cluster
        "q2 | alpha-q2 beta-q2 beta-c4 | alpha beta | beta-c4"})
    void aSourcesOtherPassageIsPrintedAsItStandsNotMarkedAgainstTheBase(String cluster, String members, String sources,
            String other) {
        var kind = cluster.startsWith("q") ? news.parallax.model.Cluster.Kind.MIXED : news.parallax.model.Cluster.Kind.CLAIM;
        SiteFiles site = withClusters(Map.of(cluster, new news.parallax.model.Cluster(cluster, kind,
                List.of(members.split(" ")), List.of(sources.split(" ")), List.of())),
                cluster.equals("c1") ? List.of("c2") : List.of("c4"));
        String page = text(site, "clusters/" + cluster + ".html");
        assertThat(version(page, other)).contains("another passage, as printed").doesNotContain("<del", "<ins",
                "worded differently");
        assertThat(page).doesNotContain("the changed words are marked").contains("only differences between sources are");
        // nothing is compared against the base of one source's own passages
        assertThat(page.contains("<span class=\"badge\">first passage</span>")).isEqualTo(!sources.contains(" "));
    }

    @Test
    void aSourceWordingItDifferentlyFromTheOthersIsADifferenceBetweenSources() {
        // q2: Daily Example prints Baker's words; Wire Sample only its other passage
        SiteFiles site = withClusters(Map.of("q2", new news.parallax.model.Cluster("q2",
                news.parallax.model.Cluster.Kind.MIXED, List.of("alpha-q2", "beta-q2", "beta-c4"),
                List.of("alpha", "beta"), List.of())), List.of("c4"));
        // the same cluster without Wire Sample's matching passage: it words it differently from Daily Example
        SiteFiles apart = withClusters(Map.of("q2", new news.parallax.model.Cluster("q2",
                news.parallax.model.Cluster.Kind.MIXED, List.of("alpha-q2", "beta-c4"),
                List.of("alpha", "beta"), List.of())), List.of("c4"));
        assertThat(text(site, "index.html")).contains("<li><strong>3</strong> worded or told differently</li>");
        assertThat(text(apart, "index.html")).contains("<li><strong>4</strong> worded or told differently</li>");
        assertThat(text(apart, "clusters/q2.html")).contains("Daily Example words it differently from Wire Sample,");
    }

    @Test
    void aOneSourceClusterPrintedTwiceIsNotCountedAsWordedDifferently() {
        SiteFiles site = withClusters(Map.of("c2", new news.parallax.model.Cluster("c2",
                news.parallax.model.Cluster.Kind.CLAIM, List.of("alpha-c2", "alpha-c3"), List.of("alpha"), List.of())),
                List.of("c3"));
        String index = text(site, "index.html");
        // c1 and q1 differ between sources; c2 is one source's two passages
        assertThat(index).contains("<li><strong>2</strong> worded or told differently</li>");
        String row = index.substring(index.indexOf("<a href=\"clusters/c2.html\""));
        assertThat(row.substring(0, row.indexOf("</th>"))).doesNotContain("differs");
    }

    /** The fixture's timeline page with the publication times given (by source id; absent: as in the fixture). */
    private static String timelineWith(Map<String, String> published) {
        var f = Fixture.comparison();
        var a = f.analysis();
        List<news.parallax.model.Source> sources = a.story().sources().stream().map(s -> published.containsKey(s.id())
                ? new news.parallax.model.Source(s.id(), s.file(), s.label(), s.outlet(), s.headline(), s.byline(),
                        Optional.of(published.get(s.id())), s.url(), s.text(), s.blocks()) : s).toList();
        var story = new news.parallax.model.Story(a.story().slug(), a.story().title(), sources);
        var changed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(story, a.speakers(),
                a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(), f.omissions(), f.distinctive(),
                f.loadedTerms(), f.citations());
        return text(SiteRenderer.create(Optional.empty(), "").render(List.of(changed)), "timeline.html");
    }

    @Test
    void sourcesThatAllGiveOneDateWithoutATimeAreNotPutInAnOrder() {
        String page = timelineWith(Map.of("alpha", "May 2, 2024", "beta", "2024-05-02"));
        assertThat(page).contains("Every source that gives a date gives the same date, <time datetime=\"2024-05-02\">2024-05-02</time>,"
                + " and no time of day, so the order they came out in is not known.")
                .contains("<ul class=\"timeline\">").doesNotContain("<svg").doesNotContain("earliest first");
        // a date and a time on that day: an order is known in part, and the axis is drawn
        assertThat(timelineWith(Map.of("alpha", "May 2, 2024"))).contains("<svg", "<ol class=\"timeline\">")
                .doesNotContain("the same date");
    }

    @Test
    void aDateWithoutATimeIsListedAfterTheTimesOfItsDay() {
        // Daily Example gives only the date of the day Wire Sample published at 15:05 UTC
        String page = timelineWith(Map.of("alpha", "May 2, 2024"));
        String list = page.substring(page.indexOf("<ol class=\"timeline\">"));
        assertThat(list.indexOf("Wire Sample")).isLessThan(list.indexOf("Daily Example"));
        assertThat(list).contains("<time datetime=\"2024-05-02\">May 2, 2024</time> <span class=\"meta\">(date only)</span>");
        // the source with no time at all stays last
        assertThat(list.indexOf("Daily Example")).isLessThan(list.indexOf("Source 3"));
        // the axis starts at the date alone, not at a made-up midnight
        assertThat(page).contains(">2024-05-02</text>", ">2024-05-02 15:05 UTC</text>").doesNotContain("00:00 UTC");
    }

    @Test
    void aTitleAndItsAbbreviationAreShownOnce() {
        var f = Fixture.comparison();
        var a = f.analysis();
        var ruiz = new news.parallax.model.Speaker("ana-ruiz", "Ana Ruiz", List.of("Ruiz"),
                List.of("Gov.", "Governor", "Mayor"), news.parallax.model.Speaker.Kind.PERSON);
        var changed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(),
                List.of(ruiz, a.speakers().get(1)), a.statements(), a.clusters()), f.clusterOrder(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(changed));
        assertThat(text(site, "speakers/ana-ruiz.html")).contains("<dt>Titles</dt><dd>Governor, Mayor</dd>");
        assertThat(text(site, "speakers/index.html")).contains(">Ana Ruiz</a></th><td>Governor, Mayor</td>");
    }

    /** The fixture's statements and "gamma-q4": Source 3 quoting part of the mayor's remark, as a full quote. */
    private static List<news.parallax.model.Statement> withGammaPart(news.parallax.model.Analysis a) {
        var gamma = a.story().source("gamma");
        String words = "carry our city into the next century";
        int start = gamma.text().indexOf(words);
        List<news.parallax.model.Statement> statements = new java.util.ArrayList<>(a.statements());
        statements.add(new news.parallax.model.Statement("gamma-q4", "gamma", news.parallax.model.Statement.Kind.QUOTE,
                words, start, start + words.length(), Optional.of("ana-ruiz"), false, Optional.of("said"), 1));
        return statements;
    }

    @Test
    void aQuoteOfMoreOfTheSameRemarkIsTheSameWordsNotWordedDifferently() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // Source 3 quotes a full sentence less of the mayor's remark than Daily Example: a full quote, not partial
        List<news.parallax.model.Statement> statements = withGammaPart(a);
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().map(c -> c.id().equals("q1")
                ? new news.parallax.model.Cluster("q1", news.parallax.model.Cluster.Kind.QUOTE, List.of("alpha-q1", "gamma-q4"),
                        List.of("alpha", "gamma"), List.of()) : c).toList();
        var changed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                statements, clusters), f.clusterOrder(), f.exclusives(), f.omissions(), f.distinctive(),
                f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(changed));
        assertThat(text(site, "clusters/q1.html")).contains("same words, in part")
                .doesNotContain("worded differently").doesNotContain("words it differently");
        // c1 and c3 differ; q1 no longer
        assertThat(text(site, "index.html")).contains("<li><strong>2</strong> worded or told differently</li>");
    }

    @Test
    void aSpeakerPageSaysItsCountsAreOfPassagesAndHowManyStatementsItLists() {
        // Ana Ruiz: one quote printed by three sources and one printed by one
        String page = text(fixtureSite(""), "speakers/ana-ruiz.html");
        assertThat(page).contains("<dt>In the articles</dt><dd>4 quotes, 0 claims</dd>",
                "<p>2 statements, each listed once with the sources that printed it");
    }

    @Test
    void aQuoteWhoseWordsAnotherOutletQuotesAtLengthIsTheSameWordsWhateverTheBase() {
        var f = Fixture.comparison();
        var a = f.analysis();
        // the base is Daily Example's claim; Source 3 quotes part of the mayor's words Daily Example quotes in full
        List<news.parallax.model.Statement> statements = withGammaPart(a);
        List<news.parallax.model.Cluster> clusters = a.clusters().stream().filter(c -> !c.id().equals("c2"))
                .map(c -> c.id().equals("q1") ? new news.parallax.model.Cluster("q1", news.parallax.model.Cluster.Kind.MIXED,
                        List.of("alpha-c2", "alpha-q1", "gamma-q4"), List.of("alpha", "gamma"), List.of()) : c).toList();
        var changed = new news.parallax.model.Comparison(new news.parallax.model.Analysis(a.story(), a.speakers(),
                statements, clusters), f.clusterOrder().stream().filter(id -> !id.equals("c2")).toList(), f.exclusives(),
                f.omissions(), f.distinctive(), f.loadedTerms(), f.citations());
        SiteFiles site = SiteRenderer.create(Optional.empty(), "").render(List.of(changed));
        String page = text(site, "clusters/q1.html");
        String gammaVersion = page.substring(page.indexOf(">Source 3</a></h3>"));
        assertThat(gammaVersion.substring(0, gammaVersion.indexOf("</article>")))
                .contains("same words as Daily Example (statement 2), in part").doesNotContain("worded differently", "<ins>");
        assertThat(page).contains("Daily Example also prints it in other words.").doesNotContain("Source 3 words it");
        // c1 and c3 differ; q1 is one source's two passages and another's part of one of them
        assertThat(text(site, "index.html")).contains("<li><strong>2</strong> worded or told differently</li>");
    }

    @Test
    void theMatrixSaysWhatItsDiffersMarkMeansAndTheClusterKeyNamesTheWordingCompared() {
        SiteFiles site = fixtureSite("");
        assertThat(text(site, "index.html")).contains("<span class=\"differs\">differs</span> marks a statement two sources"
                + " word or tell differently (see <a href=\"#differ-h\">Where the sources differ</a>)",
                "(those only one source carried are in a second table, folded below)");
        // c1: no two sources share a wording; the one compared against is badged so, whichever source it is
        assertThat(text(site, "clusters/c1.html")).contains("Compared word by word with the wording marked “compared against”")
                .contains("<span class=\"badge\">compared against</span>").doesNotContain("first source’s wording");
    }

    @Test
    void theSpeakersTableSaysItsOrderCountsQuotesAndClaimsTogether() {
        assertThat(text(fixtureSite(""), "speakers/index.html"))
                .contains("in order of how many of the articles’ quotes and claims are theirs, together");
    }

    @Test
    void outletsWordingAClaimEachTheirOwnWayDoNotDifferOnIt() {
        // c1 without compare's number difference: three outlets' own sentences for one fact
        SiteFiles site = withClusters(Map.of("c1", new news.parallax.model.Cluster("c1",
                news.parallax.model.Cluster.Kind.CLAIM, List.of("alpha-c1", "beta-c1", "gamma-c1"),
                List.of("alpha", "beta", "gamma"), List.of())), List.of());
        String index = text(site, "index.html");
        // q1 and c3 differ; c1 no longer
        assertThat(index).contains("<li><strong>2</strong> worded or told differently</li>");
        String row = index.substring(index.indexOf("<a href=\"clusters/c1.html\""));
        assertThat(row.substring(0, row.indexOf("</th>"))).doesNotContain("differs");
        assertThat(text(site, "clusters/c1.html")).contains("Wire Sample and Source 3 word it in their own words,"
                + " as outlets do with a fact they report (a claim, not a quote); the words not in Daily Example’s are underlined.");
    }
}
