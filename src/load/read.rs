//! Bytes in: the one bounded reader every input goes through (regular
//! files, devices, FIFOs, `/proc` files, stdin), and the decoding of those
//! bytes to text.
//!
//! Guarantees: at most [`MAX_INPUT_BYTES`] + 1 bytes are ever read from one
//! input, whatever it claims its size is; an input over the cap is refused
//! with [`LoadErrorKind::TooLarge`], never silently cut; binary content is
//! recognised in the first [`HEAD_BYTES`] bytes, so `/dev/zero` or
//! `/dev/urandom` fail at once instead of after the cap. UTF-8 (with or
//! without a byte-order mark), UTF-16 and UTF-32 with a byte-order mark are
//! decoded; UTF-16 without one gets an error that says how to convert it.

use std::io::Read;

use super::{LoadError, LoadErrorKind};

/// Largest input read, in bytes (64 MiB: about 10,000 news reports'
/// worth of text, far more than one report). Beyond it an input is
/// refused.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Bytes looked at to tell text from binary content.
pub const HEAD_BYTES: usize = 8192;

/// Reads all of `r`, refusing more than `cap` bytes and binary content
/// (checked as soon as the first [`HEAD_BYTES`] are in).
///
/// # Errors
/// The read fails, the input is over `cap`, or its head looks binary.
pub fn read_bounded(r: &mut dyn Read, source: &str, cap: u64) -> Result<Vec<u8>, LoadError> {
    let err = |kind| LoadError::new(source, kind);
    let io = |e: std::io::Error| err(LoadErrorKind::Unreadable(e));
    let mut bytes = Vec::new();
    let head = HEAD_BYTES.min(usize::try_from(cap).unwrap_or(usize::MAX)) as u64;
    r.take(head).read_to_end(&mut bytes).map_err(io)?;
    check_head(&bytes).map_err(err)?;
    if bytes.len() as u64 == head {
        // One byte past the cap tells "exactly at the cap" from "over".
        r.take(cap + 1 - head).read_to_end(&mut bytes).map_err(io)?;
    }
    if bytes.len() as u64 > cap {
        return Err(err(LoadErrorKind::TooLarge { limit: cap }));
    }
    Ok(bytes)
}

/// The text encodings recognised by their byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bom {
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

impl Bom {
    fn of(bytes: &[u8]) -> Option<Bom> {
        // UTF-32 LE's mark starts like UTF-16 LE's: test it first.
        Some(match bytes {
            [0xff, 0xfe, 0, 0, ..] => Bom::Utf32Le,
            [0, 0, 0xfe, 0xff, ..] => Bom::Utf32Be,
            [0xef, 0xbb, 0xbf, ..] => Bom::Utf8,
            [0xff, 0xfe, ..] => Bom::Utf16Le,
            [0xfe, 0xff, ..] => Bom::Utf16Be,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Bom::Utf8 => "UTF-8",
            Bom::Utf16Le => "UTF-16LE",
            Bom::Utf16Be => "UTF-16BE",
            Bom::Utf32Le => "UTF-32LE",
            Bom::Utf32Be => "UTF-32BE",
        }
    }

    fn len(self) -> usize {
        match self {
            Bom::Utf8 => 3,
            Bom::Utf16Le | Bom::Utf16Be => 2,
            Bom::Utf32Le | Bom::Utf32Be => 4,
        }
    }
}

/// Refuses content that is not text: NUL bytes or mostly control
/// characters in `head`. Text with a UTF-16/32 byte-order mark passes (its
/// NULs are part of the encoding); UTF-16 without one is named as such.
fn check_head(head: &[u8]) -> Result<(), LoadErrorKind> {
    if Bom::of(head).is_some_and(|b| b != Bom::Utf8) {
        return Ok(());
    }
    if let Some(order) = utf16_without_bom(head) {
        return Err(LoadErrorKind::Utf16WithoutBom(order));
    }
    let controls = head
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        return Err(LoadErrorKind::Binary);
    }
    Ok(())
}

