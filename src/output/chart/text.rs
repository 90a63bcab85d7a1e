//! Numbers and text for charts and tables: short values, axis labels, sparklines, and
//! fitting labels into a width. All of it one column per character.

/// A value for a table or legend: six significant digits, no trailing zeros, scientific
/// notation for the very small and very large (a learning rate of 1e-5, a loss of 3.2e9).
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

/// An axis label: decimals enough to tell the range's labels apart, the same for all of them.
pub fn axis_number(v: f64, lo: f64, hi: f64) -> String {
    let big = lo.abs().max(hi.abs());
    if !(1e-4..1e7).contains(&big) {
        return format!("{v:.2e}");
    }
    let decimals = (2.0 - (hi - lo).log10().floor()).clamp(0.0, 8.0) as usize;
    format!("{v:.decimals$}")
}

/// A step for a label: whole numbers as integers.
pub fn tag_text(t: Option<f64>) -> String {
    match t {
        Some(t) if t.fract() == 0.0 && t.abs() < 1e15 => format!("{t:.0}"),
        Some(t) => short_number(t),
        None => "?".to_string(),
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

/// Items (text, visible length) packed into lines of at most `width` columns.
pub fn wrap(items: &[(String, usize)], width: usize) -> Vec<String> {
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
pub fn cut(s: &str, width: usize, unicode: bool) -> String {
    if s.chars().count() <= width {
        return s.to_string();
    }
    let mark = if unicode { "…" } else { "..." };
    let keep = width.saturating_sub(mark.chars().count());
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(mark);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(short_number(0.432198765), "0.432199");
        assert_eq!(short_number(0.0001), "0.0001");
        assert_eq!(short_number(0.00001), "1e-5");
        assert_eq!(short_number(2.5e-7), "2.5e-7");
        assert_eq!(short_number(1200.0), "1200");
        assert_eq!(short_number(-3.25), "-3.25");
        assert_eq!(short_number(3.2e9), "3.2e9");
        assert_eq!(tag_text(Some(1200.0)), "1200");
        assert_eq!(tag_text(None), "?");
    }

    #[test]
    fn axis_labels_share_their_decimals() {
        assert_eq!(axis_number(3.0, 0.82, 3.0), "3.00");
        assert_eq!(axis_number(0.82, 0.82, 3.0), "0.82");
        assert_eq!(axis_number(0.00009, 0.00003, 0.00009), "9.00e-5");
    }

    #[test]
    fn sparkline_scales_and_marks_gaps() {
        assert_eq!(sparkline(&[Some(0.0), Some(1.0), None, Some(0.5)]), "▁█·▅");
        assert_eq!(sparkline(&[Some(2.0), Some(2.0)]), "▄▄");
        assert_eq!(sparkline(&[]), "");
    }

    #[test]
    fn wrapping_and_cutting_fit_the_width() {
        let items = [("aaaa".to_string(), 4), ("bbb".to_string(), 3)];
        assert_eq!(wrap(&items, 10), ["aaaa   bbb"]);
        assert_eq!(wrap(&items, 9), ["aaaa", "bbb"]);
        assert_eq!(cut("abcdef", 4, false), "a...");
        assert_eq!(cut("abcdef", 4, true), "abc…");
        assert_eq!(cut("abc", 4, true), "abc");
    }
}
