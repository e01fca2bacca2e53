//! A process recorded by skiff (a container's, a network helper's, a monitor's) and the one
//! rule that says whether it is still that process.

use serde::{Deserialize, Serialize};

/// A pid plus the process's start time (field 22 of `/proc/PID/stat`), so a recycled pid is
/// never taken for the process that was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ProcessId {
    pub pid: i32,
    /// 0 when unknown (then only the pid and the zombie check count).
    pub start: u64,
}

impl ProcessId {
    /// The process `pid` as it is now (its start time read from /proc); None if it is gone.
    pub fn of(pid: i32) -> Option<ProcessId> {
        let (_, start) = stat(pid)?;
        Some(ProcessId { pid, start })
    }

    pub fn is_none(&self) -> bool {
        self.pid <= 0
    }

    /// Still the recorded process: it exists, is not a zombie nobody reaps, and started when
    /// it was recorded to.
    pub fn is_alive(&self) -> bool {
        if self.pid <= 0 {
            return false;
        }
        match stat(self.pid) {
            Some((state, start)) => state != 'Z' && (self.start == 0 || start == self.start),
            None => false,
        }
    }
}

/// State letter and start time (clock ticks after boot) from `/proc/PID/stat`.
pub fn stat(pid: i32) -> Option<(char, u64)> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    let mut f = s.rsplit_once(')')?.1.split_whitespace();
    let state = f.next()?.chars().next()?;
    // Field 3 is the state; field 22 (starttime) is 19 further on.
    let start = f.nth(18)?.parse().ok()?;
    Some((state, start))
}

#[cfg(test)]
mod tests {
    use super::ProcessId;

    #[test]
    fn own_process_is_alive_and_a_reused_pid_is_not() {
        let me = ProcessId::of(std::process::id() as i32).unwrap();
        assert!(me.is_alive());
        let other = ProcessId {
            start: me.start + 1,
            ..me
        };
        assert!(!other.is_alive());
        assert!(!ProcessId::default().is_alive());
        assert!(!ProcessId {
            pid: i32::MAX,
            start: 0
        }
        .is_alive());
    }
}
