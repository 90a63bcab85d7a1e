//! `coordctl metrics …`

use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum MetricsCmd {
    /// List metrics lists: points, latest step and value, when written, recent trend
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a metric's newest points: step, value, learning rate, time
    Show(ShowArgs),
    /// The seed's moving average over the newest points, skipping nulls (NaN)
    Avg(AvgArgs),
    /// Draw a metric as a line chart that fits the terminal
    Plot(PlotArgs),
    /// Record a training point: LPUSH and trim to 1,000 in one transaction
    Record(RecordArgs),
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only lists of this kind (metrics:<kind>:<project>:<metric>)
    #[arg(long, default_value = "training", value_parser = segment)]
    pub kind: String,
    /// Lists of every kind
    #[arg(long, conflicts_with = "kind")]
    pub all_kinds: bool,
}

/// Which list: `metrics:<kind>:<project>:<metric>`.
#[derive(Args, Debug)]
pub struct Series {
    /// Project id (may contain ':')
    pub project: String,
    /// The metric: the key's last segment
    #[arg(long, default_value = "loss", value_parser = segment)]
    pub metric: String,
    /// The kind: the key's second segment
    #[arg(long, default_value = "training", value_parser = segment)]
    pub kind: String,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    #[command(flatten)]
    pub series: Series,
    /// How many of the newest points (0: all)
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub limit: usize,
}

#[derive(Args, Debug)]
pub struct AvgArgs {
    #[command(flatten)]
    pub series: Series,
    /// Average over the newest N points
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub window: u32,
    /// The numeric field to average [default: the metric's name]
    #[arg(long)]
    pub field: Option<String>,
}

#[derive(Args, Debug)]
pub struct PlotArgs {
    #[command(flatten)]
    pub series: Series,
    /// Any numeric field of the points, e.g. learning_rate [default: the metric's name]
    #[arg(long)]
    pub field: Option<String>,
    /// How many of the newest points (0: all)
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub limit: usize,
    /// Columns to fill [default: COLUMNS, else the terminal's width, else 80]
    #[arg(long, value_name = "COLS",
          value_parser = clap::value_parser!(u16).range(40..))]
    pub width: Option<u16>,
    /// Lines to fill, legend included [default: LINES, else the terminal's height less one, else 24]
    #[arg(long, value_name = "LINES",
          value_parser = clap::value_parser!(u16).range(10..))]
    pub height: Option<u16>,
}

#[derive(Args, Debug)]
pub struct RecordArgs {
    /// Project id (may contain ':')
    pub project: String,
    /// Training step
    #[arg(long)]
    pub step: u64,
    /// Loss; NaN is stored as null, as JSON.stringify writes it
    #[arg(long, allow_hyphen_values = true)]
    pub loss: f64,
    /// Learning rate (left out of the point when not given, as the seed does)
    #[arg(long, allow_hyphen_values = true, value_name = "RATE")]
    pub learning_rate: Option<f64>,
    /// Also publish the seed's events:training:progress message
    #[arg(long)]
    pub publish: bool,
    /// Word error rate for the --publish message (the seed publishes it; it is not stored)
    #[arg(long, requires = "publish", allow_hyphen_values = true)]
    pub wer: Option<f64>,
}

/// A key segment: not empty, no ':' (a metric or kind with one would split differently).
fn segment(s: &str) -> Result<String, String> {
    if s.is_empty() || s.contains(':') {
        return Err(format!("{s:?} must be non-empty and contain no ':'"));
    }
    Ok(s.to_string())
}
