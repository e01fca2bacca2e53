//! Keeping the long-lived monitor process small once its container runs.

/// Keep the long-lived monitor small once the container is started: give freed heap back to
/// the kernel, and drop from this process's RSS the pages of read-only file mappings (code and
/// constant data of skiff and libc touched by the start path). Only mappings holding no
/// copied-on-write page (`Anonymous: 0`) are dropped: their pages fault back in from the file
/// on the next use, so nothing is lost. (`Private_Dirty` is not enough: after a fork the
/// relocated pages of a RELRO segment are shared with the other process and count as
/// `Shared_Dirty`; dropping them would bring back the file's unrelocated bytes.)
pub fn trim_memory() {
    // SAFETY: malloc_trim only releases free memory of the allocator.
    unsafe {
        libc::malloc_trim(0);
    }
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    let mut current: Option<(usize, usize)> = None;
    for l in smaps.lines() {
        let f: Vec<&str> = l.split_whitespace().collect();
        if f.len() >= 5 && f[0].contains('-') && !f[0].ends_with(':') {
            // A mapping header: "start-end perms offset dev inode [path]".
            current = None;
            let path = f.get(5).copied().unwrap_or("");
            if path == "[stack]" {
                release_unused_stack(f[0]);
                continue;
            }
            if f[1].starts_with('r')
                && !f[1].contains('w')
                && f[1].ends_with('p')
                && path.starts_with('/')
            {
                if let Some((a, b)) = f[0].split_once('-') {
                    if let (Ok(a), Ok(b)) =
                        (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
                    {
                        current = Some((a, b));
                    }
                }
            }
        } else if f.first() == Some(&"Anonymous:") {
            if let Some((a, b)) = current.take() {
                if f.get(1) == Some(&"0") {
                    // SAFETY: a read-only private file mapping with no copied-on-write page:
                    // MADV_DONTNEED only drops resident pages, which fault back in from the file.
                    unsafe {
                        libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
                    }
                }
            }
        }
    }
}

/// Starting the container runs deep (seccomp compilation, the clone): give back the stack
/// pages below the current frame, which the monitor's shallow poll loop never touches again
/// (it would fault them back in, zeroed, if it did). `range` is the "start-end" of [stack].
#[inline(never)]
fn release_unused_stack(range: &str) {
    let Some(start) = range
        .split_once('-')
        .and_then(|(a, _)| usize::from_str_radix(a, 16).ok())
    else {
        return;
    };
    let marker = 0u8;
    let sp = std::ptr::addr_of!(marker) as usize;
    // Keep a generous margin below this frame for the calls that follow.
    let page = 4096;
    let end = sp.saturating_sub(64 * 1024) & !(page - 1);
    if end > start {
        // SAFETY: [start, end) lies wholly below the live part of this thread's stack (stacks
        // grow down and the margin covers every frame the monitor makes later); no signal
        // handler runs on it (signals arrive through a signalfd). MADV_DONTNEED only drops the
        // pages; a later touch faults in zeroed memory, which unused stack may hold.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
        }
    }
}
