//! [`JsonlSink`]: claims (and optionally documents) as JSON Lines.

use crate::{JsonDocument, RecordView};
use model::{ClaimSink, ProcessedDocument};
use std::io::{self, Write};

/// Writes one JSON object per claim to `claims`, and one per document to
/// `documents` when given. Buffered; call [`ClaimSink::finish`] at the end.
pub struct JsonlSink<W: Write + Send> {
    claims: io::BufWriter<W>,
    documents: Option<io::BufWriter<W>>,
    line: Vec<u8>,
}

impl<W: Write + Send> JsonlSink<W> {
    /// A sink writing claims to `claims` and, optionally, documents to `documents`.
    pub fn new(claims: W, documents: Option<W>) -> JsonlSink<W> {
        JsonlSink {
            claims: io::BufWriter::with_capacity(1 << 16, claims),
            documents: documents.map(|d| io::BufWriter::with_capacity(1 << 16, d)),
            line: Vec::with_capacity(4096),
        }
    }

    /// Unwrap the writers (after `finish`).
    pub fn into_inner(self) -> io::Result<(W, Option<W>)> {
        let c = self.claims.into_inner().map_err(|e| e.into_error())?;
        let d = match self.documents {
            Some(d) => Some(d.into_inner().map_err(|e| e.into_error())?),
            None => None,
        };
        Ok((c, d))
    }
}

fn write_line<T: serde::Serialize>(
    buf: &mut Vec<u8>,
    out: &mut impl Write,
    value: &T,
) -> io::Result<()> {
    buf.clear();
    serde_json::to_writer(&mut *buf, value).map_err(io::Error::other)?;
    buf.push(b'\n');
    out.write_all(buf)
}

impl<W: Write + Send> ClaimSink for JsonlSink<W> {
    fn write(&mut self, doc: &ProcessedDocument) -> io::Result<()> {
        let view = RecordView::new(doc);
        for rec in &doc.records {
            write_line(&mut self.line, &mut self.claims, &view.claim(rec))?;
        }
        if let Some(out) = self.documents.as_mut() {
            write_line(&mut self.line, out, &JsonDocument::new(doc, view.chars()))?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.claims.flush()?;
        if let Some(d) = self.documents.as_mut() {
            d.flush()?;
        }
        Ok(())
    }
}
