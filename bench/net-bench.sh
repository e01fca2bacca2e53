#!/usr/bin/env bash
# Published ports: (1) time from `run -d -p PORT:80 IMG httpd` to the first HTTP answer through
# the port, median of RUNS; (2) throughput of 1 GiB sent through a published port into the
# container. For pasta (the default), slirp4netns and a user-defined network, and podman's
# default when podman is installed. Run as root after .ci/setup.sh:   bash bench/net-bench.sh [RUNS]
runs=${1:-5}
. "$(dirname "$0")/lib.sh" net-bench
make_busybox_tar
mkdir -p "$work/www"
echo hello >"$work/www/index.html"
chmod -R a+rX "$work/www"
S=("$work/skiff" --root "$work/store" --runroot "$work/run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/netb >/dev/null
as_user "${S[@]}" network create benchnet >/dev/null
at_exit 'as_user "${S[@]}" rm -af >/dev/null 2>&1'

# A loopback TCP port nobody listens on.
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# first_byte_ms NET ENGINE...: one `run -d -p` of httpd, milliseconds until curl gets the page.
first_byte_ms() {
  local port net=$1
  shift
  port=$(free_port)
  as_user bash -c '
    port=$1; www=$2; net=$3; shift 3
    s=$EPOCHREALTIME
    "$@" run -d --name fb --network "$net" -p "127.0.0.1:$port:80" -v "$www:/www:ro" localhost/netb httpd -f -p 80 -h /www >/dev/null
    until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do :; done
    e=$EPOCHREALTIME
    "$@" rm -f fb >/dev/null
    echo $(( (${e/./} - ${s/./}) / 1000 ))' fb "$port" "$work/www" "$net" "$@"
}

# throughput NET ENGINE...: MiB/s of 1 GiB written into `nc -l` in the container through the port.
throughput() {
  local port net=$1
  shift
  port=$(free_port)
  as_user "$@" run -d --name tp --network "$net" -p "127.0.0.1:$port:5001" localhost/netb sh -c 'nc -l -p 5001 >/dev/null' >/dev/null
  sleep 1
  as_user bash -c '
    port=$1
    s=$EPOCHREALTIME
    dd if=/dev/zero bs=1M count=1024 status=none >"/dev/tcp/127.0.0.1/$port"
    e=$EPOCHREALTIME
    echo $(( 1024 * 1000000 / (${e/./} - ${s/./}) ))' tp "$port"
  as_user "$@" rm -f tp >/dev/null
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

report() { # LABEL NET ENGINE...
  local label=$1 ms
  shift
  ms=$(for _ in $(seq "$runs"); do first_byte_ms "$@"; done | median)
  echo "$label: run -d -p to the first HTTP byte: median ${ms} ms over ${runs} runs;" \
    "1 GiB through the port: $(throughput "$@") MiB/s"
}

report "skiff, pasta (default)" pasta "${S[@]}"
report "skiff, slirp4netns" slirp4netns "${S[@]}"
report "skiff, user-defined network" benchnet "${S[@]}"
if command -v podman >/dev/null && as_user podman import "$work/busybox.tar" localhost/netb >/dev/null 2>&1; then
  report "podman, default network" pasta podman
else
  echo "podman not installed (or cannot run here); no comparison"
fi
