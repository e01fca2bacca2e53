//! Engine: one function per user action, composing store, runtime and network.
