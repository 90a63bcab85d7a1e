//! Glob matching for `--exclude`, with the rules Redis uses for PSUBSCRIBE patterns, so one
//! pattern means the same thing on both sides: `*`, `?`, `[abc]`, `[^a-z]` and `\` escapes.

/// Whether `text` matches `pattern`, byte by byte.
pub fn matches(pattern: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    // Where to resume after the last `*`: the pattern just past it, and the text position
    // it currently swallows up to.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if let Some((step, next_p)) = single(pattern, p, text[t]) {
            if step {
                p = next_p;
                t += 1;
                continue;
            }
        } else if pattern.get(p) == Some(&b'*') {
            while pattern.get(p) == Some(&b'*') {
                p += 1;
            }
            star = Some((p, t));
            continue;
        }
        match star {
            Some((sp, st)) => {
                p = sp;
                t = st + 1;
                star = Some((sp, st + 1));
            }
            None => return false,
        }
    }
    pattern[p.min(pattern.len())..].iter().all(|&c| c == b'*')
}

/// Match one text byte against the pattern element at `p`. `None` when the element is `*`
/// or the pattern is used up; otherwise whether it matched and where the next element is.
fn single(pattern: &[u8], p: usize, c: u8) -> Option<(bool, usize)> {
    match *pattern.get(p)? {
        b'*' => None,
        b'?' => Some((true, p + 1)),
        b'\\' if p + 1 < pattern.len() => Some((pattern[p + 1] == c, p + 2)),
        b'[' => Some(class(pattern, p + 1, c)),
        lit => Some((lit == c, p + 1)),
    }
}

/// A `[...]` class starting after the `[`: whether `c` is in it, and where it ends.
fn class(pattern: &[u8], mut p: usize, c: u8) -> (bool, usize) {
    let negate = pattern.get(p) == Some(&b'^');
    if negate {
        p += 1;
    }
    let mut hit = false;
    while p < pattern.len() && pattern[p] != b']' {
        if pattern[p] == b'\\' && p + 1 < pattern.len() {
            hit |= pattern[p + 1] == c;
            p += 2;
        } else if p + 2 < pattern.len() && pattern[p + 1] == b'-' && pattern[p + 2] != b']' {
            let (a, b) = (pattern[p], pattern[p + 2]);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            hit |= (lo..=hi).contains(&c);
            p += 3;
        } else {
            hit |= pattern[p] == c;
            p += 1;
        }
    }
    // Past the `]` (an unclosed class runs to the end of the pattern, as in Redis).
    (hit != negate, (p + 1).min(pattern.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, t: &str) -> bool {
        matches(p.as_bytes(), t.as_bytes())
    }

    #[test]
    fn stars_and_question_marks() {
        assert!(m("events:*", "events:errors:high"));
        assert!(m("events:*", "events:"));
        assert!(!m("events:*", "event"));
        assert!(m("*:high", "events:errors:high"));
        assert!(m("events:*:high", "events:errors:high"));
        assert!(!m("events:*:high", "events:errors:low"));
        assert!(m("e?ents:**", "events:x"));
        assert!(m("*a*b*c", "xxaxxbxxc"));
        assert!(!m("*a*b*c", "xxaxxbxx"));
        assert!(m("", ""));
        assert!(!m("", "x"));
    }

    #[test]
    fn classes_and_escapes() {
        assert!(m("events:errors:[hl]*", "events:errors:high"));
        assert!(!m("events:errors:[^hl]*", "events:errors:high"));
        assert!(m("v[0-9]", "v7"));
        assert!(m("v[9-0]", "v7"));
        assert!(!m("v[0-9]", "vx"));
        assert!(m("a\\*b", "a*b"));
        assert!(!m("a\\*b", "axb"));
        assert!(m("[\\]]", "]"));
    }
}
