//! newsclaims quotes stage (under construction).
