//! The bundled word vectors (`text::embed`): the asset parses to its
//! documented shape, related words are closer than unrelated ones, lookups
//! fold case and inflections, and the reader refuses damaged buffers.

use storydiff::text::embed::{self, FormatError, WordVectors, vectors};

const ASSET: &[u8] = include_bytes!("../assets/data/wordvec.bin");

fn sim(a: &str, b: &str) -> f32 {
    vectors().similarity(a, b).unwrap()
}

#[test]
fn bundled_asset_parses_with_its_documented_shape() {
    let v = vectors();
    assert_eq!(v.dims(), 96);
    assert_eq!(v.len(), 50_000);
    assert_eq!(v.vector("the").unwrap().len(), 96);
    let unit: f32 = v
        .vector_f32("reprisal")
        .unwrap()
        .iter()
        .map(|x| x * x)
        .sum();
    assert!((unit - 1.0).abs() < 1e-4, "{unit}");
}

#[test]
fn related_words_are_closer_than_unrelated_words() {
    assert!(sim("retaliation", "reprisal") > sim("retaliation", "banana") + 0.2);
    assert!(sim("killed", "dead") > sim("killed", "weather") + 0.2);
    assert!(sim("promote", "expand") > sim("promote", "banana") + 0.1);
    assert_eq!(sim("vote", "Vote"), 1.0);
    for (a, b) in [
        ("killed", "dead"),
        ("dead", "banana"),
        ("promote", "weather"),
    ] {
        assert_eq!(sim(a, b), sim(b, a));
        assert!((-1.0..=1.0).contains(&sim(a, b)));
    }
}

#[test]
fn lookups_fold_case_possessives_and_inflections() {
    let v = vectors();
    assert_eq!(v.canonical("Russia"), Some("russia"));
    assert_eq!(v.canonical("Russia's"), Some("russia"));
    assert_eq!(v.canonical("PUTIN\u{2019}S"), Some("putin"));
    assert_eq!(v.canonical("retaliations"), Some("retaliation"));
    assert_eq!(v.vector("Russia's"), v.vector("russia"));
    assert!(v.zipf("the").unwrap() > 7.0);
    assert!(v.zipf("reprisal").unwrap() < 4.0);
}

#[test]
fn unknown_words_give_none() {
    let v = vectors();
    assert_eq!(v.vector("qzxwvtk"), None);
    assert_eq!(v.similarity("qzxwvtk", "dead"), None);
    assert_eq!(v.zipf("1998"), None);
    assert_eq!(v.vector(""), None);
    assert_eq!(v.vector("'s"), None);
    assert_eq!(v.canonical("qzxwvtking"), None);
}

#[test]
fn weights_favour_rare_words() {
    let v = vectors();
    assert!(v.weight("the") < 0.1);
    assert!(v.weight("reprisal") > 0.9);
    assert_eq!(v.weight("Zyxqvtron"), 1.0);
}

#[test]
fn sentence_signals_see_paraphrases() {
    let a = ["in", "retaliation", "for", "air", "strikes"];
    let b = ["a", "reprisal", "for", "airstrikes"];
    let c = ["the", "weather", "was", "mild", "in", "spring"];
    let (pb, pc) = (embed::soft_overlap(&a, &b), embed::soft_overlap(&a, &c));
    assert!(pb > pc + 0.2, "{pb} vs {pc}");
    assert!((embed::soft_overlap(&a, &a) - 1.0).abs() < 1e-5);
    assert_eq!(embed::soft_overlap(&a, &[]), 0.0);
    let (mb, mc) = (embed::mean_cosine(&a, &b), embed::mean_cosine(&a, &c));
    assert!(mb > mc + 0.2, "{mb} vs {mc}");
    assert!((0.0..=1.0).contains(&mb));
    assert_eq!(embed::mean_cosine(&[], &b), 0.0);
}

#[test]
fn bags_skip_punctuation_and_match_unknown_words_only_to_themselves() {
    let v = vectors();
    let bag = v.bag(&["Qzxwvtk's", ",", "arrived", "--"]);
    assert_eq!((bag.len(), bag.known()), (2, 1));
    assert!(bag.soft_overlap(&v.bag(&["qzxwvtk", "arrived"])) > 0.99);
    assert!(bag.soft_overlap(&v.bag(&["Blorptang", "arrived"])) < 0.6);
    // Different numbers do not match.
    let n = v.bag(&["1998"]);
    assert_eq!(n.soft_overlap(&v.bag(&["1995"])), 0.0);
    assert_eq!(n.mean_cosine(&n), 0.0);
}

#[test]
fn text_bags_use_the_word_segmenter() {
    let v = vectors();
    let bag = v.bag_of_text("Russia's veto, in retaliation -- \"again\".");
    assert_eq!((bag.len(), bag.known()), (5, 5));
    let other = v.bag_of_text("Again, a reprisal: Russia vetoed it.");
    let unrelated = v.bag_of_text("Bananas ripen faster in warm weather.");
    assert!(bag.soft_overlap(&other) > bag.soft_overlap(&unrelated) + 0.2);
}

