//! The search behind "Suggest a plan": each stint, in race order, given to
//! a driver who may take it under the driving-time rules and still leave
//! room for the others' minimums, going back where that leads nowhere.

use super::DrivingTime;
use crate::domain::{Driver, Entry, RaceTime, Stint, StintPlan};

/// What one driver may and must drive.
pub(super) struct Budget<'a> {
    pub driver: &'a Driver,
    pub most: u16,
    pub least: u16,
}

impl<'a> Budget<'a> {
    pub fn of(time: &DrivingTime, entry: &Entry, driver: &'a Driver) -> Budget<'a> {
        let most = time.totals.iter().map(|limit| limit.most).min();
        let least = time
            .minimums
            .iter()
            .filter(|minimum| minimum.binds(entry.class, driver.rating))
            .map(|minimum| minimum.least)
            .max();
        Budget {
            driver,
            most: most.unwrap_or(time.race),
            least: least.unwrap_or(0),
        }
    }
}

/// How many partial plans a suggestion may try before it gives up.
const SEARCH_BUDGET: usize = 20_000;

/// Gives each stint, in race order, to the first driver in turn (see
/// [`Search::ranked`]) who may take it and still leave the others room for
/// their minimums and the rest of the race, going back to try the next
/// driver where that leads nowhere; or the rule that left a stint with no
/// driver.
pub(super) fn assign<'t>(
    time: &'t DrivingTime,
    drivers: &[Budget],
    stints: &[(u16, u16)],
) -> Result<StintPlan, &'t str> {
    let mut search = Search {
        time,
        drivers,
        stints,
        given: vec![0; drivers.len()],
        driven: vec![Vec::new(); drivers.len()],
        takers: Vec::with_capacity(stints.len()),
        tried: 0,
        shares: shares(time, drivers),
        longest_run: longest_run(time),
    };
    search.fill()?;
    let plan = search
        .takers
        .iter()
        .zip(stints)
        .map(|(&at, &(from, to))| Stint {
            driver: drivers[at].driver.id.clone(),
            from: RaceTime::at(from),
            to: RaceTime::at(to),
        });
    Ok(StintPlan::new(plan.collect()))
}

/// A depth-first search for a legal plan, each driver working towards a
/// share of the race.
struct Search<'s, 't> {
    time: &'t DrivingTime,
    drivers: &'s [Budget<'s>],
    stints: &'s [(u16, u16)],
    /// Minutes given to each driver so far.
    given: Vec<u16>,
    /// Each driver's stints so far, in race order.
    driven: Vec<Vec<(u16, u16)>>,
    /// Who takes each stint so far.
    takers: Vec<usize>,
    tried: usize,
    /// Each driver's share of the race (see [`shares`]).
    shares: Vec<u16>,
    longest_run: u16,
}

impl<'t> Search<'_, 't> {
    /// Fills the stints from the first without a driver to the finish.
    fn fill(&mut self) -> Result<(), &'t str> {
        let Some(&(from, to)) = self.stints.get(self.takers.len()) else {
            return Ok(());
        };
        let mut blocked = None;
        let ranked = self.ranked(to - from);
        for at in ranked {
            self.tried += 1;
            if self.tried > SEARCH_BUDGET {
                break;
            }
            let refusal = refuse(
                self.time,
                self.drivers,
                &self.given,
                &self.driven,
                at,
                (from, to),
            );
            if let Some(rule) = refusal {
                blocked = blocked.or(Some(rule));
                continue;
            }
            self.given[at] += to - from;
            self.driven[at].push((from, to));
            self.takers.push(at);
            match self.fill() {
                Ok(()) => return Ok(()),
                Err(rule) => blocked = blocked.or(Some(rule)),
            }
            self.takers.pop();
            self.driven[at].pop();
            self.given[at] -= to - from;
        }
        Err(blocked.unwrap_or(&self.time.coverage))
    }

    /// The drivers to ask for the next stint, of `length` minutes, in
    /// turn: the driver in the car, while short of his share and within
    /// [`longest_run`]; then the one furthest short of his share (the
    /// fastest first among equals).
    fn ranked(&self, length: u16) -> Vec<usize> {
        let short = |at: usize| i32::from(self.shares[at]) - i32::from(self.given[at]);
        let last = self.takers.last().copied();
        let run: u16 = self
            .takers
            .iter()
            .rev()
            .take_while(|&&at| Some(at) == last)
            .zip(self.stints[..self.takers.len()].iter().rev())
            .map(|(_, &(from, to))| to - from)
            .sum();
        let stays =
            |at: usize| Some(at) == last && run + length <= self.longest_run && short(at) > 0;
        let mut ranked: Vec<usize> = (0..self.drivers.len()).collect();
        ranked.sort_by_key(|&at| (!stays(at), std::cmp::Reverse(short(at))));
        ranked
    }
}

