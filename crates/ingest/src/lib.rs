//! newsclaims ingest stage (under construction).
