//! The document laid out for the current panes and width, built once per
//! change (never while drawing): every view row's cells wrapped with the
//! view model's own helpers ([`crate::view::text`]) and padded to the
//! tallest, so rows start on the same line in every pane; then the index
//! the state update navigates with ([`Nav`]): where each sentence sits,
//! the findings, the links, the searchable text.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::Comparison;
use crate::model::SentenceRef;
use crate::view::text::{self, Line};
use crate::view::{Mark, RowStatus, Segment, ViewModel, ViewParagraph};

use super::nav::{FoldStop, Nav, SideEntry, Stop, Target};
use super::state::Wrap;

/// One view row on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct RowSpan {
    /// Index into the view model's rows.
    pub view_row: usize,
    /// First document line.
    pub first_line: usize,
    /// Lines it takes (the tallest cell).
    pub height: usize,
    /// For a fold, the number of rows it stands for (from `view_row`);
    /// 0 for a row.
    pub folded: usize,
}

/// One drawn pane's lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PaneLines {
    /// Index among the state's shown reports.
    pub index: usize,
    /// Document lines; rows are padded, one blank line between rows.
    pub lines: Vec<Line>,
    /// Per row span, whether this pane has anything in it.
    pub filled: Vec<bool>,
}

/// What the layout is built from.
#[derive(Debug, Clone, Copy)]
pub struct DocSpec<'a> {
    /// The drawn panes: `(index among shown reports, view column)`.
    pub panes: &'a [(usize, usize)],
    /// Text width of each pane.
    pub width: usize,
    /// Wrap or one truncated line per sentence.
    pub wrap: Wrap,
    /// Spell highlights out with markers (no colour).
    pub markers: bool,
    /// Start each paragraph with its number (`¶3`).
    pub para_numbers: bool,
    /// Differences only: fold runs of alike rows, except those opened
    /// (by their first view row). `None` shows every row.
    pub fold: Option<&'a BTreeSet<usize>>,
}

/// The laid-out document.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// The drawn panes, left to right.
    pub panes: Vec<PaneLines>,
    /// The rows, top to bottom.
    pub rows: Vec<RowSpan>,
    /// For each document line, the index of its row span.
    pub line_row: Vec<usize>,
    reports: usize,
    stops: Vec<Vec<Stop>>,
    targets: [Vec<Stop>; 4],
    located: HashMap<SentenceRef, Stop>,
    counterparts: BTreeMap<SentenceRef, Vec<SentenceRef>>,
    texts: Vec<(Stop, String)>,
    side: Vec<SideEntry>,
    folds: Vec<FoldStop>,
}

impl Doc {
    /// Lays `view` out for `spec`; `side` is the side panel's list.
    pub fn build(
        cmp: &Comparison,
        view: &ViewModel,
        spec: DocSpec<'_>,
        side: Vec<SideEntry>,
    ) -> Self {
        let mut doc = Doc {
            reports: cmp.articles.len(),
            panes: spec
                .panes
                .iter()
                .map(|&(index, _)| PaneLines {
                    index,
                    ..PaneLines::default()
                })
                .collect(),
            counterparts: view.counterparts.clone(),
            side,
            ..Doc::default()
        };
        let runs: Vec<std::ops::Range<usize>> = spec.fold.map_or_else(Vec::new, |open| {
            crate::view::fold::runs(&view.rows)
                .into_iter()
                .filter(|r| !open.contains(&r.start))
                .collect()
        });
        for (ri, row) in view.rows.iter().enumerate() {
            if let Some(run) = runs.iter().find(|r| r.contains(&ri)) {
                if run.start == ri {
                    doc.push_fold(ri, run.len());
                }
                continue;
            }
            let cells: Vec<Vec<Line>> = spec
                .panes
                .iter()
                .map(|&(_, col)| {
                    let paras = row.cells.get(col).map_or(&[][..], Vec::as_slice);
                    lay_cell(paras, spec)
                })
                .collect();
            if cells.iter().all(Vec::is_empty) {
                // Only hidden panes have this row (one-pane layout).
                continue;
            }
            let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
            // A blank line between rows.
            doc.gap();
            let first_line = doc.line_row.len();
            for (p, mut lines) in doc.panes.iter_mut().zip(cells) {
                p.filled.push(!lines.is_empty());
                lines.resize(height, Vec::new());
                p.lines.extend(lines);
            }
            doc.line_row
                .extend(std::iter::repeat_n(doc.rows.len(), height));
            doc.rows.push(RowSpan {
                view_row: ri,
                first_line,
                height,
                folded: 0,
            });
        }
        doc.index(cmp, view);
        doc
    }

    /// Opens a row span: the blank line after the previous one.
    fn gap(&mut self) {
        if !self.rows.is_empty() {
            for p in &mut self.panes {
                p.lines.push(Vec::new());
            }
            self.line_row.push(self.rows.len() - 1);
        }
    }

