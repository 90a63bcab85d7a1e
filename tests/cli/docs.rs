//! The committed completions and man pages are what the binary generates today.

use std::path::Path;

use crate::support::Coordctl;

fn committed(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

#[test]
fn completions_are_current() {
    for (shell, file) in [
        ("bash", "completions/coordctl.bash"),
        ("zsh", "completions/_coordctl"),
        ("fish", "completions/coordctl.fish"),
    ] {
        let run = Coordctl::bare().args(["completions", shell]).run();
        run.ok();
        assert!(
            run.stdout == committed(file),
            "{file} is stale: run scripts/gen-docs and commit the result"
        );
    }
}

#[test]
fn man_pages_are_current() {
    let dir = tempfile::tempdir().unwrap();
    Coordctl::bare()
        .args(["man", "--dir"])
        .args([dir.path()])
        .run()
        .ok();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.contains(&"coordctl.1".to_string()), "{names:?}");
    for name in &names {
        let fresh = std::fs::read_to_string(dir.path().join(name)).unwrap();
        assert!(
            fresh == committed(&format!("man/{name}")),
            "man/{name} is stale or missing: run scripts/gen-docs and commit the result"
        );
    }
    let committed_count = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("man"))
        .unwrap()
        .count();
    assert_eq!(
        committed_count,
        names.len(),
        "man/ holds pages the binary no longer makes"
    );
}
