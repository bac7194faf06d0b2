//! Reading an [`Edit`] as the app writes it, `{"op": "fill", "car": ...}`,
//! straight from the text: `op` comes first, so the rest of the object is
//! read into its variant as it comes. (Serde's internally tagged enums
//! buffer every object before reading it: that buffering was 11 KB of the
//! chunks that read saves and share links, see BENCHMARKS.md.)

use super::Edit;
use crate::domain::{CarNumber, Driver, DriverId, Entry, Rating, StintPlan};
use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, IntoDeserializer, MapAccess,
    VariantAccess, Visitor,
};
use std::fmt;

impl<'de> Deserialize<'de> for Edit {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Edit, D::Error> {
        EditFields::deserialize(OpFirst(deserializer))
    }
}

/// `Edit`'s variants and fields, for serde to read (the compiler checks
/// them against `Edit`'s own).
#[derive(Deserialize)]
#[serde(remote = "Edit", rename_all = "kebab-case")]
enum EditFields {
    Fill {
        car: CarNumber,
        seat: usize,
        driver: DriverId,
    },
    Clear {
        car: CarNumber,
        seat: usize,
    },
    Rate {
        driver: DriverId,
        rating: Rating,
    },
    AddDriver {
        driver: Driver,
    },
    AddEntry {
        entry: Entry,
    },
    RemoveEntry {
        car: CarNumber,
    },
    Plan {
        car: CarNumber,
        plan: StintPlan,
    },
    Reset,
    Bulk {
        edits: Vec<Edit>,
    },
}

/// An object whose first key, `op`, names the variant and whose other keys
/// are its fields, read as an enum.
struct OpFirst<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for OpFirst<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(OpThenFields(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Reads `op`, then hands the variant it names and the rest of the object
/// to the enum's visitor.
struct OpThenFields<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for OpThenFields<V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an edit, an object whose first key is \"op\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<V::Value, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == "op" => {}
            Some(key) => {
                return Err(de::Error::custom(format!(
                    "an edit starts with its \"op\", not {key:?}"
                )));
            }
            None => return Err(de::Error::missing_field("op")),
        }
        let op: String = map.next_value()?;
        self.0.visit_enum(Variant { op, fields: map })
    }
}

/// The variant `op` names, and the object's other keys: its fields.
struct Variant<A> {
    op: String,
    fields: A,
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for Variant<A> {
    type Error = A::Error;
    type Variant = Fields<A>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Fields<A>), A::Error> {
        let op: de::value::StringDeserializer<A::Error> = self.op.into_deserializer();
        let variant = seed.deserialize(op)?;
        Ok((variant, Fields(self.fields)))
    }
}

/// The rest of an edit's object, read as its variant's fields.
struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Fields<A> {
    type Error = A::Error;

    fn unit_variant(mut self) -> Result<(), A::Error> {
        while self.0.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, A::Error> {
        Err(de::Error::custom("an edit has fields, not one value"))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::custom("an edit has fields, not a list"))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Edit, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }

    fn car(number: &str) -> CarNumber {
        CarNumber::try_from(number.to_string()).unwrap()
    }

    #[test]
    fn an_edit_reads_with_its_op_first_and_its_fields_in_any_order() {
        let clear = Edit::Clear {
            car: car("46"),
            seat: 1,
        };
        let cases: [(&str, Result<Edit, &str>); 6] = [
            (r#"{"op":"clear","car":"46","seat":1}"#, Ok(clear.clone())),
            (r#"{"op":"clear","seat":1,"car":"46"}"#, Ok(clear)),
            (r#"{"op":"reset","note":"kept?"}"#, Ok(Edit::Reset)),
            (
                r#"{"op":"bulk","edits":[{"op":"rate","driver":"valentino-rossi","rating":"gold"}]}"#,
                Ok(Edit::Bulk {
                    edits: vec![Edit::Rate {
                        driver: DriverId::try_from("valentino-rossi".to_string()).unwrap(),
                        rating: Rating::Gold,
                    }],
                }),
            ),
            (
                r#"{"car":"46","op":"clear","seat":1}"#,
                Err(r#"an edit starts with its "op", not "car" at line 1 column 6"#),
            ),
            (
                r#"{"op":"clear","car":"46"}"#,
                Err("missing field `seat` at line 1 column 25"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(read(text), expected.map_err(str::to_string), "{text}");
        }
    }

    #[test]
    fn a_broken_edit_says_what_is_wrong() {
        for (text, expected) in [
            ("{}", "missing field `op` at line 1 column 2"),
            (
                r#"{"op":"paint"}"#,
                "unknown variant `paint`, expected one of `fill`, `clear`, `rate`, `add-driver`, `add-entry`, `remove-entry`, `plan`, `reset`, `bulk` at line 1 column 14",
            ),
            (
                "[1]",
                r#"invalid type: sequence, expected an edit, an object whose first key is "op" at line 1 column 0"#,
            ),
        ] {
            assert_eq!(read(text), Err(expected.to_string()), "{text}");
        }
    }
}
