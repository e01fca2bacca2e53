#!/usr/bin/env bash
# First start of a container from a ~100 MB image with --userns=keep-id against the default
# mode, skiff and podman side by side, as the unprivileged user skiff-test. "First start": the
# image is imported fresh before each timed `run --rm IMG true` (and removed after), so podman
# pays for its per-mapping copy of the image as a user does the first time. skiff copies and
# chowns nothing: fuse-overlayfs shows the layers' owners through its uid/gid mapping.
# Podman's rootless set-up here needs runtime=runc, cgroup_manager=cgroupfs,
# events_logger=file in the user's containers.conf (written when missing).
# Run as root after .ci/setup.sh:   bash bench/userns-bench.sh [ROUNDS] [NETWORK]
# Target: keep-id no more than 5 ms slower than the default mode (median of ROUNDS, default 7).
rounds=${1:-7}
net=${2:-none}
. "$(dirname "$0")/lib.sh" userns-bench
make_busybox_tar
# ~100 MB in 800 files of 128 KiB (several owners, as a real image has), on top of busybox.
mkdir -p "$work/big/data"
for d in $(seq 1 8); do
  mkdir -p "$work/big/data/d$d"
  for f in $(seq 1 100); do head -c 131072 /dev/urandom >"$work/big/data/d$d/f$f"; done
done
chown -R 1000:1000 "$work/big/data/d1" "$work/big/data/d2"
cp -a "$work/rootfs/." "$work/big/"
tar --numeric-owner -C "$work/big" -cf "$work/big.tar" .
chmod 0644 "$work/big.tar"
rm -rf "$work/big"
echo "image: $(du -m "$work/big.tar" | cut -f1) MB, $(tar -tf "$work/big.tar" | wc -l) entries"

ms_of() { # CMD...: wall time in milliseconds (3 decimals), output discarded
  as_user bash -c 's=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || exit 1; e=$EPOCHREALTIME; echo "$s $e"' bench "$@" |
    awk '{ gsub(/[.,]/, "", $1); gsub(/[.,]/, "", $2); printf "%.1f\n", ($2 - $1) / 1000 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f\n", m }'; }

# first_start TOOL... -- RUNFLAGS...: median over the rounds of a first start from a fresh import.
first_start() {
  local tool=() flags=() seen=
  for a in "$@"; do
    if [ "$a" = -- ]; then seen=1; continue; fi
    if [ -z "$seen" ]; then tool+=("$a"); else flags+=("$a"); fi
  done
  for _ in $(seq 1 "$rounds"); do
    as_user "${tool[@]}" import "$work/big.tar" localhost/big:bench >/dev/null 2>&1 || { echo "import failed" >&2; return 1; }
    ms_of "${tool[@]}" run --rm --network "$net" "${flags[@]}" localhost/big:bench true || { echo "run failed: ${flags[*]}" >&2; return 1; }
    as_user "${tool[@]}" rmi -f localhost/big:bench >/dev/null 2>&1
  done | median
}

S=("$work/skiff" --root "$work/store" --runroot "$work/run")
s_def=$(first_start "${S[@]}" --)
s_kid=$(first_start "${S[@]}" -- --userns=keep-id)
echo "skiff:  first start, default ${s_def} ms, keep-id ${s_kid} ms (median of $rounds, --network $net)"
awk -v d="$s_def" -v k="$s_kid" 'BEGIN { printf "skiff keep-id - default: %+.1f ms (target <= +5 ms)\n", k - d }'

home=$(getent passwd "$user" | cut -d: -f6)
conf="$home/.config/containers/containers.conf"
if command -v podman >/dev/null; then
  if [ ! -f "$conf" ]; then
    mkdir -p "$(dirname "$conf")"
    printf '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' >"$conf"
    chown -R "$user:" "$home/.config"
  fi
  P=(podman --root "$work/podman-store" --runroot "$work/podman-run")
  at_exit "as_user podman --root $work/podman-store --runroot $work/podman-run system reset -f >/dev/null 2>&1"
  if p_def=$(first_start "${P[@]}" --) && p_kid=$(first_start "${P[@]}" -- --userns=keep-id); then
    echo "podman: first start, default ${p_def} ms, keep-id ${p_kid} ms (median of $rounds, --network $net)"
    awk -v d="$p_def" -v k="$p_kid" 'BEGIN { printf "podman keep-id - default: %+.1f ms\n", k - d }'
  else
    echo "podman cannot run here; no comparison"
  fi
else
  echo "podman not installed; no comparison"
fi
