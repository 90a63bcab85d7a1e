//! Charts for the terminal: a line chart drawn to an exact width and height, and a sparkline
//! for table cells.
//!
//! The line chart draws on a grid of dots finer than the character cells (see [`canvas`]),
//! joining consecutive points with straight lines, so a thousand points in sixty columns
//! still show their spread. With colour on it uses braille cells (2×4 dots each) and colours
//! the line; with colour off it falls back to plain ASCII that survives logs, mail and
//! `less`. Every character it emits is one column wide, so widths are character counts.

mod canvas;
mod text;

use owo_colors::OwoColorize;

use super::safe::safe;
use canvas::{ASCII, BRAILLE, Canvas, glyph};
use text::{axis_number, cut, tag_text, wrap};

pub use text::{short_number, sparkline};

/// One numeric point: where it goes along x (0..=x_span), its value, and the tag the legend
/// names it by (a step).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    pub x: usize,
    pub y: f64,
    pub tag: Option<f64>,
}

/// What to draw.
pub struct LineChart<'a> {
    /// The first line, e.g. the key. Untrusted: neutralised and cut to the width here.
    pub title: &'a str,
    /// Numeric points in x order.
    pub points: &'a [ChartPoint],
    /// The x position of the right end of the axis.
    pub x_span: usize,
    /// What a tag is ("step"), for the axis and the legend.
    pub tag_name: &'a str,
    /// Tags at the two ends of the x axis.
    pub x_ends: (Option<f64>, Option<f64>),
}

/// Smallest chart that still shows a line and its labels.
pub const MIN_WIDTH: usize = 40;
pub const MIN_HEIGHT: usize = 10;

impl LineChart<'_> {
    /// The chart as text: at most `height` lines of at most `width` columns, each ending in
    /// a newline — title, plot, x axis, x labels, legend.
    pub fn render(&self, width: usize, height: usize, color: bool) -> String {
        let width = width.max(MIN_WIDTH);
        let height = height.max(MIN_HEIGHT);
        let g = if color { &BRAILLE } else { &ASCII };
        let legend = wrap(&self.legend_items(color), width);
        let rows = height.saturating_sub(3 + legend.len()).max(2);
        let (lo, hi) = self.y_range();
        let mut canvas = Canvas {
            g,
            cols: 1,
            rows,
            lo,
            hi,
            x_span: self.x_span,
        };
        let labelled: Vec<usize> = if rows >= 5 {
            vec![0, (rows - 1) / 2, rows - 1]
        } else {
            vec![0, rows - 1]
        };
        let labels: Vec<(usize, String)> = labelled
            .iter()
            .map(|&r| (r, axis_number(canvas.value_at(r), lo, hi)))
            .collect();
        let label_w = labels.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
        canvas.cols = width.saturating_sub(label_w + 2).max(1);
        let cols = canvas.cols;
        let grid = canvas.draw(self.points);
        // In colour, the cells holding the lowest and the highest point stand out.
        let marks: Vec<(usize, usize)> = if color {
            [extreme(self.points, true), extreme(self.points, false)]
                .iter()
                .flatten()
                .map(|p| canvas.cell_of(p))
                .collect()
        } else {
            Vec::new()
        };

        let mut out = String::new();
        out.push_str(&cut(&safe(self.title), width, color));
        out.push('\n');
        for r in 0..rows {
            let label = labels
                .iter()
                .find(|(row, _)| *row == r)
                .map_or("", |(_, l)| l.as_str());
            let axis = if label.is_empty() { g.axis } else { g.tick };
            out.push_str(&format!("{label:>label_w$} "));
            out.push_str(&paint(&axis.to_string(), color, Paint::Axis));
            let cells = &grid[r * cols..(r + 1) * cols];
            let used = cells.iter().rposition(|d| d.bits != 0).map_or(0, |i| i + 1);
            let mut run = String::new();
            let mut run_paint = Paint::Line;
            for (c, dots) in cells[..used].iter().enumerate() {
                let p = if dots.bits == 0 {
                    Paint::None
                } else if marks.contains(&(r, c)) {
                    Paint::Mark
                } else {
                    Paint::Line
                };
                if p != run_paint && !run.is_empty() {
                    out.push_str(&paint(&run, color, run_paint));
                    run.clear();
                }
                run_paint = p;
                run.push(glyph(g, dots));
            }
            out.push_str(&paint(&run, color, run_paint));
            out.push('\n');
        }
        let rule: String = std::iter::once(g.corner)
            .chain(std::iter::repeat_n(g.rule, cols))
            .collect();
        let pad = " ".repeat(label_w + 1);
        out.push_str(&format!("{pad}{}\n", paint(&rule, color, Paint::Axis)));
        out.push_str(&self.x_labels(label_w + 2, cols));
        for line in legend {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }

    /// The value range drawn: the data's, widened when every value is the same.
    fn y_range(&self) -> (f64, f64) {
        let (lo, hi) = self
            .points
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
                (lo.min(p.y), hi.max(p.y))
            });
        if !lo.is_finite() {
            return (0.0, 1.0);
        }
        if lo == hi {
            let pad = if lo == 0.0 { 1.0 } else { lo.abs() / 10.0 };
            return (lo - pad, hi + pad);
        }
        (lo, hi)
    }

    fn x_labels(&self, indent: usize, cols: usize) -> String {
        let name = |t: Option<f64>| format!("{} {}", self.tag_name, tag_text(t));
        let (left, right) = (name(self.x_ends.0), name(self.x_ends.1));
        let gap = cols.saturating_sub(left.len() + right.len());
        let text = if gap >= 2 {
            format!("{left}{}{right}", " ".repeat(gap))
        } else {
            cut(&left, cols, false)
        };
        format!("{}{text}\n", " ".repeat(indent))
    }

    /// first / last / min / max with their tags, as (text, visible length) pairs.
    fn legend_items(&self, color: bool) -> Vec<(String, usize)> {
        let (Some(first), Some(last)) = (self.points.first(), self.points.last()) else {
            return Vec::new();
        };
        let items = [
            ("first", Some(*first)),
            ("last", Some(*last)),
            ("min", extreme(self.points, true)),
            ("max", extreme(self.points, false)),
        ];
        items
            .into_iter()
            .filter_map(|(label, p)| p.map(|p| (label, p)))
            .map(|(label, p)| {
                let label = format!("{label} ");
                let value = format!(
                    "{} ({} {})",
                    short_number(p.y),
                    self.tag_name,
                    tag_text(p.tag)
                );
                let len = label.len() + value.len();
                let text = if color {
                    format!("{}{}", label.dimmed(), value.bold())
                } else {
                    format!("{label}{value}")
                };
                (text, len)
            })
            .collect()
    }
}

