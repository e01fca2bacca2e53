use super::*;
use serde_json::json;
use template::{MAX_EXEC_NESTING, MAX_NESTING, MAX_STEPS, MAX_TEMPLATE_DEPTH};

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
    assert_eq!(
        render("{{.Missing}}", &items, &[]).unwrap_err().to_string(),
        "template: format:1:2: executing \"format\" at <.Missing>: can't evaluate field Missing in type struct"
    );
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

/// Renders one item, returning the output or the error text.
fn one(t: &str, item: serde_json::Value) -> Result<String, String> {
    render(t, &[item], &[]).map_err(|e| e.to_string())
}

#[test]
fn unknown_fields_of_structs_are_errors_like_go() {
    let item = json!({"ID": "abc", "State": {"Status": "running"}, "Labels": {"a": "1"}});
    assert_eq!(
        one("{{.ID}} {{.Nope}}", item.clone()).unwrap_err(),
        "template: format:1:10: executing \"format\" at <.Nope>: can't evaluate field Nope in type struct"
    );
    assert_eq!(
        one("{{.State.Nope}}", item.clone()).unwrap_err(),
        "template: format:1:2: executing \"format\" at <.State.Nope>: can't evaluate field Nope in type struct"
    );
    assert_eq!(
        one("{{.ID.Nope}}", item.clone()).unwrap_err(),
        "template: format:1:2: executing \"format\" at <.ID.Nope>: can't evaluate field Nope in type string"
    );
    // Maps (labels...) give `<no value>` for a missing key, as in Go.
    assert_eq!(
        one("{{.Labels.a}} {{.Labels.b}}", item.clone()).unwrap(),
        "1 <no value>\n"
    );
    assert_eq!(
        one("{{index .Labels \"b\"}}|", item.clone()).unwrap(),
        "|\n"
    );
    // The caller names the template and the type, as podman's errors do.
    let e = render_named("ps", "containers.psReporter", "{{.Nope}}", &[item], &[])
        .unwrap_err()
        .to_string();
    assert_eq!(
        e,
        "template: ps:1:2: executing \"ps\" at <.Nope>: can't evaluate field Nope in type containers.psReporter"
    );
}

#[test]
fn go_field_names_find_json_names() {
    let item =
        json!({"host": {"arch": "amd64", "ociRuntime": {"name": "x"}}, "network_interface": "br0"});
    assert_eq!(
        one(
            "{{.Host.Arch}} {{.Host.OCIRuntime.Name}} {{.NetworkInterface}}",
            item
        )
        .unwrap(),
        "amd64 x br0\n"
    );
}

#[test]
fn index_errors_are_go_errors() {
    let item = json!({"Names": ["a", "b"], "Name": "web", "N": 3});
    assert_eq!(
        one("{{index .Names 99}}", item.clone()).unwrap_err(),
        "template: format:1:2: executing \"format\" at <index .Names 99>: error calling index: index out of range: 99"
    );
    assert_eq!(
        one("{{index .Names -1}}", item.clone()).unwrap_err(),
        "template: format:1:2: executing \"format\" at <index .Names -1>: error calling index: index out of range: -1"
    );
    assert!(one("{{index .N 0}}", item.clone())
        .unwrap_err()
        .ends_with("error calling index: can't index item of type int"));
    assert!(one("{{index .Names \"x\"}}", item.clone())
        .unwrap_err()
        .ends_with("error calling index: cannot index slice/array with type string"));
    assert_eq!(
        one("{{index .Names 1}} {{index .Name 0}}", item).unwrap(),
        "b 119\n"
    );
}

#[test]
fn errors_give_the_right_line() {
    let item = json!({"A": 1});
    assert_eq!(
        one("a\nb\n{{.A", item.clone()).unwrap_err(),
        "template: format:3: unclosed action"
    );
    assert_eq!(
        one("{{.A}}\n{{nofunc .A}}", item.clone()).unwrap_err(),
        "template: format:2: function \"nofunc\" not defined"
    );
    assert_eq!(
        one("{{if .A}}\n{{end}}\n\n{{end}}", item.clone()).unwrap_err(),
        "template: format:4: unexpected {{end}}"
    );
    assert_eq!(
        one("x\n{{if .A}}", item.clone()).unwrap_err(),
        "template: format:2: unexpected EOF"
    );
    assert_eq!(
        one("{{.A}}\n{{if}}", item.clone()).unwrap_err(),
        "template: format:2: missing value for if"
    );
    assert_eq!(
        one("{{.A}}\n  {{.B}}", item.clone()).unwrap_err(),
        "template: format:2:4: executing \"format\" at <.B>: can't evaluate field B in type struct"
    );
    assert_eq!(
        one("\n\n{{.A | \"x\"}}", item.clone()).unwrap_err(),
        "template: format:3: non executable command in pipeline stage 2"
    );
    assert_eq!(
        one("{{$x}}", item.clone()).unwrap_err(),
        "template: format:1: undefined variable \"$x\""
    );
    assert_eq!(
        one("{{.A !}}", item.clone()).unwrap_err(),
        "template: format:1: bad character U+0021 '!'"
    );
    assert_eq!(
        one("{{break}}", item).unwrap_err(),
        "template: format:1: {{break}} outside {{range}}"
    );
}

