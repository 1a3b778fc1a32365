//! Each source of the publication date and title, one page each: JSON-LD (`@graph`,
//! arrays, type lists), Open Graph and other `<meta>` names, `itemprop`, `<time>`, the
//! date the article header shows, the URL; and how they rank against each other.

use model::{DateSource, Document};
use newsclaims_extract::{HtmlExtractor, PageHints};
use std::path::PathBuf;

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/extract")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn doc(html: &[u8], url: Option<&str>) -> Document {
    let hints = PageHints {
        url: url.map(str::to_string),
        ..PageHints::new("t")
    };
    HtmlExtractor::new().extract(html, &hints).unwrap()
}

fn date(d: &Document) -> (String, DateSource) {
    let p = d.published.expect("a publication date");
    (p.date.to_string(), p.source)
}

const BODY: &str = "<p>The council approved the new budget on Monday after a long debate, \
    officials said, and the plan now goes to the regional government for review.</p>\
    <p>Opposition members said the spending on roads was too low and promised to \
    raise the matter again at the next session of the assembly in the autumn.</p>";

fn page(head: &str, header: &str) -> Vec<u8> {
    format!(
        "<html><head><title>Budget passes after long debate | Town Herald</title>{head}</head>\
         <body><article><h1>Budget passes after long debate</h1>{header}{BODY}</article></body></html>"
    )
    .into_bytes()
}

#[test]
fn json_ld_graph_in_an_array_with_local_offset() {
    let d = doc(&fixture("jsonld-graph.html"), None);
    assert_eq!(date(&d), ("2024-05-30".into(), DateSource::JsonLd));
    // The day as the publisher wrote it (+05:30), not the UTC day.
    assert_eq!(
        d.published.unwrap().datetime.unwrap().to_string(),
        "2024-05-30 23:40:00"
    );
    assert_eq!(d.modified.unwrap().to_string(), "2024-05-31");
    assert_eq!(d.title.as_deref(), Some("Monsoon arrives early in Kerala"));
    assert_eq!(
        d.authors,
        ["Anita Menon"],
        "an Organization is not an author"
    );
    assert_eq!(d.publisher.as_deref(), Some("Coastline Daily"));
}

#[test]
fn open_graph_article_time_over_other_meta_names() {
    let d = doc(&fixture("meta-tags.html"), None);
    // `article:published_time` ranks above `parsely-pub-date`; the header shows only
    // an "Updated" date, which does not replace the publication date.
    assert_eq!(date(&d), ("2023-11-07".into(), DateSource::MetaTag));
    assert_eq!(d.modified.unwrap().to_string(), "2023-11-09");
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour ferry fares to rise in spring")
    );
    assert_eq!(d.authors, ["Dana Whitfield"]);
    assert_eq!(d.publisher.as_deref(), Some("Bayside Gazette"));
}

