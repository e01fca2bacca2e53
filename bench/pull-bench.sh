#!/usr/bin/env bash
# Pull of a 6-layer (~100 MB) image from a local registry (Debian's docker-registry, plain HTTP
# on loopback) into an empty store: skiff, and podman when installed; best of 3 each.
# Run as root after .ci/setup.sh:   bash bench/pull-bench.sh
. "$(dirname "$0")/lib.sh" pull-bench
reg_pid=
at_exit '[ -n "$reg_pid" ] && kill "$reg_pid" 2>/dev/null'

# The registry.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/registry"
cat >"$work/registry/config.yml" <<C
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry/data
http:
  addr: 127.0.0.1:$port
C
docker-registry serve "$work/registry/config.yml" >"$work/registry/log" 2>&1 &
reg_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/v2/" >/dev/null && break; sleep 0.1; done

# A busybox layer plus 5 layers of 19 MiB of random data (6 layers, ~100 MB), made with skiff itself.
mkdir -p "$work/rootfs"/{bin,etc,tmp,proc,sys,dev}
cp /bin/busybox "$work/rootfs/bin/busybox"
for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$work/rootfs/bin/$a"; done
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/rootfs/etc/passwd"
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/busybox.tar" .
chmod 0644 "$work/busybox.tar"
S=("$work/skiff" --root "$work/src-store" --runroot "$work/src-run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/pb:0 >/dev/null
for i in 1 2 3 4 5; do
  as_user "${S[@]}" run --name "l$i" "localhost/pb:$((i - 1))" sh -c "head -c 19922944 /dev/urandom > /layer$i" >/dev/null
  as_user "${S[@]}" commit "l$i" "localhost/pb:$i" >/dev/null
done
img="127.0.0.1:$port/bench/pb:1"
as_user "${S[@]}" tag localhost/pb:5 "$img"
as_user "${S[@]}" push --tls-verify=false "$img" >/dev/null
layers=$(as_user "${S[@]}" image inspect -f '{{len .RootFS.Layers}}' "$img")
size=$(as_user "${S[@]}" images --format '{{.Size}}' "$img")
echo "image: $img, $layers layers, $size"

best_of_3() { # CMD... (a fresh empty store each time; the store path is the last two words)
  local best=
  for _ in 1 2 3; do
    local s e ms
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "pull failed: $*" >&2; return 1; }
    e=$(date +%s%N)
    ms=$(((e - s) / 1000000))
    [ -z "$best" ] || [ "$ms" -lt "$best" ] && best=$ms
    rm -rf "$work/dst-store" "$work/dst-run"
  done
  echo "$best"
}
skiff_ms=$(best_of_3 as_user "$work/skiff" --root "$work/dst-store" --runroot "$work/dst-run" pull --tls-verify=false "$img")
echo "skiff pull: best of 3 ${skiff_ms} ms"
if command -v podman >/dev/null; then
  podman_pull() {
    as_user podman --root "$work/dst-store" --runroot "$work/dst-run" pull --tls-verify=false "$img"
  }
  if podman_ms=$(best_of_3 podman_pull); then
    echo "podman pull: best of 3 ${podman_ms} ms"
    awk -v s="$skiff_ms" -v p="$podman_ms" 'BEGIN { printf "skiff/podman: %.2f (target <= 0.5)\n", s / p }'
  fi
else
  echo "podman not installed; no comparison"
fi
