//! Fetches a language's words file (`text::words`) from the app's own files and installs
//! it (the service worker answers it offline once installed).

use crate::domain::text::{self, Lang};
use crate::web::fetch;

/// Makes `lang`'s words ready to show; at once for English and for a language already
/// installed. On failure, why, in words (for logs; the screen says it in her language).
pub async fn load(lang: Lang) -> Result<(), String> {
    let Some(file) = lang.words_file() else {
        return Ok(());
    };
    if lang.has_words() {
        return Ok(());
    }
    let body = fetch::text(file).await?;
    text::install(lang, &body).map_err(|why| format!("the words file is damaged ({why})"))
}
