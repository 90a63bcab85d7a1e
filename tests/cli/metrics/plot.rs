//! `metrics plot`: a chart that fits the width and height it is given, labelled, and plain
//! ASCII when colour is off.

use super::{push, series};
use crate::support::{Coordctl, RedisServer, coordctl};

/// Twelve points, the fifth with a null (NaN) loss.
fn golden(s: &RedisServer) {
    let losses = [
        "3", "2.2", "1.7", "1.4", "null", "1.05", "0.95", "0.9", "0.86", "0.84", "0.83", "0.82",
    ];
    let entries: Vec<String> = losses
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                r#"{{"timestamp":{},"step":{},"loss":{l},"learning_rate":0.001}}"#,
                1_764_100_000_000 + i * 1000,
                i * 10
            )
        })
        .collect();
    let raw: Vec<&[u8]> = entries.iter().map(|e| e.as_bytes()).collect();
    push(s, "metrics:training:golden:loss", &raw);
}

#[test]
fn plot_at_a_fixed_width_draws_exactly_this() {
    let s = RedisServer::start();
    golden(&s);
    let run = coordctl(
        &s,
        [
            "metrics", "plot", "golden", "--width", "60", "--height", "14",
        ],
    );
    let expected = "\
loss of metrics:training:golden:loss, 12 points
3.00 +'\\
     |  \\_
     |   '\\
     |     \\_
1.91 +       '\\
     |         '-_
     |            ''--__
     |                  '''--____
0.82 +                           '''''-----_________________
     +------------------------------------------------------
      step 0                                        step 110
first 3 (step 0)   last 0.82 (step 110)
min 0.82 (step 110)   max 3 (step 0)
";
    assert_eq!(run.ok().stdout, expected, "\n{run}");
    run.stderr_has("left out 1 point without a numeric loss (1 null or missing)");
}

#[test]
fn plot_fits_every_size_and_draws_braille_only_in_colour() {
    let s = RedisServer::start();
    series(&s, "metrics:training:p:loss", 1000, |i| {
        2.0 * (-(i as f64) / 200.0).exp() + 0.1 * ((i as f64) / 7.0).sin()
    });
    for (w, h) in [("40", 10), ("80", 24), ("157", 47)] {
        let height = h.to_string();
        let run = coordctl(
            &s,
            ["metrics", "plot", "p", "--width", w, "--height", &height],
        );
        let out = &run.ok().stdout;
        let width: usize = w.parse().unwrap();
        assert!(out.lines().count() <= h, "{w}x{h}\n{run}");
        assert!(
            out.lines().all(|l| l.chars().count() <= width),
            "{w}x{h}\n{run}"
        );
        assert!(out.is_ascii(), "plain text without colour\n{run}");
        run.stdout_has("first ")
            .stdout_has("last ")
            .stdout_has("min ")
            .stdout_has("max ");
        run.stdout_has("step 0").stdout_has("step 9990");
    }
    let run = coordctl(
        &s,
        [
            "metrics", "plot", "p", "--width", "70", "--height", "20", "--color", "always",
        ],
    );
    let out = &run.ok().stdout;
    assert!(out.contains('\x1b'), "{run}");
    assert!(
        out.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "{run}"
    );
    let plain = strip_ansi(out);
    assert!(plain.lines().count() <= 20, "{plain}");
    assert!(plain.lines().all(|l| l.chars().count() <= 70), "{plain}");
    let no_color = Coordctl::on(&s)
        .args(["metrics", "plot", "p"])
        .env("NO_COLOR", "1")
        .run();
    assert!(no_color.ok().stdout.is_ascii(), "{no_color}");
    coordctl(&s, ["metrics", "plot", "p", "--width", "39"]).code(2);
}

#[test]
fn plot_sizes_itself_from_columns_and_lines() {
    let s = RedisServer::start();
    series(&s, "metrics:training:p:loss", 50, |i| i as f64);
    let run = Coordctl::on(&s)
        .args(["metrics", "plot", "p"])
        .env("COLUMNS", "52")
        .env("LINES", "13")
        .run();
    let out = &run.ok().stdout;
    // LINES less one for the prompt.
    assert_eq!(out.lines().count(), 12, "{run}");
    assert_eq!(
        out.lines().map(|l| l.chars().count()).max(),
        Some(52),
        "{run}"
    );
    // Off a terminal with nothing set: 80×24.
    let run = coordctl(&s, ["metrics", "plot", "p"]);
    assert_eq!(run.ok().stdout.lines().count(), 24, "{run}");
}

#[test]
fn plot_any_numeric_field_and_give_the_data_as_json() {
    let s = RedisServer::start();
    golden(&s);
    let run = coordctl(
        &s,
        [
            "metrics",
            "plot",
            "golden",
            "--field",
            "learning_rate",
            "--width",
            "60",
        ],
    );
    run.ok()
        .stdout_has("learning_rate of metrics:training:golden:loss")
        .stdout_has("first 0.001 (step 0)");
    assert!(
        run.stderr.is_empty(),
        "every point has a learning rate\n{run}"
    );

    let v = coordctl(
        &s,
        ["metrics", "plot", "golden", "--limit", "5", "-o", "json"],
    )
    .json();
    assert_eq!(v["field"], "loss");
    assert_eq!(v["points"], 5);
    assert_eq!(v["used"], 5);
    let steps: Vec<i64> = v["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["step"].as_i64().unwrap())
        .collect();
    assert_eq!(steps, [70, 80, 90, 100, 110], "oldest first\n{v}");
    assert_eq!(v["series"][4]["value"], 0.82);
}

#[test]
fn plot_counts_bad_points_and_says_when_nothing_is_numeric() {
    let s = RedisServer::start();
    golden(&s);
    push(
        &s,
        "metrics:training:golden:loss",
        &[b"{oops", br#"{"step":1}"#],
    );
    let run = coordctl(&s, ["metrics", "plot", "golden", "--width", "60"]);
    run.ok()
        .stderr_has("warning: point 1: entry is not valid JSON")
        .stderr_has("2 problems in the newest 14 points could not be read cleanly");
    coordctl(&s, ["metrics", "plot", "golden", "--strict"]).code(1);

    push(
        &s,
        "metrics:training:golden:wer",
        &[br#"{"timestamp":1764100000000,"step":0,"wer":0.3}"#],
    );
    coordctl(&s, ["metrics", "plot", "golden", "--field", "wer"])
        .code(1)
        .stderr_has("no numeric wer")
        .stderr_has("add --metric wer");
    let run = coordctl(&s, ["metrics", "plot", "golden", "--metric", "wer"]);
    run.ok().stdout_has("wer of metrics:training:golden:wer");
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
