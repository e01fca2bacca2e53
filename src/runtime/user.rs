//! Resolving `-u USER[:GROUP]` against the container's /etc/passwd and /etc/group.

use super::CodedError;
use anyhow::{Context, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub uid: u32,
    pub gid: u32,
    pub groups: Vec<u32>,
    pub home: String,
}

struct Passwd {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

fn parse_passwd(text: &str) -> Vec<Passwd> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 6 {
                return None;
            }
            Some(Passwd {
                name: f[0].to_string(),
                uid: f[2].parse().ok()?,
                gid: f[3].parse().ok()?,
                home: f[5].to_string(),
            })
        })
        .collect()
}

fn parse_group(text: &str) -> Vec<(String, u32, Vec<String>)> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 3 {
                return None;
            }
            let members = f
                .get(3)
                .map(|m| {
                    m.split(',')
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            Some((f[0].to_string(), f[2].parse().ok()?, members))
        })
        .collect()
}

/// Resolve `spec` using the files of the current root (called after pivot_root).
pub fn resolve(spec: &str, _env: &[String]) -> Result<Ident> {
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    resolve_with(spec, &passwd, &group)
}

pub fn resolve_with(spec: &str, passwd: &str, group: &str) -> Result<Ident> {
    let users = parse_passwd(passwd);
    let groups = parse_group(group);
    let (u, g) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let u = if u.is_empty() { "0" } else { u };
    let entry = match u.parse::<u32>() {
        Ok(uid) => users.iter().find(|p| p.uid == uid),
        Err(_) => Some(
            users
                .iter()
                .find(|p| p.name == u)
                .ok_or_else(|| CodedError {
                    code: 125,
                    msg: format!("unable to find user {u}: no matching entries in passwd file"),
                })?,
        ),
    };
    let uid = match u.parse::<u32>() {
        Ok(n) => n,
        Err(_) => entry.map(|e| e.uid).unwrap_or(0),
    };
    let gid = match g {
        Some(g) => match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => groups
                .iter()
                .find(|(n, _, _)| n == g)
                .map(|(_, id, _)| *id)
                .ok_or_else(|| CodedError {
                    code: 125,
                    msg: format!("unable to find group {g}: no matching entries in group file"),
                })?,
        },
        None => entry.map(|e| e.gid).unwrap_or(0),
    };
    let home = entry.map(|e| e.home.clone()).unwrap_or_else(|| "/".into());
    let mut extra: Vec<u32> = Vec::new();
    if g.is_none() {
        if let Some(e) = entry {
            for (_, id, members) in &groups {
                if members.iter().any(|m| m == &e.name) && *id != gid && !extra.contains(id) {
                    extra.push(*id);
                }
            }
        }
    }
    Ok(Ident {
        uid,
        gid,
        groups: extra,
        home,
    })
}

/// `--group-add`: ids as given, names looked up in the current root's /etc/group.
pub fn resolve_groups(given: &[String]) -> Result<Vec<u32>> {
    if given.is_empty() {
        return Ok(Vec::new());
    }
    let groups = parse_group(&std::fs::read_to_string("/etc/group").unwrap_or_default());
    given
        .iter()
        .map(|g| match g.parse::<u32>() {
            Ok(n) => Ok(n),
            Err(_) => groups
                .iter()
                .find(|(n, _, _)| n == g)
                .map(|(_, id, _)| *id)
                .ok_or_else(|| {
                    CodedError {
                        code: 125,
                        msg: format!("unable to find group {g}: no matching entries in group file"),
                    }
                    .into()
                }),
        })
        .collect()
}

/// `--hostuser`: append the passwd lines whose user the current root's /etc/passwd lacks.
pub fn add_passwd_entries(lines: &[String]) -> Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    let have = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let names: Vec<&str> = have.lines().filter_map(|l| l.split(':').next()).collect();
    let mut add = String::new();
    if !have.is_empty() && !have.ends_with('\n') {
        add.push('\n');
    }
    for l in lines {
        if !names.contains(&l.split(':').next().unwrap_or("")) {
            add.push_str(l);
            add.push('\n');
        }
    }
    if add.trim().is_empty() {
        return Ok(());
    }
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open("/etc/passwd")
        .and_then(|mut f| f.write_all(add.as_bytes()))
        .context("adding --hostuser entries to /etc/passwd")
}

#[cfg(test)]
mod tests {
    use super::*;
    const P: &str = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n";
    const G: &str = "root:x:0:\nwheel:x:10:app\napp:x:1000:\n";

    #[test]
    fn resolves_names_and_numbers() {
        let r = resolve_with("", P, G).unwrap();
        assert_eq!((r.uid, r.gid, r.home.as_str()), (0, 0, "/root"));
        let a = resolve_with("app", P, G).unwrap();
        assert_eq!((a.uid, a.gid, a.groups.clone()), (1000, 1000, vec![10]));
        let n = resolve_with("1000:10", P, G).unwrap();
        assert_eq!((n.uid, n.gid), (1000, 10));
        let unknown = resolve_with("4242", P, G).unwrap();
        assert_eq!(
            (unknown.uid, unknown.gid, unknown.home.as_str()),
            (4242, 0, "/")
        );
        assert!(resolve_with("nobody-here", P, G).is_err());
        assert!(resolve_with("app:nogroup", P, G).is_err());
        assert_eq!(resolve_with("app:wheel", P, G).unwrap().gid, 10);
    }
}
