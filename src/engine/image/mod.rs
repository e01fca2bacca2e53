//! Image actions, one file per user action: `import`, `load`, `save`, `tag`, `rmi`, `list`
//! (`images`), `exists`, `inspect`, `prune`, `history`; with a registry: `pull`, `push`,
//! `login` (and logout); `build` (a folder: a Dockerfile's stages run on working containers).
//! Shared: `ingest` (staging and committing an image into the store: load, import,
//! pull and container commit end there), `changes` (`--change` instructions), `transfer`
//! (what pull and push report while they work).

pub mod build;
pub mod changes;
pub mod exists;
pub mod history;
pub mod import;
pub mod ingest;
pub mod inspect;
pub mod list;
pub mod load;
pub mod login;
pub mod prune;
pub mod pull;
pub mod push;
pub mod rmi;
pub mod save;
pub mod tag;
pub mod transfer;
