//! Finding where a value sits in a JSON text, given its document path
//! (`entries[12].crew[1]`), so that errors found after parsing can still
//! name a line and column.

use super::LineColumn;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// What the locating visitor "expects", to tell its own stop from a real error.
const FOUND: &str = "\u{0}crewbuilder-located";

/// The line and column of the value at `path` in `text` (its last
/// character, as the JSON reader reports positions), or `None` when the
/// text has no such value.
pub(crate) fn locate(text: &str, path: &str) -> Option<LineColumn> {
    let steps = parse_path(path)?;
    let mut reader = serde_json::Deserializer::from_str(text);
    match (Seek { steps: &steps }).deserialize(&mut reader) {
        Err(error) if error.to_string().contains(FOUND) && error.line() > 0 => Some(LineColumn {
            line: error.line(),
            column: error.column(),
        }),
        _ => None,
    }
}

#[derive(Debug, PartialEq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `entries[12].crew[1]` → `entries`, 12, `crew`, 1.
fn parse_path(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let (index, after) = inner.split_once(']')?;
            steps.push(Step::Index(index.parse().ok()?));
            rest = after;
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(steps)
}

/// Walks down the document along `steps`, skipping everything else.
struct Seek<'s, 'p> {
    steps: &'s [Step<'p>],
}

impl<'de> DeserializeSeed<'de> for Seek<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seek<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        // Reached only at the end of the path, where every value "fails" here,
        // so the reader reports the position.
        if self.steps.is_empty() {
            f.write_str(FOUND)
        } else {
            f.write_str("a JSON value")
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((Step::Key(wanted), rest)) = self.steps.split_first() else {
            return Err(de::Error::invalid_type(de::Unexpected::Map, &self));
        };
        while let Some(key) = map.next_key::<String>()? {
            if key == *wanted {
                return map.next_value_seed(Seek { steps: rest });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((&Step::Index(wanted), rest)) = self.steps.split_first() else {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        };
        for _ in 0..wanted {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        seq.next_element_seed(Seek { steps: rest }).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"entries\": [\n    {\"crew\": [\"x\", null]},\n    {\"crew\": [\"y\", \"zz\"]}\n  ]\n}";

    #[test]
    fn parses_document_paths() {
        assert_eq!(
            parse_path("entries[12].crew[1]").unwrap(),
            [
                Step::Key("entries"),
                Step::Index(12),
                Step::Key("crew"),
                Step::Index(1)
            ]
        );
        assert_eq!(
            parse_path("a[1][2]").unwrap(),
            [Step::Key("a"), Step::Index(1), Step::Index(2)]
        );
        assert!(parse_path("a[x]").is_none());
        assert!(parse_path("a[1]b").is_none());
    }

    #[test]
    fn finds_the_last_character_of_the_value_at_a_path() {
        assert_eq!(
            locate(TEXT, "entries[1].crew[1]"),
            Some(LineColumn {
                line: 5,
                column: 23
            })
        );
        assert_eq!(
            locate(TEXT, "entries[0].crew[0]"),
            Some(LineColumn {
                line: 4,
                column: 17
            })
        );
        assert_eq!(locate(TEXT, "a"), Some(LineColumn { line: 2, column: 8 }));
    }

    #[test]
    fn a_missing_path_has_no_place() {
        assert_eq!(locate(TEXT, "entries[5].crew[0]"), None);
        assert_eq!(locate(TEXT, "nothing"), None);
        assert_eq!(locate("not json", "a"), None);
    }
}
