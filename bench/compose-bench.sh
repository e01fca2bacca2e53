#!/usr/bin/env bash
# `compose up -d` and `compose down` of a 5-service stack (one project network, a published
# port, a dependency chain), as the unprivileged user skiff-test: skiff's native compose
# against podman-compose driving podman, in one run; best of 3 each. podman is set up as the
# guide says (runc, cgroupfs, file events: the user's containers.conf, written when missing).
# Run as root after .ci/setup.sh. Target: >= 10x faster for up and for down.
. "$(dirname "$0")/lib.sh" compose-bench
make_busybox_tar
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
proj="$work/stack"
mkdir -p "$proj"
{
  echo "services:"
  echo "  db:"
  echo "    image: localhost/cbench"
  echo "    stop_signal: SIGKILL"
  echo "    command: sh -c 'mkdir -p /w && echo db > /w/index.html && exec httpd -f -p 5432 -h /w'"
  echo "  cache:"
  echo "    image: localhost/cbench"
  echo "    stop_signal: SIGKILL"
  echo "    command: sleep 1000"
  echo "  queue:"
  echo "    image: localhost/cbench"
  echo "    stop_signal: SIGKILL"
  echo "    command: sleep 1000"
  echo "  app:"
  echo "    image: localhost/cbench"
  echo "    depends_on: [db, cache, queue]"
  echo "    stop_signal: SIGKILL"
  echo "    command: sh -c 'mkdir -p /w && echo app > /w/index.html && exec httpd -f -p 8080 -h /w'"
  echo "  web:"
  echo "    image: localhost/cbench"
  echo "    depends_on: [app]"
  echo "    ports: [\"127.0.0.1:$port:80\"]"
  echo "    stop_signal: SIGKILL"
  echo "    command: sh -c 'mkdir -p /w && echo web > /w/index.html && exec httpd -f -p 80 -h /w'"
} >"$proj/compose.yaml"
chown -R "$user:" "$proj"

# ms of one command run as the user in the project directory.
timed() {
  as_user bash -c 'cd "$1"; shift; s=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || exit 1; e=$EPOCHREALTIME
    echo $(( (${e/./} - ${s/./}) / 1000 ))' timed "$proj" "$@"
}

# best of 3 rounds of up -d then down: prints "UP DOWN"
rounds() {
  local bu= bd= u d
  for _ in 1 2 3; do
    u=$(timed "$@" up -d) || { echo "fail"; return; }
    curl -sf "http://127.0.0.1:$port/" >/dev/null || echo "warning: the published port did not answer" >&2
    d=$(timed "$@" down) || { echo "fail"; return; }
    { [ -z "$bu" ] || [ "$u" -lt "$bu" ]; } && bu=$u
    { [ -z "$bd" ] || [ "$d" -lt "$bd" ]; } && bd=$d
  done
  echo "$bu $bd"
}

S=("$work/skiff" --root "$work/store" --runroot "$work/run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/cbench >/dev/null
read -r s_up s_down < <(rounds "${S[@]}" compose)
echo "skiff compose:  up -d ${s_up} ms, down ${s_down} ms (5 services, best of 3)"

home=$(getent passwd "$user" | cut -d: -f6)
conf="$home/.config/containers/containers.conf"
if command -v podman >/dev/null && command -v podman-compose >/dev/null; then
  if [ ! -f "$conf" ]; then
    mkdir -p "$(dirname "$conf")"
    printf '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' >"$conf"
    chown -R "$user:" "$home/.config"
  fi
  # podman-compose runs "--podman-path" for every podman call: a wrapper gives the store.
  printf '#!/bin/sh\nexec podman --root %s --runroot %s "$@"\n' "$work/podman-store" "$work/podman-run" >"$work/podman-store.sh"
  chmod 0755 "$work/podman-store.sh"
  at_exit "as_user $work/podman-store.sh rm -af >/dev/null 2>&1; as_user $work/podman-store.sh network prune -f >/dev/null 2>&1; as_user podman unshare rm -rf $work/podman-store >/dev/null 2>&1"
  if as_user "$work/podman-store.sh" import "$work/busybox.tar" localhost/cbench >/dev/null 2>&1; then
    read -r p_up p_down < <(rounds podman-compose --podman-path "$work/podman-store.sh")
    if [ "$p_up" = fail ]; then
      echo "podman-compose failed here; no comparison"
    else
      echo "podman-compose: up -d ${p_up} ms, down ${p_down} ms (5 services, best of 3)"
      awk -v su="$s_up" -v pu="$p_up" -v sd="$s_down" -v pd="$p_down" 'BEGIN {
        printf "up: podman-compose/skiff %.1fx, down: %.1fx (target >= 10x each)\n", pu / (su > 0 ? su : 1), pd / (sd > 0 ? sd : 1) }'
    fi
  else
    echo "podman cannot run here; no comparison"
  fi
else
  echo "podman or podman-compose not installed; no comparison"
fi
as_user "${S[@]}" rm -af >/dev/null 2>&1 || true
as_user "${S[@]}" unshare rm -rf "$work/store" >/dev/null 2>&1 || true
