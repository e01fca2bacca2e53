#!/usr/bin/env bash
# Fresh Debian 12, as root: install what skiff needs, build it, make a busybox image offline and
# run a container from it as the unprivileged user skiff-test.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/.ci/setup.sh"
cd "$here"
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release
install -m 0755 target/release/skiff /usr/local/bin/skiff

# A busybox root filesystem, from Debian's busybox-static, as a tarball.
work=$(mktemp -d /tmp/skiff-quickstart.XXXXXX)
chmod 0755 "$work"
mkdir -p "$work/rootfs"/{bin,etc,tmp,root,proc,sys,dev}
cp /bin/busybox "$work/rootfs/bin/busybox"
for applet in $(/bin/busybox --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$work/rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$work/rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$work/rootfs/etc/group"
chmod 1777 "$work/rootfs/tmp"
tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/busybox.tar" .
chmod 0644 "$work/busybox.tar"

as_user() {
  setpriv --reuid skiff-test --regid skiff-test --init-groups \
    env -i HOME=/home/skiff-test USER=skiff-test PATH=/usr/local/bin:/usr/bin:/bin "$@"
}
as_user skiff import "$work/busybox.tar" localhost/busybox:latest
as_user skiff run --rm busybox sh -c 'echo "hello from $(hostname): uid $(id -u) in $(cat /proc/self/uid_map | head -1 | tr -s " ")"'
rm -rf "$work"
