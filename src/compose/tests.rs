//! Loading whole projects from files: discovery, `.env`, merges, extends, profiles, errors.

use super::convert::{config_hash, convert};
use super::load::{load, LoadOpts};
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn opts(dir: &Path) -> LoadOpts {
    LoadOpts {
        cwd: dir.to_path_buf(),
        ..LoadOpts::default()
    }
}

fn err(dir: &Path, text: &str) -> String {
    write(dir, "compose.yaml", text);
    format!("{:#}", load(&opts(dir)).unwrap_err())
}

#[test]
fn finds_files_and_names_the_project() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path().join("My_App");
    std::fs::create_dir(&d).unwrap();
    write(
        &d,
        "docker-compose.yml",
        "services:\n  web:\n    image: busybox\n",
    );
    write(
        &d,
        "docker-compose.override.yml",
        "services:\n  web:\n    command: top\n",
    );
    let sub = d.join("sub");
    std::fs::create_dir(&sub).unwrap();
    let p = load(&opts(&sub)).unwrap();
    assert_eq!(p.name, "my_app");
    assert_eq!(p.files.len(), 2);
    assert_eq!(p.dir, d);
    let c = convert(&p, "web", 1).unwrap().options;
    assert_eq!(c.name.as_deref(), Some("my_app-web-1"));
    assert_eq!(c.command, ["top"]);
    assert!(c
        .label
        .contains(&"com.docker.compose.project=my_app".to_string()));
    assert_eq!(c.network, ["my_app_default:alias=web"]);
}

#[test]
fn dotenv_interpolation_and_environment() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(d, ".env", "TAG=1.5\nPORT=8088\n");
    write(
        d,
        "compose.yaml",
        "name: demo\nservices:\n  web:\n    image: \"busybox:${TAG}\"\n    ports: [\"${PORT}:80\", 9000]\n    \
         environment:\n      - A=1\n      - COST=$$5\n      - FROM_ENV\n    labels: [x=y]\n",
    );
    let mut o = opts(d);
    o.env.insert("FROM_ENV".into(), "outside".into());
    o.env.insert("TAG".into(), "2.0".into());
    let p = load(&o).unwrap();
    let c = convert(&p, "web", 1).unwrap().options;
    // The caller's environment wins over .env.
    assert_eq!(c.image, "busybox:2.0");
    assert_eq!(c.publish, ["8088:80", "9000"]);
    assert_eq!(c.env, ["A=1", "COST=$5", "FROM_ENV=outside"]);
    assert!(c.label.contains(&"x=y".to_string()));
}

#[test]
fn override_files_merge() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(
        d,
        "a.yml",
        "services:\n  proxy:\n    image: nginx\n    restart: always\n    ports: ['8888:80']\n    \
         volumes: ['./config/nginx:/etc/nginx']\n    environment: {A: '1'}\n",
    );
    write(
        d,
        "b.yml",
        "services:\n  proxy:\n    ports: ['4443:443']\n    environment: [B=2]\n    \
         volumes: ['./other:/etc/nginx:ro']\n  notary:\n    image: notary\n    depends_on: [proxy]\n",
    );
    let mut o = opts(d);
    o.files = vec!["a.yml".into(), "b.yml".into()];
    o.project_name = Some("harbor".into());
    let p = load(&o).unwrap();
    let c = convert(&p, "proxy", 1).unwrap().options;
    assert_eq!(c.publish, ["8888:80", "4443:443"]);
    assert_eq!(c.env, ["A=1", "B=2"]);
    assert_eq!(c.volume, [format!("{}/other:/etc/nginx:ro", d.display())]);
    assert_eq!(c.restart.as_deref(), Some("always"));
    assert_eq!(p.file.services.len(), 2);
}

#[test]
fn extends_profiles_and_long_syntax() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(d, "base.yml", "services:\n  common:\n    image: busybox\n    environment: {LEVEL: base}\n    user: '1000'\n");
    write(
        d,
        "compose.yaml",
        "services:\n  app:\n    extends: {file: base.yml, service: common}\n    environment: {LEVEL: app}\n    \
         command: [sleep, '100']\n    healthcheck:\n      test: [CMD, wget, -q, 'http://x/a b']\n      interval: 2s\n    \
         volumes:\n      - type: volume\n        source: data\n        target: /data\n        read_only: true\n      - type: tmpfs\n        target: /scratch\n        tmpfs: {size: 1000}\n    \
         ports:\n      - {target: 80, published: 8080, host_ip: 127.0.0.1, protocol: tcp}\n    \
         logging: {driver: json-file, options: {max-size: 10m}}\n    deploy: {resources: {limits: {memory: 64m, cpus: '0.5'}}}\n  \
         debug:\n    image: busybox\n    profiles: [debug]\nvolumes:\n  data:\n",
    );
    let p = load(&opts(d)).unwrap();
    assert!(!p.file.services.contains_key("debug"));
    let c = convert(&p, "app", 1).unwrap().options;
    assert_eq!(c.env, ["LEVEL=app"]);
    assert_eq!(c.user.as_deref(), Some("1000"));
    assert_eq!(c.health_cmd.as_deref(), Some("wget -q 'http://x/a b'"));
    let proj = p.name.clone();
    assert_eq!(c.volume, [format!("{proj}_data:/data:ro")]);
    assert_eq!(c.tmpfs, ["/scratch:size=1000"]);
    assert_eq!(c.publish, ["127.0.0.1:8080:80/tcp"]);
    assert_eq!(c.log_opt, ["max-size=10m"]);
    assert_eq!(c.resources.memory.as_deref(), Some("64m"));
    assert_eq!(c.resources.cpus.as_deref(), Some("0.5"));
    c.validate().unwrap();
    let mut o = opts(d);
    o.profiles = vec!["debug".into()];
    assert!(load(&o).unwrap().file.services.contains_key("debug"));
}

