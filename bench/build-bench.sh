#!/usr/bin/env bash
# `build` of a 10-step Dockerfile as the unprivileged user skiff-test: a cold build (no cache)
# and a cached rebuild, skiff and `podman build` side by side (when podman is installed; its
# rootless set-up here needs runtime=runc, cgroup_manager=cgroupfs, events_logger=file in the
# user's containers.conf, written when missing). Best of 3 each. Run as root after
# .ci/setup.sh. Targets: cold <= 0.7x podman's time, cached rebuild >= 10x faster.
. "$(dirname "$0")/lib.sh" build-bench
make_busybox_tar
ctx="$work/ctx"
mkdir -p "$ctx/src"
for i in 1 2 3 4 5 6 7 8; do head -c 65536 /dev/urandom | base64 >"$ctx/src/part$i.txt"; done
echo "listen=8080" >"$ctx/config.txt"
cat >"$ctx/Dockerfile" <<'EOF'
FROM localhost/bbench
ARG VERSION=1
ENV APP=/app
WORKDIR /app
COPY src/ /app/src/
RUN mkdir -p build && for i in 1 2 3 4 5; do cat src/* > build/out$i; done
RUN echo "built $VERSION" > /app/build/stamp
COPY config.txt /app/config.txt
LABEL version=$VERSION
EXPOSE 8080
CMD ["cat", "/app/build/stamp"]
EOF
chmod -R a+rX "$ctx"

ms_of() { # CMD...: wall time in milliseconds, output discarded
  as_user bash -c 's=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || exit 1; e=$EPOCHREALTIME; echo $(( (${e/./} - ${s/./}) / 1000 ))' bench "$@"
}
best_of_3() { # CMD...
  local best= ms
  for _ in 1 2 3; do
    ms=$(ms_of "$@") || { echo "failed: $*" >&2; return 1; }
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

S=("$work/skiff" --root "$work/store" --runroot "$work/run")
as_user "${S[@]}" import "$work/busybox.tar" localhost/bbench >/dev/null
s_cold=$(best_of_3 "${S[@]}" build --no-cache -t bench:cold "$ctx")
as_user "${S[@]}" build -t bench:warm "$ctx" >/dev/null
s_warm=$(best_of_3 "${S[@]}" build -t bench:warm "$ctx")
echo "skiff:  cold build ${s_cold} ms, cached rebuild ${s_warm} ms (best of 3)"

home=$(getent passwd "$user" | cut -d: -f6)
conf="$home/.config/containers/containers.conf"
if command -v podman >/dev/null; then
  if [ ! -f "$conf" ]; then
    mkdir -p "$(dirname "$conf")"
    printf '[engine]\nruntime = "runc"\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' >"$conf"
    chown -R "$user:" "$home/.config"
  fi
  P=(podman --root "$work/podman-store" --runroot "$work/podman-run")
  if as_user "${P[@]}" import "$work/busybox.tar" localhost/bbench >/dev/null 2>&1; then
    p_cold=$(best_of_3 "${P[@]}" build --no-cache -t bench:cold "$ctx")
    as_user "${P[@]}" build -t bench:warm "$ctx" >/dev/null 2>&1
    p_warm=$(best_of_3 "${P[@]}" build -t bench:warm "$ctx")
    echo "podman: cold build ${p_cold} ms, cached rebuild ${p_warm} ms (best of 3)"
    awk -v sc="$s_cold" -v pc="$p_cold" -v sw="$s_warm" -v pw="$p_warm" 'BEGIN {
      printf "cold: skiff/podman %.2fx (target <= 0.7x); cached: podman/skiff %.1fx (target >= 10x)\n", sc / pc, pw / (sw > 0 ? sw : 1) }'
  else
    echo "podman cannot run here; no comparison"
  fi
else
  echo "podman not installed; no comparison"
fi
