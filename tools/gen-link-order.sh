#!/usr/bin/env bash
# Regenerate tools/link-order.txt: the functions the common commands execute, which build.rs
# asks the linker (lld) to place first and together in .text. A short-lived CLI's peak RSS is
# mostly the binary's own code pages, and the kernel maps them in 64 KiB windows around each
# fault ("fault-around"): with the hot functions spread over the 10 MiB text, `run --rm`
# touched most of it. Run as root after .ci/setup.sh, after a release build:
#   bash tools/gen-link-order.sh
# Each command runs under valgrind's callgrind as the bench user; every function it executes
# (or calls) is kept, ordered by how many of the commands use it; then the functions on the
# call stacks perf samples (needs valgrind and perf: apt-get install valgrind linux-perf). Names are mangled with their
# hashes: a function whose name changes (new dependency version, new rustc) simply falls back
# to the linker's default place, so a stale list costs RSS, never correctness. Regenerate it
# after a toolchain or dependency upgrade, or when bench/run-bench.sh shows the RSS creeping up.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
user=${SKIFF_BENCH_USER:-skiff-test}
command -v valgrind >/dev/null || { echo "gen-link-order.sh: needs valgrind" >&2; exit 1; }
cd "$here"
cargo build --release --quiet
work=$(mktemp -d /tmp/skiff-linkorder.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"
install -m 0755 target/release/skiff "$work/skiff"
mkdir -p "$work/cg" "$work/rootfs"/{bin,etc,tmp,root,proc,sys,dev}
cp /bin/busybox "$work/rootfs/bin/busybox"
for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$work/rootfs/bin/$a"; done
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/rootfs/etc/passwd"
printf 'root:x:0:\n' >"$work/rootfs/etc/group"
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/busybox.tar" .
chown -R "$user:" "$work"
as_user() {
  setpriv --reuid "$user" --regid "$user" --init-groups \
    env -i HOME="$(getent passwd "$user" | cut -d: -f6)" USER="$user" PATH=/usr/local/bin:/usr/bin:/bin "$@"
}
S=("$work/skiff" --root "$work/store" --runroot "$work/run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/busybox:lo >/dev/null
n=0
vg() { # one profiled command (children too: the container's process, the monitor)
  n=$((n + 1))
  as_user valgrind --tool=callgrind --demangle=no --trace-children=yes \
    --callgrind-out-file="$work/cg/$n.%p.out" "$@" >/dev/null 2>&1 || true
}
vg "$work/skiff" --version
vg "$work/skiff" version
vg "${S[@]}" ps
vg "${S[@]}" ps -a
vg "${S[@]}" images
vg "${S[@]}" run --rm --network none localhost/busybox:lo true
vg "${S[@]}" run --rm localhost/busybox:lo true
vg "${S[@]}" run --rm -p 127.0.0.1:18080:80 localhost/busybox:lo true
vg "${S[@]}" run -d --name d1 localhost/busybox:lo sleep 100
sleep 3
vg "${S[@]}" ps -a
vg "${S[@]}" inspect d1
vg "${S[@]}" logs d1
vg "${S[@]}" exec d1 true
vg "${S[@]}" stop -t 0 d1
vg "${S[@]}" start d1
vg "${S[@]}" rm -f d1
vg "${S[@]}" create --name c1 localhost/busybox:lo true
vg "${S[@]}" start -a c1
vg "${S[@]}" rm c1
vg "${S[@]}" image inspect localhost/busybox:lo
as_user "${S[@]}" rm -af >/dev/null 2>&1 || true
# callgrind cannot follow the container's side past openat2 (valgrind lacks it), and the
# parent's path after a successful exec: sample those with perf's call stacks as well.
if perf record -o "$work/perf.data" -q -F 20000 -e cpu-clock --call-graph dwarf,16384 -- \
  setpriv --reuid "$user" --regid "$user" --init-groups env -i HOME=/tmp PATH=/usr/bin:/bin \
  bash -c 'for i in 1 2 3 4 5; do
    "$@" run --rm --network none localhost/busybox:lo true; "$@" run --rm localhost/busybox:lo true
    "$@" run -d --name "p$i" localhost/busybox:lo sleep 30; "$@" ps -a; "$@" inspect "p$i"
    "$@" logs "p$i"; "$@" exec "p$i" true; "$@" stop -t 0 "p$i"; "$@" rm -f "p$i"
    "$@" create --name "q$i" localhost/busybox:lo true; "$@" start -a "q$i"; "$@" rm "q$i"
  done >/dev/null 2>&1' perf "${S[@]}" >/dev/null 2>&1; then
  perf script --no-demangle -i "$work/perf.data" 2>/dev/null | grep "($work/skiff)" |
    awk '{ print $2 }' | sed 's/+0x[0-9a-f]*$//' | sort -u >"$work/sampled"
else
  echo "gen-link-order.sh: perf record failed; callgrind's list only" >&2
  : >"$work/sampled"
fi
nm --defined-only "$work/skiff" | awk '$2 ~ /^[tTW]$/ { print $3 }' | sort -u >"$work/defined"
# Per profiled command, the functions it ran; then by number of commands, most shared first.
for f in "$work"/cg/*.out; do
  grep -oP '^c?fn=\(\d+\) \K.*' "$f" | sort -u
done | sort | uniq -c | sort -k1,1nr -k2 | awk '{ print $2 }' |
  awk 'NR == FNR { d[$1] = 1; next } ($1 in d) && !seen[$1]++' "$work/defined" - \
    >"$here/tools/link-order.txt"
# Then what only the samples saw.
sort -u "$work/sampled" | comm -12 - "$work/defined" |
  comm -23 - <(sort -u "$here/tools/link-order.txt") >>"$here/tools/link-order.txt"
echo "tools/link-order.txt: $(wc -l <"$here/tools/link-order.txt") functions"
