//! newsclaims output stage (under construction).
