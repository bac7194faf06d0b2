//! The seasons' rule sets, by the name their data files give. A new season
//! is a new function here, named in the table of lists (`domain/list.rs`).

use super::RatingSet;
use super::rule_set::{
    BannedRating, Composition, CrewSize, DrivingTime, EventKind, MakeQuota, MinimumDrive,
    PrivateOnly, RuleSet, RuleSource, Subcategory, TotalLimit, WindowLimit,
};
use crate::domain::{Class, List, Rating};

impl RuleSet {
    /// The rule set of the list a data file names in `"rules"`, or why
    /// there is none.
    pub fn named(name: &str) -> Result<RuleSet, String> {
        match List::named(name) {
            Some(list) => Ok(list.rules()),
            None => Err(format!(
                "no rule set is named \"{name}\"; the known ones are {}",
                crate::domain::wording::and_list(
                    &List::ALL.map(|list| format!("\"{}\"", list.name))
                )
            )),
        }
    }

    /// The 2024 FIA WEC sporting regulations, as the 2024 rule guide sums
    /// them up (its Le Mans round included).
    pub fn wec_2024() -> RuleSet {
        use Rating::*;
        RuleSet {
            name: "wec-2024".into(),
            classes: vec![Class::Hypercar, Class::Lmgt3],
            events: vec![EventKind::SixOrEightHours, EventKind::LeMans],
            crew_sizes: wec_crew_sizes(),
            banned_ratings: vec![BannedRating {
                id: "hypercar-no-bronze".into(),
                class: Class::Hypercar,
                rating: Bronze,
                wording: "Bronze-rated drivers may not race in Hypercar".into(),
            }],
            compositions: vec![
                Composition {
                    id: "lmgt3-bronze-required".into(),
                    class: Class::Lmgt3,
                    seats: None,
                    needs: vec![RatingSet::of(&[Bronze])],
                    wording: "an LMGT3 crew needs a Bronze driver".into(),
                },
                Composition {
                    id: "lmgt3-composition".into(),
                    class: Class::Lmgt3,
                    seats: Some(3),
                    needs: vec![RatingSet::of(&[Bronze]), RatingSet::of(&[Bronze, Silver])],
                    wording:
                        "a three-driver crew needs a Silver or a second Bronze beside its Bronze"
                            .into(),
                },
            ],
            subcategories: Vec::new(),
            make_quotas: vec![
                MakeQuota {
                    id: "lmgt3-make-quota".into(),
                    class: Class::Lmgt3,
                    works_only: false,
                    max: 2,
                },
                MakeQuota {
                    id: "hypercar-works-quota".into(),
                    class: Class::Hypercar,
                    works_only: true,
                    max: 2,
                },
            ],
            private_only: vec![PrivateOnly {
                id: "lmgt3-private-only".into(),
                class: Class::Lmgt3,
            }],
            driving_time: vec![le_mans_driving_time(&[Class::Lmgt3])],
            sources: vec![
                RuleSource {
                    title: "FIA WEC 2024 sporting regulations, as the 2024 rule guide sums them up"
                        .into(),
                    url: "https://www.fiawec.com/".into(),
                },
                RuleSource {
                    title: "RG 1/2024, WEC 2024 mode d'emploi, p. 36: no Bronze in Hypercar; LMGT3 crews of two with a Bronze, or three as Bronze-Bronze-other or Bronze-Silver-other (no word on race length)"
                        .into(),
                    url: "http://online.flipbuilder.com/xyjo/gwik/files/basic-html/page36.html"
                        .into(),
                },
            ],
        }
    }

