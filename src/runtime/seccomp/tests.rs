use super::*;

fn default_caps() -> Vec<String> {
    crate::runtime::security::DEFAULT_CAPS
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// Run `probe` in a forked child after loading `c`; the child's exit code is the result.
fn in_child(c: &Compiled, probe: fn() -> i32) -> i32 {
    // SAFETY: test helper; the child only loads filters, probes and _exits.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        let code = if rustix::thread::set_no_new_privs(true).is_err() || apply(c).is_err() {
            200
        } else {
            probe()
        };
        unsafe { libc::_exit(code) };
    }
    let mut status = 0;
    unsafe { libc::waitpid(pid, &mut status, 0) };
    assert!(libc::WIFEXITED(status), "child died: {status}");
    libc::WEXITSTATUS(status)
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn probe_getpid() -> i32 {
    if unsafe { libc::getpid() } > 0 {
        0
    } else {
        1
    }
}
fn probe_keyctl() -> i32 {
    let r = unsafe { libc::syscall(libc::SYS_keyctl, 0, 0, 0, 0, 0) };
    if r < 0 {
        errno()
    } else {
        0
    }
}
fn probe_clone3() -> i32 {
    let r = unsafe { libc::syscall(libc::SYS_clone3, 0usize, 0usize) };
    if r < 0 {
        errno()
    } else {
        0
    }
}
fn probe_unshare_user() -> i32 {
    let r = unsafe { libc::unshare(libc::CLONE_NEWUSER) };
    if r < 0 {
        errno()
    } else {
        0
    }
}
fn probe_unlisted() -> i32 {
    // lookup_dcookie / vhangup are not allowed for an unprivileged profile: vhangup is gated on
    // CAP_SYS_TTY_CONFIG and not in the deny list, so the default action applies.
    let r = unsafe { libc::syscall(libc::SYS_vhangup) };
    if r < 0 {
        errno()
    } else {
        0
    }
}
fn probe_personality() -> i32 {
    // 0xffffffff queries the persona: allowed. 0x0040000 (ADDR_NO_RANDOMIZE) is not.
    let ok = unsafe { libc::personality(0xffffffff) } >= 0;
    let r = unsafe { libc::personality(0x0040000) };
    if !ok {
        return 99;
    }
    if r < 0 {
        errno()
    } else {
        0
    }
}

#[test]
fn default_profile_compiles_quickly() {
    let t = std::time::Instant::now();
    let c = compile_default(&default_caps()).unwrap();
    assert!(
        c.programs.len() >= 2,
        "expected an allow filter and errno filters"
    );
    let _ = t.elapsed();
    let mut caps = default_caps();
    caps.push("CAP_SYS_ADMIN".into());
    compile_default(&caps).unwrap();
}

#[test]
fn default_profile_enforces() {
    let c = compile_default(&default_caps()).unwrap();
    assert_eq!(in_child(&c, probe_getpid), 0);
    assert_eq!(in_child(&c, probe_keyctl), libc::EPERM);
    assert_eq!(in_child(&c, probe_clone3), libc::ENOSYS);
    assert_eq!(in_child(&c, probe_unshare_user), libc::EPERM);
    assert_eq!(in_child(&c, probe_unlisted), libc::ENOSYS);
    assert_eq!(in_child(&c, probe_personality), libc::ENOSYS);
}

#[test]
fn sys_admin_unlocks_unshare() {
    let mut caps = default_caps();
    caps.push("CAP_SYS_ADMIN".into());
    let c = compile_default(&caps).unwrap();
    // The filter allows it; the kernel may still refuse (EPERM without privileges is not
    // seccomp's doing), so only check it is not seccomp's ENOSYS.
    assert_ne!(in_child(&c, probe_clone3), libc::ENOSYS);
}

#[test]
fn custom_errno_and_conditions() {
    let p = br#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[
        {"names":["keyctl"],"action":"SCMP_ACT_ERRNO","errnoRet":13},
        {"names":["personality"],"action":"SCMP_ACT_ERRNO","errnoRet":22,
         "args":[{"index":0,"value":262144,"op":"SCMP_CMP_EQ"}]}]}"#;
    let c = compile_profile(p, &[]).unwrap();
    assert_eq!(in_child(&c, probe_keyctl), libc::EACCES);
    assert_eq!(in_child(&c, probe_personality), libc::EINVAL);
    assert_eq!(in_child(&c, probe_getpid), 0);
}

