//! The examples written in `data/cues.txt` (`> sentence | content | cue`) hold.

mod common;

use newsclaims_quotes::Lexicon;

#[test]
fn cue_data_examples_hold() {
    let lx = Lexicon::builtin();
    assert!(lx.examples.len() >= 5);
    for ex in &lx.examples {
        let (doc, qs) = common::quotes(&ex.sentence);
        let found = qs.iter().find(|q| doc.text[q.evidence.span] == ex.content);
        let q = found.unwrap_or_else(|| {
            panic!(
                "{:?}: expected content {:?}, got {:?}",
                ex.sentence,
                ex.content,
                qs.iter()
                    .map(|q| &doc.text[q.evidence.span])
                    .collect::<Vec<_>>()
            )
        });
        assert_eq!(
            q.cue.as_ref().map(|c| c.text.as_str()),
            Some(ex.cue.as_str()),
            "{}",
            ex.sentence
        );
        assert!(q.speaker.is_some(), "{}: a speaker", ex.sentence);
    }
}