/// The rule that stops driver `at` taking the stint `(from, to)`, if any:
/// over a limit, or leaving too little for the minimums or the finish.
fn refuse<'t>(
    time: &'t DrivingTime,
    drivers: &[Budget],
    given: &[u16],
    driven: &[Vec<(u16, u16)>],
    at: usize,
    (from, to): (u16, u16),
) -> Option<&'t str> {
    let length = to - from;
    if given[at] + length > drivers[at].most {
        return time.totals.first().map(|limit| limit.id.as_str());
    }
    for limit in &time.windows {
        let start = to.saturating_sub(limit.within);
        let before: u16 = driven[at]
            .iter()
            .rev()
            .take_while(|&&(_, end)| end > start)
            .map(|&(a, b)| b.min(from).saturating_sub(a.max(start)))
            .sum();
        if before + length > limit.most {
            return Some(&limit.id);
        }
    }
    let left = time.race - to;
    let can = capacity(time, left);
    let after = |other: usize| given[other] + if other == at { length } else { 0 };
    let short: Vec<u16> = (0..drivers.len())
        .map(|other| drivers[other].least.saturating_sub(after(other)))
        .collect();
    let total_short: u32 = short.iter().map(|&minutes| u32::from(minutes)).sum();
    if total_short > u32::from(left) || short.iter().any(|&minutes| minutes > can) {
        return time.minimums.first().map(|minimum| minimum.id.as_str());
    }
    let room: u32 = (0..drivers.len())
        .map(|other| u32::from(drivers[other].most.saturating_sub(after(other)).min(can)))
        .sum();
    if room < u32::from(left) {
        return time.totals.first().map(|limit| limit.id.as_str());
    }
    None
}

/// The most one fresh driver can drive in `left` minutes under the window limits.
fn capacity(time: &DrivingTime, left: u16) -> u16 {
    time.windows
        .iter()
        .map(|limit| (left / limit.within) * limit.most + (left % limit.within).min(limit.most))
        .min()
        .unwrap_or(left)
}

/// How long a driver stays in the car, at most:
/// three quarters of the window limit (a triple stint of about 55 min).
fn longest_run(time: &DrivingTime) -> u16 {
    time.windows
        .iter()
        .map(|limit| limit.most / 4 * 3)
        .min()
        .unwrap_or(time.race)
}

/// Each driver's share of the race: the minimums, then what is left to the
/// fastest first, each up to the most the rules let one driver drive.
fn shares(time: &DrivingTime, drivers: &[Budget]) -> Vec<u16> {
    let mut shares: Vec<u16> = drivers.iter().map(|budget| budget.least).collect();
    let mut left = time.race.saturating_sub(shares.iter().sum());
    let most = capacity(time, time.race);
    for (share, budget) in shares.iter_mut().zip(drivers) {
        let more = budget.most.min(most).saturating_sub(*share).min(left);
        *share += more;
        left -= more;
    }
    shares
}
