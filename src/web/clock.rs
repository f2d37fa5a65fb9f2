//! The wall clock, read only here and at the edges of the UI (never in reducers). Dates
//! are written by `web::intl`, in her language.

/// Milliseconds since the Unix epoch, as the browser reports them.
pub fn now_ms() -> i64 {
    // Date.now() is an integral number of milliseconds well inside i64's range.
    js_sys::Date::now() as i64
}

/// Her local offset from UTC in minutes (UTC+1 is 60), at `at_ms`.
pub fn utc_offset_min(at_ms: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    // getTimezoneOffset is minutes *behind* UTC and always a whole number.
    -(date.get_timezone_offset() as i32)
}
