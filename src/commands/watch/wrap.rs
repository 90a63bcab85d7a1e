//! Laying a message's details out on a terminal: wrapped at spaces under their own column
//! (a hanging indent), so an 80-column terminal shows every field without lines running
//! into each other. Output to a pipe or file stays one line per message.

use crate::output::Tone;

/// Continuation lines start at least this far in: just past the time column.
const MIN_INDENT: usize = 14;
/// Fewer columns than this left after the prefix: start the details on the next line.
const MIN_ROOM: usize = 24;

/// Characters, the way this module counts width.
pub fn width(text: &str) -> usize {
    text.chars().count()
}

/// Split `pieces` into rows for a terminal `total` columns wide, after a prefix `prefix`
/// columns wide. Returns the indent of the rows after the first and the rows (the first may
/// be empty: the details then start on the second). Too narrow a terminal gets one row.
pub fn hang(
    pieces: Vec<(String, Tone)>,
    prefix: usize,
    total: usize,
) -> (usize, Vec<Vec<(String, Tone)>>) {
    if total < MIN_INDENT + MIN_ROOM {
        return (0, vec![pieces]);
    }
    let indent = if prefix <= total / 2 {
        prefix
    } else {
        MIN_INDENT
    };
    let mut rows: Vec<Vec<(String, Tone)>> = vec![Vec::new()];
    let mut used = prefix + 2;
    if total.saturating_sub(used) < MIN_ROOM {
        rows.push(Vec::new());
        used = indent;
    }
    for (text, tone) in &pieces {
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let mut word = word.to_string();
            loop {
                let started = rows.last().is_some_and(|r| !r.is_empty());
                let need = width(&word) + usize::from(started);
                if used + need <= total {
                    used += need;
                    push(&mut rows, word, *tone);
                    break;
                }
                if !started {
                    // Longer than a whole row: break it where the row ends.
                    let take = total.saturating_sub(used).max(1);
                    let at = word.char_indices().nth(take).map_or(word.len(), |(i, _)| i);
                    let rest = word.split_off(at);
                    push(&mut rows, word, *tone);
                    word = rest;
                }
                rows.push(Vec::new());
                used = indent;
            }
        }
    }
    (indent, rows)
}

fn push(rows: &mut [Vec<(String, Tone)>], word: String, tone: Tone) {
    if let Some(row) = rows.last_mut() {
        row.push((word, tone));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(rows: &[Vec<(String, Tone)>]) -> Vec<String> {
        rows.iter()
            .map(|r| {
                r.iter()
                    .map(|(t, _)| t.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn p(texts: &[&str]) -> Vec<(String, Tone)> {
        texts.iter().map(|t| (t.to_string(), Tone::Plain)).collect()
    }

    #[test]
    fn one_row_on_a_very_narrow_terminal() {
        let (_, rows) = hang(p(&["a=1", "b=2"]), 70, 20);
        assert_eq!(words(&rows), ["a=1 b=2"]);
    }

    #[test]
    fn details_hang_under_their_column_when_there_is_room() {
        let (indent, rows) = hang(p(&["task=t-1", "agent=trainer", "Error: it broke"]), 30, 60);
        assert_eq!(indent, 30);
        assert_eq!(words(&rows), ["task=t-1 agent=trainer", "Error: it broke"]);
        for (i, r) in words(&rows).iter().enumerate() {
            let start = if i == 0 { 32 } else { 30 };
            assert!(start + r.chars().count() <= 60, "{r}");
        }
    }

    #[test]
    fn a_wide_prefix_moves_details_to_the_next_rows() {
        let (indent, rows) = hang(p(&["task=t-1", "agent=trainer"]), 70, 80);
        assert_eq!(indent, MIN_INDENT);
        assert_eq!(words(&rows), ["", "task=t-1 agent=trainer"]);
    }

    #[test]
    fn words_longer_than_a_row_are_broken() {
        let long = "x".repeat(100);
        let (_, rows) = hang(p(&[&long]), 14, 40);
        let lens: Vec<usize> = words(&rows).iter().map(|r| r.len()).collect();
        assert_eq!(lens.iter().sum::<usize>(), 100);
        assert!(lens.iter().all(|&n| n <= 26), "{lens:?}");
    }
}
