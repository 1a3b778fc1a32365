//! The byte source under the record parser: plain bytes, or gzip members decoded one
//! after another with the file offset of each member kept, so a record can report where
//! its member starts (what Common Crawl's indexes call the record offset).

use flate2::bufread::GzDecoder;
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};

/// A `BufRead` that counts the bytes consumed from it: the file offset.
pub(crate) struct Counted<B> {
    inner: B,
    pos: u64,
}

impl<B: BufRead> Read for Counted<B> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = {
            let avail = self.inner.fill_buf()?;
            let n = avail.len().min(out.len());
            out[..n].copy_from_slice(&avail[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<B: BufRead> BufRead for Counted<B> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.inner.consume(n);
        self.pos += n as u64;
    }
}

/// What went wrong below the record layer.
pub(crate) enum SourceError {
    /// The file could not be read.
    Io(u64, io::Error),
    /// A gzip member failed to decode (or was not gzip); the source has already moved
    /// to the next member.
    Gzip(u64, String),
}

enum State<R> {
    Plain(Counted<BufReader<R>>),
    /// Between gzip members.
    Idle(Counted<BufReader<R>>),
    Member(Box<GzDecoder<Counted<BufReader<R>>>>),
    Done,
}

const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Decompressed bytes with the gzip member map.
pub(crate) struct Source<R> {
    state: State<R>,
    /// Decompressed bytes produced so far.
    dpos: u64,
    /// `(decompressed start, file offset)` of recent members, oldest first.
    members: VecDeque<(u64, u64)>,
    gzip: bool,
}

impl<R: Read> Source<R> {
    /// Sniff the first bytes: gzip magic selects member-wise decoding.
    pub(crate) fn new(reader: R) -> io::Result<Source<R>> {
        let mut inner = Counted {
            inner: BufReader::with_capacity(256 * 1024, reader),
            pos: 0,
        };
        let gzip = inner.fill_buf()?.starts_with(&GZIP_MAGIC[..2]);
        let state = if gzip {
            State::Idle(inner)
        } else {
            State::Plain(inner)
        };
        Ok(Source {
            state,
            dpos: 0,
            members: VecDeque::new(),
            gzip,
        })
    }

    /// Whether the input is gzip-compressed.
    pub(crate) fn is_gzip(&self) -> bool {
        self.gzip
    }

    /// The file offset of the byte at decompressed position `dpos`: the start of its gzip
    /// member, or `dpos` itself for plain input.
    pub(crate) fn file_offset(&self, dpos: u64) -> u64 {
        if !self.gzip {
            return dpos;
        }
        let k = self.members.partition_point(|&(d, _)| d <= dpos);
        match k {
            0 => self.members.front().map_or(0, |m| m.1),
            k => self.members[k - 1].1,
        }
    }

    /// Forget members wholly before decompressed position `dpos`.
    pub(crate) fn forget_before(&mut self, dpos: u64) {
        while self.members.len() > 1 && self.members[1].0 <= dpos {
            self.members.pop_front();
        }
    }

    /// Read decompressed bytes; `Ok(0)` is the end of input.
    pub(crate) fn read(&mut self, out: &mut [u8]) -> Result<usize, SourceError> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(0),
                State::Plain(mut r) => {
                    let res = r.read(out);
                    let pos = r.pos;
                    self.state = State::Plain(r);
                    let n = res.map_err(|e| SourceError::Io(pos, e))?;
                    self.dpos += n as u64;
                    return Ok(n);
                }
                State::Idle(mut r) => {
                    // Skip zero padding between members; find the next member.
                    let start = r.pos;
                    let buf = match r.fill_buf() {
                        Ok(b) => b,
                        Err(e) => return Err(SourceError::Io(start, e)),
                    };
                    if buf.is_empty() {
                        return Ok(0);
                    }
                    let zeros = buf
                        .iter()
                        .take_while(|&&b| b == 0 || b == b'\n' || b == b'\r')
                        .count();
                    if zeros > 0 {
                        r.consume(zeros);
                        self.state = State::Idle(r);
                        continue;
                    }
                    if buf.len() >= 2 && buf[..2] == GZIP_MAGIC[..2]
                        || buf.len() == 1 && buf[0] == 0x1f
                    {
                        self.members.push_back((self.dpos, start));
                        self.state = State::Member(Box::new(GzDecoder::new(r)));
                        continue;
                    }
                    let res = skip_to_magic(&mut r);
                    self.state = State::Idle(r);
                    res.map_err(|e| SourceError::Io(start, e))?;
                    return Err(SourceError::Gzip(
                        start,
                        "bytes between gzip members are not gzip".into(),
                    ));
                }
                State::Member(mut d) => match d.read(out) {
                    Ok(0) => self.state = State::Idle((*d).into_inner()),
                    Ok(n) => {
                        self.state = State::Member(d);
                        self.dpos += n as u64;
                        return Ok(n);
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                        self.state = State::Member(d)
                    }
                    Err(e) => {
                        let offset = self.members.back().map_or(0, |m| m.1);
                        let mut r = (*d).into_inner();
                        if r.pos == offset {
                            r.consume(1);
                        }
                        let skipped = skip_to_magic(&mut r);
                        self.state = State::Idle(r);
                        skipped.map_err(|e| SourceError::Io(offset, e))?;
                        return Err(SourceError::Gzip(offset, e.to_string()));
                    }
                },
            }
        }
    }
}

/// Consume bytes up to the next gzip magic (or the end of input).
fn skip_to_magic<B: BufRead>(r: &mut B) -> io::Result<()> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.windows(3).position(|w| w == GZIP_MAGIC) {
            r.consume(i);
            return Ok(());
        }
        // Keep the last two bytes: a magic may straddle the buffer edge.
        let keep = if buf.len() >= 3 { 2 } else { 0 };
        let n = buf.len() - keep;
        if n == 0 {
            // Fewer than three bytes left and no magic: drop them.
            let len = buf.len();
            r.consume(len);
            return Ok(());
        }
        r.consume(n);
    }
}
