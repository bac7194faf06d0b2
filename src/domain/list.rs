//! The lists the app publishes, in one table. A list is a data file plus a
//! rule set: its name (which the data file's `"rules"` gives), its data
//! file, its page's folder, its rule set, its autosave key and the words
//! other pages link to it with. Adding a list is a row here, a data file
//! and a rule set (`rules/seasons.rs`).

use super::rules::RuleSet;

/// One published list.
pub struct List {
    /// Its name, as its data file's `"rules"` and its saves know it.
    pub name: &'static str,
    /// Its data file, from the project's root.
    pub data_file: &'static str,
    /// Its season round by round, from the project's root (the site has
    /// it under the same name without `public/`), if it has one.
    pub rounds_file: Option<&'static str>,
    /// Its page's folder in the site, `""` for the root, else ending in `/`.
    pub folder: &'static str,
    /// How other pages link to it, before its car count.
    pub link: &'static str,
    /// Where its line-up is saved. The WEC list keeps the key it had
    /// before there were two lists, so no fan's save is left behind.
    pub save_key: &'static str,
    rules: fn() -> RuleSet,
}

impl List {
    /// Every list, the one at the site's root first.
    pub const ALL: [List; 2] = [
        List {
            name: "wec-2024",
            data_file: "public/data/wec-2024.json",
            rounds_file: Some("public/data/wec-2024-rounds.json"),
            folder: "",
            link: "WEC 2024 provisional list",
            save_key: "crewbuilder:lineup",
            rules: RuleSet::wec_2024,
        },
        List {
            name: "le-mans-2024",
            data_file: "public/data/le-mans-2024.json",
            rounds_file: None,
            folder: "le-mans-2024/",
            link: "Le Mans 2024",
            save_key: "crewbuilder:le-mans-2024:lineup",
            rules: RuleSet::le_mans_2024,
        },
    ];

    /// The list called `name`, if there is one.
    pub fn named(name: &str) -> Option<&'static List> {
        List::ALL.iter().find(|list| list.name == name)
    }

    /// Its rule set.
    pub fn rules(&self) -> RuleSet {
        (self.rules)()
    }

    /// The address of its rounds file from its page: `data/…` or
    /// `../data/…`.
    pub fn rounds_address(&self) -> Option<String> {
        let file = self.rounds_file?;
        Some(format!(
            "{}{}",
            self.to_root(),
            file.strip_prefix("public/").unwrap_or(file)
        ))
    }

    /// The way from its page up to the site's root: `""` or `"../"`.
    pub fn to_root(&self) -> String {
        "../".repeat(self.folder.matches('/').count())
    }
}