    /// One line standing for `n` alike rows from view row `first`.
    fn push_fold(&mut self, first: usize, n: usize) {
        self.gap();
        let line = self.line_row.len();
        let text = format!("{}  (x or a click opens)", crate::view::fold::label(n));
        for p in &mut self.panes {
            p.filled.push(true);
            p.lines
                .push(vec![Segment::new(text.clone(), Mark::Meta, None)]);
        }
        self.line_row.push(self.rows.len());
        self.rows.push(RowSpan {
            view_row: first,
            first_line: line,
            height: 1,
            folded: n,
        });
        self.folds.push(FoldStop {
            line,
            row: first,
            rows: n,
        });
    }

    /// Finds sentences, findings and searchable text in the laid-out lines.
    fn index(&mut self, cmp: &Comparison, view: &ViewModel) {
        let shown = self
            .panes
            .iter()
            .map(|p| p.index)
            .max()
            .map_or(0, |m| m + 1);
        self.stops = vec![Vec::new(); shown];
        let mut kinds: HashMap<SentenceRef, [bool; 4]> = HashMap::new();
        for pane in &self.panes {
            let stops = &mut self.stops[pane.index];
            for (line, segs) in pane.lines.iter().enumerate() {
                for seg in segs {
                    let Some(s) = seg.sentence else { continue };
                    match stops.last_mut() {
                        Some(last) if last.sentence == s => last.height = line - last.line + 1,
                        _ => stops.push(Stop {
                            sentence: s,
                            pane: pane.index,
                            line,
                            height: 1,
                        }),
                    }
                    let k = kinds.entry(s).or_default();
                    k[0] |= seg.mark.is_change();
                    k[1] |= seg.quote.is_some();
                    k[2] |= seg.shown_mark() == Mark::UniqueFact || seg.mark == Mark::UniqueFact;
                    k[3] |= seg.mark == Mark::Conflict;
                }
            }
        }
        let all: Vec<Stop> = {
            let mut v: Vec<Stop> = self.stops.iter().flatten().copied().collect();
            v.sort_by_key(|s| (s.line, s.pane));
            v
        };
        // Rows that open a run no shown report shares count as a change
        // at their first sentence, like a diff hunk.
        let gap_rows: Vec<usize> = view
            .nav
            .changes
            .iter()
            .filter(|&&r| {
                view.rows.get(r).is_some_and(|row| {
                    matches!(row.status, RowStatus::Unmatched | RowStatus::Partial)
                })
            })
            .copied()
            .collect();
        let mut seen_gap = Vec::new();
        for s in &all {
            let k = kinds.get(&s.sentence).copied().unwrap_or_default();
            let row = self.rows[self.line_row[s.line]].view_row;
            let opens_gap = gap_rows.contains(&row) && !seen_gap.contains(&row);
            if opens_gap {
                seen_gap.push(row);
            }
            if k[0] || opens_gap {
                self.targets[0].push(*s);
            }
            if k[1] {
                self.targets[1].push(*s);
            }
            if k[2] {
                self.targets[2].push(*s);
            }
            if k[3] {
                self.targets[3].push(*s);
            }
            self.located.insert(s.sentence, *s);
            let text = cmp
                .articles
                .get(s.sentence.article)
                .and_then(|a| a.paragraphs.get(s.sentence.paragraph))
                .filter(|p| s.sentence.sentence < p.sentences.len())
                .map_or(String::new(), |p| {
                    p.sentence(s.sentence.sentence).to_lowercase()
                });
            self.texts.push((*s, text));
        }
    }

    /// Lines in the document.
    pub fn line_count(&self) -> usize {
        self.line_row.len()
    }

    /// The sentences linked to `s` (shown or not).
    pub fn linked(&self, s: SentenceRef) -> &[SentenceRef] {
        self.counterparts.get(&s).map_or(&[], Vec::as_slice)
    }

    /// The side panel's entries.
    pub fn side(&self) -> &[SideEntry] {
        &self.side
    }

    /// The row span at a document line.
    pub fn row_at(&self, line: usize) -> Option<&RowSpan> {
        self.line_row.get(line).and_then(|&r| self.rows.get(r))
    }
}

/// A cell's lines: wrapped by the view's helper, or one truncated line a
/// sentence.
fn lay_cell(paras: &[ViewParagraph], spec: DocSpec<'_>) -> Vec<Line> {
    let numbered: Vec<ViewParagraph>;
    let paras = if spec.para_numbers {
        numbered = paras
            .iter()
            .map(|p| {
                let mut q = p.clone();
                let n = format!("¶{} ", p.paragraph + 1);
                q.segments.insert(0, Segment::new(n, Mark::Meta, None));
                q
            })
            .collect();
        &numbered[..]
    } else {
        paras
    };
    match spec.wrap {
        Wrap::Wrap => text::wrap_cell(paras, spec.width, spec.markers),
        Wrap::Truncate => {
            let mut lines = Vec::new();
            for (i, p) in paras.iter().enumerate() {
                if i > 0 {
                    lines.push(Vec::new());
                }
                let segs = if spec.markers {
                    text::decorate(&p.segments)
                } else {
                    p.segments.clone()
                };
                for sentence in by_sentence(&segs) {
                    lines.push(truncate_line(&sentence, spec.width));
                }
            }
            lines
        }
    }
}

