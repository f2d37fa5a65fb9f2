//! The first visit's page (`index.html` with no saved document and no route): the
//! first-run notice alone, so the mothers' app (`main.rs`) downloads behind it.
fn main() {
    backcare::start_first_visit();
}