#[test]
fn bad_profiles_are_errors() {
    assert!(compile_profile(b"not json", &[]).is_err());
    let e = compile_profile(br#"{"defaultAction":"SCMP_ACT_NOPE"}"#, &[]).unwrap_err();
    assert!(e.to_string().contains("unknown seccomp action"), "{e}");
    let e = compile_profile(
        br#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW","args":[{"index":0,"value":1,"op":"SCMP_CMP_BOGUS"}]}]}"#,
        &[],
    )
    .unwrap_err();
    assert!(e.to_string().contains("comparison"), "{e}");
    // Unknown syscall names are ignored (profiles list names of many architectures).
    compile_profile(
        br#"{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read","no_such_call"],"action":"SCMP_ACT_ALLOW"}]}"#,
        &[],
    )
    .unwrap();
}

// ---- Comparison with podman's default profile ----

/// podman 4.x's default profile (containers/common v0.50.1; see testdata/README.md).
static PODMAN_PROFILE: &[u8] = include_bytes!("testdata/podman-4.3-default.json");

/// System calls podman 4.x's profile does not name (so its default action refuses them) that
/// skiff's default allows: variants of calls both allow (futex, fchmodat, *xattr, quotactl
/// with CAP_SYS_ADMIN, set_mempolicy with CAP_SYS_NICE), read-only mount listings like
/// /proc/self/mountinfo, and memory protections current C libraries use.
const NOT_IN_PODMAN_PROFILE: &[&str] = &[
    "fchmodat2",
    "futex_requeue",
    "futex_wait",
    "futex_waitv",
    "futex_wake",
    "getxattrat",
    "listmount",
    "listxattrat",
    "map_shadow_stack",
    "mseal",
    "quotactl_fd",
    "removexattrat",
    "set_mempolicy_home_node",
    "setxattrat",
    "statmount",
];

const ALL_CAPS: &[&str] = &[
    "CAP_AUDIT_CONTROL",
    "CAP_AUDIT_READ",
    "CAP_AUDIT_WRITE",
    "CAP_BLOCK_SUSPEND",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_KILL",
    "CAP_LEASE",
    "CAP_LINUX_IMMUTABLE",
    "CAP_MAC_ADMIN",
    "CAP_MAC_OVERRIDE",
    "CAP_MKNOD",
    "CAP_NET_ADMIN",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_RAW",
    "CAP_PERFMON",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_CHROOT",
    "CAP_SYS_MODULE",
    "CAP_SYS_NICE",
    "CAP_SYS_PACCT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
];

/// The rules of `profile` that apply to `name` for a process holding `caps`:
/// (allows?, argument conditions).
fn rules_for<'p>(profile: &'p Profile, name: &str, caps: &[String]) -> Vec<(bool, &'p [Arg])> {
    let (_, _, arch_names) = target().unwrap();
    profile
        .syscalls
        .iter()
        .filter(|r| r.names.iter().chain(r.name.iter()).any(|n| n == name))
        .filter(|r| applies(r, caps, arch_names))
        .map(|r| (r.action == "SCMP_ACT_ALLOW", r.args.as_slice()))
        .collect()
}

fn arg_matches(a: &Arg, args: &[u64; 6]) -> bool {
    let x = args[a.index as usize];
    match a.op.as_str() {
        "SCMP_CMP_EQ" => x == a.value,
        "SCMP_CMP_NE" => x != a.value,
        "SCMP_CMP_LT" => x < a.value,
        "SCMP_CMP_LE" => x <= a.value,
        "SCMP_CMP_GT" => x > a.value,
        "SCMP_CMP_GE" => x >= a.value,
        "SCMP_CMP_MASKED_EQ" => x & a.value == a.value_two,
        other => panic!("unknown comparison {other}"),
    }
}

/// Whether the call with `args` gets through: a matching refusal wins over a matching
/// allowance (what the kernel does with skiff's filters, and what podman's profile means),
/// and with neither the default action (a refusal in both profiles) applies.
fn allowed(rules: &[(bool, &[Arg])], args: &[u64; 6]) -> bool {
    let matching: Vec<bool> = rules
        .iter()
        .filter(|(_, conds)| conds.iter().all(|a| arg_matches(a, args)))
        .map(|(allow, _)| *allow)
        .collect();
    !matching.is_empty() && matching.iter().all(|a| *a)
}

