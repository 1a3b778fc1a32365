//! newsclaims pipeline stage (under construction).
