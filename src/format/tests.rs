use super::*;
use serde_json::json;

#[test]
fn fields_and_nesting() {
    let items =
        vec![json!({"ID": "abc", "State": {"Pid": 1234, "Running": true}, "Names": ["a", "b"]})];
    assert_eq!(render("{{.ID}}", &items, &[]).unwrap(), "abc\n");
    assert_eq!(render("{{.State.Pid}}", &items, &[]).unwrap(), "1234\n");
    assert_eq!(render("{{.State.Running}}", &items, &[]).unwrap(), "true\n");
    assert_eq!(render("{{.Names}}", &items, &[]).unwrap(), "[a b]\n");
    assert_eq!(
        render("{{join .Names \",\"}}", &items, &[]).unwrap(),
        "a,b\n"
    );
    assert_eq!(
        render("{{json .Names}}", &items, &[]).unwrap(),
        "[\"a\",\"b\"]\n"
    );
    assert_eq!(
        render("{{upper .ID}} {{lower \"X\"}}", &items, &[]).unwrap(),
        "ABC x\n"
    );
    assert_eq!(
        render("{{range .Names}}<{{.}}>{{end}}", &items, &[]).unwrap(),
        "<a><b>\n"
    );
    assert_eq!(render("{{index .Names 1}}", &items, &[]).unwrap(), "b\n");
    assert_eq!(render("{{.Missing}}", &items, &[]).unwrap(), "<no value>\n");
    assert_eq!(
        render("{{json .}}", &[json!({"A": 1})], &[]).unwrap(),
        "{\"A\":1}\n"
    );
}

#[test]
fn tables_align_with_headers() {
    let items = vec![
        json!({"ID": "1", "Names": "web"}),
        json!({"ID": "22222", "Names": "db"}),
    ];
    let out = render(
        "table {{.ID}}\\t{{.Names}}",
        &items,
        &[("ID", "CONTAINER ID")],
    )
    .unwrap();
    assert_eq!(
        out,
        "CONTAINER ID   NAMES\n1              web\n22222          db\n"
    );
    let out = render("table {{.CreatedAt}}", &[json!({"CreatedAt": "x"})], &[]).unwrap();
    assert_eq!(out, "CREATED AT\nx\n");
}

#[test]
fn bad_templates_are_errors() {
    let e = render("{{.ID", &[json!({})], &[]).unwrap_err().to_string();
    assert!(e.starts_with("template: "), "{e}");
    assert!(render("{{nosuchfunc .ID}}", &[json!({})], &[]).is_err());
}

#[test]
fn sizes_and_durations() {
    assert_eq!(human_size(0), "0 B");
    assert_eq!(human_size(999), "999 B");
    assert_eq!(human_size(1000), "1 kB");
    assert_eq!(human_size(4_270_000), "4.27 MB");
    assert_eq!(human_size(1_234_567_890), "1.23 GB");
    assert_eq!(human_size(2_129_920), "2.13 MB");
    assert_eq!(human_duration(0), "Less than a second");
    assert_eq!(human_duration(1), "1 second");
    assert_eq!(human_duration(59), "59 seconds");
    assert_eq!(human_duration(60), "About a minute");
    assert_eq!(human_duration(300), "5 minutes");
    assert_eq!(human_duration(3600), "About an hour");
    assert_eq!(human_duration(7200), "2 hours");
    assert_eq!(human_duration(3 * 86400), "3 days");
    assert_eq!(human_ago(100, 105), "5 seconds ago");
}
