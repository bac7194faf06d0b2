//! A list as its page's preview pictures it: its title, its cars by class.

use crate::domain::wording::count;
use crate::domain::{CarNumber, Class, Season};

/// A list's preview: title, the count per class, every car's number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListPicture {
    pub title: String,
    /// "19 Hypercar, 18 LMGT3: 37 cars".
    pub counts: String,
    /// Every car, in the list's order.
    pub cars: Vec<(CarNumber, Class)>,
}

impl ListPicture {
    /// The preview of `season`.
    pub fn of(season: &Season) -> ListPicture {
        let by_class: Vec<String> = Class::ALL
            .into_iter()
            .map(|class| (class, season.car_count(Some(class))))
            .filter(|(_, cars)| *cars > 0)
            .map(|(class, cars)| format!("{cars} {class}"))
            .collect();
        ListPicture {
            title: season.title().to_string(),
            counts: format!(
                "{}: {}",
                by_class.join(", "),
                count(season.car_count(None), "car", "cars")
            ),
            cars: season
                .in_list_order()
                .into_iter()
                .map(|entry| (entry.number.clone(), entry.class))
                .collect(),
        }
    }
}
