//! Markdown → paragraphs, through `pulldown-cmark`: headings become the title
//! (the first one, when nothing precedes it) or headlines, emphasis and links
//! keep only their text, images and code keep their words as metadata so
//! that only prose is compared and nothing is lost.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::plain::is_meta_line;
use crate::model::{ParaKind, Paragraph};
use crate::text::clean_display;

/// Parses a Markdown report.
#[must_use]
pub fn parse_markdown(src: &str) -> (Vec<Paragraph>, Option<String>) {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TABLES);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut front_title: Option<String> = None;
    let mut buf = String::new();
    let mut kind = ParaKind::Body;
    let mut in_meta_block = false;
    let mut in_image = 0usize;
    let mut prose_chars = 0usize;
    let flush = |buf: &mut String, kind: ParaKind, prose: usize, out: &mut Vec<Paragraph>| {
        let text = clean_display(buf);
        buf.clear();
        if text.is_empty() {
            return;
        }
        let kind = if kind == ParaKind::Body && (prose == 0 || is_meta_line(&text)) {
            ParaKind::Meta
        } else {
            kind
        };
        out.push(Paragraph::new(kind, text));
    };
    for ev in Parser::new_ext(src, opts) {
        match ev {
            Event::Start(Tag::MetadataBlock(_)) => in_meta_block = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_meta_block = false,
            Event::Text(t) if in_meta_block => {
                for line in t.lines() {
                    if let Some(v) = line.strip_prefix("title:") {
                        let v = v.trim().trim_matches(['"', '\'']);
                        if !v.is_empty() {
                            front_title = Some(clean_display(v));
                        }
                    }
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut buf, kind, prose_chars, &mut out);
                prose_chars = 0;
                kind = if out.is_empty() && front_title.is_none() {
                    ParaKind::Title
                } else {
                    ParaKind::Headline
                };
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut buf, kind, prose_chars, &mut out);
                prose_chars = 0;
                kind = ParaKind::Meta;
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::TableRow | Tag::TableHead)
            | Event::End(
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => {
                flush(&mut buf, kind, prose_chars, &mut out);
                prose_chars = 0;
                kind = ParaKind::Body;
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                buf.push(' ');
            }
            Event::Text(t) | Event::Code(t) => {
                if in_image == 0 {
                    prose_chars += t.trim().len();
                }
                buf.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => buf.push(' '),
            Event::End(TagEnd::TableCell) => buf.push_str(" | "),
            _ => {}
        }
    }
    flush(&mut buf, kind, prose_chars, &mut out);
    if let Some(t) = &front_title
        && out.first().is_none_or(|p| p.kind != ParaKind::Title)
    {
        out.insert(0, Paragraph::new(ParaKind::Title, t.clone()));
    }
    (out, front_title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_only_prose_for_comparison() {
        let md = "# Big *news* today\n\nBy Jane Doe\n\n![A photo](x.jpg)\n\nThe **council** met \
                  [on Monday](http://x).\nIt voted.\n\n## Reaction\n\n- First item\n- Second\n";
        let (p, _) = parse_markdown(md);
        let got: Vec<(ParaKind, &str)> = p.iter().map(|p| (p.kind, p.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (ParaKind::Title, "Big news today"),
                (ParaKind::Meta, "By Jane Doe"),
                (ParaKind::Meta, "A photo"),
                (ParaKind::Body, "The council met on Monday. It voted."),
                (ParaKind::Headline, "Reaction"),
                (ParaKind::Body, "First item"),
                (ParaKind::Body, "Second"),
            ]
        );
    }

    #[test]
    fn front_matter_title() {
        let (p, t) = parse_markdown("---\ntitle: \"Front title\"\n---\n\nBody text.\n");
        assert_eq!(t.as_deref(), Some("Front title"));
        assert_eq!(p[0].kind, ParaKind::Title);
        assert_eq!(p[1].text, "Body text.");
    }
}
