//! Build arguments in a stage: `ARG NAME=DEFAULT` takes the `--build-arg` value when there is
//! one, `ARG NAME` alone the value of the meta ARG (before FROM) or of the automatic platform
//! args (`TARGETARCH`...). The predefined proxy args reach RUN without being declared and stay
//! out of the history, as docker does.

use std::collections::BTreeMap;

/// Usable with `--build-arg` without an `ARG`, never recorded in the image.
pub const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// The automatic platform args for a build and target platform of `os/arch[/variant]`.
pub fn platform_args(os: &str, arch: &str, variant: Option<&str>) -> BTreeMap<String, String> {
    let platform = match variant {
        Some(v) => format!("{os}/{arch}/{v}"),
        None => format!("{os}/{arch}"),
    };
    let mut m = BTreeMap::new();
    for side in ["BUILD", "TARGET"] {
        m.insert(format!("{side}PLATFORM"), platform.clone());
        m.insert(format!("{side}OS"), os.to_string());
        m.insert(format!("{side}ARCH"), arch.to_string());
        m.insert(format!("{side}VARIANT"), variant.unwrap_or("").to_string());
    }
    m
}

/// The ARGs declared so far in one stage, with their values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArgScope {
    declared: Vec<(String, Option<String>)>,
}

impl ArgScope {
    /// Declare `name`: `default` is the ARG's own default, already substituted.
    pub fn declare(
        &mut self,
        name: &str,
        default: Option<String>,
        build_args: &BTreeMap<String, String>,
        meta: &BTreeMap<String, String>,
        auto: &BTreeMap<String, String>,
    ) {
        let value = build_args
            .get(name)
            .cloned()
            .or(default)
            .or_else(|| meta.get(name).cloned())
            .or_else(|| auto.get(name).cloned());
        self.declared.retain(|(n, _)| n != name);
        self.declared.push((name.to_string(), value));
    }

    /// The value of a declared arg (None: not declared, or declared without a value).
    pub fn get(&self, name: &str) -> Option<String> {
        self.declared
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.clone())
    }

    pub fn is_declared(&self, name: &str) -> bool {
        self.declared.iter().any(|(n, _)| n == name)
    }

    /// Declared args with a value, sorted by name.
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = self
            .declared
            .iter()
            .filter_map(|(n, v)| v.clone().map(|v| (n.clone(), v)))
            .collect();
        v.sort();
        v
    }

    /// RUN's extra environment: the declared args, then proxy args given as build args.
    pub fn run_env(&self, build_args: &BTreeMap<String, String>) -> Vec<(String, String)> {
        let mut v = self.values();
        for p in PROXY_ARGS {
            if let (false, Some(val)) = (self.is_declared(p), build_args.get(*p)) {
                v.push((p.to_string(), val.clone()));
            }
        }
        v
    }

    /// `|N K=V ...` before a RUN's command in the history (empty without args).
    pub fn history_prefix(&self) -> String {
        let v = self.values();
        if v.is_empty() {
            return String::new();
        }
        let pairs: Vec<String> = v.iter().map(|(k, val)| format!("{k}={val}")).collect();
        format!("|{} {} ", v.len(), pairs.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_rules() {
        let build = BTreeMap::from([
            ("A".to_string(), "from-cli".to_string()),
            ("http_proxy".to_string(), "http://p:3128".to_string()),
        ]);
        let meta = BTreeMap::from([("M".to_string(), "meta".to_string())]);
        let auto = platform_args("linux", "amd64", None);
        let mut s = ArgScope::default();
        s.declare("A", Some("default".into()), &build, &meta, &auto);
        s.declare("B", Some("b".into()), &build, &meta, &auto);
        s.declare("M", None, &build, &meta, &auto);
        s.declare("TARGETARCH", None, &build, &meta, &auto);
        s.declare("NOVALUE", None, &build, &meta, &auto);
        assert_eq!(s.get("A").as_deref(), Some("from-cli"));
        assert_eq!(s.get("B").as_deref(), Some("b"));
        assert_eq!(s.get("M").as_deref(), Some("meta"));
        assert_eq!(s.get("TARGETARCH").as_deref(), Some("amd64"));
        assert_eq!(s.get("NOVALUE"), None);
        assert!(s.is_declared("NOVALUE"));
        assert_eq!(
            s.history_prefix(),
            "|4 A=from-cli B=b M=meta TARGETARCH=amd64 "
        );
        let env = s.run_env(&build);
        assert_eq!(env.last().unwrap().0, "http_proxy");
        assert_eq!(ArgScope::default().history_prefix(), "");
        assert_eq!(auto["TARGETPLATFORM"], "linux/amd64");
    }
}
