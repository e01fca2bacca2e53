//! Store: the per-user on-disk state (blobs, layers, images, containers) and its locks.

#[allow(dead_code)]
pub mod archive;
#[allow(dead_code)]
pub mod layer_tar;
