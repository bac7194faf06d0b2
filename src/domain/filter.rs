//! Narrowing the entry list by class (or subcategory), make and a search
//! over drivers, teams and numbers.

use super::fold::fold;
use super::rules::{RuleSet, subcategory_of};
use super::{CarNumber, Class, Entry, Season};

/// What the fan asked to see. The default shows every car.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryFilter {
    /// Only this class, when set.
    pub class: Option<Class>,
    /// Only the cars of `class` in this subcategory (its slug: `pro-am`).
    pub subcategory: Option<String>,
    /// Only this make, when set.
    pub make: Option<String>,
    /// Words that must each appear in the car's number, team, make, model or
    /// a driver's name (either crew); case and accents are ignored, and a
    /// leading `#` on a number is allowed.
    pub query: String,
}

impl EntryFilter {
    /// How many of class, make and search narrow the list (0 to 3).
    pub fn active_count(&self) -> usize {
        [
            self.class.is_some(),
            self.make.is_some(),
            !self.query.trim().is_empty(),
        ]
        .into_iter()
        .filter(|&narrows| narrows)
        .count()
    }

    /// Whether the filter narrows anything.
    pub fn is_active(&self) -> bool {
        self.active_count() > 0
    }

    /// The cars of `season` shown, in list order (by class, then number),
    /// each with its class.
    pub fn shown(&self, season: &Season, rules: &RuleSet) -> Vec<(Class, CarNumber)> {
        season
            .in_list_order()
            .into_iter()
            .filter(|entry| self.matches(season, rules, entry))
            .map(|entry| (entry.class, entry.number.clone()))
            .collect()
    }

    /// The value of the class field: a class's slug, or `class/subcategory`
    /// (`lmp2/pro-am`); empty for every class.
    pub fn class_choice(&self) -> String {
        self.class.map_or_else(String::new, |class| {
            choice_value(class, self.subcategory.as_deref())
        })
    }

    /// Sets class and subcategory from a value of [`class_choices`].
    pub fn choose_class(&mut self, value: &str) {
        let (class, sub) = value.split_once('/').unwrap_or((value, ""));
        self.class = Class::from_slug(class);
        self.subcategory = (self.class.is_some() && !sub.is_empty()).then(|| sub.to_string());
    }

    /// Whether `entry` of `season` is shown under `rules`.
    pub fn matches(&self, season: &Season, rules: &RuleSet, entry: &Entry) -> bool {
        let sub = || subcategory_of(rules, season, entry).map(|sub| sub.slug.as_str());
        if self.class.is_some_and(|class| class != entry.class)
            || self
                .subcategory
                .as_deref()
                .is_some_and(|only| sub() != Some(only))
            || self
                .make
                .as_deref()
                .is_some_and(|make| make != entry.manufacturer)
        {
            return false;
        }
        if self.query.trim().is_empty() {
            return true;
        }
        let drivers = entry
            .crew
            .drivers()
            .chain(entry.season_crew.drivers())
            .filter_map(|id| season.driver(id))
            .map(|driver| driver.name.as_str());
        let fields = [
            entry.number.as_str(),
            &entry.team,
            &entry.manufacturer,
            &entry.car,
        ];
        let text = fields
            .into_iter()
            .chain(drivers)
            .collect::<Vec<_>>()
            .join("\n");
        text_matches(&text, &self.query)
    }
}

/// The choices of the class field under `rules`: each class, and after it
/// each of its subcategories ("LMP2 Pro/Am"), as (value, label).
pub fn class_choices(rules: &RuleSet) -> Vec<(String, String)> {
    rules
        .classes
        .iter()
        .flat_map(|&class| {
            let subs = rules
                .subcategories
                .iter()
                .filter(move |sub| sub.class == class);
            std::iter::once((choice_value(class, None), class.to_string()))
                .chain(subs.map(move |sub| (choice_value(class, Some(&sub.slug)), sub.label())))
        })
        .collect()
}

/// The class field's value for `class`, or for its subcategory `sub`.
fn choice_value(class: Class, sub: Option<&str>) -> String {
    match sub {
        Some(sub) => format!("{}/{sub}", class.slug()),
        None => class.slug().to_string(),
    }
}

/// Whether every word of `query` appears in `text`, ignoring case, accents
/// and a leading `#`.
pub fn text_matches(text: &str, query: &str) -> bool {
    let text = fold(text);
    fold(query)
        .split_whitespace()
        .map(|word| word.trim_start_matches('#'))
        .all(|word| text.contains(word))
}
