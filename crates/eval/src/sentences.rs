//! Sentence segmentation evaluation (to be written).
