//! WARC archives (`.warc`, `.warc.gz`, Common Crawl CC-NEWS): one HTML page per
//! `response` record, streamed with bounded memory. Provenance per page: the
//! archive, the record offset, `WARC-Target-URI`, `WARC-Date`, `WARC-Record-ID`.

use crate::{ErrorKind, HtmlPage, IngestError, Input, Position};
use model::{InputFormat, Origin};
use std::io::Read;
use warc::{HtmlRecords, WarcReader};

/// The document id of a WARC record: its `WARC-Record-ID` without the angle brackets.
pub fn record_doc_id(record_id: &str) -> String {
    record_id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

/// Articles of a WARC stream (raw bytes: the reader handles multi-member gzip itself).
pub(crate) fn warc_items(
    reader: Box<dyn Read + Send>,
    name: String,
) -> Box<dyn Iterator<Item = Result<Input, IngestError>> + Send> {
    let records = match WarcReader::new(reader) {
        Ok(r) => HtmlRecords::new(r),
        Err(e) => {
            return Box::new(std::iter::once(Err(IngestError::new(
                name,
                None,
                ErrorKind::Format(e.to_string()),
            ))))
        }
    };
    Box::new(records.map(move |r| match r {
        Ok(rec) => {
            let id = record_doc_id(&rec.id);
            Ok(Input::Html(HtmlPage {
                bytes: rec.payload().to_vec(),
                url: rec.target_uri.clone(),
                content_type: rec.payload_content_type().map(str::to_string),
                published: None,
                origin: Origin {
                    input: name.clone(),
                    line: None,
                    record_offset: Some(rec.offset),
                    record_id: Some(rec.id.clone()),
                    retrieved: rec.date.clone(),
                    format: InputFormat::Warc,
                },
                id,
            }))
        }
        Err(e) => Err(IngestError::new(
            name.clone(),
            Some(Position::Byte(e.offset())),
            ErrorKind::Format(e.to_string()),
        )),
    }))
}
