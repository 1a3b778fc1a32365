//! newsclaims extract stage (under construction).
