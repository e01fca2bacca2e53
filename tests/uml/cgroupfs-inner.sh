#!/bin/sh
# Runs inside a delegated transient scope (systemd-run --user --scope -p Delegate=yes), from
# tests/uml/cgroups.sh: the cgroupfs manager creates skiff-<id> under --cgroup-parent itself.
S="$1"
cg=$(sed -n 's/^0:://p' /proc/self/cgroup)
# A cgroup with children may hold no processes: move this shell to a leaf first.
mkdir "/sys/fs/cgroup$cg/leaf" && echo $$ > "/sys/fs/cgroup$cg/leaf/cgroup.procs"
id=$($S --cgroup-manager cgroupfs run -d --cgroup-parent "$cg" -m 64m --pids-limit 33 busybox sleep 100)
p=$($S inspect -f '{{.State.CgroupPath}}' "$id")
echo "cgroupfs-path $p"
echo "cgroupfs-memory $(cat "/sys/fs/cgroup$p/memory.max")"
echo "cgroupfs-pids $(cat "/sys/fs/cgroup$p/pids.max")"
$S rm -f "$id" >/dev/null
sleep 0.2
if [ -d "/sys/fs/cgroup$p" ]; then echo "cgroupfs-removed no"; else echo "cgroupfs-removed yes"; fi