/// Argument vectors that exercise every condition of `rules`: each compared value, its
/// neighbours, and for masks every single bit of the mask.
fn probe_args(rules: &[&(bool, &[Arg])]) -> Vec<[u64; 6]> {
    let mut per_index: BTreeMap<u8, Vec<u64>> = BTreeMap::new();
    for (_, conds) in rules {
        for a in conds.iter() {
            let v = per_index.entry(a.index).or_insert_with(|| vec![0]);
            if a.op == "SCMP_CMP_MASKED_EQ" {
                v.extend([a.value_two, a.value]);
                for bit in 0..64 {
                    if a.value & (1 << bit) != 0 {
                        v.push(a.value_two | (1 << bit));
                    }
                }
            } else {
                v.extend([a.value, a.value.wrapping_add(1), a.value.wrapping_sub(1)]);
            }
        }
    }
    let mut out = vec![[0u64; 6]];
    for (idx, values) in per_index {
        let mut values = values;
        values.sort_unstable();
        values.dedup();
        out = out
            .iter()
            .flat_map(|base| {
                values.iter().map(move |v| {
                    let mut a = *base;
                    a[idx as usize] = *v;
                    a
                })
            })
            .collect();
    }
    out
}

#[test]
fn podmans_profile_compiles_and_enforces() {
    // `--security-opt seccomp=` takes podman's own profile, with its `"args": null`.
    let c = compile_profile(PODMAN_PROFILE, &default_caps()).unwrap();
    assert_eq!(in_child(&c, probe_getpid), 0);
    assert_eq!(in_child(&c, probe_vmsplice), libc::EPERM);
    assert_eq!(in_child(&c, probe_audit_socket), libc::EINVAL);
}

#[test]
fn default_profile_refuses_all_podman_refuses() {
    let podman: Profile = serde_json::from_slice(PODMAN_PROFILE).unwrap();
    let skiff: Profile = serde_json::from_slice(DEFAULT_PROFILE).unwrap();
    assert_eq!(podman.default_action, "SCMP_ACT_ERRNO");
    assert_eq!(skiff.default_action, "SCMP_ACT_ERRNO");
    let (_, table, _) = target().unwrap();
    let mut with_admin = default_caps();
    with_admin.push("CAP_SYS_ADMIN".into());
    let cap_sets: [(&str, Vec<String>); 4] = [
        ("no capabilities", Vec::new()),
        ("the default capabilities", default_caps()),
        ("the default capabilities and CAP_SYS_ADMIN", with_admin),
        (
            "every capability",
            ALL_CAPS.iter().map(|c| c.to_string()).collect(),
        ),
    ];
    let mut wrong = Vec::new();
    let mut checked = 0;
    for (what, caps) in &cap_sets {
        for (name, _) in table {
            if NOT_IN_PODMAN_PROFILE.contains(name) {
                continue;
            }
            let p = rules_for(&podman, name, caps);
            let s = rules_for(&skiff, name, caps);
            let all: Vec<&(bool, &[Arg])> = p.iter().chain(s.iter()).collect();
            for args in probe_args(&all) {
                checked += 1;
                if allowed(&s, &args) && !allowed(&p, &args) {
                    wrong.push(format!("{name}{args:?} with {what}"));
                }
            }
        }
    }
    assert!(checked > 1000, "compared only {checked} cases");
    assert!(
        wrong.is_empty(),
        "skiff allows what podman refuses:\n{}",
        wrong.join("\n")
    );
    // The exceptions are really not named by podman's profile.
    for n in NOT_IN_PODMAN_PROFILE {
        assert!(
            podman
                .syscalls
                .iter()
                .all(|r| !r.names.iter().any(|x| x == n)),
            "{n}"
        );
    }
}

