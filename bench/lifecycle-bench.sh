#!/usr/bin/env bash
# 20 parallel `run -d IMG sleep 300` then `rm -af`, as the unprivileged user skiff-test: the
# wall time of the whole, skiff and podman (when installed). Run as root after .ci/setup.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
user=${SKIFF_BENCH_USER:-skiff-test}
cd "$here"
cargo build --release --quiet
work=$(mktemp -d /tmp/skiff-lc-bench.XXXXXX)
chmod 0755 "$work"
trap 'rm -rf "$work" 2>/dev/null || true' EXIT
install -m 0755 target/release/skiff "$work/skiff"
chown "$user:" "$work"
mkdir -p "$work/rootfs"/{bin,etc,tmp,proc,sys,dev}
cp /bin/busybox "$work/rootfs/bin/busybox"
for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$work/rootfs/bin/$a"; done
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/busybox.tar" .
chmod 0644 "$work/busybox.tar"
as_user() {
  setpriv --reuid "$user" --regid "$user" --init-groups \
    env -i HOME="$(getent passwd "$user" | cut -d: -f6)" USER="$user" PATH=/usr/local/bin:/usr/bin:/bin "$@"
}
round() { # ENGINE...: one round, milliseconds
  as_user bash -c '
    s=$EPOCHREALTIME
    for i in $(seq 20); do "$@" run -d --network none localhost/lcb sleep 300 >/dev/null & done
    wait
    "$@" rm -af >/dev/null
    e=$EPOCHREALTIME
    echo $(( (${e/./} - ${s/./}) / 1000 ))' bench "$@"
}
S=("$work/skiff" --root "$work/store" --runroot "$work/run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/lcb >/dev/null
best=
for _ in 1 2 3; do ms=$(round "${S[@]}"); [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms; done
echo "skiff: 20 x run -d + rm -af: best of 3 ${best} ms"
if command -v podman >/dev/null && as_user podman import "$work/busybox.tar" localhost/lcb >/dev/null 2>&1; then
  pbest=
  for _ in 1 2 3; do ms=$(round podman); [ -z "$pbest" ] || [ "$ms" -lt "$pbest" ] && pbest=$ms; done
  echo "podman: best of 3 ${pbest} ms"
  awk -v s="$best" -v p="$pbest" 'BEGIN { printf "podman/skiff: %.1fx (target >= 5x)\n", p / s }'
else
  echo "podman not installed (or cannot run here); no comparison"
fi
