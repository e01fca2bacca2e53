#!/usr/bin/env bash
# Every bench, skiff and podman side by side in one run, one table with the ratios:
#   run --rm IMG true (default network; --network none), helpers' resident memory per detached
#   container (10 and 100 `run -d IMG sleep`), `run -d -p` to the first HTTP byte, pull of a
#   6-layer ~100 MB image from a local registry, 20 parallel `run -d` + `rm -af`, and `ps -a`,
#   `images`, `inspect` with 200 containers.
# Run as root after .ci/setup.sh:   bash bench/compare.sh [RUNS]
# It installs podman and runc with apt-get when they are missing, and writes the bench user's
# ~/.config/containers/containers.conf for podman (runtime runc, cgroupfs, file events; an
# existing file is put back afterwards). Use a bench user of your own when others run tests as
# skiff-test on the same machine: SKIFF_BENCH_USER=NAME (with a subuid range, /dev/net/tun and
# /dev/fuse open to it, as .ci/setup.sh does for skiff-test); the memory bench counts every
# process of that user that is not a container's own.
# Wall-clock figures depend on the machine's load; RSS figures do not.
runs=${1:-20}
if [ "$(id -u)" -ne 0 ]; then
  echo "compare.sh: run as root (it installs podman when missing and switches to the bench user)" >&2
  exit 1
fi
missing=()
command -v podman >/dev/null || missing+=(podman)
command -v runc >/dev/null || missing+=(runc)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} for the comparison" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
. "$(dirname "$0")/lib.sh" compare
make_busybox_tar

# podman's configuration for this machine (no systemd, cgroup v1 hybrid).
home=$(getent passwd "$user" | cut -d: -f6)
conf="$home/.config/containers/containers.conf"
if [ -e "$conf" ]; then
  cp -p "$conf" "$work/containers.conf.saved"
  at_exit 'cp -p "$work/containers.conf.saved" "$conf"'
else
  at_exit 'rm -f "$conf"'
fi
as_user mkdir -p "$home/.config/containers"
as_user tee "$conf" >/dev/null <<'C'
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
C

S=("$work/skiff" --root "$work/s-root" --runroot "$work/s-run")
P=(podman --root "$work/p-root" --runroot "$work/p-run" --tmpdir "$work/p-tmp")
sk="${S[*]}"
pm="${P[*]}"
as_user "${S[@]}" import "$work/busybox.tar" localhost/cmp >/dev/null
as_user "${P[@]}" import "$work/busybox.tar" localhost/cmp >/dev/null
at_exit 'as_user "${S[@]}" rm -af >/dev/null 2>&1; as_user "${P[@]}" rm -af -t 0 >/dev/null 2>&1'

rows=()
row() { # LABEL SKIFF PODMAN UNIT [lower|higher is better]
  local ratio
  ratio=$(awk -v s="$2" -v p="$3" -v b="${5:-lower}" 'BEGIN {
    if (s <= 0 || p <= 0) { print "-"; exit }
    printf "%.1fx", (b == "lower") ? p / s : s / p }')
  rows+=("$1|$2 $4|$3 $4|$ratio")
  echo "$1: skiff $2 $4, podman $3 $4 ($ratio)" >&2
}