#[test]
fn default_profile_refuses_the_dangerous_calls() {
    let skiff: Profile = serde_json::from_slice(DEFAULT_PROFILE).unwrap();
    let caps = default_caps();
    let refused = |name: &str, args: [u64; 6]| !allowed(&rules_for(&skiff, name, &caps), &args);
    for name in [
        "add_key",
        "bpf",
        "clone3",
        "fsopen",
        "init_module",
        "kexec_load",
        "keyctl",
        "mount",
        "move_mount",
        "open_by_handle_at",
        "open_tree",
        "perf_event_open",
        "pivot_root",
        "request_key",
        "setns",
        "umount2",
        "unshare",
        "userfaultfd",
        "vmsplice",
    ] {
        assert!(refused(name, [0; 6]), "{name}");
    }
    // clone: threads and processes, but not one namespace flag.
    assert!(!refused("clone", [libc::SIGCHLD as u64, 0, 0, 0, 0, 0]));
    let thread = (libc::CLONE_VM
        | libc::CLONE_FS
        | libc::CLONE_FILES
        | libc::CLONE_SIGHAND
        | libc::CLONE_THREAD
        | libc::CLONE_SYSVSEM) as u64;
    assert!(!refused("clone", [thread, 0, 0, 0, 0, 0]));
    for ns in [
        libc::CLONE_NEWNS,
        libc::CLONE_NEWUTS,
        libc::CLONE_NEWIPC,
        libc::CLONE_NEWUSER,
        libc::CLONE_NEWPID,
        libc::CLONE_NEWNET,
        libc::CLONE_NEWCGROUP,
    ] {
        assert!(
            refused("clone", [ns as u64 | libc::SIGCHLD as u64, 0, 0, 0, 0, 0]),
            "clone with {ns:#x}"
        );
    }
    // Netlink audit sockets need CAP_AUDIT_WRITE; vsock is refused.
    assert!(refused("socket", [16, 3, 9, 0, 0, 0]));
    assert!(!refused("socket", [16, 3, 0, 0, 0, 0]));
    assert!(refused("socket", [40, 1, 0, 0, 0, 0]));
}

fn probe_errno(r: libc::c_long) -> i32 {
    if r < 0 {
        errno()
    } else {
        0
    }
}
fn probe_vmsplice() -> i32 {
    probe_errno(unsafe { libc::syscall(libc::SYS_vmsplice, -1, 0usize, 0usize, 0) })
}
fn probe_io_pgetevents() -> i32 {
    let (_, table, _) = target().unwrap();
    let nr = syscall_nr(table, "io_pgetevents").unwrap();
    probe_errno(unsafe { libc::syscall(nr, 0, 0, 0, 0, 0, 0) })
}
fn probe_userfaultfd() -> i32 {
    probe_errno(unsafe { libc::syscall(libc::SYS_userfaultfd, 0) })
}
fn probe_bpf() -> i32 {
    probe_errno(unsafe { libc::syscall(libc::SYS_bpf, 0, 0usize, 0) })
}
fn probe_perf_event_open() -> i32 {
    probe_errno(unsafe { libc::syscall(libc::SYS_perf_event_open, 0usize, 0, -1, -1, 0) })
}
fn probe_add_key() -> i32 {
    probe_errno(unsafe { libc::syscall(libc::SYS_add_key, 0usize, 0usize, 0usize, 0, 0) })
}
fn probe_audit_socket() -> i32 {
    let r = unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_RAW, libc::NETLINK_AUDIT) };
    probe_errno(r.into())
}
fn probe_clone_newuser() -> i32 {
    let r = unsafe {
        libc::syscall(
            libc::SYS_clone,
            (libc::CLONE_NEWUSER | libc::SIGCHLD) as libc::c_ulong,
            0usize,
            0usize,
            0usize,
            0usize,
        )
    };
    if r == 0 {
        unsafe { libc::_exit(0) };
    }
    probe_errno(r)
}

#[test]
fn default_profile_enforces_podmans_refusals() {
    let c = compile_default(&default_caps()).unwrap();
    assert_eq!(in_child(&c, probe_vmsplice), libc::EPERM);
    assert_eq!(in_child(&c, probe_io_pgetevents), libc::EPERM);
    assert_eq!(in_child(&c, probe_userfaultfd), libc::EPERM);
    assert_eq!(in_child(&c, probe_bpf), libc::EPERM);
    assert_eq!(in_child(&c, probe_perf_event_open), libc::EPERM);
    assert_eq!(in_child(&c, probe_add_key), libc::EPERM);
    assert_eq!(in_child(&c, probe_audit_socket), libc::EINVAL);
    assert_eq!(in_child(&c, probe_clone_newuser), libc::ENOSYS);
}