    /// The 24 Hours of Le Mans 2024: the WEC's classes and LMP2, three
    /// drivers a car, LMP2 crews with a Silver or Bronze (Pro/Am with a
    /// Bronze), the driving time of the 24 Hours, and no make quota.
    pub fn le_mans_2024() -> RuleSet {
        use Rating::*;
        let wec = RuleSet::wec_2024();
        let mut compositions = vec![Composition {
            id: "lmp2-silver-or-bronze".into(),
            class: Class::Lmp2,
            seats: None,
            needs: vec![RatingSet::of(&[Bronze, Silver])],
            wording: "an LMP2 crew needs a Silver or Bronze driver".into(),
        }];
        compositions.extend(wec.compositions);
        RuleSet {
            name: "le-mans-2024".into(),
            classes: vec![Class::Hypercar, Class::Lmp2, Class::Lmgt3],
            events: vec![EventKind::LeMans],
            crew_sizes: vec![CrewSize {
                event: EventKind::LeMans,
                min: 3,
                max: 3,
            }],
            banned_ratings: wec.banned_ratings,
            compositions,
            subcategories: vec![Subcategory {
                class: Class::Lmp2,
                name: "Pro/Am".into(),
                slug: "pro-am".into(),
                with: RatingSet::of(&[Bronze]),
            }],
            make_quotas: Vec::new(),
            private_only: vec![
                PrivateOnly {
                    id: "lmp2-private-only".into(),
                    class: Class::Lmp2,
                },
                PrivateOnly {
                    id: "lmgt3-private-only".into(),
                    class: Class::Lmgt3,
                },
            ],
            driving_time: vec![le_mans_driving_time(&[Class::Lmp2, Class::Lmgt3])],
            sources: le_mans_sources(),
        }
    }
}

/// Two or three drivers a car at the rounds of up to ten hours, three at
/// Le Mans. The 2024 rule guide gives LMGT3 crews of two or three with no
/// word on race length, and the 2024 driving times by race length were not
/// found (`docs/rounds-2024/regulations.md`): the 8 and 10 Hours take the
/// 6 Hours' crew sizes and no driving-time rules.
fn wec_crew_sizes() -> Vec<CrewSize> {
    EventKind::ALL
        .into_iter()
        .map(|event| {
            let min = if event == EventKind::LeMans { 3 } else { 2 };
            CrewSize { event, min, max: 3 }
        })
        .collect()
}

/// The driving time of the 24 Hours: at most 4 h in any 6 h and 14 h in
/// all; the Bronze and Silver drivers of `minimum_classes` at least 6 h.
fn le_mans_driving_time(minimum_classes: &[Class]) -> DrivingTime {
    let minimums = minimum_classes
        .iter()
        .map(|&class| MinimumDrive {
            id: match class {
                Class::Lmgt3 => "stint-min-bronze-silver".into(),
                other => format!("stint-min-{}-bronze-silver", other.slug()),
            },
            class,
            ratings: RatingSet::of(&[Rating::Bronze, Rating::Silver]),
            least: 6 * 60,
        })
        .collect();
    DrivingTime {
        event: EventKind::LeMans,
        race: 24 * 60,
        coverage: "stint-coverage".into(),
        windows: vec![WindowLimit {
            id: "stint-window-4-in-6".into(),
            most: 4 * 60,
            within: 6 * 60,
        }],
        totals: vec![TotalLimit {
            id: "stint-max-total".into(),
            most: 14 * 60,
        }],
        minimums,
    }
}

/// Where the Le Mans rules are read.
fn le_mans_sources() -> Vec<RuleSource> {
    [
        (
            "dive-bomb.com, 24 Hours of Le Mans preview: LMP2 (June 2024): a Silver or Bronze in every LMP2 crew; a Bronze makes it Pro-Am",
            "https://www.dive-bomb.com/article/24-hours-of-le-mans-preview-lmp2",
        ),
        (
            "FIA WEC, An eye on the clock (2023): three drivers; at most 4 h in any 6 h and 14 h in all; at least 6 h in LMP2 and the Am class",
            "https://www.fiawec.com/en/news/un-oeil-sur-le-chronometre-temps-minimum-de-conduite/5136",
        ),
        (
            "Ferrari, Ferrari 296 LMGT3s at the 24 Hours of Le Mans (June 2024): five cars of one make in LMGT3",
            "https://www.ferrari.com/en-CA/competizioni-gt/articles/ferrari-296-lmgt3s-at-the-24-hours-of-le-mans",
        ),
        (
            "FIA WEC 2024 sporting regulations, as the 2024 rule guide sums them up (Hypercar and LMGT3 crews)",
            "https://www.fiawec.com/",
        ),
    ]
    .into_iter()
    .map(|(title, url)| RuleSource {
        title: title.into(),
        url: url.into(),
    })
    .collect()
}
