//! The physiotherapist's desk (`desk.html`): the same library as the app, mounting only
//! the builder, so the mothers' app (`main.rs`) never carries it.
fn main() {
    backcare::start_desk();
}
