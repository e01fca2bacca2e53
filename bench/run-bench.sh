#!/usr/bin/env bash
# Time `skiff run --rm IMG true` (and `podman run --rm IMG true` when podman is installed) on the
# same busybox image, as the unprivileged user skiff-test; report medians, the ratio, and skiff's
# peak RSS. Run as root after .ci/setup.sh:   bash bench/run-bench.sh [RUNS]
runs=${1:-50}
. "$(dirname "$0")/lib.sh" run-bench
make_busybox_tar
store=$(mktemp -d /tmp/skiff-bench-store.XXXXXX)
chown "$user:" "$store"
at_exit rm -rf "$store"

# median_ms CMD...: run CMD $runs times (after 3 warm-ups) inside one shell as the user, print the
# median wall time in milliseconds.
median_ms() {
  as_user bash -c '
    runs=$1; shift
    for i in 1 2 3; do "$@" >/dev/null 2>&1 || { echo "command failed: $*" >&2; exit 1; }; done
    for ((i = 0; i < runs; i++)); do
      s=$EPOCHREALTIME; "$@" >/dev/null 2>&1; e=$EPOCHREALTIME
      echo "$s $e"
    done' bench "$runs" "$@" |
    awk '{ gsub(/[.,]/, "", $1); gsub(/[.,]/, "", $2); print ($2 - $1) / 1000 }' |
    sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f\n", m }'
}

skiff=("$work/skiff" --root "$store/root" --runroot "$store/run")
as_user "${skiff[@]}" import "$work/busybox.tar" localhost/busybox:bench >/dev/null
skiff_ms=$(median_ms "${skiff[@]}" run --rm localhost/busybox:bench true)
skiff_none_ms=$(median_ms "${skiff[@]}" run --rm --network none localhost/busybox:bench true)
# GNU time's own footprint is small, so its maximum RSS is skiff's (or the largest of its
# children). Without a network helper: pasta, a child too, is measured on its own below.
rss_kb=$(as_user /usr/bin/time -f "%M" "${skiff[@]}" run --rm --network none localhost/busybox:bench true 2>&1 >/dev/null | tail -1)
rss_net_kb=$(as_user /usr/bin/time -f "%M" "${skiff[@]}" run --rm localhost/busybox:bench true 2>&1 >/dev/null | tail -1)
echo "skiff run --rm IMG true: median ${skiff_ms} ms over ${runs} runs (target <= 15 ms; default network: pasta)"
echo "skiff run --rm --network none IMG true: median ${skiff_none_ms} ms"
echo "skiff peak RSS: ${rss_kb} KiB (target <= 8192 KiB); with the default network helper: ${rss_net_kb} KiB"
if command -v podman >/dev/null; then
  if as_user podman import "$work/busybox.tar" localhost/busybox:bench >/dev/null 2>&1 &&
    podman_ms=$(median_ms podman run --rm localhost/busybox:bench true); then
    echo "podman run --rm IMG true: median ${podman_ms} ms over ${runs} runs"
    awk -v s="$skiff_ms" -v p="$podman_ms" 'BEGIN { printf "ratio podman/skiff: %.1fx (target >= 10x)\n", p / s }'
    as_user podman rmi -f localhost/busybox:bench >/dev/null 2>&1 || true
  else
    echo "podman is installed but cannot run containers here; no comparison"
  fi
else
  echo "podman not installed; no comparison"
fi
