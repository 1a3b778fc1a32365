//! The `newsclaims` binary: arguments → config → pipeline → sink; errors → exit codes.
//!
//! Exit codes: 0 all went well; 1 some inputs failed (the others' results are
//! written) or an evaluation fell below a floor; 2 usage or fatal errors.

mod args;
mod eval;
mod extract;
mod fetch;
mod floors;

use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Fetch(a) => fetch::run(a),
        Command::Eval(e) => eval::run(e),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("newsclaims: {e:#}");
            ExitCode::from(2)
        }
    }
}
