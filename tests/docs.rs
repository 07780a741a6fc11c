//! README lists every rule, as the registry describes it. After adding or changing a
//! rule: `RESOLINT_BLESS=1 cargo test --test docs` rewrites the table.

fn table() -> String {
    let mut out = String::from("| id | category | severity | checks that |\n|---|---|---|---|\n");
    for r in resolint::rules::all() {
        let m = r.meta();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            m.id, m.category, m.severity, m.summary
        ));
    }
    out
}

#[test]
fn readme_lists_every_rule() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let (start, end) = ("<!-- rules-table:start -->\n", "<!-- rules-table:end -->");
    let a = readme.find(start).expect("start marker") + start.len();
    let b = readme.find(end).expect("end marker");
    let want = table();
    if readme[a..b] != want {
        if std::env::var_os("RESOLINT_BLESS").is_some() {
            let new = format!("{}{}{}", &readme[..a], want, &readme[b..]);
            std::fs::write("README.md", new).expect("write README.md");
        } else {
            panic!(
                "README's rule table is out of date; run RESOLINT_BLESS=1 cargo test --test docs"
            );
        }
    }
}
