//! Golden files: `testdata/CASE/input/` holds quadlet files, `testdata/CASE/expected/` the
//! units (and `problems.txt`) the generator must give. The input directory's path is written
//! as `QUADLET_DIR` in the expected files. `SKIFF_UPDATE_GOLDEN=1` rewrites them.

use super::*;

fn case_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/quadlet/testdata")
        .join(case)
}

fn run_case(case: &str, user: bool) -> (Vec<Output>, Vec<String>) {
    let input = case_dir(case).join("input");
    let (sources, mut problems) = files::collect(std::slice::from_ref(&input), user);
    let ctx = Ctx {
        binary: "/usr/bin/skiff".into(),
        user,
        sources: sources.into_iter().map(|s| (s.name, s.unit)).collect(),
    };
    let (out, more) = generate(&ctx);
    problems.extend(more);
    (out, problems)
}

/// Compare `got` with the expected file (or write it with SKIFF_UPDATE_GOLDEN=1).
fn golden(case: &str, file: &str, got: &str) {
    let input = case_dir(case).join("input").display().to_string();
    let got = got.replace(&input, "QUADLET_DIR");
    let path = case_dir(case).join("expected").join(file);
    if std::env::var_os("SKIFF_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (SKIFF_UPDATE_GOLDEN=1 writes it)", path.display()));
    assert_eq!(got, want, "{} differs", path.display());
}

fn links_text(out: &[Output]) -> String {
    let mut lines: Vec<String> = out
        .iter()
        .flat_map(|o| {
            o.links
                .iter()
                .map(|(l, t)| format!("{} -> {t}\n", l.display()))
        })
        .collect();
    lines.sort();
    lines.concat()
}

#[test]
fn containers_networks_images_templates_and_install_links() {
    let (out, problems) = run_case("basic", true);
    assert!(problems.is_empty(), "{problems:#?}");
    let names: Vec<&str> = out.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "app-network.service",
            "busybox-image.service",
            "web.service",
            "worker@.service"
        ]
    );
    for o in &out {
        golden("basic", &o.name, &o.text);
    }
    golden("basic", "links.txt", &links_text(&out));
}

#[test]
fn system_units_wait_for_the_network() {
    let (out, _) = run_case("basic", false);
    let web = out.iter().find(|o| o.name == "web.service").unwrap();
    assert!(web
        .text
        .contains("Wants=network-online.target\nAfter=network-online.target\n"));
}

#[test]
fn unsupported_keys_types_and_bad_values_are_reported_with_file_and_line() {
    let (out, problems) = run_case("problems", true);
    assert!(
        out.is_empty(),
        "{:?}",
        out.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    let mut text: Vec<String> = problems.iter().map(|p| format!("{p}\n")).collect();
    text.sort();
    golden("problems", "problems.txt", &text.concat());
}

#[test]
fn generated_exec_start_runs_the_validated_options() {
    let (out, _) = run_case("basic", true);
    let web = out.iter().find(|o| o.name == "web.service").unwrap();
    let line = web
        .text
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap();
    let words = unitfile::split_words(line).unwrap();
    assert_eq!(
        words[..4],
        ["/usr/bin/skiff", "run", "--cidfile=%t/%N.cid", "--replace"]
    );
    assert!(words.contains(&"--env=GREETING=hello world".to_string()));
    assert!(words.contains(&"--network=systemd-app".to_string()));
    assert!(words.contains(&"--volume=webdata:/data".to_string()));
    assert!(words.ends_with(&[
        "--memory".into(),
        "64m".into(),
        "registry.local/library/busybox:latest".into(),
        "httpd".into(),
        "-f".into(),
        "-p".into(),
        "80".into(),
        "-h".into(),
        "/www".into()
    ]));
}

#[test]
fn generator_names_and_service_names() {
    assert_eq!(
        generator_mode("/usr/lib/systemd/user-generators/skiff-user-generator"),
        Some(true)
    );
    assert_eq!(generator_mode("skiff-system-generator"), Some(false));
    assert_eq!(generator_mode("/usr/bin/skiff"), None);
    assert_eq!(
        service_name("a.network").as_deref(),
        Some("a-network.service")
    );
    assert_eq!(service_name("w@.container").as_deref(), Some("w@.service"));
    assert_eq!(service_name("x.txt"), None);
}

#[test]
fn units_and_links_are_written_into_the_output_directory() {
    let (out, _) = run_case("basic", true);
    let dir = tempfile::tempdir().unwrap();
    write_units(dir.path(), &out).unwrap();
    let link = dir.path().join("default.target.wants/web.service");
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("../web.service")
    );
    assert!(std::fs::read_to_string(&link)
        .unwrap()
        .contains("Type=notify"));
    let inst = dir.path().join("default.target.wants/worker@one.service");
    assert_eq!(
        std::fs::read_link(inst).unwrap(),
        Path::new("../worker@.service")
    );
    assert_eq!(
        std::fs::read_link(dir.path().join("www.service")).unwrap(),
        Path::new("web.service")
    );
}
