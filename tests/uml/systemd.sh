#!/bin/sh
# Runs inside the user-mode-linux guest (systemd, cgroup v2, lingering user `tester`) from
# tests/systemd.rs, with skiff installed as a package would: /usr/bin/skiff, the generator
# symlink /usr/lib/systemd/user-generators/skiff-user-generator and
# /usr/lib/systemd/user/skiff-restart.service. Prints "ok NAME" or "not ok NAME: detail".
# Everything uses the default store (~/.local/share/skiff), as the services do.
set -u
check() { # NAME WANT GOT
  if [ "$2" = "$3" ]; then echo "ok $1"; else echo "not ok $1: want [$2] got [$3]"; fi
}
contains() { # NAME NEEDLE HAYSTACK
  case "$3" in *"$2"*) echo "ok $1" ;; *) echo "not ok $1: [$2] not in [$3]" ;; esac
}
# GET / on a local port (bash's /dev/tcp: the guest has no curl, its busybox wget crashes).
get() {
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$1"' && printf "GET / HTTP/1.0\r\n\r\n" >&3 && cat <&3' 2>/dev/null | tail -n 1
}
# systemd-analyze verify, without the noise of its unreadable temporary generator dirs.
verify() { systemd-analyze --user verify --man=no "$1" 2>&1 | grep -v systemd-temporary; }
U="systemctl --user"
Q="$HOME/.config/containers/systemd"
mkdir -p "$Q"

skiff import /host/busybox.tar localhost/busybox >/dev/null || echo "not ok import"

# Cgroup namespaces: the container's own cgroup is the root of /sys/fs/cgroup.
check cgroupns-memory.max 67108864 "$(skiff run --rm -m 64m localhost/busybox cat /sys/fs/cgroup/memory.max 2>&1)"
check cgroupns-pids.max 40 "$(skiff run --rm --pids-limit 40 localhost/busybox cat /sys/fs/cgroup/pids.max 2>&1)"
check cgroupns-root "0::/" "$(skiff run --rm localhost/busybox cat /proc/self/cgroup 2>&1)"
contains cgroupns-readonly "Read-only" "$(skiff run --rm localhost/busybox mkdir /sys/fs/cgroup/x 2>&1)"
contains cgroupns-host "skiff-" "$(skiff run --rm --cgroupns=host localhost/busybox cat /proc/self/cgroup 2>&1)"

# A .container with a .volume, published port, drop-in, [Install].
cat > "$Q/web.container" <<'EOF'
[Unit]
Description=quadlet web test

[Container]
Image=localhost/busybox
ContainerName=web
Exec=sh -c 'echo hello from web; echo quadlet-page > /data/index.html; trap "exit 0" TERM; httpd -f -p 80 -h /data & wait'
PublishPort=18080:80
Volume=data.volume:/data

[Install]
WantedBy=default.target
EOF
mkdir -p "$Q/web.container.d"
printf '[Container]\nEnvironment=FROM_DROPIN=yes\n' > "$Q/web.container.d/10-env.conf"
printf '[Volume]\nVolumeName=webdata\n' > "$Q/data.volume"
$U daemon-reload
gen=$XDG_RUNTIME_DIR/systemd/generator
contains generated-notify "Type=notify" "$(cat $gen/web.service 2>&1)"
contains generated-dropin "--env=FROM_DROPIN=yes" "$(cat $gen/web.service 2>&1)"
check generated-install-link "../web.service" "$(readlink $gen/default.target.wants/web.service)"
check analyze-verify-web "" "$(verify $gen/web.service)"
$U start web.service
check web-active active "$($U is-active web.service)"
check web-port quadlet-page "$(get 18080)"
check web-ps web "$(skiff ps --format '{{.Names}}')"
pid=$(skiff inspect -f '{{.State.Pid}}' web)
contains web-in-service-cgroup "/web.service/skiff-" "$(cat /proc/$pid/cgroup)"
check web-volume quadlet-page "$(cat $HOME/.local/share/skiff/volumes/webdata/_data/index.html 2>&1)"
sleep 0.5
j=$(journalctl --user -u web.service --no-pager 2>&1)
case "$j" in
  *"insufficient permissions"*) echo "skip web-journal: the guest keeps no journal the user may read" ;;
  *) contains web-journal "hello from web" "$j" ;;
esac
$U stop web.service
check web-stopped inactive "$($U is-active web.service)"
check web-removed "" "$(skiff ps -a --format '{{.Names}}')"
check web-cidfile-gone no "$([ -e $XDG_RUNTIME_DIR/web.cid ] && echo yes || echo no)"
check web-port-closed "" "$(get 18080 | grep quadlet-page)"
check web-nothing-left 0 "$(find /sys/fs/cgroup/user.slice -name 'skiff-*' | wc -l)"

# A .network unit: a oneshot creating the network (containers joining it need nftables,
# which the guest lacks; the generated dependency is covered by the golden files).
printf '[Network]\nSubnet=10.89.42.0/24\n' > "$Q/app.network"
$U daemon-reload
$U start app-network.service
check network-unit-active active "$($U is-active app-network.service)"
contains network-created '"subnet": "10.89.42.0/24"' "$(skiff network inspect systemd-app 2>&1)"
$U stop app-network.service

