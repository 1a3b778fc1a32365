//! Print the element chain above a phrase: `cargo run -p newsclaims-extract --example trace -- FILE PHRASE`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let html = std::fs::read(&args[1]).expect("read");
    print!("{}", newsclaims_extract::debug_trace(&html, &args[2]));
}
