//! Pods: containers sharing namespaces (net, ipc, uts by default), one network and its
//! published ports. One file per user action; `lookup` (finding pods and members),
//! `namespace` (the holder of the shared namespaces, while a member runs) and `member`
//! (`--pod` at create) are shared leaves.

pub mod create;
pub mod exists;
pub mod files;
pub mod inspect;
pub mod kill;
pub mod logs;
pub mod lookup;
pub mod member;
pub mod namespace;
pub mod pause;
pub mod prune;
pub mod ps;
pub mod restart;
pub mod rm;
pub mod start;
pub mod stats;
pub mod stop;
pub mod top;
