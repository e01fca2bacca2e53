//! Kubernetes YAML: `kube play` (Pod, Deployment, ConfigMap, Secret, PersistentVolumeClaim,
//! Service), `kube down`, `kube generate` and podman's older `play kube`/`generate kube`.
//! Needs pasta (passt) for the pods' published ports, like tests/pods.rs.

mod common;
use common::*;
use std::time::{Duration, Instant};

fn write_yaml(env: &Env, name: &str, text: &str) -> String {
    let d = env.scratch("yaml");
    let p = d.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// `logs CTR` once it has printed `want` (10 s at most).
fn logs_with(env: &Env, ctr: &str, want: &str) -> String {
    let t = Instant::now();
    loop {
        let o = env.run(&["logs", ctr]);
        if o.stdout.contains(want) || t.elapsed() > Duration::from_secs(10) {
            return o.stdout;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn app_yaml(img: &str, port: u16) -> String {
    format!(
        r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  GREETING: hello from a configmap
  index.html: |
    served from the configmap
---
apiVersion: v1
kind: Secret
metadata:
  name: web-secret
data:
  TOKEN: czNjcjN0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: web-data
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  restartPolicy: Never
  initContainers:
  - name: init
    image: {img}
    command: ["sh", "-c", "echo initialized > /data/init.txt"]
    volumeMounts:
    - name: data
      mountPath: /data
  containers:
  - name: server
    image: {img}
    command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
    ports:
    - containerPort: 8080
      hostPort: {port}
      hostIP: 127.0.0.1
    volumeMounts:
    - name: www
      mountPath: /www
    resources:
      limits:
        memory: 64Mi
        cpu: 500m
    securityContext:
      runAsUser: 1000
      capabilities:
        drop: [ALL]
    livenessProbe:
      exec:
        command: ["true"]
      periodSeconds: 30
  - name: sidecar
    image: {img}
    command: ["sh", "-c"]
    args: ["echo $GREETING $TOKEN; cat /data/init.txt; wget -qO- http://127.0.0.1:8080/; sleep 300"]
    env:
    - name: GREETING
      valueFrom:
        configMapKeyRef:
          name: web-config
          key: GREETING
    - name: TOKEN
      valueFrom:
        secretKeyRef:
          name: web-secret
          key: TOKEN
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: www
    configMap:
      name: web-config
      items:
      - key: index.html
        path: index.html
  - name: data
    persistentVolumeClaim:
      claimName: web-data
"#
    )
}

#[test]
fn play_a_pod_with_a_configmap_and_a_pvc_then_down() {
    let env = Env::new();
    let img = env.busybox();
    let port = free_port();
    let file = write_yaml(&env, "app.yaml", &app_yaml(img, port));
    let o = env.run(&["kube", "play", &file]).ok();
    assert!(
        o.stdout.starts_with("Volumes:\nweb-data\nPod:\n"),
        "{}",
        o.stdout
    );
    // The ConfigMap's keys as env and as files; the Secret decoded; the init container ran
    // first into the claim's volume; the sidecar reaches the server on localhost.
    let logs = logs_with(&env, "web-sidecar", "served from the configmap");
    assert_eq!(
        logs,
        "hello from a configmap s3cr3t\ninitialized\nserved from the configmap\n"
    );
    // The hostPort is the pod's published port.
    assert!(http_get(port).contains("served from the configmap"));
    let o = env
        .run(&["ps", "--pod", "--format", "{{.Names}} {{.PodName}}"])
        .ok();
    assert_eq!(o.stdout, "web-server web\nweb-sidecar web\n");
    let o = env
        .run(&[
            "inspect",
            "--format",
            "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.Config.User}}",
            "web-server",
        ])
        .ok();
    assert_eq!(o.stdout.trim(), "67108864 500000000 1000");
    let o = env
        .run(&[
            "inspect",
            "--format",
            "{{.State.Health.Status}}",
            "web-server",
        ])
        .ok();
    assert!(
        ["starting", "healthy"].contains(&o.stdout.trim()),
        "the liveness probe is a healthcheck: {}",
        o.stdout
    );
    // The init container is gone.
    assert_eq!(env.run(&["ps", "-aq"]).ok().lines().len(), 2);
    // Playing again is refused while the pod exists; --replace replaces it.
    let o = env.run(&["kube", "play", &file]).code(125);
    assert!(o.stderr.contains("web"), "{}", o.stderr);
    env.run(&["kube", "play", "--replace", &file]).ok();
    logs_with(&env, "web-sidecar", "served from the configmap");

    let o = env.run(&["kube", "down", &file]).ok();
    assert!(o.stdout.starts_with("Pods stopped:\n"), "{}", o.stdout);
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
    // The claim's volume stays, with what the init container wrote.
    env.run(&["volume", "exists", "web-data"]).ok();
    let o = env
        .run(&[
            "run",
            "--rm",
            "-v",
            "web-data:/d",
            img,
            "cat",
            "/d/init.txt",
        ])
        .ok();
    assert_eq!(o.stdout, "initialized\n");
    // Nothing to take down any more.
    let o = env.run(&["kube", "down", &file]).ok();
    assert_eq!(o.stdout, "");
}

#[test]
fn generate_then_play_round_trip() {
    let env = Env::new();
    let img = env.busybox();
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:8080");
    let www = env.scratch("www");
    std::fs::write(www.join("index.html"), "round trip\n").unwrap();
    let vol = format!("{}:/www:ro", www.display());
    env.run(&[
        "pod", "create", "--name", "rt", "-p", &publish, "--label", "tier=web",
    ])
    .ok();
    env.run(&[
        "create",
        "--pod",
        "rt",
        "--name",
        "rt-server",
        "-v",
        &vol,
        "-e",
        "MODE=test",
        "--memory",
        "32m",
        img,
        "httpd",
        "-f",
        "-p",
        "8080",
        "-h",
        "/www",
    ])
    .ok();
    env.run(&[
        "create",
        "--pod",
        "rt",
        "--name",
        "rt-client",
        "--entrypoint",
        "sh",
        img,
        "-c",
        "echo mode=$MODE; sleep 300",
    ])
    .ok();
    let yaml = env.run(&["kube", "generate", "rt"]).ok().stdout;
    assert!(yaml.contains("kind: Pod"), "{yaml}");
    assert!(yaml.contains("name: server"), "{yaml}");
    assert!(yaml.contains(&format!("hostPort: {port}")), "{yaml}");
    // podman's older name gives the same.
    assert_eq!(env.run(&["generate", "kube", "rt"]).ok().stdout, yaml);
    let file = write_yaml(&env, "rt.yaml", &yaml);
    env.run(&["pod", "rm", "-f", "rt"]).ok();
    env.run(&["play", "kube", &file]).ok();
    assert!(http_get(port).contains("round trip"));
    let o = env
        .run(&[
            "inspect",
            "--format",
            "{{.HostConfig.Memory}} {{.Config.Env}}",
            "rt-server",
        ])
        .ok();
    assert!(o.stdout.starts_with("33554432 "), "{}", o.stdout);
    assert!(o.stdout.contains("MODE=test"), "{}", o.stdout);
    assert_eq!(logs_with(&env, "rt-client", "mode="), "mode=\n");
    let o = env
        .run(&["pod", "inspect", "--format", "{{.Labels.tier}}", "rt"])
        .ok();
    assert_eq!(o.stdout.trim(), "web");
    // Generated again from what play made: the same document.
    assert_eq!(env.run(&["kube", "generate", "rt"]).ok().stdout, yaml);
    // --service: a Service publishes the ports instead of hostPorts.
    let svc = env
        .run(&["kube", "generate", "--service", "rt"])
        .ok()
        .stdout;
    assert!(svc.contains("kind: Service"), "{svc}");
    assert!(!svc.contains("hostPort"), "{svc}");
    assert!(svc.contains(&format!("nodePort: {port}")), "{svc}");
    env.run(&["kube", "down", &file]).ok();
    let file = write_yaml(&env, "svc.yaml", &svc);
    env.run(&["kube", "play", &file]).ok();
    assert!(http_get(port).contains("round trip"));
    env.run(&["kube", "play", "--down", &file]).ok();
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
}

#[test]
fn malformed_yaml_is_rejected_naming_file_and_field() {
    let env = Env::new();
    let img = env.busybox();
    let bad_field = write_yaml(
        &env,
        "bad.yaml",
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: {img}\n    imagePullSecretz: x\n"
        ),
    );
    let o = env.run(&["kube", "play", &bad_field]).code(125);
    assert!(
        o.stderr.contains(&format!(
            "{bad_field}: document 1 (Pod p): field spec.containers[0]"
        )),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("imagePullSecretz"), "{}", o.stderr);
    let syntax = write_yaml(&env, "syntax.yaml", "kind: Pod\nmetadata: [\n");
    let o = env.run(&["kube", "play", &syntax]).code(125);
    assert!(
        o.stderr.contains(&format!("{syntax}: document 1")),
        "{}",
        o.stderr
    );
    let kind = write_yaml(
        &env,
        "kind.yaml",
        "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: j\n",
    );
    let o = env.run(&["kube", "play", &kind]).code(125);
    assert!(
        o.stderr.contains("field kind: CronJob is not supported"),
        "{}",
        o.stderr
    );
    let missing = write_yaml(
        &env,
        "missing.yaml",
        &format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: {img}\n    envFrom:\n    - configMapRef:\n        name: nope\n"
        ),
    );
    let o = env.run(&["kube", "play", &missing]).code(125);
    assert!(
        o.stderr.contains(
            "Pod p: field spec.containers[0].envFrom[0].configMapRef.name: no ConfigMap nope"
        ),
        "{}",
        o.stderr
    );
    // Nothing of a rejected file is left.
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
    assert_eq!(env.run(&["ps", "-aq"]).ok().stdout, "");
}

#[test]
fn deployment_replicas_are_pods() {
    let env = Env::new();
    let img = env.busybox();
    let file = write_yaml(
        &env,
        "deploy.yaml",
        &format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: workers\n  labels:\n    app: workers\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: workers\n  template:\n    metadata:\n      labels:\n        app: workers\n    spec:\n      containers:\n      - name: w\n        image: {img}\n        command: [\"sh\", \"-c\", \"echo level=$LEVEL; sleep 300\"]\n        envFrom:\n        - configMapRef:\n            name: settings\n"
        ),
    );
    // The ConfigMap comes from --configmap.
    let o = env.run(&["kube", "play", &file]).code(125);
    assert!(o.stderr.contains("no ConfigMap settings"), "{}", o.stderr);
    let cm = write_yaml(
        &env,
        "cm.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LEVEL: high\n",
    );
    env.run(&["kube", "play", "--configmap", &cm, &file]).ok();
    assert_eq!(logs_with(&env, "workers-pod-1-w", "level"), "level=high\n");
    let o = env
        .run(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"])
        .ok();
    let mut lines = o.lines();
    lines.sort();
    assert_eq!(lines, ["workers-pod-0 Running", "workers-pod-1 Running"]);
    env.run(&["kube", "down", &file]).ok();
    assert_eq!(env.run(&["pod", "ps", "-q"]).ok().stdout, "");
}

/// What podman 4.3's `kube generate` writes (its annotations, creationTimestamp, `resources:
/// {}`, `status: {}`, capabilities with the CAP_ prefix) plays here.
#[test]
fn podmans_generated_yaml_plays() {
    let env = Env::new();
    let img = env.busybox();
    let port = free_port();
    let file = write_yaml(
        &env,
        "podman.yaml",
        &format!(
            r#"# Save the output of this file and use kubectl create -f to import
# it into Kubernetes.
#
# Created with podman-4.3.1
apiVersion: v1
kind: Pod
metadata:
  annotations:
    io.kubernetes.cri-o.ContainerType/pp-web: container
    io.kubernetes.cri-o.TTY/pp-web: "false"
    io.podman.annotations.autoremove/pp-web: "FALSE"
  creationTimestamp: "2026-12-02T07:38:38Z"
  labels:
    app: pp
  name: pp
spec:
  automountServiceAccountToken: false
  containers:
  - command:
    - sh
    - -c
    - echo X=$X; hostname; exec httpd -f -p 80 -h /data
    env:
    - name: X
      value: "1"
    image: {img}
    name: pp-web
    ports:
    - containerPort: 80
      hostPort: {port}
    resources: {{}}
    securityContext:
      capabilities:
        drop:
        - CAP_MKNOD
        - CAP_NET_RAW
        - CAP_AUDIT_WRITE
    volumeMounts:
    - mountPath: /data
      name: ppvol-pvc
  enableServiceLinks: false
  hostname: pp
  restartPolicy: Never
  volumes:
  - name: ppvol-pvc
    persistentVolumeClaim:
      claimName: ppvol
status: {{}}
"#
        ),
    );
    env.run(&["kube", "play", &file]).ok();
    assert_eq!(logs_with(&env, "pp-pp-web", "pp"), "X=1\npp\n");
    let o = env
        .run(&["inspect", "--format", "{{.EffectiveCaps}}", "pp-pp-web"])
        .ok();
    assert!(!o.stdout.contains("CAP_MKNOD"), "{}", o.stdout);
    env.run(&["volume", "exists", "ppvol"]).ok();
    assert!(http_get(port).contains("404") || http_get(port).contains("HTTP/1.0"));
    env.run(&["kube", "down", &file]).ok();
}
