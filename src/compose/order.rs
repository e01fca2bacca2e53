//! Dependency order of services: `depends_on`, `links` and `network_mode: service:X` make a
//! service wait for another. Levels group the services that can start together.

use super::spec::ComposeFile;
use std::collections::{BTreeMap, BTreeSet};

/// The services a service waits for.
pub fn deps(file: &ComposeFile, name: &str) -> BTreeSet<String> {
    let mut d = BTreeSet::new();
    let Some(s) = file.services.get(name) else {
        return d;
    };
    d.extend(s.depends_on.keys().cloned());
    for l in &s.links {
        d.insert(l.split_once(':').map_or(l.as_str(), |(t, _)| t).to_string());
    }
    if let Some(t) = s
        .network_mode
        .as_deref()
        .and_then(|m| m.strip_prefix("service:"))
    {
        d.insert(t.to_string());
    }
    d.retain(|x| file.services.contains_key(x));
    d
}

/// A cycle, as the names along it (the first repeated at the end), if there is one.
pub fn find_cycle(file: &ComposeFile) -> Option<Vec<String>> {
    // 0 unvisited, 1 on the path, 2 done
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    fn visit<'a>(
        file: &'a ComposeFile,
        n: &'a str,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let start = path.iter().position(|p| p == n).unwrap_or(0);
                let mut c = path[start..].to_vec();
                c.push(n.to_string());
                return Some(c);
            }
            _ => {}
        }
        state.insert(n, 1);
        path.push(n.to_string());
        let (key, _) = file.services.get_key_value(n)?;
        for d in deps(file, key) {
            let (dk, _) = file.services.get_key_value(d.as_str())?;
            if let Some(c) = visit(file, dk, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n, 2);
        None
    }
    for n in file.services.keys() {
        if let Some(c) = visit(file, n, &mut state, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

/// The services of `wanted` and everything they depend on, in levels: each level's services
/// depend only on earlier levels'. The file has no cycle (`load` checked).
pub fn levels(file: &ComposeFile, wanted: &[String]) -> Vec<Vec<String>> {
    let mut all: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = if wanted.is_empty() {
        file.services.keys().cloned().collect()
    } else {
        wanted.to_vec()
    };
    while let Some(n) = todo.pop() {
        if all.insert(n.clone()) {
            todo.extend(deps(file, &n));
        }
    }
    let mut placed: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    while placed.len() < all.len() {
        let level: Vec<String> = all
            .iter()
            .filter(|n| !placed.contains(*n) && deps(file, n).iter().all(|d| placed.contains(d)))
            .cloned()
            .collect();
        if level.is_empty() {
            break;
        }
        placed.extend(level.iter().cloned());
        out.push(level);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(y: &str) -> ComposeFile {
        serde_yaml_ng::from_str(y).unwrap()
    }

    #[test]
    fn levels_and_cycles() {
        let f = file(
            "services:\n  web: {image: a, depends_on: {app: {condition: service_started}}}\n  \
             app: {image: a, links: ['db:mysql']}\n  db: {image: a}\n  cache: {image: a}\n",
        );
        assert_eq!(
            levels(&f, &[]),
            vec![
                vec!["cache".to_string(), "db".into()],
                vec!["app".into()],
                vec!["web".into()]
            ]
        );
        assert_eq!(
            levels(&f, &["app".into()]),
            vec![vec!["db".to_string()], vec!["app".into()]]
        );
        assert!(find_cycle(&f).is_none());
        let c = file(
            "services:\n  a: {image: x, depends_on: {b: null}}\n  b: {image: x, depends_on: {c: null}}\n  c: {image: x, depends_on: {a: null}}\n",
        );
        assert_eq!(find_cycle(&c).unwrap(), ["a", "b", "c", "a"]);
    }
}
