#!/usr/bin/env bash
# Prepare a fresh Debian 12 machine, as root, for building and testing skiff:
#  - the system packages skiff uses at run time and the tests need;
#  - the unprivileged test users: skiff-test with a subordinate id range, skiff-nosub without one;
#  - /dev/fuse and /dev/net/tun opened to the test users (they are mode 600 here).
# Safe to run more than once.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: run as root (it installs packages and creates the test users)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
packages=(
  uidmap            # newuidmap/newgidmap: the user namespace mapping
  fuse-overlayfs    # overlay fallback when the kernel refuses overlay in a user namespace
  fuse3             # fusermount3, to unmount fuse-overlayfs
  busybox-static    # the offline test image
  catatonit         # the init of run --init
  tzdata            # zone files for run --tz
  passt             # pasta: rootless networking
  slirp4netns       # rootless networking, the other helper
  iproute2          # ip, for inspecting namespaces by hand and in bench scripts
  nftables          # nft: NAT out of user-defined networks
  acl               # setfacl, to open /dev/fuse and /dev/net/tun to the test users
  util-linux        # setpriv, to run the tests as the test user
  procps            # ps/pgrep in tests
  docker-registry   # a real registry for the registry tests
  openssl           # certificates for the TLS registry
  apache2-utils     # htpasswd for the registry's basic auth
  curl
  time              # GNU time: peak RSS in bench/
  build-essential
  pkg-config
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The tests start their own docker-registry processes on free loopback ports, so a registry
# already running here is no obstacle and is left alone. Only when this run installed the
# package is the service that the installation itself started stopped again, through its own
# service manager (the init script stops the pid in its pidfile, nothing else).
for p in "${missing[@]}"; do
  [ "$p" = docker-registry ] || continue
  if command -v systemctl >/dev/null && [ -d /run/systemd/system ]; then
    systemctl disable --now docker-registry >/dev/null 2>&1 || true
  elif [ -x /etc/init.d/docker-registry ] && [ -s /var/run/docker-registry.pid ]; then
    /etc/init.d/docker-registry stop >/dev/null 2>&1 || true
  fi
done

# A subordinate range that nothing else on the machine uses.
ensure_user() {
  local name=$1 range=$2
  if ! id "$name" >/dev/null 2>&1; then
    # SUB_UID_COUNT=0 stops useradd from allocating a range of its own.
    useradd --create-home --shell /bin/bash -K SUB_UID_COUNT=0 -K SUB_GID_COUNT=0 "$name"
  fi
  for f in /etc/subuid /etc/subgid; do
    touch "$f"
    sed -i "/^$name:/d" "$f"
    [ -n "$range" ] && echo "$name:$range" >>"$f"
  done
  return 0
}
ensure_user skiff-test 200000:65536
ensure_user skiff-nosub ""

# /dev/fuse and /dev/net/tun are root-only here; the rootless engine needs both.
[ -e /dev/net/tun ] || { mkdir -p /dev/net && mknod -m 600 /dev/net/tun c 10 200; }
for dev in /dev/fuse /dev/net/tun; do
  [ -e "$dev" ] || continue
  for u in skiff-test skiff-nosub; do
    setfacl -m "u:$u:rw" "$dev"
  done
done

echo "setup.sh: ready (users skiff-test $(grep '^skiff-test:' /etc/subuid), skiff-nosub)"
