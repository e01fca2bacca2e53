//! `ContainerOptions::validate`: good values become types, bad ones fail with podman's texts.

use super::*;
use crate::model::network::{HostAddress, NetworkRequest};
use crate::model::policy::LogDriver;
use crate::model::security::Seccomp;

fn opts() -> ContainerOptions {
    ContainerOptions {
        image: "busybox".into(),
        ..ContainerOptions::default()
    }
}

/// The error text of validating `o`.
fn err(o: ContainerOptions) -> String {
    format!("{:#}", o.validate().unwrap_err())
}

fn res(r: ResourceOptions) -> ContainerOptions {
    ContainerOptions {
        resources: r,
        ..opts()
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn defaults() {
    let c = opts().validate().unwrap();
    assert_eq!(c.image, "busybox");
    assert_eq!(c.network.mode, NetworkMode::Default);
    assert_eq!(c.security.seccomp, Seccomp::Default);
    assert!(c.security.no_new_privileges);
    assert!(c.read_only_tmpfs && !c.no_cgroup);
    assert_eq!(c.restart, RestartPolicy::No);
    assert_eq!(c.log, LogConfig::default());
    assert!(c.limits.is_empty() && c.ulimits.is_empty());
    assert_eq!(c.health, HealthConfig::default());
    assert_eq!(c.entrypoint, None);
}

#[test]
fn good_values_become_types() {
    let c = ContainerOptions {
        name: Some("web-1.a_b".into()),
        workdir: Some("/srv".into()),
        entrypoint: Some(r#"["sh","-c"]"#.into()),
        network: strings(&["appnet:alias=db", "other"]),
        ip: Some("10.89.0.5".into()),
        publish: strings(&["8080:80", "53/udp"]),
        dns: strings(&["9.9.9.9"]),
        add_host: strings(&["gw:host-gateway"]),
        security_opt: strings(&["seccomp=unconfined", "no-new-privileges=false"]),
        storage_opt: strings(&["overlay.mount_program=/usr/bin/fuse-overlayfs"]),
        resources: ResourceOptions {
            memory: Some("256m".into()),
            memory_swap: Some("512m".into()),
            cpus: Some("1.5".into()),
            device_read_bps: strings(&["/dev/sda:1mb"]),
            ..ResourceOptions::default()
        },
        ulimit: strings(&["nofile=1024:2048"]),
        oom_score_adj: Some(-500),
        cgroups: Some("disabled".into()),
        label: strings(&["a=1", "b"]),
        log_driver: Some("json-file".into()),
        log_opt: strings(&["max-size=10k"]),
        health_cmd: Some("true".into()),
        health_interval: Some("1m30s".into()),
        health_retries: Some(5),
        restart: Some("on-failure:3".into()),
        ..opts()
    }
    .validate()
    .unwrap();
    assert_eq!(c.entrypoint, Some(strings(&["sh", "-c"])));
    assert_eq!(
        c.network.mode,
        NetworkMode::Bridge(vec![
            NetworkRequest {
                name: "appnet".into(),
                aliases: strings(&["db"]),
                ip: Some("10.89.0.5".into()),
                mac: None,
            },
            NetworkRequest {
                name: "other".into(),
                ..NetworkRequest::default()
            },
        ])
    );
    assert_eq!(c.network.ports.len(), 2);
    assert_eq!(
        (
            c.network.ports[1].host_port,
            c.network.ports[1].protocol.as_str()
        ),
        (0, "udp")
    );
    assert_eq!(
        c.network.dns,
        vec!["9.9.9.9".parse::<std::net::IpAddr>().unwrap()]
    );
    assert_eq!(c.network.add_hosts[0].address, HostAddress::HostGateway);
    assert_eq!(c.security.seccomp, Seccomp::Unconfined);
    assert!(!c.security.no_new_privileges);
    assert_eq!(
        c.mount_program.as_deref(),
        Some(std::path::Path::new("/usr/bin/fuse-overlayfs"))
    );
    assert_eq!(c.limits.memory, Some(256 << 20));
    assert_eq!(c.limits.memory_swap, Some(512 << 20));
    assert_eq!(
        (c.limits.cpu_quota, c.limits.cpu_period),
        (Some(150_000), Some(100_000))
    );
    assert_eq!(c.limits.device_read_bps[0].rate, 1 << 20);
    assert_eq!(c.ulimits[0].name, "RLIMIT_NOFILE");
    assert!(c.no_cgroup);
    assert_eq!(c.labels.get("b").map(String::as_str), Some(""));
    assert_eq!(c.log.driver, LogDriver::JsonFile);
    assert_eq!(c.log.max_size, Some(10_000));
    assert_eq!(c.health.test, Some(strings(&["CMD-SHELL", "true"])));
    assert_eq!(c.health.interval, Some(GoDuration(90 * SECOND)));
    assert_eq!(c.health.retries, Some(5));
    assert_eq!(c.restart, RestartPolicy::OnFailure { max_retries: 3 });
}

#[test]
fn entrypoint_forms() {
    let ep = |e: &str| {
        ContainerOptions {
            entrypoint: Some(e.into()),
            ..opts()
        }
        .validate()
        .unwrap()
        .entrypoint
    };
    assert_eq!(ep(""), Some(Vec::new()));
    assert_eq!(ep("sh"), Some(strings(&["sh"])));
    assert!(err(ContainerOptions {
        entrypoint: Some("[nope".into()),
        ..opts()
    })
    .starts_with("--entrypoint is not a valid JSON array"));
}

#[test]
fn bad_names_workdirs_and_storage_opts() {
    for n in ["", "-x", "a/b", "a b"] {
        assert_eq!(
            err(ContainerOptions {
                name: Some(n.into()),
                ..opts()
            }),
            format!("container name {n:?} is invalid: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*")
        );
    }
    assert_eq!(
        err(ContainerOptions {
            workdir: Some("srv".into()),
            ..opts()
        }),
        "invalid working directory \"srv\": must be an absolute path"
    );
    assert_eq!(
        err(ContainerOptions {
            storage_opt: strings(&["size=10G"]),
            ..opts()
        }),
        "unsupported --storage-opt \"size=10G\""
    );
}

#[test]
fn bad_limits() {
    for (r, want) in [
        (
            ResourceOptions {
                memory: Some("1m".into()),
                ..Default::default()
            },
            "minimum memory limit allowed is 6MB",
        ),
        (
            ResourceOptions {
                memory: Some("lots".into()),
                ..Default::default()
            },
            "invalid size \"lots\": expected a number with an optional unit (b, k, m, g)",
        ),
        (
            ResourceOptions {
                memory: Some("64m".into()),
                memory_swap: Some("32m".into()),
                ..Default::default()
            },
            "the memory swap limit must be greater than or equal to the memory limit",
        ),
        (
            ResourceOptions {
                memory_swap: Some("64m".into()),
                ..Default::default()
            },
            "you must provide a memory limit when specifying a memory swap limit",
        ),
        (
            ResourceOptions {
                memory: Some("64m".into()),
                memory_reservation: Some("128m".into()),
                ..Default::default()
            },
            "the memory reservation must be less than or equal to the memory limit",
        ),
        (
            ResourceOptions {
                cpus: Some("1".into()),
                cpu_quota: Some(50_000),
                ..Default::default()
            },
            "--cpus conflicts with --cpu-quota and --cpu-period: use one or the other",
        ),
        (
            ResourceOptions {
                cpus: Some("0".into()),
                ..Default::default()
            },
            "invalid --cpus \"0\": must be more than 0",
        ),
        (
            ResourceOptions {
                cpus: Some("x".into()),
                ..Default::default()
            },
            "invalid --cpus \"x\": expected a number such as 1.5",
        ),
        (
            ResourceOptions {
                cpu_period: Some(10),
                ..Default::default()
            },
            "--cpu-period must be between 1000 and 1000000 microseconds",
        ),
        (
            ResourceOptions {
                cpu_quota: Some(10),
                ..Default::default()
            },
            "--cpu-quota must be at least 1000 microseconds",
        ),
        (
            ResourceOptions {
                blkio_weight: Some(5),
                ..Default::default()
            },
            "--blkio-weight must be between 10 and 1000",
        ),
        (
            ResourceOptions {
                device_write_bps: strings(&["/dev/sda"]),
                ..Default::default()
            },
            "invalid device rate \"/dev/sda\": expected /dev/DEVICE:RATE",
        ),
    ] {
        assert_eq!(err(res(r)), want);
    }
    let swap = ResourceOptions {
        memory: Some("64m".into()),
        memory_swap: Some("-1".into()),
        ..Default::default()
    };
    assert_eq!(swap.validate().unwrap().memory_swap, Some(-1));
}

#[test]
fn bad_process_values() {
    for (o, want) in [
        (
            ContainerOptions {
                ulimit: strings(&["nofile=10:5"]),
                ..opts()
            },
            "invalid --ulimit \"nofile=10:5\": the soft limit is above the hard limit",
        ),
        (
            ContainerOptions {
                oom_score_adj: Some(5000),
                ..opts()
            },
            "invalid --oom-score-adj 5000: must be between -1000 and 1000",
        ),
        (
            ContainerOptions {
                cgroups: Some("maybe".into()),
                ..opts()
            },
            "invalid --cgroups \"maybe\": use enabled, disabled or split",
        ),
        (
            ContainerOptions {
                label: strings(&["=v"]),
                ..opts()
            },
            "invalid label \"=v\": the key is empty",
        ),
        (
            ContainerOptions {
                security_opt: strings(&["no-new-privileges:yes"]),
                ..opts()
            },
            "invalid --security-opt 2: \"no-new-privileges:yes\"",
        ),
    ] {
        assert_eq!(err(o), want);
    }
}

#[test]
fn bad_network_values() {
    for (o, want) in [
        (
            ContainerOptions {
                dns: strings(&["8.8.8"]),
                ..opts()
            },
            "8.8.8 is not an ip address",
        ),
        (
            ContainerOptions {
                add_host: strings(&["name"]),
                ..opts()
            },
            "invalid --add-host \"name\": use NAME:IP",
        ),
        (
            ContainerOptions {
                publish: strings(&["80/sctp"]),
                ..opts()
            },
            "invalid port protocol \"sctp\" in \"80/sctp\": use tcp or udp",
        ),
        (
            ContainerOptions {
                network: strings(&["host:x"]),
                ..opts()
            },
            "network mode host takes no options",
        ),
        (
            ContainerOptions {
                network: strings(&["none"]),
                mac_address: Some("92:d0:c6:0a:29:33".into()),
                ..opts()
            },
            "--mac-address needs --network pasta or a network, not none",
        ),
        (
            ContainerOptions {
                network_alias: strings(&["db"]),
                ..opts()
            },
            "--ip, --mac-address and --network-alias need --network NET",
        ),
    ] {
        assert_eq!(err(o), want);
    }
}

#[test]
fn policies() {
    assert_eq!(
        err(ContainerOptions {
            restart: Some("always".into()),
            rm: true,
            ..opts()
        }),
        "the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\""
    );
    let c = ContainerOptions {
        restart: Some("no".into()),
        rm: true,
        ..opts()
    };
    assert_eq!(c.validate().unwrap().restart, RestartPolicy::No);
    assert_eq!(
        err(ContainerOptions {
            restart: Some("always:2".into()),
            ..opts()
        }),
        "invalid restart policy \"always:2\": only on-failure takes a count"
    );
    assert_eq!(
        err(ContainerOptions {
            log_driver: Some("journald".into()),
            ..opts()
        }),
        "the journald log driver is not supported: use k8s-file"
    );
    assert_eq!(
        err(ContainerOptions {
            log_opt: strings(&["tag=x"]),
            ..opts()
        }),
        "--log-opt tag is not supported"
    );
}

#[test]
fn healthchecks() {
    let h = |o: ContainerOptions| o.validate().unwrap().health;
    let off = h(ContainerOptions {
        health_cmd: Some("none".into()),
        health_interval: Some("bogus".into()),
        ..opts()
    });
    assert!(off.disabled && off.test.is_none());
    assert!(
        h(ContainerOptions {
            no_healthcheck: true,
            ..opts()
        })
        .disabled
    );
    let only_interval = h(ContainerOptions {
        health_interval: Some("10s".into()),
        ..opts()
    });
    assert_eq!(
        (only_interval.test, only_interval.interval),
        (None, Some(GoDuration(10 * SECOND)))
    );
    assert_eq!(
        err(ContainerOptions {
            health_cmd: Some("true".into()),
            health_timeout: Some("soon".into()),
            ..opts()
        }),
        "invalid --health-timeout \"soon\": want a duration like 30s"
    );
    assert_eq!(
        err(ContainerOptions {
            health_cmd: Some("true".into()),
            health_interval: Some("500ms".into()),
            ..opts()
        }),
        "invalid --health-interval: it must be at least 1 second"
    );
}

#[test]
fn options_come_as_json_too() {
    let o: ContainerOptions = serde_json::from_str(
        r#"{"image": "busybox", "command": ["echo", "hi"], "rm": true,
            "resources": {"memory": "64m"}, "network": ["none"]}"#,
    )
    .unwrap();
    assert!(o.read_only_tmpfs, "defaults fill what is not given");
    let c = o.validate().unwrap();
    assert_eq!(c.command, strings(&["echo", "hi"]));
    assert_eq!(c.limits.memory, Some(64 << 20));
    assert_eq!(c.network.mode, NetworkMode::None);
    assert!(serde_json::from_str::<ContainerOptions>(r#"{"imag": "x"}"#).is_err());
}

#[test]
fn syslog_log_driver_options() {
    let o = ContainerOptions {
        log_driver: Some("syslog".into()),
        log_opt: vec![
            "syslog-address=tcp://127.0.0.1:1514".into(),
            "tag=proxy".into(),
            "syslog-facility=local0".into(),
        ],
        ..ContainerOptions::default()
    };
    let c = o.validate().unwrap();
    let s = c.log.syslog.unwrap();
    assert_eq!(
        (s.address.as_str(), s.tag.as_deref(), s.facility),
        ("tcp://127.0.0.1:1514", Some("proxy"), 16)
    );
    for (opts, want) in [
        (vec!["syslog-address=ftp://x"], "invalid syslog-address"),
        (vec!["syslog-address=tcp://host"], "tcp needs HOST:PORT"),
        (vec!["syslog-facility=nope"], "invalid syslog-facility"),
    ] {
        let o = ContainerOptions {
            log_driver: Some("syslog".into()),
            log_opt: opts.into_iter().map(String::from).collect(),
            ..ContainerOptions::default()
        };
        let e = o.validate().unwrap_err().to_string();
        assert!(e.contains(want), "{e}");
    }
    let k8s = ContainerOptions {
        log_opt: vec!["tag=x".into()],
        ..ContainerOptions::default()
    };
    assert!(k8s.validate().is_err());
}
