//! Claims scorer: a port of `shared/tools/score_claims.py` (to be written).
