//! The JSON module: RFC 8259 exactly, nothing more; serde_json's escaping; integers
//! at full precision; strict object reading; and no input that makes it panic.
#![allow(clippy::unwrap_used)] // A failed unwrap is a failed test, with its message.

use backcare::domain::json::{
    parse, read_bool, read_i64, read_i8, read_str, read_u16, read_u32, read_u8, read_usize, write,
    Fields, Value, Writer, MAX_DEPTH,
};

fn s(text: &str) -> Value {
    Value::String(text.into())
}

fn rejects(text: &str) -> String {
    match parse(text) {
        Ok(v) => panic!("{text:?} was accepted as {v:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn every_kind_of_value_parses() {
    let text = r#" { "a" : [ null , true , false , 0 , -1 , 1.5 , "x" , { } , [ ] ] } "#;
    assert_eq!(
        parse(text).unwrap(),
        Value::Object(vec![(
            "a".into(),
            Value::Array(vec![
                Value::Null,
                Value::Bool(true),
                Value::Bool(false),
                Value::U64(0),
                Value::I64(-1),
                Value::Number("1.5".into()),
                s("x"),
                Value::Object(vec![]),
                Value::Array(vec![]),
            ])
        )])
    );
}

#[test]
fn objects_keep_their_key_order() {
    let v = parse(r#"{"z":1,"a":2,"m":3}"#).unwrap();
    assert_eq!(write(&v), r#"{"z":1,"a":2,"m":3}"#);
    assert_eq!(v.get("a"), Some(&Value::U64(2)));
    assert_eq!(v.get("b"), None);
    assert_eq!(Value::Null.get("a"), None);
}

#[test]
fn escapes_are_read() {
    let v = parse(r#""\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\u0000""#).unwrap();
    assert_eq!(v, s("\"\\/\u{8}\u{c}\n\r\t\u{41}é€\u{0}"));
    for bad in [
        r#""\a""#,
        r#""\x41""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\U0041""#,
        r#""\"#,
    ] {
        rejects(bad);
    }
}

#[test]
fn unicode_passes_through_as_utf8() {
    let text = "\"é ß € 😀 \u{2028} \u{7f}\"";
    assert_eq!(parse(text).unwrap(), s("é ß € 😀 \u{2028} \u{7f}"));
    assert_eq!(write(&s("é ß € 😀 \u{2028} \u{7f}")), text);
}

#[test]
fn surrogate_pairs_join_and_lone_surrogates_are_refused() {
    assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), s("😀"));
    assert_eq!(parse(r#""\uD834\uDD1E""#).unwrap(), s("𝄞"));
    assert_eq!(parse(r#""\udbff\udfff""#).unwrap(), s("\u{10ffff}"));
    for bad in [
        r#""\ud83d""#,
        r#""\ud83dx""#,
        r#""\ud83d\n""#,
        r#""\ud83d\u0041""#,
        r#""\ud83d\ud83d""#,
        r#""\ude00""#,
        r#""\ude00\ud83d""#,
        r#""\ud83d\ude0""#,
    ] {
        assert!(rejects(bad).contains("escape"), "{bad}");
    }
}

#[test]
fn strings_are_written_as_serde_json_wrote_them() {
    let controls: String = (0u8..0x20).map(char::from).collect();
    assert_eq!(
        write(&s(&controls)),
        concat!(
            r#""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e"#,
            r#"\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a"#,
            r#"\u001b\u001c\u001d\u001e\u001f""#
        )
    );
    assert_eq!(write(&s(r#"a"b\c/d"#)), r#""a\"b\\c/d""#);
    assert_eq!(write(&s("")), r#""""#);
    assert_eq!(write(&s("\u{1f}é\u{1}")), r#""\u001fé\u0001""#);
}

#[test]
fn control_characters_inside_strings_are_refused() {
    for c in 0u8..0x20 {
        let text = format!("\"a{}b\"", char::from(c));
        assert!(rejects(&text).contains("control character"), "{c:#x}");
    }
    // DEL and everything above are fine as they are.
    assert_eq!(parse("\"\u{7f}\u{80}\"").unwrap(), s("\u{7f}\u{80}"));
}

#[test]
fn nesting_is_limited() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    assert!(rejects(&nested(MAX_DEPTH + 1)).contains("nested too deeply"));
    let objects = |n: usize| format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
    assert!(parse(&objects(MAX_DEPTH)).is_ok());
    assert!(rejects(&objects(MAX_DEPTH + 1)).contains("nested too deeply"));
    // Far deeper input is refused, not a stack overflow.
    rejects(&"[".repeat(1_000_000));
    rejects(&r#"{"a":"#.repeat(200_000));
}

#[test]
fn integers_keep_full_precision() {
    for (text, value) in [
        ("0", Value::U64(0)),
        ("7", Value::U64(7)),
        ("-7", Value::I64(-7)),
        ("4294967296", Value::U64(1 << 32)),
        ("1795000000000", Value::U64(1_795_000_000_000)),
        ("9223372036854775807", Value::U64(i64::MAX as u64)),
        ("9223372036854775808", Value::U64(1 << 63)),
        ("18446744073709551615", Value::U64(u64::MAX)),
        ("-9223372036854775808", Value::I64(i64::MIN)),
    ] {
        assert_eq!(parse(text).unwrap(), value, "{text}");
        assert_eq!(write(&value), text);
    }
}

#[test]
fn other_numbers_are_kept_as_written_and_are_never_integers() {
    for text in [
        "18446744073709551616",
        "-9223372036854775809",
        "1.5",
        "-0.25",
        "1e3",
        "1E+3",
        "25e-1",
        "1e-400",
        "1e400",
        "-1e400",
        "123456789e999",
        "-0",
        "1.0",
    ] {
        let value = parse(text).unwrap();
        assert_eq!(value, Value::Number(text.into()), "{text}");
        assert_eq!(value.as_i64(), None, "{text}");
        assert_eq!(value.as_u64(), None, "{text}");
        assert_eq!(write(&value), text, "{text}");
    }
    let long = format!("1{}", "0".repeat(400));
    assert_eq!(parse(&long).unwrap(), Value::Number(long.clone()));
}

#[test]
fn malformed_numbers_are_refused() {
    for text in [
        "01",
        "-01",
        "00",
        "1.",
        ".5",
        "+1",
        "-",
        "--1",
        "1e",
        "1e+",
        "1E-",
        "1.e3",
        "0x10",
        "1_000",
        "1,5",
        "- 1",
        "1 2",
        "1.5.5",
        "Infinity",
        "-Infinity",
        "NaN",
        "nan",
        "inf",
    ] {
        rejects(text);
    }
}

#[test]
fn duplicate_keys_are_refused() {
    assert!(rejects(r#"{"a":1,"a":1}"#).contains("duplicate key"));
    rejects(r#"{"a":1,"b":{"c":1,"c":2}}"#);
    rejects(r#"[{"a":1},{"b":2,"b":2}]"#);
    // Escapes are compared by what they mean.
    rejects(r#"{"a":1,"\u0061":2}"#);
    // Large objects too (found by sorting, not pairwise).
    let keys: Vec<String> = (0..500).map(|i| format!(r#""k{i}":{i}"#)).collect();
    assert!(parse(&format!("{{{}}}", keys.join(","))).is_ok());
    rejects(&format!("{{{},\"k250\":0}}", keys.join(",")));
    // The same key in different objects is fine.
    assert!(parse(r#"{"a":{"a":1},"b":{"a":2}}"#).is_ok());
}

#[test]
fn trailing_commas_and_missing_separators_are_refused() {
    for text in [
        "[1,]",
        "[,1]",
        "[,]",
        "[1,,2]",
        "[1 2]",
        r#"{"a":1,}"#,
        r#"{,"a":1}"#,
        r#"{"a":1 "b":2}"#,
        r#"{"a" 1}"#,
        r#"{"a":}"#,
        r#"{"a"}"#,
        "{1:2}",
        "{a:1}",
        "{'a':1}",
        "['a']",
    ] {
        rejects(text);
    }
}

#[test]
fn only_json_whitespace_is_allowed() {
    assert_eq!(
        parse(" \t\n\r[ \t\n\r1 \t\n\r] \t\n\r").unwrap(),
        Value::Array(vec![Value::U64(1)])
    );
    for space in [
        '\u{b}', '\u{c}', '\u{a0}', '\u{2028}', '\u{3000}', '\u{feff}',
    ] {
        rejects(&format!("{space}1"));
        rejects(&format!("[1{space}]"));
        rejects(&format!("1{space}"));
    }
}

#[test]
fn a_byte_order_mark_is_refused() {
    assert!(rejects("\u{feff}{}").contains("byte 0"));
    rejects("\u{feff}");
}

#[test]
fn empty_and_truncated_input_is_refused() {
    assert!(rejects("").contains("unexpected end"));
    rejects("   ");
    let text = r#"{"a":[1,-2.5e3,"x\u00e9",true,null,{"b":false}]}"#;
    for end in 0..text.len() {
        if let Some(prefix) = text.get(..end) {
            rejects(prefix);
        }
    }
    assert!(parse(text).is_ok());
}

#[test]
fn trailing_text_and_other_syntax_is_refused() {
    for text in [
        "{}{}",
        "{} x",
        "[]]",
        "1 1",
        "\"a\"\"b\"",
        "truex",
        "tru",
        "nul",
        "fals",
        "True",
        "NULL",
        "// c\n1",
        "/* c */ 1",
        "1 // c",
        "undefined",
        "'a'",
        "\"a",
    ] {
        rejects(text);
    }
}

#[test]
fn errors_say_where() {
    assert_eq!(rejects("[1,]"), "byte 3: expected a value");
    assert_eq!(
        rejects("{} x"),
        "byte 3: trailing characters after the value"
    );
    assert_eq!(rejects(r#"["a\qb"]"#), "byte 4: invalid escape");
}

#[test]
fn the_writer_is_compact_and_places_commas() {
    let mut w = Writer::new();
    w.begin_object();
    w.key("a").u64(1);
    w.key("b").begin_array();
    w.i64(-2);
    w.bool(true);
    w.null();
    w.begin_object();
    w.end_object();
    w.begin_array();
    w.end_array();
    w.str("x");
    w.end_array();
    w.key("c").number("0.5");
    w.end_object();
    assert_eq!(
        w.finish(),
        r#"{"a":1,"b":[-2,true,null,{},[],"x"],"c":0.5}"#
    );
}

fn object(text: &str) -> Value {
    parse(text).unwrap()
}

#[test]
fn fields_are_read_strictly() {
    let v = object(r#"{"a":1,"b":null,"c":"x"}"#);
    let f = Fields::of(&v).unwrap();
    assert_eq!(f.req("a", read_u8), Ok(1));
    assert_eq!(f.opt("b", read_u8), Ok(None));
    assert_eq!(f.opt("z", read_u8), Ok(None));
    assert_eq!(f.or("y", read_u8, 9), Ok(9));
    assert_eq!(f.list_or_empty("x", read_u8), Ok(vec![]));
    assert_eq!(
        f.req("z", read_u8).unwrap_err().to_string(),
        "z: missing field"
    );
    assert_eq!(
        f.list("z", read_u8).unwrap_err().to_string(),
        "z: missing field"
    );
    // `c` has not been read yet.
    assert_eq!(f.end().unwrap_err().to_string(), "c: unknown field");
    assert_eq!(f.req("c", read_str), Ok("x"));
    assert_eq!(f.end(), Ok(()));
}

#[test]
fn null_is_only_none_for_an_optional_field() {
    let v = object(r#"{"a":null}"#);
    let f = Fields::of(&v).unwrap();
    assert_eq!(f.opt("a", read_bool), Ok(None));
    assert!(f.req("a", read_bool).is_err());
    assert!(f.or("a", read_bool, false).is_err());
    assert!(f.list_or_empty("a", read_bool).is_err());
}

#[test]
fn only_objects_have_fields() {
    for text in ["[]", "null", "1", "\"a\"", "[{}]"] {
        let v = object(text);
        assert_eq!(
            Fields::of(&v).unwrap_err().to_string(),
            "expected an object"
        );
    }
    let many: Vec<String> = (0..65).map(|i| format!(r#""k{i}":0"#)).collect();
    let v = object(&format!("{{{}}}", many.join(",")));
    assert!(Fields::of(&v).is_err());
}

#[test]
fn wrong_types_are_errors() {
    let v = object(r#"{"n":1,"s":"1","b":true,"a":[1],"o":{},"f":1.0}"#);
    let f = Fields::of(&v).unwrap();
    for key in ["s", "b", "a", "o", "f"] {
        assert_eq!(
            f.req(key, read_u8).unwrap_err().to_string(),
            format!("{key}: expected an integer")
        );
    }
    for key in ["n", "b", "a", "o"] {
        assert!(f.req(key, read_str).is_err(), "{key}");
    }
    for key in ["n", "s", "a", "o"] {
        assert!(f.req(key, read_bool).is_err(), "{key}");
    }
    for key in ["n", "s", "b", "o"] {
        assert_eq!(
            f.list(key, read_u8).unwrap_err().to_string(),
            format!("{key}: expected an array")
        );
    }
}

#[test]
fn integers_are_range_checked() {
    let read = |text: &str| parse(text).unwrap();
    assert_eq!(read_u8(&read("255")), Ok(255));
    assert!(read_u8(&read("256")).is_err());
    assert!(read_u8(&read("-1")).is_err());
    assert_eq!(read_i8(&read("-128")), Ok(-128));
    assert_eq!(read_i8(&read("127")), Ok(127));
    assert!(read_i8(&read("128")).is_err());
    assert!(read_i8(&read("-129")).is_err());
    assert_eq!(read_u16(&read("65535")), Ok(65535));
    assert!(read_u16(&read("65536")).is_err());
    assert_eq!(read_u32(&read("4294967295")), Ok(u32::MAX));
    assert!(read_u32(&read("4294967296")).is_err());
    assert!(read_u32(&read("-1")).is_err());
    assert_eq!(read_i64(&read("-9223372036854775808")), Ok(i64::MIN));
    assert_eq!(read_i64(&read("9223372036854775807")), Ok(i64::MAX));
    assert!(read_i64(&read("9223372036854775808")).is_err());
    assert!(read_i64(&read("-9223372036854775809")).is_err());
    assert_eq!(read_usize(&read("4294967295")), Ok(4_294_967_295));
    assert!(read_usize(&read("-1")).is_err());
    assert!(read_usize(&read("18446744073709551616")).is_err());
    assert_eq!(
        read_u8(&read("300")).unwrap_err().to_string(),
        "integer out of range"
    );
    for float in ["1.0", "1e0", "-0", "0.5"] {
        assert!(read_i64(&read(float)).is_err(), "{float}");
        assert!(read_u8(&read(float)).is_err(), "{float}");
    }
}

#[test]
fn errors_name_the_path() {
    let v = object(r#"{"a":[{"b":1},{"b":"x"}]}"#);
    fn item(v: &Value) -> Result<u8, backcare::domain::json::Error> {
        let f = Fields::of(v)?;
        let b = f.req("b", read_u8)?;
        f.end()?;
        Ok(b)
    }
    let f = Fields::of(&v).unwrap();
    let e = f.list("a", item).unwrap_err();
    assert_eq!(e.to_string(), "a[1].b: expected an integer");
    assert_eq!((e.path(), e.message()), ("a[1].b", "expected an integer"));
    let v = object(r#"[[1],[2,"x"]]"#);
    let Value::Array(rows) = &v else {
        unreachable!()
    };
    let Value::Array(row) = &rows[1] else {
        unreachable!()
    };
    let e = read_u8(&row[1]).unwrap_err().in_item(1).in_item(1);
    assert_eq!(e.to_string(), "[1][1]: expected an integer");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), "[a-z_]{0,8}"]
    }

    /// Any value the parser can give: integers in their canonical form, other numbers,
    /// objects without duplicate keys, nested a few levels.
    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u64>().prop_map(Value::U64),
            (i64::MIN..0).prop_map(Value::I64),
            "-?(0|[1-9][0-9]{0,30})(\\.[0-9]{1,4})?([eE][+-]?[0-9]{1,4})?"
                .prop_filter("not a 64-bit integer", |t| {
                    t == "-0" || t.contains(['.', 'e', 'E']) || t.trim_start_matches('-').len() > 19
                })
                .prop_filter("not a 64-bit integer", |t| {
                    t.parse::<i64>().is_err() && t.parse::<u64>().is_err()
                })
                .prop_map(Value::Number),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(6, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((key(), inner), 0..8).prop_map(|entries| {
                    let mut seen = std::collections::BTreeSet::new();
                    Value::Object(
                        entries
                            .into_iter()
                            .filter(|(k, _)| seen.insert(k.clone()))
                            .collect(),
                    )
                }),
            ]
        })
    }

    /// Text built from JSON's own characters, to reach deep into the parser.
    fn jsonish() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("{"),
                Just("}"),
                Just("["),
                Just("]"),
                Just(","),
                Just(":"),
                Just("\""),
                Just("\\"),
                Just("\\u"),
                Just("d83d"),
                Just("de00"),
                Just("0"),
                Just("1"),
                Just("-"),
                Just("."),
                Just("e"),
                Just("+"),
                Just("true"),
                Just("null"),
                Just(" "),
                Just("\n"),
                Just("a"),
                Just("é"),
                Just("\u{1}"),
            ],
            0..64,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_value_round_trips(v in value()) {
            let text = write(&v);
            let back = parse(&text).unwrap();
            prop_assert_eq!(&back, &v);
            // Other numbers too, exactly as written.
            prop_assert_eq!(write(&back), text);
        }

        #[test]
        fn any_string_round_trips(text in any::<String>()) {
            prop_assert_eq!(parse(&write(&s(&text))).unwrap(), s(&text));
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let _ = parse(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn json_like_text_never_panics(text in jsonish()) {
            if let Ok(v) = parse(&text) {
                prop_assert_eq!(parse(&write(&v)).unwrap(), v);
            }
        }

        #[test]
        fn truncated_or_damaged_json_never_panics(
            v in value(),
            cut in any::<prop::sample::Index>(),
            byte in any::<u8>(),
        ) {
            let text = write(&v);
            let at = cut.index(text.len() + 1);
            let _ = parse(text.get(..at).unwrap_or_default());
            let mut damaged = text.into_bytes();
            if at < damaged.len() {
                damaged[at] = byte;
            }
            let _ = parse(&String::from_utf8_lossy(&damaged));
        }
    }
}
