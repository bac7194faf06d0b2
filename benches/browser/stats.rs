//! Median and spread of repeated measurements.

/// A summary of repeated measurements.
pub struct Spread {
    pub min: f64,
    pub median: f64,
    pub p75: f64,
    pub p95: f64,
    pub max: f64,
}

impl Spread {
    /// Summarises `values` (at least one).
    pub fn of(values: &[f64]) -> Spread {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let at = |quantile: f64| sorted[((sorted.len() - 1) as f64 * quantile).round() as usize];
        Spread {
            min: sorted[0],
            median: at(0.5),
            p75: at(0.75),
            p95: at(0.95),
            max: sorted[sorted.len() - 1],
        }
    }
}
