//! Native throughput of `resolint::check` on the benchmark drafts (std::time only, no harness).
//!
//! `cargo bench --bench throughput -- [INPUT_DIR]` (scripts/bench.sh makes the drafts with
//! bench/inputs.mjs into target/bench-inputs first). For each draft it times repeated calls of
//! `check` (the report as a Rust value, not serialised), and prints one JSON object on stdout:
//! `{"native": [{"lang", "size", "bytes", "runs", "median_ms", "min_ms", "max_ms", "mb_per_s"}]}`.

use std::time::{Duration, Instant};

const SIZES: [&str; 4] = ["10KB", "100KB", "1MB", "10MB"];

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| "target/bench-inputs".into());
    let options = resolint::Options::default();
    let mut rows = Vec::new();
    for lang in ["en", "zh"] {
        for size in SIZES {
            let path = format!("{dir}/{lang}-{size}.txt");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{path}: {e} (run node bench/inputs.mjs first)"));
            // One warm-up call, then at least 5 timed calls and about 1.5 s (at most 200 calls).
            let report = resolint::check(&text, &options);
            let findings = report.diagnostics.len();
            let mut samples = Vec::new();
            let start = Instant::now();
            while samples.len() < 5
                || (start.elapsed() < Duration::from_millis(1500) && samples.len() < 200)
            {
                let t = Instant::now();
                let r = resolint::check(std::hint::black_box(&text), &options);
                samples.push(t.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(r);
            }
            samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
            let median = samples[samples.len() / 2];
            let mb_per_s = text.len() as f64 / 1e6 / (median / 1e3);
            eprintln!(
                "native {lang} {size:>5}: {median:9.3} ms median of {} (min {:.3}, max {:.3}), {mb_per_s:.1} MB/s, {findings} findings",
                samples.len(),
                samples[0],
                samples[samples.len() - 1]
            );
            rows.push(format!(
                "{{\"lang\":\"{lang}\",\"size\":\"{size}\",\"bytes\":{},\"runs\":{},\"median_ms\":{median:.4},\"min_ms\":{:.4},\"max_ms\":{:.4},\"mb_per_s\":{mb_per_s:.2},\"findings\":{findings}}}",
                text.len(),
                samples.len(),
                samples[0],
                samples[samples.len() - 1]
            ));
        }
    }
    println!("{{\"native\":[{}]}}", rows.join(","));
}
