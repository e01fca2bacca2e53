//! `.network`, `.image` and `.volume` files. Networks and images become oneshot services
//! (`skiff network create --ignore`, `skiff pull`) that containers depend on. skiff creates
//! named volumes on first use and has no `volume create`: a `.volume` file only names the
//! volume (`VolumeName=`), and gives no service.

use super::unitfile::{check_keys, host_path, parse_bool, split_words, UnitFile};
use super::{Ctx, UnitText};

/// The network a `.network` file makes: `NetworkName=`, else `systemd-BASE`.
pub(super) fn network_name(base: &str, u: &UnitFile) -> String {
    u.last("Network", "NetworkName")
        .map(|e| e.value.clone())
        .unwrap_or_else(|| format!("systemd-{base}"))
}

/// The volume a `.volume` file names: `VolumeName=`, else `systemd-BASE`.
pub(super) fn volume_name(base: &str, u: &UnitFile) -> String {
    u.last("Volume", "VolumeName")
        .map(|e| e.value.clone())
        .unwrap_or_else(|| format!("systemd-{base}"))
}

fn words(u: &UnitFile, section: &str, key: &str) -> Result<Vec<String>, Vec<String>> {
    let mut out = Vec::new();
    for e in u.all(section, key) {
        out.extend(split_words(&e.value).map_err(|m| vec![format!("{}: {m}", e.at())])?);
    }
    Ok(out)
}

/// A oneshot service running `cmd` once, and staying active.
fn oneshot(
    u: &UnitFile,
    section: &str,
    ctx: &Ctx,
    global: &[String],
    cmd: Vec<String>,
) -> UnitText {
    let mut text = UnitText::new(u, section, ctx);
    let mut start = vec![ctx.binary.clone()];
    start.extend(global.iter().cloned());
    start.extend(cmd);
    text.add("Service", "Type", "oneshot");
    text.add("Service", "RemainAfterExit", "yes");
    text.add("Service", "SyslogIdentifier", "%N");
    text.copy_section(u, "Service");
    text.add_command("Service", "ExecStart", &start, false);
    text
}

/// `NAME.network` → `NAME-network.service`: `skiff network create --ignore ...`.
pub(super) fn network(u: &UnitFile, ctx: &Ctx, base: &str) -> Result<UnitText, Vec<String>> {
    const S: &str = "Network";
    let supported = [
        "NetworkName",
        "Subnet",
        "Gateway",
        "Internal",
        "DisableDNS",
        "Label",
        "Driver",
        "Options",
        "PodmanArgs",
        "GlobalArgs",
    ];
    let podman_only = [
        "ContainersConfModule",
        "DNS",
        "IPAMDriver",
        "IPRange",
        "IPv6",
        "NetworkDeleteOnStop",
    ];
    let problems = check_keys(u, S, &supported, &podman_only);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut cmd = vec!["network".to_string(), "create".into(), "--ignore".into()];
    let one = |k: &str| u.last(S, k).map(|e| e.value.clone());
    let b = |k: &str| -> Result<bool, Vec<String>> {
        Ok(u.last(S, k)
            .map(parse_bool)
            .transpose()
            .map_err(|e| vec![e])?
            .unwrap_or(false))
    };
    if let Some(d) = one("Driver") {
        cmd.push(format!("--driver={d}"));
    }
    if let Some(s) = one("Subnet") {
        cmd.push(format!("--subnet={s}"));
    }
    if let Some(g) = one("Gateway") {
        cmd.push(format!("--gateway={g}"));
    }
    if b("Internal")? {
        cmd.push("--internal".into());
    }
    if b("DisableDNS")? {
        cmd.push("--disable-dns".into());
    }
    for l in words(u, S, "Label")? {
        cmd.push(format!("--label={l}"));
    }
    for o in u.all(S, "Options") {
        cmd.push(format!("--opt={}", o.value));
    }
    cmd.extend(words(u, S, "PodmanArgs")?);
    cmd.push(network_name(base, u));
    let global = words(u, S, "GlobalArgs")?;
    Ok(oneshot(u, S, ctx, &global, cmd))
}

/// `NAME.image` → `NAME-image.service`: `skiff pull ...`.
pub(super) fn image(u: &UnitFile, ctx: &Ctx) -> Result<UnitText, Vec<String>> {
    const S: &str = "Image";
    let supported = [
        "Image",
        "Arch",
        "AuthFile",
        "CertDir",
        "Creds",
        "OS",
        "TLSVerify",
        "Variant",
        "PodmanArgs",
        "GlobalArgs",
    ];
    let podman_only = [
        "AllTags",
        "ContainersConfModule",
        "DecryptionKey",
        "ImageTag",
    ];
    let problems = check_keys(u, S, &supported, &podman_only);
    if !problems.is_empty() {
        return Err(problems);
    }
    let image = u
        .last(S, "Image")
        .map(|e| e.value.clone())
        .ok_or_else(|| vec![format!("{}: no Image= key in [Image]", u.path.display())])?;
    let mut cmd = vec!["pull".to_string()];
    for (key, flag) in [
        ("Arch", "arch"),
        ("OS", "os"),
        ("Variant", "variant"),
        ("Creds", "creds"),
    ] {
        if let Some(e) = u.last(S, key) {
            cmd.push(format!("--{flag}={}", e.value));
        }
    }
    for (key, flag) in [("AuthFile", "authfile"), ("CertDir", "cert-dir")] {
        if let Some(e) = u.last(S, key) {
            cmd.push(format!("--{flag}={}", host_path(u, &e.value)));
        }
    }
    if let Some(e) = u.last(S, "TLSVerify") {
        cmd.push(format!(
            "--tls-verify={}",
            parse_bool(e).map_err(|p| vec![p])?
        ));
    }
    cmd.extend(words(u, S, "PodmanArgs")?);
    cmd.push(image);
    let global = words(u, S, "GlobalArgs")?;
    Ok(oneshot(u, S, ctx, &global, cmd))
}

/// `NAME.volume`: no service; only `VolumeName=` is understood.
pub(super) fn volume(u: &UnitFile) -> Vec<String> {
    let podman_only = [
        "ContainersConfModule",
        "Copy",
        "Device",
        "Driver",
        "GlobalArgs",
        "Group",
        "Image",
        "Label",
        "Options",
        "PodmanArgs",
        "Type",
        "User",
    ];
    check_keys(u, "Volume", &["VolumeName"], &podman_only)
}
