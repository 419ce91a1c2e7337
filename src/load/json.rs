//! JSON articles: one object per report, or an array of them (a cluster).
//!
//! Fields read: `title`; `source`/`outlet`/`publisher`/`site`; `url`/`link`;
//! `published`/`date`/`date_publish`; and the text as `body`/`text`/`content`
//! (a string, split like plain text) or `paragraphs` (an array of strings or
//! of objects with a `text` field).

use serde_json::Value;

use super::plain::parse_plain;
use crate::model::{Article, ParaKind, Paragraph};
use crate::text::clean_display;

/// Parses a JSON document into one or more articles. `source` names the
/// input; members of an array get `source#N` (1-based).
///
/// # Errors
/// A message for JSON that does not parse or an object with no text.
pub fn parse_json(source: &str, src: &str) -> Result<Vec<Article>, String> {
    let v: Value = serde_json::from_str(src).map_err(|e| e.to_string())?;
    match v {
        Value::Array(items) => {
            if items.is_empty() {
                return Err("empty array".into());
            }
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    article_from(&format!("{source}#{}", i + 1), item)
                        .map_err(|e| format!("article {}: {e}", i + 1))
                })
                .collect()
        }
        other => Ok(vec![article_from(source, &other)?]),
    }
}

fn field<'a>(obj: &'a serde_json::Map<String, Value>, names: &[&str]) -> Option<&'a Value> {
    names
        .iter()
        .find_map(|n| obj.get(*n))
        .filter(|v| !v.is_null())
}

fn string_field(obj: &serde_json::Map<String, Value>, names: &[&str]) -> Option<String> {
    match field(obj, names)? {
        Value::String(s) => Some(clean_display(s)).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn article_from(source: &str, v: &Value) -> Result<Article, String> {
    let Value::Object(obj) = v else {
        return Err("expected an object with a title and a body".into());
    };
    let title = string_field(obj, &["title", "headline"]);
    let mut paragraphs = Vec::new();
    if let Some(t) = &title {
        paragraphs.push(Paragraph::new(ParaKind::Title, t.clone()));
    }
    if let Some(body) = field(obj, &["body", "text", "content", "maintext"]) {
        let Value::String(s) = body else {
            return Err("\"body\" must be a string".into());
        };
        paragraphs.extend(parse_plain(s, false));
    } else if let Some(ps) = field(obj, &["paragraphs"]) {
        let Value::Array(items) = ps else {
            return Err("\"paragraphs\" must be an array".into());
        };
        for item in items {
            let text = match item {
                Value::String(s) => s.as_str(),
                Value::Object(o) => match o.get("text") {
                    Some(Value::String(s)) => s.as_str(),
                    _ => return Err("a paragraph object needs a \"text\" string".into()),
                },
                _ => return Err("paragraphs must be strings or objects".into()),
            };
            paragraphs.extend(parse_plain(text, false));
        }
    } else {
        return Err("no \"body\", \"text\" or \"paragraphs\" field".into());
    }
    if paragraphs.iter().all(|p| p.kind == ParaKind::Title) {
        return Err("the article has no text".into());
    }
    Ok(Article {
        source: source.to_string(),
        outlet: string_field(
            obj,
            &["source", "outlet", "publisher", "site", "source_domain"],
        ),
        url: string_field(obj, &["url", "link"]),
        published: string_field(
            obj,
            &[
                "published",
                "date",
                "date_publish",
                "published_at",
                "pubDate",
            ],
        ),
        paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_and_array() {
        let one = r#"{"title":"T","source":"AP","url":"http://x","published":"2017-04-12",
                      "body":"First para.\n\nSecond para."}"#;
        let a = parse_json("a.json", one).unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title(), Some("T"));
        assert_eq!(a[0].outlet.as_deref(), Some("AP"));
        assert_eq!(a[0].paragraphs.len(), 3);
        let many = r#"[{"title":"A","paragraphs":["x y.", {"text":"z."}]},{"body":"w."}]"#;
        let b = parse_json("c.json", many).unwrap();
        assert_eq!(b[0].source, "c.json#1");
        assert_eq!(b[0].paragraphs.len(), 3);
        assert_eq!(b[1].title(), None);
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert!(parse_json("x", "{").unwrap_err().contains("EOF"));
        assert!(
            parse_json("x", r#"{"title":"T"}"#)
                .unwrap_err()
                .contains("no \"body\"")
        );
        assert!(
            parse_json("x", r"[1]")
                .unwrap_err()
                .starts_with("article 1")
        );
    }
}
