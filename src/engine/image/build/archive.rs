//! ADD's local archives: a tar, plain or compressed with gzip, bzip2, xz or zstd, is unpacked
//! into the destination instead of being copied as a file.

use super::sink::Sink;
use crate::store::layer_tar::{read_up_to, tar_checksum_ok, Limited};
use anyhow::{Context, Result};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Bzip2,
    Xz,
    Zstd,
}

fn sniff(head: &[u8]) -> Compression {
    if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(b"BZh") {
        Compression::Bzip2
    } else if head.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        Compression::Xz
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// The decompressed stream of `f`, whatever its compression. Like a layer's, it ends with an
/// error past `layer_tar::size_limit()` bytes (`SKIFF_LAYER_SIZE_LIMIT`).
pub fn decompress(f: std::fs::File) -> Result<Box<dyn Read + Send>> {
    let limit = crate::store::layer_tar::size_limit();
    Ok(Box::new(Limited::new(decompress_unbounded(f)?, limit)))
}

fn decompress_unbounded(f: std::fs::File) -> Result<Box<dyn Read + Send>> {
    let mut r = BufReader::new(f);
    let mut head = [0u8; 6];
    let got = read_up_to(&mut r, &mut head)?;
    let joined = std::io::Cursor::new(head[..got].to_vec()).chain(r);
    Ok(match sniff(&head[..got]) {
        Compression::None => Box::new(joined),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(joined)),
        Compression::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(joined)),
        Compression::Zstd => Box::new(
            zstd::stream::read::Decoder::new(joined).context("starting zstd decompression")?,
        ),
        Compression::Xz => xz_reader(joined)?,
    })
}

/// xz is decoded by a thread writing into a pipe (the decoder pushes its output). The reader
/// joins the thread when dropped: no thread of skiff's may be left running (or exiting) when
/// a later step forks a helper.
fn xz_reader<R: Read + Send + 'static>(input: R) -> Result<Box<dyn Read + Send>> {
    let (r, w) = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)?;
    let thread = std::thread::spawn(move || {
        let mut input = BufReader::new(input);
        let mut out = std::fs::File::from(w);
        let _ = lzma_rs::xz_decompress(&mut input, &mut out);
    });
    Ok(Box::new(Joined {
        pipe: Some(std::fs::File::from(r)),
        thread: Some(thread),
    }))
}

/// The read end of a decoding thread's pipe; dropping it closes the pipe (the thread's next
/// write fails) and waits for the thread to end.
struct Joined {
    pipe: Option<std::fs::File>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Read for Joined {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.pipe.as_mut() {
            Some(p) => p.read(buf),
            None => Ok(0),
        }
    }
}

impl Drop for Joined {
    fn drop(&mut self) {
        drop(self.pipe.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Whether a tar header block is one (ustar magic, or an old tar with a valid checksum).
fn tar_block(h: &[u8]) -> bool {
    if h.len() < 512 || h.iter().all(|b| *b == 0) {
        return false;
    }
    if &h[257..262] == b"ustar" {
        return true;
    }
    tar_checksum_ok(h)
}

/// Whether the file is a tar archive (after decompression).
pub fn is_tar(f: std::fs::File) -> Result<bool> {
    let mut r = decompress(f)?;
    let mut block = vec![0u8; 512];
    match read_up_to(&mut r, &mut block) {
        Ok(got) => Ok(tar_block(&block[..got])),
        Err(_) => Ok(false),
    }
}

/// Copy the entries of an archive into `sink`, names made relative (`/a`, `./a` → `a`).
pub fn append_entries(f: std::fs::File, sink: &mut dyn Sink) -> Result<()> {
    let mut ar = tar::Archive::new(decompress(f)?);
    for e in ar.entries().context("reading the archive")? {
        let mut e = e.context("reading the archive")?;
        let raw = e.path()?.into_owned();
        let comps = crate::store::layer_tar::clean_path(&raw)?;
        if comps.is_empty() {
            continue;
        }
        let name: PathBuf = comps.iter().collect();
        let mut h = e.header().clone();
        match h.entry_type() {
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target = e.link_name()?.map(|t| t.into_owned()).unwrap_or_default();
                let target = if h.entry_type() == tar::EntryType::Link {
                    crate::store::layer_tar::clean_path(&target)?
                        .iter()
                        .collect()
                } else {
                    target
                };
                sink.link(&mut h, &name, Path::new(&target))?;
            }
            tar::EntryType::XGlobalHeader | tar::EntryType::XHeader => {}
            _ => sink.add(&mut h, &name, &mut e)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn tar_bytes() -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(2);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, "./dir/a.txt", &b"hi"[..]).unwrap();
        b.into_inner().unwrap()
    }

    fn file_with(data: &[u8]) -> std::fs::File {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(data).unwrap();
        std::io::Seek::rewind(&mut f).unwrap();
        f
    }

    #[test]
    fn every_compression_is_recognised() {
        let t = tar_bytes();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&t).unwrap();
        let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
        bz.write_all(&t).unwrap();
        let mut xz = Vec::new();
        lzma_rs::xz_compress(&mut &t[..], &mut xz).unwrap();
        let zs = zstd::encode_all(&t[..], 3).unwrap();
        for data in [
            t.clone(),
            gz.finish().unwrap(),
            bz.finish().unwrap(),
            xz,
            zs,
        ] {
            assert!(is_tar(file_with(&data)).unwrap());
            let mut hs = super::super::sink::HashSink::default();
            append_entries(file_with(&data), &mut hs).unwrap();
        }
        assert!(!is_tar(file_with(b"just some text, not an archive")).unwrap());
        assert!(!is_tar(file_with(b"")).unwrap());
    }

    /// A reader that holds a share of `held` until dropped: the decoding thread's input.
    struct Held {
        _share: std::sync::Arc<()>,
        data: std::io::Cursor<Vec<u8>>,
    }

    impl Read for Held {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.data.read(buf)
        }
    }

    #[test]
    fn an_xz_reader_dropped_early_has_ended_its_thread() {
        // A thread left running (or exiting) when a helper is forked could leave a lock of
        // the allocator held in the helper: the reader must wait for its thread.
        let data: Vec<u8> = (0..2_000_000u32).map(|i| (i % 251) as u8).collect();
        let mut xz = Vec::new();
        lzma_rs::xz_compress(&mut &data[..], &mut xz).unwrap();
        for _ in 0..20 {
            let held = std::sync::Arc::new(());
            let mut r = xz_reader(Held {
                _share: held.clone(),
                data: std::io::Cursor::new(xz.clone()),
            })
            .unwrap();
            let mut first = [0u8; 512];
            r.read_exact(&mut first).unwrap();
            drop(r);
            assert_eq!(
                std::sync::Arc::strong_count(&held),
                1,
                "the thread still runs"
            );
        }
    }
}
