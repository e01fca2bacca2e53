//! `completion SHELL` (podman's command) and the hidden `generate-man-pages DIR`; both come from
//! the clap definitions, so they cannot drift from the flags. `completions/` and `man/` in the
//! source tree are their output (regenerate with `.ci/gen-docs.sh`; a test compares).

use super::args::{CompletionArgs, ManArgs};
use anyhow::{Context, Result};

/// `completion SHELL [-f FILE]`.
pub fn completion(a: CompletionArgs) -> Result<i32> {
    let mut cmd = super::parse::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "skiff", &mut buf);
    match &a.file {
        Some(f) => std::fs::write(f, &buf).with_context(|| format!("writing {}", f.display()))?,
        None => {
            use std::io::Write;
            // A reader that stops early (`| head`) is not an error.
            let _ = std::io::stdout().write_all(&buf);
        }
    }
    Ok(0)
}

/// `generate-man-pages DIR`: one page for skiff and one per (sub)command.
pub fn man_pages(a: ManArgs) -> Result<i32> {
    std::fs::create_dir_all(&a.dir).with_context(|| format!("creating {}", a.dir.display()))?;
    let cmd = super::parse::command();
    write_pages(&cmd, "skiff", &a.dir)?;
    Ok(0)
}

fn write_pages(cmd: &clap::Command, name: &str, dir: &std::path::Path) -> Result<()> {
    // A one-off process: the page names live until it exits.
    let title: &'static str = Box::leak(name.to_string().into_boxed_str());
    let cmd = cmd.clone().name(title);
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buf).with_context(|| format!("writing {}", path.display()))?;
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
