//! Charts for the terminal: a line chart drawn to an exact width and height, a sparkline for
//! table cells, and the short number format both use.
//!
//! The line chart draws on a grid of dots finer than the character cells, joining
//! consecutive points with straight lines, so a thousand points in sixty columns still show
//! their spread. With colour on it uses braille cells (2×4 dots each) and colours the line;
//! with colour off it falls back to plain ASCII (1×3 dots: `'`, `-`, `_`, `|`) that survives
//! logs, mail and `less`. Every character it emits is one column wide, so widths are counts.

use owo_colors::OwoColorize;

use super::safe::safe;

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

struct Glyphs {
    /// Dots per cell across and down.
    xres: usize,
    yres: usize,
    axis: char,
    tick: char,
    corner: char,
    rule: char,
}

const BRAILLE: Glyphs = Glyphs {
    xres: 2,
    yres: 4,
    axis: '│',
    tick: '┤',
    corner: '└',
    rule: '─',
};

const ASCII: Glyphs = Glyphs {
    xres: 1,
    yres: 3,
    axis: '|',
    tick: '+',
    corner: '+',
    rule: '-',
};

/// Braille dot bits by (row, column) within a cell.
const BRAILLE_BITS: [[u8; 2]; 4] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]];

impl LineChart<'_> {
    /// The chart as text: at most `height` lines of at most `width` columns, ending in a
    /// newline. Needs at least one point.
    pub fn render(&self, width: usize, height: usize, color: bool) -> String {
        let width = width.max(MIN_WIDTH);
        let height = height.max(MIN_HEIGHT);
        let g = if color { &BRAILLE } else { &ASCII };
        let (lo, hi) = self.y_range();
        let legend = wrap(&self.legend_items(color), width);
        let rows = height.saturating_sub(3 + legend.len()).max(2);

        let labelled: Vec<usize> = if rows >= 5 {
            vec![0, (rows - 1) / 2, rows - 1]
        } else {
            vec![0, rows - 1]
        };
        let dots_h = rows * g.yres;
        let value_at = |row: usize| {
            let centre = (row * g.yres) as f64 + (g.yres as f64 - 1.0) / 2.0;
            let centre = if row == 0 {
                0.0
            } else if row == rows - 1 {
                (dots_h - 1) as f64
            } else {
                centre
            };
            hi - (hi - lo) * centre / (dots_h - 1) as f64
        };
        let labels: Vec<(usize, String)> = labelled
            .iter()
            .map(|&r| (r, axis_number(value_at(r), lo, hi)))
            .collect();
        let label_w = labels.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
        let plot_w = width.saturating_sub(label_w + 2).max(1);

        let grid = self.draw(g, plot_w, rows, lo, hi);
        let marks = if color {
            self.extreme_cells(g, plot_w, rows, lo, hi)
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
            let cells = &grid[r * plot_w..(r + 1) * plot_w];
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
        let pad = " ".repeat(label_w + 1);
        let rule: String = std::iter::once(g.corner)
            .chain(std::iter::repeat_n(g.rule, plot_w))
            .collect();
        out.push_str(&format!("{pad}{}\n", paint(&rule, color, Paint::Axis)));
        out.push_str(&self.x_labels(label_w + 2, plot_w));
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

    fn dot(
        &self,
        g: &Glyphs,
        plot_w: usize,
        rows: usize,
        lo: f64,
        hi: f64,
        p: &ChartPoint,
    ) -> (i64, i64) {
        let cols = plot_w * g.xres;
        let dots_h = rows * g.yres;
        let x = if self.x_span == 0 {
            0.0
        } else {
            p.x.min(self.x_span) as f64 * (cols - 1) as f64 / self.x_span as f64
        };
        let y = (hi - p.y) / (hi - lo) * (dots_h - 1) as f64;
        (x.round() as i64, y.round() as i64)
    }

    /// The cells: the points joined by straight lines on the dot grid.
    fn draw(&self, g: &Glyphs, plot_w: usize, rows: usize, lo: f64, hi: f64) -> Vec<Dots> {
        let mut grid = vec![Dots::default(); plot_w * rows];
        let mut set = |x: i64, y: i64| {
            let (x, y) = (x.max(0) as usize, y.max(0) as usize);
            let (cx, cy) = (x / g.xres, y / g.yres);
            if cx < plot_w && cy < rows {
                let sub = (y % g.yres) as u8;
                let bit = if g.xres == 2 {
                    BRAILLE_BITS[y % 4][x % 2]
                } else {
                    1 << sub
                };
                let cell = &mut grid[cy * plot_w + cx];
                if cell.bits == 0 {
                    cell.first = sub;
                }
                cell.bits |= bit;
                cell.last = sub;
            }
        };
        let mut prev: Option<(i64, i64)> = None;
        for p in self.points {
            let d = self.dot(g, plot_w, rows, lo, hi, p);
            match prev {
                Some(from) => line(from, d, &mut set),
                None => set(d.0, d.1),
            }
            prev = Some(d);
        }
        grid
    }

    /// The (row, column) cells holding the lowest and the highest point.
    fn extreme_cells(
        &self,
        g: &Glyphs,
        plot_w: usize,
        rows: usize,
        lo: f64,
        hi: f64,
    ) -> Vec<(usize, usize)> {
        [extreme(self.points, true), extreme(self.points, false)]
            .into_iter()
            .flatten()
            .map(|p| {
                let (x, y) = self.dot(g, plot_w, rows, lo, hi, &p);
                (y.max(0) as usize / g.yres, x.max(0) as usize / g.xres)
            })
            .collect()
    }

    fn x_labels(&self, indent: usize, plot_w: usize) -> String {
        let name = |t: Option<f64>| format!("{} {}", self.tag_name, tag_text(t));
        let (left, right) = (name(self.x_ends.0), name(self.x_ends.1));
        let gap = plot_w.saturating_sub(left.len() + right.len());
        let text = if gap >= 2 {
            format!("{left}{}{right}", " ".repeat(gap))
        } else {
            cut(&left, plot_w, false)
        };
        format!("{}{text}\n", " ".repeat(indent))
    }

    /// first / last / min / max with their tags, as (label, value text) pairs.
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
                let plain_label = format!("{label} ");
                let value = format!(
                    "{} ({} {})",
                    short_number(p.y),
                    self.tag_name,
                    tag_text(p.tag)
                );
                let len = plain_label.len() + value.len();
                let text = if color {
                    format!("{}{}", plain_label.dimmed(), value.bold())
                } else {
                    format!("{plain_label}{value}")
                };
                (text, len)
            })
            .collect()
    }
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

