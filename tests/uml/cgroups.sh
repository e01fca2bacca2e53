#!/bin/sh
# Runs inside the user-mode-linux guest (systemd, cgroup v2, user `tester` with cpu, memory and
# pids delegated) from tests/cgroups.rs. Prints "ok NAME" or "not ok NAME: detail" per check.
# /host holds `skiff` and `busybox.tar`; the store goes on the user's tmpfs home (overlay
# upper dirs cannot live on hostfs).
set -u
cp /host/skiff "$HOME/skiff"
S="$HOME/skiff --root $HOME/store --runroot $XDG_RUNTIME_DIR/skiff"
check() { # NAME WANT GOT
  if [ "$2" = "$3" ]; then echo "ok $1"; else echo "not ok $1: want [$2] got [$3]"; fi
}
contains() { # NAME NEEDLE HAYSTACK
  case "$3" in *"$2"*) echo "ok $1" ;; *) echo "not ok $1: [$2] not in [$3]" ;; esac
}
cg() { cat "/sys/fs/cgroup$($S inspect -f '{{.State.CgroupPath}}' "$1")/$2"; }

$S import /host/busybox.tar localhost/busybox >/dev/null || echo "not ok import"
info=$($S info)
contains info-version "cgroupVersion: v2" "$info"
contains info-manager "cgroupManager: systemd" "$info"
contains info-controllers "memory" "$info"

# Every limit lands in the scope's files; the scope is named after the container.
id=$($S run -d --name lim -m 256m --memory-swap 512m --memory-reservation 128m --cpus 1.5 \
  --cpu-shares 512 --pids-limit 100 busybox sleep 1000)
path=$($S inspect -f '{{.State.CgroupPath}}' lim)
contains scope-name "skiff-$id.scope" "$path"
contains scope-in-user-manager "/user@1000.service/" "$path"
check memory.max 268435456 "$(cg lim memory.max)"
check memory.swap.max 268435456 "$(cg lim memory.swap.max)"
check memory.low 134217728 "$(cg lim memory.low)"
check cpu.max "150000 100000" "$(cg lim cpu.max)"
check cpu.weight 20 "$(cg lim cpu.weight)"
check pids.max 100 "$(cg lim pids.max)"
pid=$($S inspect -f '{{.State.Pid}}' lim)
contains process-in-scope "skiff-$id.scope" "$(cat /proc/$pid/cgroup)"
check inspect-memory 268435456 "$($S inspect -f '{{.HostConfig.Memory}}' lim)"
check inspect-nanocpus 1500000000 "$($S inspect -f '{{.HostConfig.NanoCpus}}' lim)"

# A controller that is not delegated (cpuset here) is a warning, and the container still runs.
out=$($S run --rm --cpuset-cpus 0 busybox echo ran 2>&1)
contains cpuset-warning "cpuset controller is not delegated" "$out"
contains cpuset-still-runs "ran" "$out"

# Over the memory limit: killed, 137, OOMKilled.
$S run --name oom -m 32m --memory-swap 32m busybox tail /dev/zero >/dev/null 2>&1
check oom-exit 137 "$?"
check oom-killed true "$($S inspect -f '{{.State.OOMKilled}}' oom)"
check no-oom-flag false "$($S inspect -f '{{.State.OOMKilled}}' lim)"

# Forks beyond --pids-limit fail.
out=$($S run --rm --pids-limit 5 busybox sh -c 'for i in 1 2 3 4 5 6 7 8 9 10; do sleep 3 & done; wait' 2>&1)
contains pids-limit "fork" "$out"

# --cpus 0.5 holds a busy loop near 50% in stats.
$S run -d --name busy --cpus 0.5 busybox sh -c 'while :; do :; done' >/dev/null
sleep 1
cpu=$($S stats --no-stream --format '{{.CPU}}' busy | cut -d. -f1)
if [ "${cpu:-0}" -ge 30 ] && [ "${cpu:-0}" -le 70 ]; then echo "ok cpus-half"; else echo "not ok cpus-half: cpu% ${cpu:-?}"; fi
line=$($S stats --no-stream busy | tail -1)
contains stats-table "busy" "$line"

# update changes a running container's limits.
$S update --memory 512m --pids-limit 200 busy >/dev/null
check update-memory 536870912 "$(cg busy memory.max)"
check update-pids 200 "$(cg busy pids.max)"
check update-recorded 536870912 "$($S inspect -f '{{.HostConfig.Memory}}' busy)"

# pause freezes: no CPU time passes; unpause thaws.
$S pause busy >/dev/null
check pause-freeze 1 "$(cg busy cgroup.freeze)"
check pause-status paused "$($S inspect -f '{{.State.Status}}' busy)"
u1=$(cg busy cpu.stat | sed -n 's/^usage_usec //p'); sleep 1
u2=$(cg busy cpu.stat | sed -n 's/^usage_usec //p')
check paused-no-cpu "$u1" "$u2"
$S unpause busy >/dev/null
check unpause-status running "$($S inspect -f '{{.State.Status}}' busy)"

# The cgroupfs manager, under a delegated cgroup given as --cgroup-parent.
out=$(systemd-run --user --scope -q -p Delegate=yes sh /host/cgroupfs-inner.sh "$S" 2>&1)
contains cgroupfs-path "/skiff-" "$(echo "$out" | sed -n 's/^cgroupfs-path //p')"
check cgroupfs-memory 67108864 "$(echo "$out" | sed -n 's/^cgroupfs-memory //p')"
check cgroupfs-pids 33 "$(echo "$out" | sed -n 's/^cgroupfs-pids //p')"
check cgroupfs-removed yes "$(echo "$out" | sed -n 's/^cgroupfs-removed //p')"

# rm: the scopes are gone, nothing left in the user's slice.
$S rm -f busy lim oom >/dev/null
sleep 0.5
left=$(systemctl --user list-units --all --no-legend 'skiff-*' | wc -l)
check scopes-gone 0 "$left"
left=$(find /sys/fs/cgroup/user.slice -name 'skiff-*' | wc -l)
check cgroups-gone 0 "$left"
echo done
