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