# pair_ms RUNS SKIFF_CMD PODMAN_CMD: median milliseconds of each, runs interleaved (after 2
# warm-ups each); the commands are shell text run by the bench user with $S/$P words.
pair_ms() {
  as_user bash -c '
    runs=$1 a=$2 b=$3
    for i in 1 2; do eval "$a" >/dev/null 2>&1; eval "$b" >/dev/null 2>&1; done
    for ((i = 0; i < runs; i++)); do
      s=$EPOCHREALTIME; eval "$a" >/dev/null 2>&1 || { echo "failed: $a" >&2; exit 1; }; e=$EPOCHREALTIME
      echo "s $s $e"
      s=$EPOCHREALTIME; eval "$b" >/dev/null 2>&1 || { echo "failed: $b" >&2; exit 1; }; e=$EPOCHREALTIME
      echo "p $s $e"
    done' pair "$1" "$2" "$3" |
    awk '{ gsub(/[.,]/, "", $2); gsub(/[.,]/, "", $3); print $1, ($3 - $2) / 1000 }' |
    sort -k1,1 -k2,2n |
    awk '{ v[$1, ++n[$1]] = $2 } END {
      for (k in n) { c = n[k]; m[k] = (c % 2) ? v[k, (c + 1) / 2] : (v[k, c / 2] + v[k, c / 2 + 1]) / 2 }
      printf "%.1f %.1f\n", m["s"], m["p"] }'
}

read -r s p < <(pair_ms "$runs" "$sk run --rm localhost/cmp true" "$pm run --rm localhost/cmp true")
row "run --rm IMG true, default network (ms, median)" "$s" "$p" ms
read -r s p < <(pair_ms "$runs" "$sk run --rm --network none localhost/cmp true" "$pm run --rm --network none localhost/cmp true")
row "run --rm --network none IMG true (ms, median)" "$s" "$p" ms