/// The first lowest (`low`) or highest point.
fn extreme(points: &[ChartPoint], low: bool) -> Option<ChartPoint> {
    points.iter().copied().reduce(|best, p| {
        let better = if low { p.y < best.y } else { p.y > best.y };
        if better { p } else { best }
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Paint {
    None,
    Line,
    Mark,
    Axis,
}

fn paint(text: &str, color: bool, p: Paint) -> String {
    if !color || text.is_empty() {
        return text.to_string();
    }
    match p {
        Paint::None => text.to_string(),
        Paint::Line => text.cyan().to_string(),
        Paint::Mark => text.yellow().bold().to_string(),
        Paint::Axis => text.dimmed().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(ys: &[f64]) -> Vec<ChartPoint> {
        ys.iter()
            .enumerate()
            .map(|(i, &y)| ChartPoint {
                x: i,
                y,
                tag: Some(i as f64 * 10.0),
            })
            .collect()
    }

    fn chart(ps: &[ChartPoint]) -> LineChart<'_> {
        LineChart {
            title: "loss of metrics:training:p:loss",
            points: ps,
            x_span: ps.len().saturating_sub(1),
            tag_name: "step",
            x_ends: (
                ps.first().and_then(|p| p.tag),
                ps.last().and_then(|p| p.tag),
            ),
        }
    }

    #[test]
    fn plain_chart_at_a_fixed_size() {
        let ps = points(&[4.0, 3.0, 2.0, 1.5, 1.0, 1.0, 0.5]);
        let out = chart(&ps).render(40, 12, false);
        let expected = "\
loss of metrics:training:p:loss
4.00 +'-_
     |   '-_
     |      '-_
2.25 +         '-_
     |            ''--__
     |                  ''--_______
0.50 +                             ''--_
     +----------------------------------
      step 0                     step 60
first 4 (step 0)   last 0.5 (step 60)
min 0.5 (step 60)   max 4 (step 0)
";
        assert_eq!(out, expected, "\n{out}");
    }

    #[test]
    fn every_line_fits_and_no_escapes_without_colour() {
        let ys: Vec<f64> = (0..1000)
            .map(|i| ((i as f64) / 30.0).sin() * 100.0)
            .collect();
        let ps = points(&ys);
        for (w, h) in [(40, 10), (80, 24), (200, 50)] {
            let out = chart(&ps).render(w, h, false);
            assert!(out.lines().count() <= h, "{w}x{h}\n{out}");
            assert!(
                out.lines().all(|l| l.chars().count() <= w),
                "{w}x{h}\n{out}"
            );
            assert!(out.is_ascii(), "{out}");
        }
    }

    #[test]
    fn colour_draws_braille_in_the_same_space() {
        let ps = points(&[1.0, 5.0, 2.0, 8.0, 3.0]);
        let out = chart(&ps).render(50, 12, true);
        assert!(out.contains('\x1b'));
        assert!(
            out.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
            "{out}"
        );
        let plain = strip_ansi(&out);
        assert!(plain.lines().count() <= 12);
        assert!(plain.lines().all(|l| l.chars().count() <= 50), "{plain}");
    }

    #[test]
    fn a_flat_or_single_point_series_still_draws() {
        let ps = points(&[2.0]);
        let out = chart(&ps).render(40, 10, false);
        assert!(out.contains("first 2 (step 0)"), "{out}");
        let ps = points(&[0.0, 0.0, 0.0]);
        let out = chart(&ps).render(40, 10, false);
        assert!(out.contains("max 0 (step 0)"), "{out}");
    }

    fn strip_ansi(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
