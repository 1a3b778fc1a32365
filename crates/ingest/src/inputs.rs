//! [`Inputs`]: a stream over files, directories and stdin, one [`Input`] per article.

use crate::{jsonl, text::text_document, warc_input::warc_items, ErrorKind, IngestError, Position};
use flate2::read::MultiGzDecoder;
use model::{Document, InputFormat, Origin, Published};
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// An HTML page waiting for main-text extraction (the `extract` stage).
#[derive(Debug, Clone)]
pub struct HtmlPage {
    /// Document id.
    pub id: String,
    /// Raw bytes as stored (any encoding).
    pub bytes: Vec<u8>,
    /// URL of the page, when known (WARC target URI, JSONL `url`).
    pub url: Option<String>,
    /// HTTP `Content-Type`, when known (gives the charset).
    pub content_type: Option<String>,
    /// Publication date from the record, when known (overrides nothing found in the page).
    pub published: Option<Published>,
    /// Where it came from.
    pub origin: Origin,
}

/// One article as read from an input.
#[derive(Debug, Clone)]
pub enum Input {
    /// Text that needs no extraction (plain text, JSONL text).
    Document(Document),
    /// HTML that needs main-text extraction.
    Html(HtmlPage),
}

impl Input {
    /// The document id.
    pub fn id(&self) -> &str {
        match self {
            Input::Document(d) => &d.id,
            Input::Html(h) => &h.id,
        }
    }
}

/// What a file holds, from its name (after `.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Plain text.
    Text,
    /// JSON Lines.
    Jsonl,
    /// HTML.
    Html,
    /// WARC archive.
    Warc,
}

const KNOWN_EXTENSIONS: &[&str] = &[
    "gz", "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson", "json", "warc",
];

/// The document id of a file: its name without its known extensions (`a.html.gz` → `a`).
///
/// ```
/// use newsclaims_ingest::doc_id_from_path;
/// assert_eq!(doc_id_from_path("dir/a.html.gz".as_ref()), "a");
/// assert_eq!(doc_id_from_path("000_5cb5.txt".as_ref()), "000_5cb5");
/// assert_eq!(doc_id_from_path("v1.2-report.txt".as_ref()), "v1.2-report");
/// ```
pub fn doc_id_from_path(path: &Path) -> String {
    let mut name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    while let Some((stem, ext)) = name.rsplit_once('.') {
        if stem.is_empty() || !KNOWN_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) {
            break;
        }
        name = stem.to_string();
    }
    name
}

/// The kind of a file from its name, or `None` for a name we do not read.
pub fn kind_from_name(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    Some(match ext {
        "txt" | "text" => FileKind::Text,
        "jsonl" | "ndjson" => FileKind::Jsonl,
        "html" | "htm" | "xhtml" => FileKind::Html,
        "warc" => FileKind::Warc,
        _ => return None,
    })
}

/// Guess the kind of content from its first bytes.
pub fn sniff(bytes: &[u8]) -> FileKind {
    let head = &bytes[..bytes.len().min(512)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"WARC/") {
        FileKind::Warc
    } else if head.starts_with(b"{") {
        FileKind::Jsonl
    } else if head.starts_with(b"<") {
        FileKind::Html
    } else {
        FileKind::Text
    }
}

/// Open a file, transparently decompressing gzip (detected by its magic bytes).
pub fn open_maybe_gz(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let mut f = BufReader::new(File::open(path)?);
    let magic = f.fill_buf()?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(MultiGzDecoder::new(f)))
    } else {
        Ok(Box::new(f))
    }
}

fn maybe_gunzip(bytes: Vec<u8>) -> std::io::Result<Vec<u8>> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(bytes)
    }
}

pub(crate) type ItemIter = Box<dyn Iterator<Item = Result<Input, IngestError>> + Send>;

enum Source {
    Path { path: PathBuf, explicit: bool },
    Stdin,
}

/// A stream of articles from files, directories (recursive, sorted) and stdin (`-`).
///
/// Each item is one article or one error naming its input. An error never stops
/// the stream: the next input is read. Files in directories whose names we do
/// not read are skipped and counted ([`Inputs::skipped`]).
pub struct Inputs {
    queue: VecDeque<Source>,
    current: Option<ItemIter>,
    skipped: Vec<PathBuf>,
}

