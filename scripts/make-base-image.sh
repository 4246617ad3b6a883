#!/usr/bin/env bash
# Makes the base image the Dockerfile starts from, `debian:bookworm-slim`, in buildah's local
# storage, without a registry: debootstrap (variant minbase) from Debian's mirror, slimmed the
# way Debian's official slim images are (no docs, man pages or locales; apt drops downloaded
# .debs), imported into buildah and tagged `debian:bookworm-slim`. For machines that reach
# deb.debian.org but not Docker Hub. scripts/docker-test.sh calls it; run it alone to prepare.
#
#   scripts/make-base-image.sh [--rebuild]
#
# Idempotent: does nothing when the image is already in the storage; re-imports the cached
# root file system when only the image is gone; --rebuild runs debootstrap again (e.g. to pick
# up a Debian point release). Needs root (debootstrap, and buildah's vfs storage without
# user namespaces).
#
# Environment:
#   APIGW_DOCKER_CACHE   cache directory (default /var/cache/clang-apigw): the root file
#                        system tarball, and buildah's storage under containers/
#   APIGW_DEBIAN_MIRROR  default http://deb.debian.org/debian
#   APIGW_BUILDAH        the buildah command with its storage options (set by docker-test.sh)
#
# Exit status: 0 the image exists; 1 a step failed; 2 usage; 3 this machine cannot do it
# (not root, no debootstrap/buildah and no apt-get to install them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rebuild=0
while (($#)); do
  case $1 in
    --rebuild) rebuild=1; shift ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "make-base-image: unknown argument $1" >&2; exit 2 ;;
  esac
done

say() { printf 'make-base-image: %s\n' "$*" >&2; }
now() { date +%s; }

if [[ $(id -u) -ne 0 ]]; then
  say "needs root: debootstrap must create device nodes and chown files, and buildah's vfs"
  say "storage is used without user namespaces here. Run it as root (CI runs as root)."
  exit 3
fi

cache=${APIGW_DOCKER_CACHE:-/var/cache/clang-apigw}
mirror=${APIGW_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
image=debian:bookworm-slim
tarball=$cache/debian-$suite-slim-rootfs.tar
mkdir -p "$cache"

need=()
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v buildah >/dev/null 2>&1 || need+=(buildah)
if ((${#need[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "${need[*]} missing and there is no apt-get to install them"
    exit 3
  fi
  say "installing ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [[ -n ${APIGW_BUILDAH:-} ]]; then
  read -r -a buildah <<<"$APIGW_BUILDAH"
else
  buildah=(buildah --storage-driver vfs --root "$cache/containers/storage"
           --runroot "$cache/containers/run")
fi

if ((!rebuild)) && "${buildah[@]}" inspect --type image "$image" >/dev/null 2>&1; then
  say "$image is already in buildah's storage"
  exit 0
fi

if ((rebuild)) || [[ ! -s $tarball ]]; then
  start=$(now)
  rootfs=$(mktemp -d "$cache/rootfs.XXXXXX")
  trap 'rm -rf "$rootfs"' EXIT
  say "debootstrap --variant=minbase $suite from $mirror (a few minutes)"
  # debootstrap's own log says what failed; keep it quiet otherwise.
  if ! debootstrap --variant=minbase --arch=amd64 "$suite" "$rootfs" "$mirror" \
       >"$cache/debootstrap.log" 2>&1; then
    tail -n 30 "$cache/debootstrap.log" >&2
    [[ -f $rootfs/debootstrap/debootstrap.log ]] && tail -n 30 "$rootfs/debootstrap/debootstrap.log" >&2
    say "debootstrap failed (full log: $cache/debootstrap.log)"
    exit 1
  fi

  # What Debian's official bookworm-slim image has (debuerreotype): the three suites in
  # deb822 form, no docs/man pages/locales, and apt that keeps no .debs nor translations.
  rm -f "$rootfs/etc/apt/sources.list"
  mkdir -p "$rootfs/etc/apt/sources.list.d"
  host=${mirror%/debian}
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $host/debian-security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
EOF
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::Languages "none";' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  echo 'APT::AutoRemove::SuggestsImportant "false";' >"$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$rootfs"/usr/share/{man,groff,info,locale,lintian,linda}/* \
         "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
         "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/* \
         "$rootfs"/debootstrap
  # The container runtime provides /dev, /proc, /sys, hostname and resolv.conf.
  rm -rf "$rootfs"/dev/* "$rootfs"/proc/* "$rootfs"/sys/*
  : >"$rootfs/etc/resolv.conf"
  echo localhost >"$rootfs/etc/hostname"

  tar --numeric-owner --xattrs -C "$rootfs" -cf "$tarball.tmp" .
  mv -f "$tarball.tmp" "$tarball"
  rm -rf "$rootfs"
  trap - EXIT
  say "root file system cached in $tarball ($(du -h "$tarball" | cut -f1), $(($(now) - start)) s)"
fi

start=$(now)
ctr=$("${buildah[@]}" from scratch)
trap '"${buildah[@]}" rm "$ctr" >/dev/null 2>&1 || true' EXIT
mnt=$("${buildah[@]}" mount "$ctr")
tar --numeric-owner --xattrs -C "$mnt" -xpf "$tarball"
"${buildah[@]}" umount "$ctr" >/dev/null
"${buildah[@]}" config --os linux --arch amd64 --cmd bash \
  --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --label org.opencontainers.image.description="debootstrap --variant=minbase $suite, slimmed; made by clang-apigw scripts/make-base-image.sh" \
  "$ctr"
# Tagged under both spellings, so `FROM debian:bookworm-slim` finds it locally whatever the
# short-name resolution of this machine's registries.conf.
"${buildah[@]}" commit --rm --quiet "$ctr" "docker.io/library/$image" >/dev/null
trap - EXIT
"${buildah[@]}" tag "docker.io/library/$image" "localhost/$image"
say "imported as $image ($(($(now) - start)) s)"