# helpers_kib N ENGINE...: resident memory of everything but the containers' own processes
# that N detached `sleep` containers on the default network add (monitors/conmon, network
# helpers, fuse-overlayfs), per container, in KiB.
helpers_kib() {
  local n=$1 before total
  shift
  before=" $(pgrep -u "$user" | tr '\n' ' ') "
  for i in $(seq "$n"); do as_user "$@" run -d localhost/cmp sleep 3600 >/dev/null; done
  sleep 2
  total=$(ps -u "$user" -o pid=,rss=,comm= | awk -v before="$before" '
    index(before, " " $1 " ") == 0 && $3 != "sleep" { s += $2 } END { print s + 0 }')
  as_user "$@" rm -af -t 0 >/dev/null 2>&1 || as_user "$@" rm -af >/dev/null 2>&1
  echo $((total / n))
}
for n in 10 100; do
  s=$(helpers_kib "$n" "${S[@]}")
  p=$(helpers_kib "$n" "${P[@]}")
  row "helpers' RSS per detached container, $n running (KiB)" "$s" "$p" KiB
done

# First HTTP byte through a published port after `run -d -p`.
mkdir -p "$work/www"
echo hello >"$work/www/index.html"
chmod -R a+rX "$work/www"
free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
first_byte_ms() { # ENGINE...
  as_user bash -c '
    port=$1; www=$2; shift 2
    s=$EPOCHREALTIME
    "$@" run -d --name fb -p "127.0.0.1:$port:80" -v "$www:/www:ro" localhost/cmp httpd -f -p 80 -h /www >/dev/null
    until curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do :; done
    e=$EPOCHREALTIME
    "$@" rm -f fb >/dev/null 2>&1
    echo $(( (${e/./} - ${s/./}) / 1000 ))' fb "$(free_port)" "$work/www" "$@"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
fb_runs=$(((runs + 1) / 2))
fs=() fp=()
for _ in $(seq "$fb_runs"); do
  fs+=("$(first_byte_ms "${S[@]}")")
  fp+=("$(first_byte_ms "${P[@]}")")
done
row "run -d -p to the first HTTP byte (ms, median of $fb_runs)" \
  "$(printf '%s\n' "${fs[@]}" | median)" "$(printf '%s\n' "${fp[@]}" | median)" ms

# 20 parallel run -d, then rm -af; best of 3.
lifecycle_ms() { # ENGINE...
  as_user bash -c '
    s=$EPOCHREALTIME
    for i in $(seq 20); do "$@" run -d --network none localhost/cmp sleep 300 >/dev/null & done
    wait
    "$@" rm -af -t 0 >/dev/null 2>&1 || "$@" rm -af >/dev/null
    e=$EPOCHREALTIME
    echo $(( (${e/./} - ${s/./}) / 1000 ))' lc "$@"
}
best() { sort -n | head -1; }
row "20 parallel run -d + rm -af (ms, best of 3)" \
  "$(for _ in 1 2 3; do lifecycle_ms "${S[@]}"; done | best)" \
  "$(for _ in 1 2 3; do lifecycle_ms "${P[@]}"; done | best)" ms

# ps -a, images, inspect with 200 (created) containers.
as_user bash -c 'for i in $(seq 200); do "$@" create --name "c$i" localhost/cmp true >/dev/null; done' c "${S[@]}"
as_user bash -c 'for i in $(seq 200); do "$@" create --name "c$i" localhost/cmp true >/dev/null; done' c "${P[@]}"
read -r s p < <(pair_ms "$runs" "$sk ps -a" "$pm ps -a")
row "ps -a, 200 containers (ms, median)" "$s" "$p" ms
read -r s p < <(pair_ms "$runs" "$sk images" "$pm images")
row "images, 200 containers (ms, median)" "$s" "$p" ms
read -r s p < <(pair_ms "$runs" "$sk inspect c100" "$pm inspect c100")
row "inspect CTR, 200 containers (ms, median)" "$s" "$p" ms
as_user "${S[@]}" rm -af >/dev/null 2>&1 || true
as_user "${P[@]}" rm -af >/dev/null 2>&1 || true

# Pull: a 6-layer (~100 MB) image from a local registry into an empty store, best of 3.
reg_pid=
at_exit '[ -n "$reg_pid" ] && kill "$reg_pid" 2>/dev/null'
port=$(free_port)
mkdir -p "$work/registry"
printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\n' \
  "$work/registry/data" "$port" >"$work/registry/config.yml"
docker-registry serve "$work/registry/config.yml" >"$work/registry/log" 2>&1 &
reg_pid=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/v2/" >/dev/null && break; sleep 0.1; done
for i in 1 2 3 4 5; do
  as_user "${S[@]}" run --network none --name "l$i" "localhost/cmp$([ "$i" -gt 1 ] && echo ":$((i - 1))")" \
    sh -c "head -c 19922944 /dev/urandom > /layer$i" >/dev/null
  as_user "${S[@]}" commit "l$i" "localhost/cmp:$i" >/dev/null
  as_user "${S[@]}" rm "l$i" >/dev/null
done
img="127.0.0.1:$port/bench/cmp:1"
as_user "${S[@]}" tag localhost/cmp:5 "$img"
as_user "${S[@]}" push --tls-verify=false "$img" >/dev/null
pull_ms() { # ENGINE words up to the store flags; a fresh store each time
  local b=
  for _ in 1 2 3; do
    rm -rf "$work/pull-root" "$work/pull-run" "$work/pull-tmp"
    local s e
    s=$(date +%s%N)
    as_user "$@" pull --tls-verify=false "$img" >/dev/null 2>&1 || { echo "pull failed: $1" >&2; echo 0; return; }
    e=$(date +%s%N)
    local ms=$(((e - s) / 1000000))
    [ -z "$b" ] || [ "$ms" -lt "$b" ] && b=$ms
  done
  rm -rf "$work/pull-root" "$work/pull-run" "$work/pull-tmp"
  echo "$b"
}
row "pull 6 layers ~100 MB, local registry (ms, best of 3)" \
  "$(pull_ms "$work/skiff" --root "$work/pull-root" --runroot "$work/pull-run")" \
  "$(pull_ms podman --root "$work/pull-root" --runroot "$work/pull-run" --tmpdir "$work/pull-tmp")" ms

# The table.
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($cpu), $(uname -sr), $(podman --version), user $user"
echo
echo "| bench | skiff | podman | skiff's advantage |"
echo "|---|---|---|---|"
for r in "${rows[@]}"; do
  IFS='|' read -r label s p ratio <<<"$r"
  echo "| $label | $s | $p | $ratio |"
done