#[test]
fn malformed_input_found_by_fuzzing_is_an_error() {
    for t in [
        "{{witwb((((('\\'",
        "{{'\\'}}",
        "{{'\\é'}}",
        "{{'é}}",
        "{{'ab'}}",
    ] {
        let r = one(t, json!({}));
        assert!(
            r.as_ref()
                .is_err_and(|e| e.starts_with("template: format:1: ")),
            "{t}: {r:?}"
        );
    }
    assert_eq!(one("{{'\\''}}", json!({})).unwrap(), "39\n");
    // Precisions past what Rust's formatter takes.
    let out = one(
        "{{printf \"%.133333f|%.70000e|%.99999g\" 0.5 1.5 2.5}}",
        json!({}),
    )
    .unwrap();
    let parts: Vec<&str> = out.trim_end().split('|').collect();
    assert_eq!(parts[0].len(), 2 + 133333);
    assert!(parts[0].starts_with("0.5000"));
    assert!(parts[1].starts_with("1.5000") && parts[1].ends_with("e+00"));
    assert_eq!(parts[1].len(), 2 + 70000 + 4);
    assert_eq!(parts[2], "2.5");
    assert_eq!(
        one("{{'é'}} {{'\\x41'}} {{'\"'}}", json!({})).unwrap(),
        "233 65 34\n"
    );
}

#[test]
fn recursion_is_bounded() {
    // On a small stack, as the deepest template must end in an error, not an overflow.
    let r = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(|| {
            let item = json!({"A": [1, 2]});
            let e = one("{{define \"a\"}}{{template \"a\"}}{{end}}{{template \"a\"}}", item.clone())
                .unwrap_err();
            assert_eq!(
                e,
                format!("template: format:1:16: executing \"a\" at <{{{{template \"a\"}}}}>: exceeded maximum template depth ({MAX_TEMPLATE_DEPTH})")
            );
            let e = one(
                "{{define \"a\"}}{{template \"b\" .}}{{end}}{{define \"b\"}}{{range .A}}{{end}}{{template \"a\" .}}{{end}}{{template \"a\" .}}",
                item.clone(),
            )
            .unwrap_err();
            assert!(e.ends_with("exceeded maximum template depth (100)"), "{e}");
            // Deeply nested blocks inside deep recursion stop at the nesting bound.
            let mut t = String::from("{{define \"a\"}}");
            for _ in 0..90 {
                t.push_str("{{if true}}");
            }
            t.push_str("{{template \"a\"}}");
            for _ in 0..90 {
                t.push_str("{{end}}");
            }
            t.push_str("{{end}}{{template \"a\"}}");
            let e = one(&t, item.clone()).unwrap_err();
            assert!(e.ends_with(&format!("exceeded maximum nesting depth ({MAX_EXEC_NESTING})")), "{e}");
            // Nesting in the text itself is refused when parsing.
            let t = format!("{{{{{}1{}}}}}", "(".repeat(201), ")".repeat(201));
            assert_eq!(
                one(&t, item.clone()).unwrap_err(),
                format!("template: format:1: exceeded maximum nesting depth ({MAX_NESTING})")
            );
            let t = format!("{}{}", "{{if true}}".repeat(150), "{{end}}".repeat(150));
            assert!(one(&t, item).unwrap_err().ends_with("exceeded maximum nesting depth (100)"));
        })
        .unwrap()
        .join();
    assert!(r.is_ok(), "the template engine overflowed its stack");
}

#[test]
fn exponential_templates_stop() {
    // 2^40 calls without recursion: the step budget ends it.
    let mut t = String::from("{{define \"t0\"}}x{{end}}");
    for i in 1..=40 {
        t.push_str(&format!(
            "{{{{define \"t{i}\"}}}}{{{{template \"t{p}\"}}}}{{{{template \"t{p}\"}}}}{{{{end}}}}",
            p = i - 1
        ));
    }
    t.push_str("{{template \"t40\"}}");
    let e = one(&t, json!({})).unwrap_err();
    assert!(
        e.contains(&format!(
            "template execution stopped after {MAX_STEPS} steps"
        )),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1);
    // Output is capped too.
    let e = one(
        "{{range 1000}}{{printf \"%1000000s\" \"x\"}}{{end}}",
        json!({}),
    )
    .unwrap_err();
    assert!(e.ends_with("template output exceeds 64 MiB"), "{e}");
    let e = one(
        &format!(
            "{{{{$s := printf \"%1000000s\" \"\"}}}}{{{{replace $s \" \" \"{}\"}}}}",
            "x".repeat(100)
        ),
        json!({}),
    )
    .unwrap_err();
    assert!(
        e.ends_with("error calling replace: result too large"),
        "{e}"
    );
}