# Notify=healthy: `start` returns only once the healthcheck passed.
cat > "$Q/hc.container" <<'EOF'
[Container]
Image=localhost/busybox
Exec=sh -c 'trap "exit 0" TERM; sleep 3; touch /tmp/ok; sleep 1000 & wait'
HealthCmd=test -f /tmp/ok
HealthInterval=1s
Notify=healthy
EOF
$U daemon-reload
t0=$(date +%s)
$U start hc.service
t1=$(date +%s)
if [ $((t1 - t0)) -ge 3 ]; then echo "ok healthy-waits"; else echo "not ok healthy-waits: start took $((t1 - t0))s"; fi
check healthy-status healthy "$(skiff inspect -f '{{.State.Health.Status}}' systemd-hc)"
$U stop hc.service
check healthy-stopped inactive "$($U is-active hc.service)"

# A container that exits is restarted by systemd per Restart=.
cat > "$Q/crash.container" <<'EOF'
[Container]
Image=localhost/busybox
Exec=sh -c 'echo crashing; sleep 1; exit 3'

[Service]
Restart=on-failure
RestartSec=1
EOF
$U daemon-reload
$U start crash.service
for i in $(seq 30); do
  n=$($U show -p NRestarts --value crash.service)
  [ "${n:-0}" -ge 2 ] && break
  sleep 1
done
if [ "${n:-0}" -ge 2 ]; then echo "ok restart-by-systemd"; else echo "not ok restart-by-systemd: NRestarts=${n:-?}"; fi
$U stop crash.service
check crash-removed "" "$(skiff ps -a --format '{{.Names}}')"

# generate systemd --new: a unit recreating the container, round trip.
skiff create --name gen -p 18081:80 localhost/busybox sh -c 'echo gen-page > /tmp/index.html; trap "exit 0" TERM; httpd -f -p 80 -h /tmp & wait' >/dev/null
mkdir -p "$HOME/.config/systemd/user"
f=$(cd "$HOME/.config/systemd/user" && skiff generate systemd --new --files --name gen)
check generate-file "$HOME/.config/systemd/user/container-gen.service" "$f"
skiff rm gen >/dev/null
check analyze-verify-generate "" "$(verify "$f")"
$U daemon-reload
$U start container-gen.service
check generate-port gen-page "$(get 18081)"
$U stop container-gen.service
check generate-removed "" "$(skiff ps -a --format '{{.Names}}')"

# skiff-restart.service starts --restart=always containers again (after their processes
# died as at a reboot); others stay down.
skiff run -d --name always --restart=always localhost/busybox sleep 1000 >/dev/null
skiff run -d --name plain localhost/busybox sleep 1000 >/dev/null
skiff run -d --name us --restart=unless-stopped localhost/busybox sleep 1000 >/dev/null
skiff stop -t 1 us >/dev/null
for c in always plain; do
  id=$(skiff inspect -f '{{.Id}}' $c)
  kill -9 "$(cut -d' ' -f1 $XDG_RUNTIME_DIR/skiff/$id/monitor.pid)" "$(skiff inspect -f '{{.State.Pid}}' $c)"
done
sleep 0.5
check restart-down exited "$(skiff inspect -f '{{.State.Status}}' always)"
$U enable skiff-restart.service 2>/dev/null
check restart-enabled enabled "$($U is-enabled skiff-restart.service)"
$U start skiff-restart.service
check restart-always running "$(skiff inspect -f '{{.State.Status}}' always)"
check restart-plain exited "$(skiff inspect -f '{{.State.Status}}' plain)"
check restart-user-stopped exited "$(skiff inspect -f '{{.State.Status}}' us)"
skiff rm -f always plain us >/dev/null
$U stop skiff-restart.service

# auto-update (local policy): a new image under the container's name restarts its unit;
# a broken one is rolled back.
cat > "$Q/au.container" <<'EOF'
[Container]
Image=localhost/busybox
ContainerName=au
Exec=sh -c 'trap "exit 0" TERM; sleep 1000 & wait'
AutoUpdate=local
EOF
$U daemon-reload
$U start au.service
old=$(skiff inspect -f '{{.Image}}' au)
check au-unit-label au "$(skiff ps --filter label=PODMAN_SYSTEMD_UNIT=au.service --format '{{.Names}}')"
skiff run --name mk localhost/busybox touch /marker >/dev/null
skiff commit -q mk localhost/busybox >/dev/null
skiff rm mk >/dev/null
new=$(skiff image inspect -f '{{.Id}}' localhost/busybox)
check au-dry-run "au.service pending" "$(skiff auto-update --dry-run --format '{{.Unit}} {{.Updated}}')"
check au-update true "$(skiff auto-update --format '{{.Updated}}' 2>&1)"
check au-new-image "$new" "$(skiff inspect -f '{{.Image}}' au)"
check au-new-content yes "$(skiff exec au sh -c 'test -f /marker && echo yes')"
mkdir -p "$HOME/broken" && echo x > "$HOME/broken/file" && tar -C "$HOME/broken" -cf "$HOME/broken.tar" .
skiff import "$HOME/broken.tar" localhost/busybox >/dev/null
check au-rollback "rolled back" "$(skiff auto-update --format '{{.Updated}}' 2>&1)"
check au-rollback-active active "$($U is-active au.service)"
check au-rollback-image "$new" "$(skiff inspect -f '{{.Image}}' au)"
$U stop au.service
[ "$old" != "$new" ] || echo "not ok au-images-differ"

# quadlet list/print/rm.
contains quadlet-list "web.service" "$(skiff quadlet list)"
contains quadlet-print "ContainerName=web" "$(skiff quadlet print web.container)"
skiff quadlet rm web.container hc.container crash.container data.volume au.container app.network >/dev/null
check quadlet-rm "" "$(skiff quadlet list | tail -n +2)"
check units-gone 0 "$($U list-units --all --no-legend 'skiff-*.scope' | wc -l)"
echo done