#[test]
fn links_become_aliases_and_hash_changes() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(
        d,
        "compose.yaml",
        "services:\n  wordpress:\n    image: wp\n    links: ['db:mysql']\n  db:\n    image: mariadb\n",
    );
    let p = load(&opts(d)).unwrap();
    let c = convert(&p, "db", 1).unwrap().options;
    assert_eq!(c.network.len(), 1);
    assert!(
        c.network[0].ends_with(":alias=db,alias=mysql"),
        "{:?}",
        c.network
    );
    let h1 = config_hash(&p, "db");
    write(
        d,
        "compose.yaml",
        "services:\n  wordpress:\n    image: wp\n    links: ['db:mysql']\n  db:\n    image: mariadb\n    command: x\n",
    );
    let p2 = load(&opts(d)).unwrap();
    assert_ne!(h1, config_hash(&p2, "db"));
    assert_eq!(config_hash(&p, "wordpress"), config_hash(&p2, "wordpress"));
}

#[test]
fn old_versions_load() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    write(
        d,
        "docker-compose.yml",
        "version: '2.1'\nservices:\n  db:\n    image: mysql\n    mem_limit: 128m\n    \
         healthcheck:\n      test: mysqladmin ping\n  web:\n    image: web\n    depends_on:\n      db:\n        condition: service_healthy\n",
    );
    let p = load(&opts(d)).unwrap();
    let c = convert(&p, "db", 1).unwrap().options;
    assert_eq!(c.health_cmd.as_deref(), Some("mysqladmin ping"));
    assert_eq!(c.resources.memory.as_deref(), Some("128m"));
}

#[test]
fn errors_name_file_service_and_key() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path();
    let f = d.join("compose.yaml").display().to_string();
    assert_eq!(
        err(d, "services:\n  web:\n    imag: busybox\n"),
        format!("{f}: service \"web\": unknown key \"imag\" (did you mean \"image\"?)")
    );
    let e = err(
        d,
        "services:\n  web:\n    image: b\n    healthcheck: {intervall: 3s}\n",
    );
    assert!(
        e.contains(
            "service \"web\": healthcheck: unknown key \"intervall\" (did you mean \"interval\"?)"
        ),
        "{e}"
    );
    let e = err(
        d,
        "services:\n  web:\n    image: b\n    privileged: maybe\n",
    );
    assert!(
        e.starts_with(&format!("{f}: service \"web\": privileged: invalid type")),
        "{e}"
    );
    let e = err(d, "servics: {}\n");
    assert_eq!(
        e,
        format!("{f}: unknown key \"servics\" (did you mean \"services\"?)")
    );
    let e = err(
        d,
        "services:\n  a: {image: x, depends_on: [b]}\n  b: {image: x, depends_on: [a]}\n",
    );
    assert_eq!(e, format!("{f}: dependency cycle detected: a -> b -> a"));
    let e = err(d, "services:\n  a: {image: x, depends_on: [nope]}\n");
    assert!(e.contains("depends on undefined service \"nope\""), "{e}");
    let e = err(d, "services:\n  a: {image: x, networks: [front]}\n");
    assert!(e.contains("refers to undefined network front"), "{e}");
    let e = err(d, "services:\n  a: {image: x, volumes: ['data:/d']}\n");
    assert!(e.contains("refers to undefined volume data"), "{e}");
    let e = err(d, "services:\n  a: {command: x}\n");
    assert!(
        e.contains("has neither an image nor a build context"),
        "{e}"
    );
    let e = err(d, "services:\n  a: {image: \"${NOPE:?set NOPE please}\"}\n");
    assert_eq!(
        e,
        format!(
            "{f}: services.a.image: required variable NOPE is missing a value: set NOPE please"
        )
    );
    let e = err(
        d,
        "services:\n  a: {image: x, ports: [{target: 80, publishd: 8080}]}\n",
    );
    assert!(
        e.contains("unknown key \"publishd\" (did you mean \"published\"?)"),
        "{e}"
    );
    let e = err(d, "services: [a]\n");
    assert!(e.contains("services must be a map"), "{e}");
    let e = err(d, "services:\n  a:\n    image: x\n  - b\n");
    assert!(e.contains(&f), "{e}");
}
