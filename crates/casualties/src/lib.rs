//! newsclaims casualties stage (under construction).
