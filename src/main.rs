//! Binary entry: mounts the app on `#app`. Everything else lives in the library.
fn main() {
    backcare::start();
}
