#!/usr/bin/env bash
# Compare two skiff binaries on the same machine at the same time (runs interleaved, so load
# changes hit both alike): `run --rm IMG true` with the default network and with
# `--network none`, medians over RUNS runs each, and peak RSS (GNU time) of the latter.
# Run as root after .ci/setup.sh:   bash bench/ab-bench.sh OLD_BINARY NEW_BINARY [RUNS]
# (bench/run-bench.sh measures the working tree's build against podman.)
old=${1:?usage: ab-bench.sh OLD_BINARY NEW_BINARY [RUNS]}
new=${2:?usage: ab-bench.sh OLD_BINARY NEW_BINARY [RUNS]}
runs=${3:-30}
. "$(dirname "$0")/lib.sh" ab-bench
make_busybox_tar
install -m 0755 "$old" "$work/old"
install -m 0755 "$new" "$work/new"
for b in old new; do
  mkdir -p "$work/store-$b"
  chown "$user:" "$work/store-$b"
  as_user "$work/$b" --root "$work/store-$b/root" --runroot "$work/store-$b/run" \
    import "$work/busybox.tar" localhost/busybox:bench >/dev/null
done

# times_ms NET: one line per binary with the median wall time of `run --rm` in milliseconds.
times_ms() {
  as_user bash -c '
    work=$1 runs=$2 net=$3
    run() { "$work/$1" --root "$work/store-$1/root" --runroot "$work/store-$1/run" \
      run --rm $net localhost/busybox:bench true >/dev/null 2>&1; }
    for i in 1 2 3; do run old; run new; done
    for ((i = 0; i < runs; i++)); do
      for b in old new; do
        s=$EPOCHREALTIME; run $b || { echo "run failed: $b" >&2; exit 1; }; e=$EPOCHREALTIME
        echo "$b $s $e"
      done
    done' ab "$work" "$runs" "$1" |
    awk '{ gsub(/[.,]/, "", $2); gsub(/[.,]/, "", $3); print $1, ($3 - $2) / 1000 }' |
    sort -k1,1 -k2,2n |
    awk '{ v[$1, ++n[$1]] = $2 } END {
      for (b in n) { c = n[b]; m = (c % 2) ? v[b, (c + 1) / 2] : (v[b, c / 2] + v[b, c / 2 + 1]) / 2;
                     printf "%s %.2f\n", b, m } }' | sort
}

rss_kb() {
  for i in 1 2 3 4 5; do
    as_user /usr/bin/time -f "%M" "$work/$1" --root "$work/store-$1/root" \
      --runroot "$work/store-$1/run" run --rm --network none localhost/busybox:bench true 2>&1 >/dev/null | tail -1
  done | sort -n | sed -n 3p
}

echo "run --rm IMG true, default network, median ms over $runs interleaved runs:"
times_ms "" | sed 's/^/  /'
echo "run --rm --network none IMG true, median ms over $runs interleaved runs:"
times_ms "--network none" | sed 's/^/  /'
echo "peak RSS of run --rm --network none (median of 5, KiB): old $(rss_kb old), new $(rss_kb new)"
