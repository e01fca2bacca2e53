//! Seccomp: compile an OCI/Docker-format seccomp profile into BPF with seccompiler and load it.
//!
//! The project's default profile lives in `seccomp/default.json` and is embedded in the binary.
//!
//! A profile mixes actions (ALLOW for most calls, ERRNO with various errnos for others), but a
//! seccompiler filter has one match action. The profile is therefore compiled into several
//! filters, loaded in order:
//! 1. the ALLOW rules, with the profile's default action for everything else;
//! 2. one filter per other action (e.g. ERRNO(EPERM)), matching its rules and allowing the rest.
//!
//! The kernel runs every filter and keeps the most restrictive result; between results of the
//! same kind (two ERRNOs) the most recently loaded filter wins. So an explicit ERRNO(EPERM)
//! rule overrides the default ERRNO(ENOSYS) of the first filter, exactly as the profile means.
//! Rules whose `includes`/`excludes` (capabilities, architectures, minimum kernel) do not fit
//! the process are dropped at compile time; syscall names unknown to the target architecture
//! are ignored.

mod syscalls;

use anyhow::{anyhow, bail, Context, Result};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};
use serde::Deserialize;
use std::collections::BTreeMap;

static DEFAULT_PROFILE: &[u8] = include_bytes!("../../../seccomp/default.json");

/// A compiled filter set ready to be loaded (several BPF programs, loaded in order).
#[derive(Debug)]
pub struct Compiled {
    pub programs: Vec<BpfProgram>,
}

/// A list or object field that profiles may also give as `null` (podman's own profile does).
fn null_is_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Profile {
    default_action: String,
    #[serde(default)]
    default_errno_ret: Option<u32>,
    #[serde(default, deserialize_with = "null_is_default")]
    syscalls: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    #[serde(default, deserialize_with = "null_is_default")]
    names: Vec<String>,
    #[serde(default)]
    name: Option<String>,
    action: String,
    #[serde(default)]
    errno_ret: Option<u32>,
    #[serde(default, deserialize_with = "null_is_default")]
    args: Vec<Arg>,
    #[serde(default, deserialize_with = "null_is_default")]
    includes: Filter,
    #[serde(default, deserialize_with = "null_is_default")]
    excludes: Filter,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Arg {
    index: u8,
    value: u64,
    #[serde(default)]
    value_two: u64,
    op: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Filter {
    #[serde(default, deserialize_with = "null_is_default")]
    caps: Vec<String>,
    #[serde(default, deserialize_with = "null_is_default")]
    arches: Vec<String>,
    #[serde(default)]
    min_kernel: Option<String>,
}

/// The target architecture, its syscall table and the profile's names for it.
type Target = (
    TargetArch,
    &'static [(&'static str, i64)],
    &'static [&'static str],
);

/// Rules grouped by action: syscall number → conditions (None = unconditional).
type ActionGroup = (SeccompAction, BTreeMap<i64, Option<Vec<SeccompRule>>>);

fn target() -> Result<Target> {
    match std::env::consts::ARCH {
        "x86_64" => Ok((
            TargetArch::x86_64,
            syscalls::X86_64,
            &["amd64", "x86_64", "SCMP_ARCH_X86_64"],
        )),
        "aarch64" => Ok((
            TargetArch::aarch64,
            syscalls::AARCH64,
            &["arm64", "aarch64", "SCMP_ARCH_AARCH64"],
        )),
        other => bail!("seccomp filtering is not supported on {other}"),
    }
}

fn syscall_nr(table: &[(&str, i64)], name: &str) -> Option<i64> {
    table
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| table[i].1)
}

fn action(name: &str, errno: Option<u32>, default_errno: u32) -> Result<SeccompAction> {
    Ok(match name {
        "SCMP_ACT_ALLOW" => SeccompAction::Allow,
        "SCMP_ACT_ERRNO" => SeccompAction::Errno(errno.unwrap_or(default_errno)),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => SeccompAction::KillThread,
        "SCMP_ACT_KILL_PROCESS" => SeccompAction::KillProcess,
        "SCMP_ACT_TRAP" => SeccompAction::Trap,
        "SCMP_ACT_LOG" => SeccompAction::Log,
        "SCMP_ACT_TRACE" => SeccompAction::Trace(errno.unwrap_or(default_errno)),
        other => bail!("unknown seccomp action {other:?}"),
    })
}

fn kernel_at_least(want: &str) -> bool {
    let parse = |s: &str| -> Vec<u32> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .take(2)
            .filter_map(|p| p.parse().ok())
            .collect()
    };
    let rel = rustix::system::uname();
    let have = parse(&rel.release().to_string_lossy());
    have >= parse(want)
}

fn applies(r: &Rule, caps: &[String], arch_names: &[&str]) -> bool {
    let inc = &r.includes;
    if !inc.caps.iter().all(|c| caps.contains(c)) {
        return false;
    }
    if !inc.arches.is_empty() && !inc.arches.iter().any(|a| arch_names.contains(&a.as_str())) {
        return false;
    }
    if let Some(k) = &inc.min_kernel {
        if !kernel_at_least(k) {
            return false;
        }
    }
    let exc = &r.excludes;
    if exc.caps.iter().any(|c| caps.contains(c)) {
        return false;
    }
    if exc.arches.iter().any(|a| arch_names.contains(&a.as_str())) {
        return false;
    }
    true
}

