# Shared set-up of the bench scripts; sourced, not run:   . "$(dirname "$0")/lib.sh" NAME
# Builds the release binary and makes $work (removed on exit; scripts add clean-up commands
# with `at_exit CMD`) holding the binary as $work/skiff, owned by the bench user $user.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
user=${SKIFF_BENCH_USER:-skiff-test}
cd "$here"
cargo build --release --quiet
work=$(mktemp -d "/tmp/skiff-${1:-bench}.XXXXXX")
chmod 0755 "$work"
exit_cmds=()
at_exit() { exit_cmds+=("$*"); }
run_exit_cmds() {
  for c in "${exit_cmds[@]}"; do eval "$c" || true; done
  rm -rf "$work" 2>/dev/null || true
}
trap run_exit_cmds EXIT
install -m 0755 target/release/skiff "$work/skiff"
chown "$user:" "$work"

# Run a command as the bench user with a clean environment.
as_user() {
  setpriv --reuid "$user" --regid "$user" --init-groups \
    env -i HOME="$(getent passwd "$user" | cut -d: -f6)" USER="$user" PATH=/usr/local/bin:/usr/bin:/bin "$@"
}

# $work/busybox.tar: a root filesystem tarball from Debian's busybox-static.
make_busybox_tar() {
  mkdir -p "$work/rootfs"/{bin,etc,tmp,root,proc,sys,dev}
  cp /bin/busybox "$work/rootfs/bin/busybox"
  for a in $(/bin/busybox --list); do [ "$a" = busybox ] || ln -sf busybox "$work/rootfs/bin/$a"; done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/rootfs/etc/passwd"
  printf 'root:x:0:\n' >"$work/rootfs/etc/group"
  tar --numeric-owner --owner=0 --group=0 -C "$work/rootfs" -cf "$work/busybox.tar" .
  chmod 0644 "$work/busybox.tar"
}
