#!/usr/bin/env bash
# Install a built skiff with its shell completions and man pages.
#   bash packaging/install.sh [--prefix /usr/local] [--destdir DIR] [--binary target/release/skiff]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local destdir= binary=target/release/skiff
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=$2; shift 2 ;;
    --destdir) destdir=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x "$binary" ] || { echo "install.sh: $binary not found; run cargo build --release first" >&2; exit 1; }
root=$destdir$prefix
install -D -m 0755 "$binary" "$root/bin/skiff"
install -D -m 0644 completions/skiff.bash "$root/share/bash-completion/completions/skiff"
install -D -m 0644 completions/_skiff "$root/share/zsh/vendor-completions/_skiff"
install -D -m 0644 completions/skiff.fish "$root/share/fish/vendor_completions.d/skiff.fish"
install -d "$root/share/man/man1"
for m in man/*.1; do gzip -9n <"$m" >"$root/share/man/man1/$(basename "$m").gz"; done
# systemd: the Quadlet generators (this binary by another name) and skiff-restart.service.
install -d "$root/lib/systemd/user-generators" "$root/lib/systemd/system-generators" "$root/lib/systemd/user"
ln -sfn "$prefix/bin/skiff" "$root/lib/systemd/user-generators/skiff-user-generator"
ln -sfn "$prefix/bin/skiff" "$root/lib/systemd/system-generators/skiff-system-generator"
sed "s|/usr/bin/skiff|$prefix/bin/skiff|g" packaging/systemd/skiff-restart.service \
  >"$root/lib/systemd/user/skiff-restart.service"
chmod 0644 "$root/lib/systemd/user/skiff-restart.service"
# The API socket's user units (socket activation of `skiff system service`).
for u in skiff.socket skiff.service; do
  sed "s|/usr/bin/skiff|$prefix/bin/skiff|g" "packaging/systemd/$u" >"$root/lib/systemd/user/$u"
  chmod 0644 "$root/lib/systemd/user/$u"
done
echo "installed skiff into $root"
