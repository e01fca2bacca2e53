//! `pod logs`: the logs of the pod's members (or of `--container` alone), prefixed.

use super::lookup::{find, members};
use crate::engine::container::logs::{logs_many, LogsOpts};
use crate::engine::Engine;
use anyhow::{bail, Result};

pub fn logs(
    engine: &Engine,
    what: &str,
    container: Option<&str>,
    opts: &LogsOpts,
    out: &mut dyn FnMut(u8, &[u8]),
) -> Result<()> {
    let pod = find(engine, what)?;
    let ms = members(engine, &pod.id)?;
    let names: Vec<String> = match container {
        Some(c) => match ms.iter().find(|m| m.name == c || m.id.starts_with(c)) {
            Some(m) => vec![m.id.clone()],
            None => bail!("container {c} is not in pod {}", pod.name),
        },
        None => ms.iter().map(|m| m.id.clone()).collect(),
    };
    if names.is_empty() {
        bail!("pod {} has no containers", pod.name);
    }
    if let [one] = names.as_slice() {
        let o = LogsOpts {
            prefix: ms
                .iter()
                .find(|m| &m.id == one)
                .map(|m| m.id[..12].to_string()),
            ..opts.clone()
        };
        return crate::engine::container::logs::logs(engine, one, &o, out);
    }
    logs_many(engine, &names, false, opts, out)
}
