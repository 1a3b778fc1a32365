//! Inputs → articles: text files (with an optional `date … By …` header), JSON
//! Lines, HTML files, directories (recursive), stdin (`-`), gzip variants of all
//! of these, and WARC archives (`.warc`, `.warc.gz`).
//!
//! The stream is lazy: a directory of a million files or a JSONL of a million
//! lines is read one article at a time. Errors name the input and position and
//! never stop the stream.
//!
//! ```no_run
//! use newsclaims_ingest::{Input, Inputs};
//! for item in Inputs::new(["corpus"]) {
//!     match item {
//!         Ok(Input::Document(doc)) => println!("{}: {} bytes", doc.id, doc.text.len()),
//!         Ok(Input::Html(page)) => println!("{}: HTML", page.id),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod dateline;
mod dates;
mod error;
mod inputs;
mod jsonl;
mod text;
mod warc_input;

pub use dateline::dateline_date;
pub use dates::parse_published;
pub use error::{ErrorKind, IngestError, Position};
pub use inputs::{
    doc_id_from_path, kind_from_name, open_maybe_gz, sniff, FileKind, HtmlPage, Input, Inputs,
};
pub use jsonl::parse_record;
pub use text::{parse_text_header, text_document, TextHeader};
pub use warc_input::record_doc_id;
