//! Times as agents write them (ISO-8601 strings, epoch milliseconds) and as operators read
//! them: relative in tables ("3m ago"), RFC 3339 in JSON.

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};
use serde::{Serialize, Serializer};

/// A point in time from Redis data. Serialises as RFC 3339 with milliseconds, UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time(pub DateTime<Utc>);

impl Time {
    pub fn rfc3339(&self) -> String {
        self.0.to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// From epoch milliseconds, as the seed's `Date.now()` writes them (possibly fractional).
    pub fn from_epoch_ms(ms: f64) -> Option<Time> {
        if !ms.is_finite() {
            return None;
        }
        let whole = ms.floor() as i64;
        let nanos = ((ms - ms.floor()) * 1e6).round() as i64;
        Utc.timestamp_millis_opt(whole)
            .single()
            .map(|t| Time(t + chrono::Duration::nanoseconds(nanos)))
    }

    /// From an ISO-8601 / RFC 3339 string, as `new Date().toISOString()` writes them.
    pub fn parse(s: &str) -> Option<Time> {
        DateTime::parse_from_rfc3339(s.trim())
            .ok()
            .map(|t| Time(t.with_timezone(&Utc)))
    }
}

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

/// `now` the way the seed's agents write it: `new Date().toISOString()`.
pub fn iso_now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// "12s ago", "3m ago", "in 5m", "just now".
pub fn relative(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (now - t).num_seconds();
    if secs.abs() < 1 {
        return "just now".into();
    }
    let span = short_span(secs.unsigned_abs());
    if secs > 0 {
        format!("{span} ago")
    } else {
        format!("in {span}")
    }
}

/// A span in its largest sensible unit: 45s, 12m, 3h, 9d.
pub fn short_span(secs: u64) -> String {
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m", secs / 60),
        3600..86_400 => format!("{}h", secs / 3600),
        _ => format!("{}d", secs / 86_400),
    }
}

/// A span in its two largest units, for when "3m" is too coarse: 45s, 3m 16s, 1h 5m, 2d 3h.
pub fn span(secs: u64) -> String {
    const UNITS: [(u64, &str); 4] = [(86_400, "d"), (3600, "h"), (60, "m"), (1, "s")];
    let i = UNITS
        .iter()
        .position(|(size, _)| secs >= *size)
        .unwrap_or(3);
    let (size, unit) = UNITS[i];
    let major = format!("{}{unit}", secs / size);
    match UNITS.get(i + 1) {
        Some((next, next_unit)) if (secs % size) / next > 0 => {
            format!("{major} {}{next_unit}", (secs % size) / next)
        }
        _ => major,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times() {
        let now = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        let at = |s: i64| now - chrono::Duration::seconds(s);
        assert_eq!(relative(at(0), now), "just now");
        assert_eq!(relative(at(42), now), "42s ago");
        assert_eq!(relative(at(3 * 60 + 5), now), "3m ago");
        assert_eq!(relative(at(7200), now), "2h ago");
        assert_eq!(relative(at(3 * 86_400), now), "3d ago");
        assert_eq!(relative(at(-300), now), "in 5m");
    }

    #[test]
    fn spans_in_two_units() {
        assert_eq!(span(0), "0s");
        assert_eq!(span(45), "45s");
        assert_eq!(span(300), "5m");
        assert_eq!(span(196), "3m 16s");
        assert_eq!(span(3900), "1h 5m");
        assert_eq!(span(183_600), "2d 3h");
    }

    #[test]
    fn parses_what_agents_write() {
        let t = Time::parse("2026-11-25T19:52:15.123Z").unwrap();
        assert_eq!(t.rfc3339(), "2026-11-25T19:52:15.123Z");
        assert!(Time::parse("yesterday").is_none());
        let f = Time::from_epoch_ms(1_764_100_000_123.5).unwrap();
        assert_eq!(f.0.timestamp_millis(), 1_764_100_000_123);
        assert_eq!(f.0.timestamp_subsec_micros() % 1000, 500);
        assert!(Time::from_epoch_ms(f64::NAN).is_none());
    }

    #[test]
    fn iso_now_has_millis_and_z() {
        let s = iso_now();
        assert_eq!(s.len(), 24, "{s}");
        assert!(s.ends_with('Z'));
    }
}