#[test]
fn reader_rejects_damaged_buffers_without_panicking() {
    for cut in [
        0,
        3,
        4,
        10,
        16,
        19,
        20,
        21,
        1000,
        ASSET.len() / 2,
        ASSET.len() - 1,
    ] {
        assert!(
            matches!(
                WordVectors::parse(&ASSET[..cut]),
                Err(FormatError::Truncated(_))
            ),
            "cut at {cut}"
        );
    }
    let mut longer = ASSET.to_vec();
    longer.push(0);
    assert!(matches!(
        WordVectors::parse(&longer),
        Err(FormatError::Corrupt(_))
    ));
    let mut bad = ASSET.to_vec();
    bad[0] = b'X';
    assert_eq!(WordVectors::parse(&bad).unwrap_err(), FormatError::Magic);
    let mut bad = ASSET.to_vec();
    bad[4] = 9;
    assert_eq!(
        WordVectors::parse(&bad).unwrap_err(),
        FormatError::Version(9)
    );
    // A count far larger than the buffer is refused before allocating.
    let mut huge = ASSET[..20].to_vec();
    huge[12..16].copy_from_slice(&0x7fff_0000u32.to_le_bytes());
    assert!(WordVectors::parse(&huge).is_err());
    // A table too small for the vocabulary.
    let mut small = ASSET.to_vec();
    small[16..20].copy_from_slice(&4u32.to_le_bytes());
    assert!(matches!(
        WordVectors::parse(&small),
        Err(FormatError::Corrupt(_))
    ));
}

#[test]
fn damaged_words_and_tables_only_lose_lookups() {
    // The first word ("the") is no longer UTF-8: it is not found, the rest is.
    let mut bad = ASSET.to_vec();
    bad[21] = 0xff;
    let v = WordVectors::parse(&bad).unwrap();
    assert_eq!(v.vector("the"), None);
    assert!(v.vector("reprisal").is_some());
    // A table full of one row: lookups end, and find nothing else.
    let mut full = ASSET.to_vec();
    let table = full.len() - 4 * (1 << 17);
    for slot in full[table..].chunks_exact_mut(4) {
        slot.copy_from_slice(&7u32.to_le_bytes());
    }
    let v = WordVectors::parse(&full).unwrap();
    assert_eq!(v.vector("reprisal"), None);
}

#[test]
fn every_vocabulary_word_is_found_as_itself() {
    let v = vectors();
    let mut n = 0;
    for word in v.words() {
        assert_eq!(v.canonical(word), Some(word));
        n += 1;
    }
    assert_eq!(n, v.len());
}

/// The table hash the format documents, written out again.
fn slot(word: &str, bits: u32) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in word.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    usize::try_from((h ^ (h >> 32)) & ((1 << bits) - 1)).unwrap()
}

#[test]
fn a_tiny_handmade_buffer_round_trips() {
    let words = ["up", "down"];
    let mut buf = b"SDWV".to_vec();
    for n in [2u32, 2, 2, 2] {
        buf.extend(n.to_le_bytes());
    }
    for w in words {
        buf.push(u8::try_from(w.len()).unwrap());
        buf.extend(w.as_bytes());
    }
    buf.extend([60, 50]);
    for s in [0.5f32, 0.25] {
        buf.extend(s.to_le_bytes());
    }
    buf.extend([2u8, 0, 0, 4]);
    let mut table = [0u32; 4];
    for (row, w) in (1u32..).zip(words) {
        let mut i = slot(w, 2);
        while table[i] != 0 {
            i = (i + 1) % 4;
        }
        table[i] = row;
    }
    for t in table {
        buf.extend(t.to_le_bytes());
    }
    let v = WordVectors::parse(&buf).unwrap();
    assert_eq!(v.len(), 2);
    assert_eq!(v.words().collect::<Vec<_>>(), words);
    assert_eq!(v.vector_f32("Up").unwrap(), vec![1.0, 0.0]);
    assert_eq!(v.vector_f32("downs").unwrap(), vec![0.0, 1.0]);
    assert_eq!(v.similarity("up", "down"), Some(0.0));
    assert_eq!(v.zipf("down"), Some(5.0));
    assert_eq!(v.vector("sideways"), None);
}

const POOL: &[&str] = &[
    "the",
    "Russia's",
    "veto",
    "vetoed",
    "retaliation",
    "reprisal",
    "killed",
    "dead",
    "banana",
    "weather",
    "1998",
    "1995",
    "Qzxwvtk",
    "said",
    "air",
    "strikes",
    "airstrikes",
    ",",
];

proptest::proptest! {
    #[test]
    fn sentence_signals_are_symmetric_and_bounded(
        a in proptest::collection::vec(proptest::sample::select(POOL), 0..12),
        b in proptest::collection::vec(proptest::sample::select(POOL), 0..12),
    ) {
        let v = vectors();
        let (ba, bb) = (v.bag(&a), v.bag(&b));
        for s in [ba.soft_overlap(&bb), ba.mean_cosine(&bb)] {
            proptest::prop_assert!((0.0..=1.0).contains(&s), "{s}");
        }
        proptest::prop_assert!((ba.soft_overlap(&bb) - bb.soft_overlap(&ba)).abs() < 1e-6);
        proptest::prop_assert!((ba.mean_cosine(&bb) - bb.mean_cosine(&ba)).abs() < 1e-6);
        if !ba.is_empty() {
            proptest::prop_assert!((ba.soft_overlap(&ba) - 1.0).abs() < 1e-5);
        }
    }
}
