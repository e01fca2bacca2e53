//! `ContainerOptions` back into `skiff run` flags: the command line a generated unit runs.
//! One flag per option that differs from the default, in a fixed order, `--flag=value` form
//! (so a value starting with `-` cannot be taken for a flag).

use crate::model::{ContainerOptions, ResourceOptions};

fn one(out: &mut Vec<String>, flag: &str, v: &Option<String>) {
    if let Some(v) = v {
        out.push(format!("--{flag}={v}"));
    }
}

fn many(out: &mut Vec<String>, flag: &str, vs: &[String]) {
    for v in vs {
        out.push(format!("--{flag}={v}"));
    }
}

fn switch(out: &mut Vec<String>, flag: &str, on: bool) {
    if on {
        out.push(format!("--{flag}"));
    }
}

fn number<T: std::fmt::Display>(out: &mut Vec<String>, flag: &str, v: Option<T>) {
    if let Some(v) = v {
        out.push(format!("--{flag}={v}"));
    }
}

fn resources(out: &mut Vec<String>, r: &ResourceOptions) {
    one(out, "memory", &r.memory);
    one(out, "memory-swap", &r.memory_swap);
    one(out, "memory-reservation", &r.memory_reservation);
    one(out, "cpus", &r.cpus);
    number(out, "cpu-shares", r.cpu_shares);
    number(out, "cpu-quota", r.cpu_quota);
    number(out, "cpu-period", r.cpu_period);
    one(out, "cpuset-cpus", &r.cpuset_cpus);
    one(out, "cpuset-mems", &r.cpuset_mems);
    number(out, "pids-limit", r.pids_limit);
    number(out, "blkio-weight", r.blkio_weight);
    many(out, "device-read-bps", &r.device_read_bps);
    many(out, "device-write-bps", &r.device_write_bps);
}

/// The flags for `o`, without the image and the command.
pub fn run_flags(o: &ContainerOptions) -> Vec<String> {
    let mut out = Vec::new();
    let v = &mut out;
    one(v, "name", &o.name);
    switch(v, "rm", o.rm);
    switch(v, "interactive", o.interactive);
    switch(v, "tty", o.tty);
    one(v, "cgroups", &o.cgroups);
    one(v, "cgroupns", &o.cgroupns);
    one(v, "sdnotify", &o.sdnotify);
    one(v, "hostname", &o.hostname);
    one(v, "domainname", &o.domainname);
    one(v, "user", &o.user);
    one(v, "workdir", &o.workdir);
    one(v, "entrypoint", &o.entrypoint);
    many(v, "env", &o.env);
    let files: Vec<String> = o.env_file.iter().map(|p| p.display().to_string()).collect();
    many(v, "env-file", &files);
    many(v, "label", &o.label);
    many(v, "volume", &o.volume);
    many(v, "tmpfs", &o.tmpfs);
    switch(v, "read-only", o.read_only);
    if !o.read_only_tmpfs {
        v.push("--read-only-tmpfs=false".into());
    }
    many(v, "network", &o.network);
    many(v, "network-alias", &o.network_alias);
    one(v, "ip", &o.ip);
    one(v, "mac-address", &o.mac_address);
    many(v, "publish", &o.publish);
    switch(v, "publish-all", o.publish_all);
    many(v, "dns", &o.dns);
    many(v, "dns-search", &o.dns_search);
    many(v, "dns-option", &o.dns_option);
    many(v, "add-host", &o.add_host);
    many(v, "cap-add", &o.cap_add);
    many(v, "cap-drop", &o.cap_drop);
    many(v, "security-opt", &o.security_opt);
    switch(v, "privileged", o.privileged);
    many(v, "storage-opt", &o.storage_opt);
    resources(v, &o.resources);
    many(v, "ulimit", &o.ulimit);
    number(v, "oom-score-adj", o.oom_score_adj);
    one(v, "cgroup-parent", &o.cgroup_parent);
    one(v, "log-driver", &o.log_driver);
    many(v, "log-opt", &o.log_opt);
    one(v, "health-cmd", &o.health_cmd);
    one(v, "health-interval", &o.health_interval);
    number(v, "health-retries", o.health_retries);
    one(v, "health-timeout", &o.health_timeout);
    one(v, "health-start-period", &o.health_start_period);
    switch(v, "no-healthcheck", o.no_healthcheck);
    one(v, "restart", &o.restart);
    one(v, "pull", &o.pull);
    one(v, "userns", &o.userns);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_differs_from_the_default() {
        assert!(run_flags(&ContainerOptions::default()).is_empty());
        let o = ContainerOptions {
            name: Some("web".into()),
            rm: true,
            env: vec!["A=1".into()],
            publish: vec!["8080:80".into()],
            read_only_tmpfs: false,
            resources: ResourceOptions {
                memory: Some("64m".into()),
                ..Default::default()
            },
            oom_score_adj: Some(-5),
            ..ContainerOptions::default()
        };
        assert_eq!(
            run_flags(&o),
            [
                "--name=web",
                "--rm",
                "--env=A=1",
                "--read-only-tmpfs=false",
                "--publish=8080:80",
                "--memory=64m",
                "--oom-score-adj=-5"
            ]
        );
    }
}
