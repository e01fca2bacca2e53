#!/usr/bin/env bash
# 20 parallel `run -d IMG sleep 300` then `rm -af`, as the unprivileged user skiff-test: the
# wall time of the whole, skiff and podman (when installed). Run as root after .ci/setup.sh.
. "$(dirname "$0")/lib.sh" lc-bench
make_busybox_tar
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
