//! Small helpers for wording messages in plain English.

/// "A", "A and B", "A, B and C".
pub fn and_list<T: AsRef<str>>(items: &[T]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [first @ .., last] => {
            let first: Vec<&str> = first.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", first.join(", "), last.as_ref())
        }
    }
}

/// "1 seat", "2 seats".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The text with its first letter upper-case: a clause of a rule set made
/// a sentence. The rules' wordings begin with an ASCII letter; upper-casing
/// only those keeps Unicode's case tables (12 KB) out of the wasm.
pub fn capitalised(text: &str) -> String {
    let mut sentence = text.to_string();
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence
}

/// A span of minutes as a fan reads it: "4 h 20 min", "4 h", "55 min".
pub fn duration(minutes: u16) -> String {
    match (minutes / 60, minutes % 60) {
        (0, minutes) => format!("{minutes} min"),
        (hours, 0) => format!("{hours} h"),
        (hours, minutes) => format!("{hours} h {minutes} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["#2"]), "#2");
        assert_eq!(and_list(&["#2", "#27"]), "#2 and #27");
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(count(1, "seat", "seats"), "1 seat");
        assert_eq!(count(3, "seat", "seats"), "3 seats");
        assert_eq!(duration(260), "4 h 20 min");
        assert_eq!(duration(240), "4 h");
        assert_eq!(duration(55), "55 min");
        assert_eq!(duration(0), "0 min");
        assert_eq!(capitalised("nobody drives"), "Nobody drives");
        assert_eq!(capitalised(""), "");
    }
}