/// The dots set in one character cell, and the sub-rows the line entered and left it by
/// (what tells `\\` from `/` in ASCII).
#[derive(Clone, Copy, Default)]
struct Dots {
    bits: u8,
    first: u8,
    last: u8,
}

fn glyph(g: &Glyphs, d: &Dots) -> char {
    if d.bits == 0 {
        return ' ';
    }
    if g.xres == 2 {
        return char::from_u32(0x2800 + u32::from(d.bits)).unwrap_or('?');
    }
    // Sub-rows top (1), middle (2), bottom (4).
    match d.bits {
        1 => '\'',
        2 => '-',
        4 => '_',
        3 | 6 if d.first < d.last => '\\',
        3 | 6 if d.first > d.last => '/',
        _ => '|',
    }
}

/// Bresenham's line between two dots, every dot on it passed to `set`.
fn line(from: (i64, i64), to: (i64, i64), set: &mut impl FnMut(i64, i64)) {
    let (mut x, mut y) = from;
    let dx = (to.0 - x).abs();
    let dy = -(to.1 - y).abs();
    let sx = if x < to.0 { 1 } else { -1 };
    let sy = if y < to.1 { 1 } else { -1 };
    let mut err = dx + dy;
    loop {
        set(x, y);
        if (x, y) == to {
            return;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

/// The first lowest (`low`) or highest point.
fn extreme(points: &[ChartPoint], low: bool) -> Option<ChartPoint> {
    points.iter().copied().reduce(|best, p| {
        let better = if low { p.y < best.y } else { p.y > best.y };
        if better { p } else { best }
    })
}

/// Legend items (text, visible length) packed into lines of at most `width` columns.
fn wrap(items: &[(String, usize)], width: usize) -> Vec<String> {
    const SEP: &str = "   ";
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for (text, n) in items {
        if len > 0 && len + SEP.len() + n > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push_str(SEP);
            len += SEP.len();
        }
        line.push_str(text);
        len += n;
    }
    if len > 0 {
        lines.push(line);
    }
    lines
}

/// `s` cut to `width` characters, marked with `…` (`...` in plain ASCII) when cut.
fn cut(s: &str, width: usize, unicode: bool) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mark = if unicode { "…" } else { "..." };
    let keep = width.saturating_sub(mark.chars().count());
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(mark);
    out
}

fn tag_text(t: Option<f64>) -> String {
    match t {
        Some(t) if t.fract() == 0.0 && t.abs() < 1e15 => format!("{t:.0}"),
        Some(t) => short_number(t),
        None => "?".to_string(),
    }
}

/// An axis label: decimals enough to tell the range's labels apart, the same for all of them.
fn axis_number(v: f64, lo: f64, hi: f64) -> String {
    let big = lo.abs().max(hi.abs());
    if !(1e-4..1e7).contains(&big) {
        return format!("{v:.2e}");
    }
    let decimals = (2.0 - (hi - lo).log10().floor()).clamp(0.0, 8.0) as usize;
    format!("{v:.decimals$}")
}

/// A value for a table or legend: six significant digits, no trailing zeros, scientific
/// notation for the very small and very large (a learning rate of 1e-5, a loss of 3.2e+8).
pub fn short_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v == 0.0 {
        return "0".to_string();
    }
    let a = v.abs();
    if (1e-4..1e7).contains(&a) {
        let decimals = (5 - a.log10().floor() as i32).max(0) as usize;
        let s = format!("{v:.decimals$}");
        if s.contains('.') {
            return s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        return s;
    }
    let s = format!("{v:.5e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}e{e}")
        }
        None => s,
    }
}

/// A one-line chart of values for a table cell, oldest first: `▁▂▃▅▇`, `·` where a value is
/// missing or not a number. Scaled to its own range.
pub fn sparkline(values: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (lo, hi) = values
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    values
        .iter()
        .map(|v| match v {
            None => '·',
            Some(_) if hi <= lo => BARS[3],
            Some(v) => BARS[(((v - lo) / (hi - lo)) * 7.0).round() as usize],
        })
        .collect()
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

    #[test]
    fn numbers_are_short() {
        assert_eq!(short_number(0.432198765), "0.432199");
        assert_eq!(short_number(0.0001), "0.0001");
        assert_eq!(short_number(0.00001), "1e-5");
        assert_eq!(short_number(2.5e-7), "2.5e-7");
        assert_eq!(short_number(1200.0), "1200");
        assert_eq!(short_number(-3.25), "-3.25");
        assert_eq!(short_number(3.2e9), "3.2e9");
    }

    #[test]
    fn sparkline_scales_and_marks_gaps() {
        assert_eq!(sparkline(&[Some(0.0), Some(1.0), None, Some(0.5)]), "▁█·▅");
        assert_eq!(sparkline(&[Some(2.0), Some(2.0)]), "▄▄");
        assert_eq!(sparkline(&[]), "");
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