#[test]
fn go_template_language() {
    let item = json!({
        "Names": ["a", "b", "c"], "Empty": [], "N": 3, "F": 1.5, "Big": 12345678.0,
        "S": "<x&y>", "T": true, "Nil": null,
        "Labels": {"z": "26", "a": "1"},
    });
    let cases: &[(&str, &str)] = &[
        ("{{range $i, $e := .Names}}{{$i}}={{$e}};{{end}}", "0=a;1=b;2=c;"),
        ("{{range .Empty}}x{{else}}none{{end}}", "none"),
        ("{{range .Names}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}", "ac"),
        ("{{range .Names}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", "a"),
        ("{{range $k, $v := .Labels}}{{$k}}{{$v}} {{end}}", "a1 z26 "),
        ("{{range 3}}{{.}}{{end}}", "012"),
        ("{{if .Nil}}y{{else if .T}}t{{else}}n{{end}}", "t"),
        ("{{with .Nil}}y{{else with .N}}{{.}}{{end}}", "3"),
        ("{{with $x := .N}}{{$x}}{{end}}", "3"),
        ("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "2"),
        ("{{and 1 0 \"x\"}} {{or 0 \"\" \"y\"}} {{not .T}}", "0 y false"),
        ("{{and .Nil .Nil.Nope}}|{{or .T .Nil.Nope}}", "<nil>|true"),
        ("{{eq .N 1 2 3}} {{ne .S \"a\"}} {{lt 1 2}} {{ge .F 1.5}} {{gt \"b\" \"a\"}}", "true true true true true"),
        ("{{len .Names}} {{len .S}} {{len .Labels}}", "3 5 2"),
        ("{{slice .Names 1}} {{slice .Names 1 2}} {{slice \"hello\" 1 3}}", "[b c] [b] el"),
        ("{{print 1 2 \"a\" 3}}|{{println 1 \"a\"}}", "1 2a3|1 a\n"),
        ("{{printf \"%d %5.2f %-4s| %q %x %v %t %03d %s\" .N .F \"ab\" \"q\" 255 .Names .T 7 .Names}}",
         "3  1.50 ab  | \"q\" ff [a b c] true 007 [a b c]"),
        ("{{printf \"%d %s\" \"x\"}}", "%!d(string=x) %!s(MISSING)"),
        ("{{printf \"%e %g %.3g %v %v\" 1500.0 0.00001 3.14159 .Big .F}}", "1.500000e+03 1e-05 3.14 1.2345678e+07 1.5"),
        ("{{html .S}} {{js \"a'b\"}} {{urlquery \"a b&c\"}}", "&lt;x&amp;y&gt; a\\'b a+b%26c"),
        ("{{json .Labels}} {{json .Names}}", "{\"z\":\"26\",\"a\":\"1\"} [\"a\",\"b\",\"c\"]"),
        ("{{join .Names \",\"}} {{upper \"ab\"}} {{lower \"AB\"}} {{title \"hello wide-world\"}}", "a,b,c AB ab Hello Wide-World"),
        ("{{truncate \"abcdef\" 3}}|{{pad \"x\" 1 2}}|{{split \"a:b\" \":\"}}", "abc| x  |[a b]"),
        ("{{contains \"abc\" \"b\"}} {{replace \"aXbX\" \"X\" \"-\"}}", "true a-b-"),
        ("{{.Names | len}} {{\"x\" | printf \"%s-%s\" \"y\"}}", "3 y-x"),
        ("{{(index .Names 1)}} {{(split \"a.b\" \".\") | len}}", "b 2"),
        ("a  {{- .N -}}  b {{/* comment */}} c {{- /* trimmed */ -}} d", "a3b  cd"),
        ("{{`raw`}} {{'a'}} {{0x10}} {{1e3}} {{-2}}", "raw 97 16 1000 -2"),
        ("{{define \"x\"}}[{{.}}]{{end}}{{template \"x\" .N}}{{block \"y\" .S}}({{.}}){{end}}", "[3](<x&y>)"),
        ("{{.Nil}} {{.Labels}} {{.T}} {{.F}}", "<nil> map[a:1 z:26] true 1.5"),
        ("{{.Nil.X}}", "<no value>"),
    ];
    for (t, want) in cases {
        let want = format!("{}\n", want.strip_suffix('\n').unwrap_or(want));
        assert_eq!(one(t, item.clone()), Ok(want), "{t}");
    }
}

#[test]
fn errors_are_one_line() {
    let item = json!({"S": "a\nb"});
    for t in [
        "{{.S |\nnofunc}}",
        "{{index .S\n 99}}",
        "{{template \"nope\"}}",
        "{{range .S}}{{end}}",
        "{{printf}}",
        "{{.S 1}}",
        "{{nil}}",
        "{{\"x\" 1}}",
    ] {
        let e = one(t, item.clone()).unwrap_err();
        assert_eq!(e.lines().count(), 1, "{t}: {e}");
        assert!(e.starts_with("template: format:"), "{t}: {e}");
    }
    assert!(one("{{template \"nope\"}}", item.clone())
        .unwrap_err()
        .ends_with("template \"nope\" not defined"));
    assert!(one("{{range .S}}{{end}}", item)
        .unwrap_err()
        .contains("range can't iterate over a"));
}
