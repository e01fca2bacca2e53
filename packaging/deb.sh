#!/usr/bin/env bash
# Build a Debian package of skiff (binary, completions, man pages) with dpkg-deb:
#   bash packaging/deb.sh [OUTDIR]      -> OUTDIR/skiff_VERSION_ARCH.deb
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/deb}
cargo build --release --quiet
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
bash packaging/install.sh --prefix /usr --destdir "$stage" >/dev/null
mkdir -p "$stage/DEBIAN" "$out"
cat >"$stage/DEBIAN/control" <<C
Package: skiff
Version: $version
Architecture: $arch
Maintainer: skiff developers <skiff@localhost>
Depends: uidmap, passt | slirp4netns
Recommends: fuse-overlayfs, slirp4netns, nftables
Section: admin
Priority: optional
Description: rootless, daemonless container engine
 Runs OCI containers as an unprivileged user with podman's commands and
 flags, without a daemon or a separate runtime.
C
dpkg-deb --root-owner-group --build "$stage" "$out/skiff_${version}_${arch}.deb" >/dev/null
echo "$out/skiff_${version}_${arch}.deb"
