#!/usr/bin/env bash
# `docker run --rm IMG true` with the docker CLI against skiff's API socket (`skiff system
# service`) and against `podman system service`, side by side on the same busybox image, as the
# unprivileged bench user; medians and the ratio (target >= 5x). Podman's rootless set-up here
# needs runtime=runc, cgroup_manager=cgroupfs, events_logger=file in the user's containers.conf
# (written when missing). Run as root after .ci/setup.sh:   bash bench/api-bench.sh [RUNS]
runs=${1:-30}
. "$(dirname "$0")/lib.sh" api-bench
make_busybox_tar
docker=${DOCKER:-/usr/local/bin/docker}
mkdir -p "$work/docker-config"
chown -R "$user:" "$work"

# median_ms SOCKET: `docker run --rm IMG true` through SOCKET $runs times (after 3 warm-ups),
# the median wall time in milliseconds.
median_ms() {
  as_user env DOCKER_HOST="unix://$1" DOCKER_CONFIG="$work/docker-config" bash -c '
    runs=$1; docker=$2
    for i in 1 2 3; do "$docker" run --rm localhost/busybox:bench true >/dev/null 2>&1 || { echo "docker run failed" >&2; exit 1; }; done
    for ((i = 0; i < runs; i++)); do
      s=$EPOCHREALTIME; "$docker" run --rm localhost/busybox:bench true >/dev/null 2>&1; e=$EPOCHREALTIME
      echo "$s $e"
    done' bench "$runs" "$docker" |
    awk '{ gsub(/[.,]/, "", $1); gsub(/[.,]/, "", $2); print ($2 - $1) / 1000 }' |
    sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f\n", m }'
}

# wait_socket PATH: until something listens there.
wait_socket() {
  for _ in $(seq 200); do
    as_user env DOCKER_HOST="unix://$1" DOCKER_CONFIG="$work/docker-config" "$docker" version >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "nothing listens on $1" >&2
  return 1
}

S=("$work/skiff" --root "$work/skiff-store" --runroot "$work/skiff-run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/busybox:bench >/dev/null
as_user "${S[@]}" system service --time 0 "unix://$work/skiff.sock" >/dev/null 2>&1 &
skiff_pid=$!
at_exit kill "$skiff_pid"
wait_socket "$work/skiff.sock"
skiff_ms=$(median_ms "$work/skiff.sock")
echo "docker run --rm IMG true through skiff system service: median ${skiff_ms} ms over ${runs} runs"

if ! command -v podman >/dev/null; then
  echo "podman not installed; no comparison"
  exit 0
fi
home=$(getent passwd "$user" | cut -d: -f6)
conf="$home/.config/containers/containers.conf"
if [ ! -f "$conf" ]; then
  mkdir -p "$(dirname "$conf")"
  printf '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' >"$conf"
  chown -R "$user:" "$home/.config"
fi
P=(podman --root "$work/podman-store" --runroot "$work/podman-run")
if ! as_user "${P[@]}" import "$work/busybox.tar" localhost/busybox:bench >/dev/null 2>&1; then
  echo "podman cannot import images here; no comparison"
  exit 0
fi
as_user "${P[@]}" system service --time 0 "unix://$work/podman.sock" >/dev/null 2>&1 &
podman_pid=$!
at_exit kill "$podman_pid"
wait_socket "$work/podman.sock"
at_exit "as_user ${P[*]} rm -af >/dev/null 2>&1; as_user ${P[*]} unshare rm -rf $work/podman-store"
podman_ms=$(median_ms "$work/podman.sock")
echo "docker run --rm IMG true through podman system service: median ${podman_ms} ms over ${runs} runs"
awk -v s="$skiff_ms" -v p="$podman_ms" 'BEGIN { printf "ratio podman/skiff: %.1fx (target >= 5x)\n", p / s }'