/// `Some("UTF-16LE")` (or BE) when `head` reads as ASCII-range UTF-16: at
/// least 16 bytes, every other byte NUL and the bytes between them text.
fn utf16_without_bom(head: &[u8]) -> Option<&'static str> {
    if head.len() < 16 {
        return None;
    }
    let pairs = head.chunks_exact(2);
    let n = pairs.len();
    let text = |b: u8| b == b'\n' || b == b'\r' || b == b'\t' || (0x20..0x7f).contains(&b);
    let le = pairs.clone().filter(|p| text(p[0]) && p[1] == 0).count();
    let be = pairs.filter(|p| p[0] == 0 && text(p[1])).count();
    if le * 10 >= n * 9 {
        Some("UTF-16LE")
    } else if be * 10 >= n * 9 {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// Decodes an input's bytes to text: UTF-8, or UTF-16/32 with a
/// byte-order mark. The mark itself is dropped.
///
/// # Errors
/// Binary content, or bytes that are not valid in their encoding (with
/// the byte offset of the first bad one).
pub fn decode(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, LoadErrorKind> {
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    check_head(head)?;
    let bom = Bom::of(bytes);
    let body = &bytes[bom.map_or(0, Bom::len)..];
    let bad = |offset: usize| LoadErrorKind::InvalidEncoding {
        encoding: bom.map_or("UTF-8", Bom::name),
        offset: offset + bom.map_or(0, Bom::len),
    };
    match bom {
        None | Some(Bom::Utf8) => std::str::from_utf8(body)
            .map(std::borrow::Cow::Borrowed)
            .map_err(|e| bad(e.valid_up_to())),
        Some(b @ (Bom::Utf16Le | Bom::Utf16Be)) => {
            let unit = |p: &[u8]| {
                let pair = [p[0], p[1]];
                if b == Bom::Utf16Le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            };
            let mut out = String::with_capacity(body.len() / 2);
            let mut at = 0;
            for r in char::decode_utf16(body.chunks_exact(2).map(unit)) {
                let c = r.map_err(|_| bad(at))?;
                at += if c.len_utf16() == 2 { 4 } else { 2 };
                out.push(c);
            }
            if body.len() % 2 == 1 {
                return Err(bad(body.len() - 1));
            }
            Ok(std::borrow::Cow::Owned(out))
        }
        Some(b @ (Bom::Utf32Le | Bom::Utf32Be)) => {
            let mut out = String::with_capacity(body.len() / 4);
            for (i, q) in body.chunks(4).enumerate() {
                let c = <[u8; 4]>::try_from(q)
                    .ok()
                    .map(|q| {
                        if b == Bom::Utf32Le {
                            u32::from_le_bytes(q)
                        } else {
                            u32::from_be_bytes(q)
                        }
                    })
                    .and_then(char::from_u32)
                    .ok_or_else(|| bad(i * 4))?;
                out.push(c);
            }
            Ok(std::borrow::Cow::Owned(out))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], cap: u64) -> Result<Vec<u8>, String> {
        read_bounded(&mut &bytes[..], "in", cap).map_err(|e| e.to_string())
    }

    #[test]
    fn the_cap_is_exact_and_refused_beyond() {
        let text = vec![b'a'; 10_000];
        assert_eq!(read(&text, 10_000).unwrap().len(), 10_000);
        assert_eq!(
            read(&text, 9_999).unwrap_err(),
            "in: larger than the 9999-byte limit on one input (refused, not cut)"
        );
        assert_eq!(read(&text[..10], 100).unwrap().len(), 10);
        assert!(read(&text[..10], 5).is_err());
    }

    #[test]
    fn an_endless_binary_stream_stops_at_its_head() {
        // A reader that never ends: only the head is read before the error.
        let mut zeros = std::io::repeat(0).take(u64::MAX);
        let e = read_bounded(&mut zeros, "/dev/zero", MAX_INPUT_BYTES).unwrap_err();
        assert_eq!(
            e.to_string(),
            "/dev/zero: binary content, not a text report"
        );
        assert_eq!(zeros.limit(), u64::MAX - HEAD_BYTES as u64);
        let mut text = std::io::repeat(b'y').take(u64::MAX);
        let e = read_bounded(&mut text, "-", 1 << 20).unwrap_err();
        assert!(e.to_string().contains("limit"), "{e}");
        assert_eq!(text.limit(), u64::MAX - (1 << 20) - 1);
    }

    #[test]
    fn byte_order_marks_are_decoded() {
        let text = "Titre \u{e9}t\u{e9} \u{1f600}\n\nCorps.";
        let mut le16 = vec![0xff, 0xfe];
        le16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be16 = vec![0xfe, 0xff];
        be16.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut le32 = vec![0xff, 0xfe, 0, 0];
        le32.extend(text.chars().flat_map(|c| u32::from(c).to_le_bytes()));
        let mut be32 = vec![0, 0, 0xfe, 0xff];
        be32.extend(text.chars().flat_map(|c| u32::from(c).to_be_bytes()));
        let mut bom8 = vec![0xef, 0xbb, 0xbf];
        bom8.extend(text.as_bytes());
        for bytes in [le16, be16, le32, be32, bom8] {
            check_head(&bytes).unwrap();
            assert_eq!(decode(&bytes).unwrap(), text);
        }
    }

    #[test]
    fn bad_encodings_name_the_offset() {
        let e = decode(b"ok \xff no").unwrap_err();
        assert!(matches!(
            e,
            LoadErrorKind::InvalidEncoding {
                encoding: "UTF-8",
                offset: 3
            }
        ));
        // A lone high surrogate after one good unit.
        let e = decode(&[0xff, 0xfe, b'a', 0, 0x00, 0xd8, b'b', 0]).unwrap_err();
        assert!(matches!(
            e,
            LoadErrorKind::InvalidEncoding {
                encoding: "UTF-16LE",
                offset: 4
            }
        ));
        let no_bom: Vec<u8> = "Plain words in UTF-16 with no mark."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(matches!(
            decode(&no_bom).unwrap_err(),
            LoadErrorKind::Utf16WithoutBom("UTF-16LE")
        ));
    }
}