#[test]
fn each_meta_name_for_the_publication_date() {
    for key in [
        r#"property="og:published_time""#,
        r#"name="pubdate""#,
        r#"name="publishdate""#,
        r#"name="date""#,
        r#"name="DC.date.issued""#,
        r#"name="sailthru.date""#,
        r#"name="parsely-pub-date""#,
        r#"itemprop="datePublished""#,
    ] {
        let d = doc(
            &page(
                &format!(r#"<meta {key} content="2023-04-05T10:00:00+02:00">"#),
                "",
            ),
            None,
        );
        assert_eq!(
            date(&d),
            ("2023-04-05".into(), DateSource::MetaTag),
            "{key}"
        );
    }
}

#[test]
fn time_element_marked_as_published_over_the_url() {
    let d = doc(
        &page(
            "",
            r#"<time datetime="2022-10-04T09:00:00Z">4 Oct</time>
               <time itemprop="datePublished" datetime="2022-10-03T21:00:00-04:00">Oct 3</time>"#,
        ),
        Some("https://herald.example/2022/09/30/budget"),
    );
    assert_eq!(date(&d), ("2022-10-03".into(), DateSource::TimeElement));
}

#[test]
fn url_date_over_an_unmarked_time_element() {
    let d = doc(
        &page(
            "",
            r#"<aside><time datetime="2019-01-01">old</time></aside>"#,
        ),
        Some("https://herald.example/2021/06/08/budget"),
    );
    assert_eq!(date(&d), ("2021-06-08".into(), DateSource::Url));
}

#[test]
fn utc_machine_time_yields_to_the_local_day_the_page_also_declares() {
    let d = doc(
        &page(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04T23:30:00Z"}</script>
               <meta property="article:published_time" content="2024-03-05T00:30:00+01:00">"#,
            "",
        ),
        None,
    );
    assert_eq!(date(&d), ("2024-03-05".into(), DateSource::MetaTag));
}

#[test]
fn date_shown_under_the_headline() {
    let d = doc(&fixture("header-date.html"), None);
    // Not the site-wide date above the navigation, not the photo caption's date, and
    // the publication date before the update.
    assert_eq!(date(&d), ("2024-03-14".into(), DateSource::Header));
    assert_eq!(
        d.published.unwrap().datetime.unwrap().to_string(),
        "2024-03-14 09:10:00"
    );
    assert_eq!(
        d.title.as_deref(),
        Some("Library reopens after roof repairs")
    );
    assert!(d.text.starts_with("The central library reopened"));
}

#[test]
fn shown_date_is_the_local_day_of_a_utc_machine_date() {
    let d = doc(
        &page(
            r#"<meta property="article:published_time" content="2023-12-23T01:48:00Z">"#,
            "<p>By Ann Lee</p><p>December 22, 2023 at 8:48 p.m.</p>",
        ),
        None,
    );
    assert_eq!(date(&d), ("2023-12-22".into(), DateSource::Header));
    // The same day shown and declared: the declared source is kept.
    let d = doc(
        &page(
            r#"<meta property="article:published_time" content="2023-12-22T20:48:00-05:00">"#,
            "<p>By Ann Lee</p><p>December 22, 2023 at 8:48 p.m.</p>",
        ),
        None,
    );
    assert_eq!(date(&d), ("2023-12-22".into(), DateSource::MetaTag));
}

#[test]
fn titles_by_agreement() {
    // A section kicker inside the h1 that the declared headline lacks.
    let html = r#"<html><head><meta property="og:title" content="Opinion | Budget passes after long debate">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget passes after long debate"}</script></head>
        <body><article><h1><span>Opinion</span> Budget passes after long debate</h1>BODY</article></body></html>"#
        .replace("BODY", BODY);
    assert_eq!(
        doc(html.as_bytes(), None).title.as_deref(),
        Some("Budget passes after long debate")
    );
    // An h1 the declared titles confirm whole is kept whole.
    let html = r#"<html><head><meta property="og:title" content="A full list of the budget changes (so far)">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget changes (so far)"}</script></head>
        <body><article><h1>A full list of the budget changes (so far)</h1>BODY</article></body></html>"#
        .replace("BODY", BODY);
    assert_eq!(
        doc(html.as_bytes(), None).title.as_deref(),
        Some("A full list of the budget changes (so far)")
    );
    // A medium tag and two site parts after the headline.
    let html = r#"<html><head><meta property="og:title" content="Budget passes after long debate (video) | Politics | Town Herald"></head>
        <body><article>BODY</article></body></html>"#
        .replace("BODY", BODY);
    assert_eq!(
        doc(html.as_bytes(), None).title.as_deref(),
        Some("Budget passes after long debate")
    );
}

#[test]
fn article_inside_a_gallery_element_is_still_found() {
    let html = format!(
        r#"<html><body><div class="gallery"><div class="gallery-slide">{BODY}</div></div></body></html>"#
    );
    let d = doc(html.as_bytes(), None);
    assert!(d.text.starts_with("The council approved"), "{}", d.text);
}

/// A logo `<h1>`: the headline is the `<h2>` that is the title, and the date the header
/// under it shows (a numeric US date) wins over the URL's day, the day the story was filed.
#[test]
fn header_date_under_an_h2_headline_when_the_h1_is_a_logo() {
    let d = doc(
        &fixture("date-logo-h1.html"),
        Some("https://ledger.example/news/2024/03/06/night-shipping-00123"),
    );
    assert_eq!(date(&d), ("2024-03-07".into(), DateSource::Header));
    assert_eq!(
        d.title.as_deref(),
        Some("Port authority approves night shipping on the canal")
    );
}

/// A long standfirst right under the headline does not end the header: the byline and
/// date after it are read.
#[test]
fn header_date_after_a_long_standfirst() {
    let d = doc(&fixture("date-after-standfirst.html"), None);
    assert_eq!(date(&d), ("2024-03-05".into(), DateSource::Header));
}
