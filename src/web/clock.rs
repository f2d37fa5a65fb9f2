//! The wall clock, read only here and at the edges of the UI (never in reducers).

/// Milliseconds since the Unix epoch, as the browser reports them.
pub fn now_ms() -> i64 {
    // Date.now() is an integral number of milliseconds well inside i64's range.
    js_sys::Date::now() as i64
}

/// A date in her browser's own locale, e.g. "21/11/2026" or "11/21/2026".
pub fn local_date(at_ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    String::from(date.to_locale_date_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

/// A date and time in her browser's locale, e.g. "21/11/2026, 09:30".
pub fn local_date_time(at_ms: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string("default", &options))
}

/// Her local offset from UTC in minutes (UTC+1 is 60), at `at_ms`.
pub fn utc_offset_min(at_ms: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    // getTimezoneOffset is minutes *behind* UTC and always a whole number.
    -(date.get_timezone_offset() as i32)
}
