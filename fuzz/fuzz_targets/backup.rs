//! Fuzz target: reading a backup file must never panic, and whatever it accepts must
//! come back unchanged from `export` then `read`, preview without panicking, and merge
//! as the identity with nothing and with itself.
//!
//! Each input is tried twice: as the file's bytes, and as the saved document inside a
//! well-formed wrapper, so the fuzzer reaches the document's readers and migrations
//! instead of stopping at the wrapper.
#![no_main]

use backcare::domain::backup::{export, preview, read, read_bytes, Backup, BackupError};
use backcare::domain::merge::{import, three_way};
use backcare::domain::saved::AppData;
use libfuzzer_sys::fuzz_target;

/// 2026-11-25 09:46:40 UTC.
const NOW: i64 = 1_795_600_000_000;

fn check(result: Result<Backup, BackupError>) {
    let backup = match result {
        Ok(backup) => backup,
        Err(e) => {
            assert!(!e.to_string().is_empty() && !e.detail().is_empty());
            return;
        }
    };
    let again = read(&export(&backup.data, backup.exported_at_ms));
    assert_eq!(again.as_ref(), Ok(&backup), "export then read changed it");
    for offset in [-720, 0, 840] {
        let _ = preview(&backup, NOW, offset).rows();
    }
    let data = &backup.data;
    let empty = AppData::default();
    assert_eq!(&import(&empty, data).0, data, "importing into nothing");
    assert_eq!(&import(data, data).0, data, "importing itself");
    assert_eq!(
        &three_way(&empty, data, &empty),
        data,
        "three-way, theirs unchanged"
    );
}

fuzz_target!(|data: &[u8]| {
    check(read_bytes(data));

    let document = String::from_utf8_lossy(data);
    check(read(&format!(
        r#"{{"backup":"gentle-back","format":1,"exported_at_ms":{NOW},"document":{document}}}"#
    )));
});
