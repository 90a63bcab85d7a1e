//! The JSON the seed's JavaScript writes, reproduced byte for byte: the point that
//! `recordTrainingMetric` LPUSHes and the message `publishTrainingMetrics` publishes.
//!
//! `JSON.stringify` prints numbers the way JavaScript's `Number.prototype.toString` does
//! (`1` not `1.0`, `1e-7`, `1e+21`), writes `null` for NaN and ±Infinity, and leaves out
//! `undefined` fields. serde_json differs on all three, so these shapes are written here.

/// A training point as `recordTrainingMetric` writes it, keys in the seed's order.
pub fn point(timestamp_ms: i64, step: u64, loss: f64, learning_rate: Option<f64>) -> String {
    let mut s = format!(
        "{{\"timestamp\":{timestamp_ms},\"step\":{step},\"loss\":{}",
        js_number(loss)
    );
    if let Some(lr) = learning_rate {
        s.push_str(&format!(",\"learning_rate\":{}", js_number(lr)));
    }
    s.push('}');
    s
}

/// The `events:training:progress` message of `publishTrainingMetrics` (no `type` field).
pub fn progress(project: &str, step: u64, loss: f64, wer: Option<f64>, timestamp: &str) -> String {
    // Strings go through serde_json, whose escaping JSON.parse reads back unchanged.
    let quote = |s: &str| serde_json::Value::from(s).to_string();
    let mut s = format!(
        "{{\"projectId\":{},\"step\":{step},\"loss\":{}",
        quote(project),
        js_number(loss)
    );
    if let Some(w) = wer {
        s.push_str(&format!(",\"wer\":{}", js_number(w)));
    }
    s.push_str(&format!(",\"timestamp\":{}}}", quote(timestamp)));
    s
}

/// A number as `JSON.stringify` writes it (ECMAScript Number::toString, radix 10).
pub fn js_number(x: f64) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    if x == 0.0 {
        return "0".to_string(); // -0 too
    }
    // Rust's `{:e}` gives the shortest digits that round-trip, as JavaScript requires.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    // The decimal point sits after `n` digits: x = 0.d1d2… × 10^n.
    let n = exp.parse::<i32>().unwrap_or(0) + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        let (int, frac) = digits.split_at(n as usize);
        format!("{int}.{frac}")
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        format!("{first}{dot}{rest}e{sign}{}", e.abs())
    };
    if x < 0.0 { format!("-{body}") } else { body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        // Expected values are what node prints for String(x).
        let cases = [
            (1.0, "1"),
            (100.0, "100"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (0.0003, "0.0003"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-10, "1.5e-10"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e21, "1e+21"),
            (1.2345e22, "1.2345e+22"),
            (0.4321987, "0.4321987"),
            (-0.0, "0"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for (x, want) in cases {
            assert_eq!(js_number(x), want, "{x:e}");
        }
    }

    #[test]
    fn point_matches_json_stringify() {
        assert_eq!(
            point(1764100000123, 1200, 0.43, Some(0.0001)),
            r#"{"timestamp":1764100000123,"step":1200,"loss":0.43,"learning_rate":0.0001}"#
        );
        // learningRate undefined: the key is left out; NaN loss: null.
        assert_eq!(
            point(1764100000123, 7, f64::NAN, None),
            r#"{"timestamp":1764100000123,"step":7,"loss":null}"#
        );
    }

    #[test]
    fn progress_matches_json_stringify() {
        assert_eq!(
            progress("proj-\"1\"", 3, 2.0, Some(0.25), "2026-11-25T19:52:15.123Z"),
            r#"{"projectId":"proj-\"1\"","step":3,"loss":2,"wer":0.25,"timestamp":"2026-11-25T19:52:15.123Z"}"#
        );
        assert_eq!(
            progress("p", 3, 2.0, None, "t"),
            r#"{"projectId":"p","step":3,"loss":2,"timestamp":"t"}"#
        );
    }
}
