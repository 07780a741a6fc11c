//! The `resolint` command line: check, fix, list and explain rules.

mod cli;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let code = cli::run(&args, &mut out, &mut std::io::stderr());
    let _ = std::io::Write::flush(&mut out);
    drop(out);
    std::process::exit(code);
}
