//! Image commands.

use super::args::*;
use super::output::{json_pretty, print_format};
use super::ExitCode;
use crate::engine::image::import::{self, ImportOpts};
use crate::engine::image::load::{self, LoadOpts};
use crate::engine::image::rmi::{self, RmiOpts};
use crate::engine::image::save::{self, SaveFormat, SaveOpts};
use crate::engine::image::{exists as eexists, inspect as iinspect, list, tag as etag};
use crate::engine::system::info;
use crate::engine::Engine;
use crate::format;
use anyhow::{bail, Result};
use serde_json::json;

pub fn version(a: VersionArgs) -> Result<i32> {
    let v = json!({ "Client": info::version() });
    match a.format.as_deref() {
        Some("json") => println!("{}", json_pretty(&v)?),
        Some(f) => print_format(f, &[v], &[])?,
        None => {
            println!("Version:      {}", env!("CARGO_PKG_VERSION"));
            println!("API Version:  4.3.1");
            println!("Built with:   Rust");
            println!("OS/Arch:      linux/{}", std::env::consts::ARCH);
        }
    }
    Ok(0)
}

pub fn info(e: &Engine, a: InfoArgs) -> Result<i32> {
    let v = info::info(e)?;
    match a.format.as_deref() {
        Some("json") => println!("{}", json_pretty(&v)?),
        Some(f) => print_format(f, &[info::go_field_names(&v)], &[])?,
        None => print!("{}", to_yaml(&v, 0)),
    }
    Ok(0)
}

/// A small YAML-like rendering of a JSON value (podman prints `info` as YAML).
fn to_yaml(v: &serde_json::Value, indent: usize) -> String {
    use serde_json::Value;
    let pad = " ".repeat(indent);
    let mut s = String::new();
    match v {
        Value::Object(m) => {
            for (k, val) in m {
                match val {
                    Value::Object(o) if !o.is_empty() => {
                        s.push_str(&format!("{pad}{k}:\n{}", to_yaml(val, indent + 2)));
                    }
                    Value::Array(a) if !a.is_empty() => {
                        s.push_str(&format!("{pad}{k}:\n"));
                        for item in a {
                            match item {
                                Value::Object(_) => {
                                    let inner = to_yaml(item, indent + 4);
                                    let inner = inner.trim_start();
                                    s.push_str(&format!("{pad}  - {inner}"));
                                }
                                _ => s.push_str(&format!("{pad}  - {}\n", scalar(item))),
                            }
                        }
                    }
                    _ => s.push_str(&format!("{pad}{k}: {}\n", scalar(val))),
                }
            }
        }
        other => s.push_str(&format!("{pad}{}\n", scalar(other))),
    }
    s
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "null".into(),
        serde_json::Value::Object(_) => "{}".into(),
        serde_json::Value::Array(_) => "[]".into(),
        other => other.to_string(),
    }
}

pub fn import(e: &Engine, a: ImportArgs) -> Result<i32> {
    let id = import::import(
        e,
        &ImportOpts {
            source: a.source,
            reference: a.reference,
            changes: a.change,
            message: a.message,
        },
    )?;
    println!("{id}");
    Ok(0)
}

pub fn load(e: &Engine, a: LoadArgs) -> Result<i32> {
    let names = load::load(e, &LoadOpts { input: a.input })?;
    if !a.quiet {
        for n in names {
            println!("Loaded image: {n}");
        }
    }
    Ok(0)
}

pub fn save(e: &Engine, a: SaveArgs) -> Result<i32> {
    let format = match a.format.as_str() {
        "docker-archive" => SaveFormat::DockerArchive,
        "oci-archive" => SaveFormat::OciArchive,
        other => bail!("unsupported format {other:?}: use docker-archive or oci-archive"),
    };
    save::save(
        e,
        &SaveOpts {
            output: a.output,
            format,
            images: a.images,
            uncompressed: a.uncompressed,
        },
    )?;
    Ok(0)
}

