//! Reading layer streams within bounds: the size limit of layers and archives
//! (`SKIFF_LAYER_SIZE_LIMIT`), a reader that enforces it, decompression (gzip, zstd or plain,
//! sniffed) behind it, and tar header checks shared with import and build's ADD.

use anyhow::{Context, Result};
use std::io::Read;

/// The environment variable that sets the size limit of layers and archives, in bytes.
pub const SIZE_LIMIT_ENV: &str = "SKIFF_LAYER_SIZE_LIMIT";
/// The default limit: far above real layers, far below what a decompression bomb or a sparse
/// file claiming exabytes would make of the disk.
pub const DEFAULT_SIZE_LIMIT: u64 = 256 << 30;

/// How many bytes one decompressed layer or archive stream, and the files of one layer
/// (sparse files at their full size), may reach: `SKIFF_LAYER_SIZE_LIMIT`, else the default.
pub fn size_limit() -> u64 {
    std::env::var(SIZE_LIMIT_ENV)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(DEFAULT_SIZE_LIMIT)
}

fn too_large(limit: u64) -> String {
    format!("the decompressed data is larger than {limit} bytes, the limit (set {SIZE_LIMIT_ENV} to change it)")
}

/// A reader that fails once more than `left` bytes came through.
pub struct Limited<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Limited<R> {
    pub fn new(inner: R, limit: u64) -> Self {
        Limited {
            inner,
            left: limit,
            limit,
        }
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Ask for one byte more than allowed, to tell "exactly the limit" from "over it".
        let want = buf
            .len()
            .min(usize::try_from(self.left.saturating_add(1)).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            return Err(std::io::Error::other(too_large(self.limit)));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Wrap a reader so gzip- or zstd-compressed input is decompressed (sniffed from magic bytes);
/// plain input passes through. The output stops with an error past `size_limit()` bytes.
pub fn decompressed<'a, R: Read + 'a>(r: R) -> Result<Box<dyn Read + 'a>> {
    decompressed_limited(r, size_limit())
}

pub(super) fn decompressed_limited<'a, R: Read + 'a>(
    mut r: R,
    limit: u64,
) -> Result<Box<dyn Read + 'a>> {
    let mut buf = [0u8; 4];
    let got = read_up_to(&mut r, &mut buf)?;
    let head = buf[..got].to_vec();
    let is_gzip = head.starts_with(&[0x1f, 0x8b]);
    let is_zstd = head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]);
    let joined = std::io::Cursor::new(head).chain(r);
    Ok(if is_gzip {
        Box::new(Limited::new(
            flate2::read::MultiGzDecoder::new(joined),
            limit,
        ))
    } else if is_zstd {
        Box::new(Limited::new(
            zstd::stream::read::Decoder::new(joined).context("starting zstd decompression")?,
            limit,
        ))
    } else {
        Box::new(Limited::new(joined, limit))
    })
}

/// Read into `buf` until it is full or the input ends; how many bytes were read.
pub fn read_up_to<R: Read + ?Sized>(r: &mut R, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        let n = r.read(&mut buf[got..])?;
        if n == 0 {
            break;
        }
        got += n;
    }
    Ok(got)
}

/// Whether a 512-byte tar header block's checksum field matches its contents (old v7 tars
/// have no magic to recognise them by).
pub fn tar_checksum_ok(h: &[u8]) -> bool {
    if h.len() < 512 {
        return false;
    }
    let field = String::from_utf8_lossy(&h[148..156]);
    let want = u32::from_str_radix(field.trim_matches(|c: char| c == '\0' || c == ' '), 8);
    let sum: u32 = h[..512]
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                b as u32
            }
        })
        .sum();
    want.ok() == Some(sum)
}