impl Inputs {
    /// Inputs as the user named them: paths or `-`.
    pub fn new<I, S>(inputs: I) -> Inputs
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let queue = inputs
            .into_iter()
            .map(|s| match s.as_ref() {
                "-" => Source::Stdin,
                p => Source::Path {
                    path: PathBuf::from(p),
                    explicit: true,
                },
            })
            .collect();
        Inputs {
            queue,
            current: None,
            skipped: Vec::new(),
        }
    }

    /// Files passed over in directories because their kind is unknown.
    pub fn skipped(&self) -> &[PathBuf] {
        &self.skipped
    }

    fn open_source(&mut self, src: Source) -> Option<ItemIter> {
        match src {
            Source::Stdin => {
                let mut bytes = Vec::new();
                if let Err(e) = std::io::stdin().lock().read_to_end(&mut bytes) {
                    return Some(one_err("-", None, e.into()));
                }
                let bytes = match maybe_gunzip(bytes) {
                    Ok(b) => b,
                    Err(e) => return Some(one_err("-", None, e.into())),
                };
                Some(self.items_from_bytes("-".into(), "stdin".into(), sniff(&bytes), bytes))
            }
            Source::Path { path, explicit } => {
                let name = path.display().to_string();
                let meta = match std::fs::metadata(&path) {
                    Ok(m) => m,
                    Err(e) => return Some(one_err(&name, None, e.into())),
                };
                if meta.is_dir() {
                    match sorted_entries(&path) {
                        Ok(entries) => {
                            for p in entries.into_iter().rev() {
                                self.queue.push_front(Source::Path {
                                    path: p,
                                    explicit: false,
                                });
                            }
                            None
                        }
                        Err(e) => Some(one_err(&name, None, e.into())),
                    }
                } else {
                    let kind = kind_from_name(&path);
                    if kind.is_none() && !explicit {
                        self.skipped.push(path);
                        return None;
                    }
                    Some(self.open_file(&path, name, kind))
                }
            }
        }
    }

    fn open_file(&self, path: &Path, name: String, kind: Option<FileKind>) -> ItemIter {
        let id = doc_id_from_path(path);
        if kind == Some(FileKind::Warc) {
            // The WARC reader handles gzip members itself, to report record offsets in the file.
            return match File::open(path) {
                Ok(f) => warc_items(Box::new(BufReader::with_capacity(1 << 16, f)), name),
                Err(e) => one_err(&name, None, e.into()),
            };
        }
        let reader = match open_maybe_gz(path) {
            Ok(r) => r,
            Err(e) => return one_err(&name, None, e.into()),
        };
        match kind {
            Some(FileKind::Jsonl) => jsonl_items(reader, name, id),
            _ => {
                let mut bytes = Vec::new();
                let mut reader = reader;
                if let Err(e) = reader.read_to_end(&mut bytes) {
                    return one_err(&name, None, e.into());
                }
                let kind = kind.unwrap_or_else(|| sniff(&bytes));
                self.items_from_bytes(name, id, kind, bytes)
            }
        }
    }

    fn items_from_bytes(
        &self,
        name: String,
        id: String,
        kind: FileKind,
        bytes: Vec<u8>,
    ) -> ItemIter {
        let origin = |format| Origin {
            input: name.clone(),
            format,
            ..Origin::default()
        };
        match kind {
            FileKind::Text => {
                let text = String::from_utf8_lossy(&bytes);
                Box::new(std::iter::once(Ok(Input::Document(text_document(
                    id,
                    &text,
                    origin(InputFormat::Text),
                )))))
            }
            FileKind::Html => Box::new(std::iter::once(Ok(Input::Html(HtmlPage {
                id,
                bytes,
                url: None,
                content_type: None,
                published: None,
                origin: origin(InputFormat::Html),
            })))),
            FileKind::Jsonl => jsonl_items(Box::new(std::io::Cursor::new(bytes)), name, id),
            FileKind::Warc => warc_items(Box::new(std::io::Cursor::new(bytes)), name),
        }
    }
}

fn one_err(input: &str, pos: Option<Position>, kind: ErrorKind) -> ItemIter {
    Box::new(std::iter::once(Err(IngestError::new(input, pos, kind))))
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let name = e.file_name();
        // Hidden files and folders (.git, editor backups) are never inputs.
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        out.push(e.path());
    }
    out.sort();
    Ok(out)
}

fn jsonl_items(reader: Box<dyn Read + Send>, name: String, stem: String) -> ItemIter {
    let mut lines = BufReader::new(reader).split(b'\n');
    let mut n = 0u64;
    Box::new(std::iter::from_fn(move || loop {
        let line = lines.next()?;
        n += 1;
        let pos = Some(Position::Line(n));
        let line = match line {
            Ok(l) => l,
            Err(e) => return Some(Err(IngestError::new(&name, pos, e.into()))),
        };
        let line = match String::from_utf8(line) {
            Ok(s) => s,
            Err(e) => {
                return Some(Err(IngestError::new(
                    &name,
                    pos,
                    ErrorKind::Utf8(e.utf8_error().valid_up_to()),
                )))
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let origin = Origin {
            input: name.clone(),
            line: Some(n),
            format: InputFormat::Jsonl,
            ..Origin::default()
        };
        return Some(
            jsonl::parse_record(line.trim_end_matches('\r'), format!("{stem}:{n}"), origin)
                .map_err(|k| IngestError::new(&name, pos, k)),
        );
    }))
}

impl Iterator for Inputs {
    type Item = Result<Input, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(it) = self.current.as_mut() {
                if let Some(item) = it.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let src = self.queue.pop_front()?;
            self.current = self.open_source(src);
        }
    }
}