fn condition(a: &Arg) -> Result<SeccompCondition> {
    let (op, value) = match a.op.as_str() {
        "SCMP_CMP_EQ" => (SeccompCmpOp::Eq, a.value),
        "SCMP_CMP_NE" => (SeccompCmpOp::Ne, a.value),
        "SCMP_CMP_LT" => (SeccompCmpOp::Lt, a.value),
        "SCMP_CMP_LE" => (SeccompCmpOp::Le, a.value),
        "SCMP_CMP_GT" => (SeccompCmpOp::Gt, a.value),
        "SCMP_CMP_GE" => (SeccompCmpOp::Ge, a.value),
        // (arg & value) == valueTwo
        "SCMP_CMP_MASKED_EQ" => (SeccompCmpOp::MaskedEq(a.value), a.value_two),
        other => bail!("unknown seccomp comparison {other:?}"),
    };
    SeccompCondition::new(a.index, SeccompCmpArgLen::Qword, op, value)
        .map_err(|e| anyhow!("bad seccomp argument rule: {e}"))
}

type RuleMap = BTreeMap<i64, Vec<SeccompRule>>;

/// Add a rule for `nr`: `None` conditions means the call matches whatever its arguments.
fn add(map: &mut BTreeMap<i64, Option<Vec<SeccompRule>>>, nr: i64, rule: Option<SeccompRule>) {
    let e = map.entry(nr).or_insert_with(|| Some(Vec::new()));
    match (e.as_mut(), rule) {
        (Some(v), Some(r)) => v.push(r),
        (_, None) => *e = None,
        (None, Some(_)) => {}
    }
}

fn finish(map: BTreeMap<i64, Option<Vec<SeccompRule>>>) -> RuleMap {
    map.into_iter()
        .map(|(nr, rules)| (nr, rules.unwrap_or_default()))
        .collect()
}

/// Compile a profile for a process holding `caps` (names like "CAP_SYS_ADMIN").
pub fn compile_profile(json: &[u8], caps: &[String]) -> Result<Compiled> {
    let profile: Profile =
        serde_json::from_slice(json).context("the seccomp profile is not valid JSON")?;
    let (arch, table, arch_names) = target()?;
    let default_errno = profile.default_errno_ret.unwrap_or(1);
    let default = action(&profile.default_action, profile.default_errno_ret, 1)?;
    // Group rules by action, ALLOW first.
    let mut groups: Vec<ActionGroup> = Vec::new();
    for r in &profile.syscalls {
        let act = action(&r.action, r.errno_ret, default_errno)?;
        let conds = r.args.iter().map(condition).collect::<Result<Vec<_>>>()?;
        if !applies(r, caps, arch_names) {
            continue;
        }
        let rule = if conds.is_empty() {
            None
        } else {
            Some(SeccompRule::new(conds).map_err(|e| anyhow!("bad seccomp rule: {e}"))?)
        };
        let idx = match groups.iter().position(|(a, _)| *a == act) {
            Some(i) => i,
            None => {
                groups.push((act.clone(), BTreeMap::new()));
                groups.len() - 1
            }
        };
        for name in r.names.iter().chain(r.name.iter()) {
            if let Some(nr) = syscall_nr(table, name) {
                add(&mut groups[idx].1, nr, rule.clone());
            }
        }
    }
    groups.sort_by_key(|(a, _)| *a != SeccompAction::Allow);
    let mut programs = Vec::new();
    let mut have_allow = false;
    for (act, map) in groups {
        if map.is_empty() {
            continue;
        }
        let filter = if act == SeccompAction::Allow {
            have_allow = true;
            SeccompFilter::new(finish(map), default.clone(), SeccompAction::Allow, arch)
        } else {
            SeccompFilter::new(finish(map), SeccompAction::Allow, act, arch)
        }
        .map_err(|e| anyhow!("compiling the seccomp profile: {e}"))?;
        programs.push(
            BpfProgram::try_from(filter)
                .map_err(|e| anyhow!("compiling the seccomp profile: {e}"))?,
        );
    }
    if !have_allow && default != SeccompAction::Allow {
        bail!("the seccomp profile allows no system call at all");
    }
    Ok(Compiled { programs })
}

/// Compile the embedded default profile for a process holding the capabilities `caps`.
pub fn compile_default(caps: &[String]) -> Result<Compiled> {
    compile_profile(DEFAULT_PROFILE, caps)
}

/// Load the filters into the calling thread, in order. Requires no_new_privs or
/// CAP_SYS_ADMIN in the current user namespace. Call last, just before execve.
pub fn apply(compiled: &Compiled) -> Result<()> {
    for p in &compiled.programs {
        seccompiler::apply_filter(p).map_err(|e| anyhow!("loading the seccomp filter: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
