//! Content hashes and stable claim ids.

use model::Claim;

/// BLAKE3 of the text, 128 bits in hex: the same text always gives the same hash.
pub fn content_hash(text: &str) -> String {
    let h = blake3::hash(text.as_bytes());
    h.to_hex()[..32].to_string()
}

/// A stable claim id: a one-letter family prefix and 64 bits of BLAKE3 over the
/// document id, content hash, claim type, span and rule. Same input and rules, same id.
pub fn claim_id(doc_id: &str, content_hash: &str, claim: &Claim, ordinal: usize) -> String {
    let ev = claim.evidence();
    let mut h = blake3::Hasher::new();
    for part in [doc_id, content_hash, claim.type_name(), ev.rule.as_str()] {
        h.update(part.as_bytes());
        h.update(&[0]);
    }
    h.update(&(ev.span.start as u64).to_le_bytes());
    h.update(&(ev.span.end as u64).to_le_bytes());
    // Two claims of one type, rule and span (rare) are told apart by their order.
    h.update(&(ordinal as u64).to_le_bytes());
    let prefix = &claim.type_name()[..1];
    format!("{prefix}-{}", &h.finalize().to_hex()[..16])
}
