//! The rule engine, loaded on first use. The page arrives with its check
//! (the build ran the same engine: see `domain::page_text`), so reading
//! the list needs none of the engine's code; its chunk is fetched once the
//! page is alive (or as the fan reaches for the cards), and the first
//! change to the line-up waits for it if it is not there yet.

use super::on_demand::{PartMissing, on_demand_part};
use crate::domain::rules::{CrewChoice, EventKind, Finding, LiveCheck, RuleSet, Summary};
use crate::domain::{CarNumber, Season};

/// What a change did to the check: the cars whose crew or findings changed,
/// with their findings now, and the summary.
pub struct Rechecked {
    pub cars: Vec<(CarNumber, Vec<Finding>)>,
    pub summary: Summary,
}

on_demand_part! {
    /// Brings the live check up to `season` and `event`; on first use it
    /// is made from the provisional list `base` checked for `first_event`,
    /// as the page was.
    pub fn recheck / __preload_recheck + prefetch_engine(live: &mut Option<LiveCheck>, rules: &RuleSet, base: &Season, first_event: EventKind, season: &Season, event: EventKind) -> Rechecked {
        let live = live.get_or_insert_with(|| {
            LiveCheck::new(rules.clone(), CrewChoice::Provisional, first_event, base)
        });
        let changed = live.update(season, event);
        Rechecked {
            cars: changed
                .into_iter()
                .map(|number| {
                    let findings = live.findings_of(&number);
                    (number, findings)
                })
                .collect(),
            summary: live.summary().clone(),
        }
    }
}

/// Waits until the engine's code is here (at once in a build without
/// chunks).
pub async fn engine_loaded() -> Result<(), PartMissing> {
    #[cfg(feature = "split")]
    return __preload_recheck().await;
    #[cfg(not(feature = "split"))]
    Ok(())
}
