//! [`AtomicFile`]: write to `FILE.tmp`, rename to `FILE` on commit, so a reader
//! never sees a half-written output as complete.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file that appears under its name only when [`AtomicFile::commit`] is called.
#[derive(Debug)]
pub struct AtomicFile {
    file: File,
    tmp: PathBuf,
    path: PathBuf,
}

impl AtomicFile {
    /// Create `path.tmp` (next to `path`, so the rename stays on one file system).
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let file = File::create(&tmp)?;
        Ok(AtomicFile {
            file,
            tmp,
            path: path.to_path_buf(),
        })
    }

    /// Flush to disk and rename into place.
    pub fn commit(mut self) -> io::Result<()> {
        self.file.flush()?;
        self.file.sync_all()?;
        std::fs::rename(&self.tmp, &self.path)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

/// Where an output goes: stdout, or a file that appears complete or not at all.
#[derive(Debug)]
pub enum Destination {
    /// Standard output.
    Stdout(io::Stdout),
    /// A file, committed by rename.
    File(AtomicFile),
}

impl Destination {
    /// Stdout for `None` or `-`, else an [`AtomicFile`] at the path.
    pub fn open(path: Option<&Path>) -> io::Result<Destination> {
        match path {
            None => Ok(Destination::Stdout(io::stdout())),
            Some(p) if p.as_os_str() == "-" => Ok(Destination::Stdout(io::stdout())),
            Some(p) => AtomicFile::create(p).map(Destination::File),
        }
    }

    /// Flush, and for a file move it into place.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Destination::Stdout(mut s) => s.flush(),
            Destination::File(f) => f.commit(),
        }
    }
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Destination::Stdout(s) => s.write(buf),
            Destination::File(f) => f.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Destination::Stdout(s) => s.flush(),
            Destination::File(f) => f.flush(),
        }
    }
}