/// Groups segments into sentences (the space between two sentences goes
/// with the one before it).
fn by_sentence(segs: &[Segment]) -> Vec<Vec<Segment>> {
    let mut out: Vec<Vec<Segment>> = Vec::new();
    let mut current: Option<SentenceRef> = None;
    for s in segs {
        if s.sentence.is_some() && s.sentence != current {
            current = s.sentence;
            if out.last().is_none_or(|l| !l.is_empty()) {
                out.push(Vec::new());
            }
        }
        if out.is_empty() {
            out.push(Vec::new());
        }
        if let Some(l) = out.last_mut() {
            let mut s = s.clone();
            if l.is_empty() {
                s.text = s.text.trim_start().to_string();
            }
            l.push(s);
        }
    }
    out
}

/// One line of segments cut to `width` columns; a cut line always ends
/// in `…` (in the style of the text it cuts).
fn truncate_line(segs: &[Segment], width: usize) -> Line {
    let total: usize = segs.iter().map(|s| text::width(&s.text)).sum();
    if total <= width {
        return segs.to_vec();
    }
    // Room for the text before the ellipsis.
    let room = width.saturating_sub(1);
    let mut out: Line = Vec::new();
    let mut col = 0;
    for s in segs {
        let w = text::width(&s.text);
        if col + w <= room {
            out.push(s.clone());
            col += w;
            continue;
        }
        let mut cut = String::new();
        for g in unicode_segmentation::UnicodeSegmentation::graphemes(s.text.as_str(), true) {
            let gw = text::grapheme_width(g);
            if col + gw > room {
                break;
            }
            cut.push_str(if g == "\t" { " " } else { g });
            col += gw;
        }
        cut.push('…');
        out.push(Segment {
            text: cut,
            ..s.clone()
        });
        return out;
    }
    if let Some(last) = out.last_mut() {
        last.text.push('…');
    }
    out
}

impl Nav for Doc {
    fn report_count(&self) -> usize {
        self.reports
    }

    fn line_count(&self) -> usize {
        self.line_row.len()
    }

    fn stops(&self, pane: usize) -> &[Stop] {
        self.stops.get(pane).map_or(&[], Vec::as_slice)
    }

    fn targets(&self, kind: Target) -> &[Stop] {
        let i = match kind {
            Target::Change => 0,
            Target::Quote => 1,
            Target::Fact => 2,
            Target::Conflict => 3,
        };
        &self.targets[i]
    }

    fn locate(&self, sentence: SentenceRef) -> Option<Stop> {
        self.located.get(&sentence).copied()
    }

    fn counterparts(&self, sentence: SentenceRef) -> Vec<Stop> {
        let mut v: Vec<Stop> = self
            .linked(sentence)
            .iter()
            .filter_map(|s| self.locate(*s))
            .collect();
        v.sort_by_key(|s| (s.line, s.pane));
        v
    }

    fn matches(&self, query: &str) -> Vec<Stop> {
        let q = query.to_lowercase();
        if q.is_empty() {
            return Vec::new();
        }
        self.texts
            .iter()
            .filter(|(_, t)| t.contains(&q))
            .map(|(s, _)| *s)
            .collect()
    }

    fn side_entries(&self) -> &[SideEntry] {
        &self.side
    }

    fn folds(&self) -> &[FoldStop] {
        &self.folds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_line_always_ends_in_an_ellipsis() {
        let segs = |parts: &[&str]| -> Vec<Segment> {
            parts
                .iter()
                .map(|p| Segment::new(*p, Mark::Plain, None))
                .collect()
        };
        let join = |l: &Line| l.iter().map(|s| s.text.as_str()).collect::<String>();
        // A segment ending exactly at the edge with more to follow.
        let l = truncate_line(&segs(&["abcde", " fgh"]), 5);
        assert_eq!(join(&l), "abcd…");
        let l = truncate_line(&segs(&["ab", "cd", "ef"]), 5);
        assert_eq!(join(&l), "abcd…");
        assert_eq!(text::width(&join(&l)), 5);
        let l = truncate_line(&segs(&["ab", "cde"]), 5);
        assert_eq!(join(&l), "abcde");
        for w in 1..12 {
            let l = truncate_line(&segs(&["one ", "two ", "three"]), w);
            let t = join(&l);
            assert!(text::width(&t) <= w, "{t:?} at {w}");
            assert!(t.ends_with('…'), "{t:?} at {w}");
        }
    }
}
