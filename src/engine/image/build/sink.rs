//! What a walk of COPY/ADD sources writes its entries to: a digest (`HashSink`, the sources'
//! part of a cache key) or a tar (`tar::Builder`, what is extracted into the container).

use anyhow::Result;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;

/// What a walk writes entries to: a digest or a tar.
pub trait Sink {
    fn add(&mut self, h: &mut tar::Header, name: &Path, data: &mut dyn Read) -> Result<()>;
    fn link(&mut self, h: &mut tar::Header, name: &Path, target: &Path) -> Result<()>;
}

/// Hashes entries.
#[derive(Default)]
pub struct HashSink(pub Sha256);

impl HashSink {
    fn head(&mut self, h: &tar::Header, name: &Path) {
        let kind = h.entry_type().as_byte();
        let mode = h.mode().unwrap_or(0);
        let size = h.size().unwrap_or(0);
        self.0
            .update(format!("{}\0{kind}\0{mode:o}\0{size}\0", name.display()));
    }

    pub fn finish(self) -> String {
        format!("sha256:{}", hex::encode(self.0.finalize()))
    }
}

impl Sink for HashSink {
    fn add(&mut self, h: &mut tar::Header, name: &Path, data: &mut dyn Read) -> Result<()> {
        self.head(h, name);
        let mut buf = [0u8; 64 * 1024];
        loop {
            let n = data.read(&mut buf)?;
            if n == 0 {
                return Ok(());
            }
            self.0.update(&buf[..n]);
        }
    }
    fn link(&mut self, h: &mut tar::Header, name: &Path, target: &Path) -> Result<()> {
        self.head(h, name);
        self.0.update(target.as_os_str().as_encoded_bytes());
        Ok(())
    }
}

impl<W: Write> Sink for tar::Builder<W> {
    fn add(&mut self, h: &mut tar::Header, name: &Path, data: &mut dyn Read) -> Result<()> {
        Ok(self.append_data(h, name, data)?)
    }
    fn link(&mut self, h: &mut tar::Header, name: &Path, target: &Path) -> Result<()> {
        Ok(self.append_link(h, name, target)?)
    }
}