const IMAGE_HEADERS: &[(&str, &str)] = &[
    ("ID", "IMAGE ID"),
    ("Repository", "REPOSITORY"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
];

pub fn images(e: &Engine, a: ImagesArgs) -> Result<i32> {
    let rows = list::rows(e, a.reference.as_deref(), Some(&a.sort))?;
    let now = crate::model::time::now_nanos() / 1_000_000_000;
    let id_of = |id: &str| {
        if a.no_trunc {
            format!("sha256:{id}")
        } else {
            id[..12].to_string()
        }
    };
    if a.quiet {
        let mut seen = Vec::new();
        for r in &rows {
            let id = id_of(&r.image.id);
            if !seen.contains(&id) {
                println!("{id}");
                seen.push(id);
            }
        }
        return Ok(0);
    }
    if let Some(f) = a
        .format
        .as_deref()
        .filter(|f| !f.trim().is_empty() && f.trim() != "table")
    {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                let img = &r.image;
                json!({
                    "ID": id_of(&img.id),
                    "Id": img.id,
                    "Repository": r.repository,
                    "Tag": r.tag,
                    "Digest": img.digest,
                    "Names": img.names,
                    "Name": r.name,
                    "Created": img.created,
                    "CreatedAt": crate::model::time::rfc3339(img.created * 1_000_000_000),
                    "CreatedSince": format::human_ago(img.created, now),
                    "Size": format::human_size(img.size),
                    "VirtualSize": img.size,
                    "Dangling": img.names.is_empty(),
                    "Containers": r.containers,
                })
            })
            .collect();
        let f = if a.noheading {
            f.trim_start_matches("table ")
        } else {
            f
        };
        print_format(f, &items, IMAGE_HEADERS)?;
        return Ok(0);
    }
    let mut header = vec!["REPOSITORY", "TAG"];
    if a.digests {
        header.push("DIGEST");
    }
    header.extend(["IMAGE ID", "CREATED", "SIZE"]);
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let img = &r.image;
            let mut row = vec![r.repository.clone(), r.tag.clone()];
            if a.digests {
                row.push(img.digest.clone());
            }
            row.push(id_of(&img.id));
            row.push(format::human_ago(img.created, now));
            row.push(format::human_size(img.size));
            row
        })
        .collect();
    let mut out = format::table(&header, &table_rows);
    if a.noheading {
        out = out
            .split_once('\n')
            .map(|(_, r)| r.to_string())
            .unwrap_or_default();
    }
    print!("{out}");
    Ok(0)
}

pub fn tag(e: &Engine, a: TagArgs) -> Result<i32> {
    etag::tag(e, &a.image, &a.names)?;
    Ok(0)
}

pub fn rmi(e: &Engine, a: RmiArgs) -> Result<i32> {
    if a.images.is_empty() && !a.all {
        bail!("image name or ID must be specified");
    }
    let r = rmi::rmi(
        e,
        &RmiOpts {
            images: a.images,
            force: a.force,
            all: a.all,
            ignore: a.ignore,
        },
    )?;
    for l in &r.lines {
        println!("{l}");
    }
    for err in &r.errors {
        eprintln!("Error: {err}");
    }
    if r.code != 0 {
        return Err(ExitCode(r.code).into());
    }
    Ok(0)
}

pub fn untag(e: &Engine, a: UntagArgs) -> Result<i32> {
    etag::untag(e, &a.image, &a.names)?;
    Ok(0)
}

pub fn exists(e: &Engine, a: ExistsArgs) -> Result<i32> {
    Ok(if eexists::exists(e, &a.image)? { 0 } else { 1 })
}

pub fn inspect_images(e: &Engine, a: InspectArgs) -> Result<i32> {
    let mut docs = Vec::new();
    let mut code = 0;
    for n in &a.names {
        match iinspect::image(e, n) {
            Ok(d) => docs.push(d),
            Err(err) => {
                eprintln!("Error: {err:#}");
                code = 125;
            }
        }
    }
    print_inspect(&docs, a.format.as_deref())?;
    Ok(code)
}

/// Print inspect documents: a JSON array, or each through a template.
pub fn print_inspect(docs: &[serde_json::Value], format: Option<&str>) -> Result<()> {
    match format {
        None | Some("json") => println!("{}", json_pretty(&docs)?),
        Some(f) => print_format(f, docs, &[])?,
    }
    Ok(())
}
