//! newsclaims dates stage (under construction).
