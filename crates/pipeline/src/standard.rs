//! The standard stage set: HTML extraction and the three claim families.

use crate::{Config, Pipeline};

impl Pipeline {
    /// The pipeline with every stage this build has, in the standard order.
    pub fn standard(config: Config) -> Pipeline {
        Pipeline::new(config)
    }
}
