//! Project actions as engine calls.
