//! Command-line interface: parse flags into engine options, call the engine, print results.

pub fn main() -> i32 {
    0
}
