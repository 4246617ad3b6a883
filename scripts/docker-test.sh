#!/usr/bin/env bash
# Builds the Docker image from the Dockerfile and tests it for real: runs it over the bundled
# example (examples/petstore) and compares its spec byte for byte with the native build's.
#
#   scripts/docker-test.sh [--engine docker|buildah] [--rebuild-base] [--save <file.tar>]
#
# Engine: `docker` when a Docker daemon answers, else `buildah` (Debian package, installed when
# missing): vfs storage, chroot isolation, on a debian:bookworm-slim base image made locally
# with debootstrap from Debian's mirror (scripts/make-base-image.sh), so no registry is needed.
# Steps: native tool and example spec (scripts/run-example.sh), base image, image build
# (layers cached: a re-run with unchanged sources only re-runs the example), image checks
# (entrypoint, working directory, size), the example scanned inside the container with the
# repository mounted at its own path (compile_commands.json holds absolute paths), the
# comparison, and --check inside the container when the tool has it. Prints the time of each.
#
#   --engine E        force the engine (default: docker if `docker info` works, else buildah)
#   --rebuild-base    run debootstrap again for the base image (buildah only)
#   --save FILE       also write the image as a docker-archive (`docker load -i FILE`)
#
# Environment: APIGW_IMAGE (default clang-apigw:latest); APIGW_DOCKER_CACHE (default
# /var/cache/clang-apigw: base root file system, buildah storage, kept between runs).
# Exit status: 0 the image works and agrees with the native build; 1 a build, run or
# comparison failed; 2 usage; 3 this machine cannot build images (the reason is printed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD

engine=${APIGW_CONTAINER_ENGINE:-}
rebuild_base=()
save=
while (($#)); do
  case $1 in
    --engine) engine=${2:?--engine needs docker or buildah}; shift 2 ;;
    --engine=*) engine=${1#--engine=}; shift ;;
    --rebuild-base) rebuild_base=(--rebuild); shift ;;
    --save) save=${2:?--save needs a file}; shift 2 ;;
    --save=*) save=${1#--save=}; shift ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "docker-test: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
case $engine in ''|docker|buildah) ;; *) echo "docker-test: --engine docker|buildah" >&2; exit 2 ;; esac
[[ -z $save || $save == /* ]] || save=$repo/$save

image=${APIGW_IMAGE:-clang-apigw:latest}
cache=${APIGW_DOCKER_CACHE:-/var/cache/clang-apigw}
example=examples/petstore

say() { printf 'docker-test: %s\n' "$*" >&2; }
cannot() { say "CANNOT BUILD IMAGES HERE: $*"; exit 3; }
t0=$(date +%s)
tphase=$t0
timings=()
phase_done() {
  local now; now=$(date +%s)
  timings+=("$(printf '%-34s %5d s' "$1" $((now - tphase)))")
  say "$1: $((now - tphase)) s"
  tphase=$now
}
print_timings() {
  echo "docker-test timings ($engine):"
  printf '  %s\n' "${timings[@]}"
  printf '  %-34s %5d s\n' total $(($(date +%s) - t0))
}

work=$(mktemp -d "${TMPDIR:-/tmp}/clang-apigw-docker-test.XXXXXX")
ctr=
cleanup() {
  if [[ -n $ctr ]]; then "${buildah[@]}" rm "$ctr" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# ---- which engine ----------------------------------------------------------------------------
if [[ -z $engine ]]; then
  if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    engine=docker
  else
    engine=buildah
    say "no Docker daemon answers (docker info failed): building with buildah"
  fi
fi
if [[ $engine == docker ]]; then
  command -v docker >/dev/null 2>&1 || cannot "--engine docker, but there is no docker command"
  docker info >/dev/null 2>&1 || cannot "--engine docker, but no Docker daemon answers (docker info)"
else
  # buildah: root (vfs storage and chroot isolation without user namespaces), a sane /dev.
  if [[ $(id -u) -ne 0 ]]; then
    cannot "buildah is used as root here (vfs storage, chroot isolation, no user namespace set-up)," \
           "and this runs as uid $(id -u); run it as root, or where a Docker daemon answers"
  fi
  if [[ ! -c /dev/null ]]; then
    # buildah's chroot isolation bind-mounts the host's /dev read-only: a broken /dev/null
    # breaks every RUN step (apt's gpgv, shells' 2>/dev/null) with confusing errors.
    cannot "/dev/null on this machine is not a character device ($(stat -c %F /dev/null));" \
           "something replaced it (e.g. a rename onto it). Restore it as root:" \
           "rm -f /dev/null && mknod -m 666 /dev/null c 1 3"
  fi
fi

# ---- the native build and its spec of the example --------------------------------------------
scripts/run-example.sh
native=$repo/build/bin/clang-apigw
cp "$example/openapi.json" "$work/native.json"
phase_done "native build + example spec"

mkdir -p "$work/out"
if [[ $engine == docker ]]; then
  docker build -t "$image" "$repo"
  phase_done "image build (docker)"
  size=$(docker image inspect -f '{{.Size}}' "$image")
  entrypoint=$(docker image inspect -f '{{.Config.Entrypoint}}' "$image")
  workdir=$(docker image inspect -f '{{.Config.WorkingDir}}' "$image")
  # As docs/ci.md runs it: the project at its own path, through the entrypoint.
  run_in_image() {
    docker run --rm -u "$(id -u):$(id -g)" -v "$repo:$repo:ro" -v "$work/out:/out" -w "$repo" \
      "$image" "$@" </dev/null
  }
  run_shell() { docker run --rm --entrypoint sh "$image" -c "$1" </dev/null; }
  save_image() { docker save -o "$save" "$image"; }
else
  if ! command -v buildah >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || cannot "no docker daemon, no buildah, and no apt-get to install it"
    say "installing buildah"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends buildah >/dev/null
  fi
  mkdir -p "$cache"
  # One run at a time per cache: the storage is shared and old layers are pruned below.
  exec 9>"$cache/docker-test.lock"
  if ! flock -n 9; then
    say "waiting for another docker-test.sh run using $cache"
    flock 9
  fi
  buildah=(buildah --storage-driver vfs --root "$cache/containers/storage"
           --runroot "$cache/containers/run")
  export APIGW_BUILDAH="${buildah[*]}" APIGW_DOCKER_CACHE="$cache"
  if ! "${buildah[@]}" info >/dev/null 2>"$work/buildah-info.err"; then
    cannot "buildah cannot open its storage: $(tail -n 3 "$work/buildah-info.err")"
  fi
  export BUILDAH_ISOLATION=chroot
  scripts/make-base-image.sh "${rebuild_base[@]}"
  phase_done "base image (debootstrap, cached)"

  # --layers caches every step; --pull=never: the base is the local one, nothing is fetched
  # from a registry. The ids of the layers this build made or reused are kept, the rest of
  # the cache (older builds) is pruned so the vfs storage (a full copy per layer) stays bounded.
  if ! "${buildah[@]}" bud --isolation chroot --layers --force-rm --pull=never \
         -t "$image" -f Dockerfile "$repo" </dev/null 2>&1 | tee "$work/bud.log"; then
    [[ -c /dev/null ]] || say "note: /dev/null is no longer a character device; see above"
    say "the image build failed"
    exit 1
  fi
  phase_done "image build (buildah bud)"
  keep=$(grep -oE -- '^--> (Using cache )?[0-9a-f]{11,64}' "$work/bud.log" | awk '{print $NF}' | sort -u)
  pruned=0
  # An image with children cannot be removed before them: repeat until nothing goes.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    removed=0
    while read -r id; do
      [[ -n $id ]] || continue
      wanted=0
      for k in $keep; do [[ $id == "$k"* ]] && { wanted=1; break; }; done
      if ((!wanted)) && "${buildah[@]}" rmi "$id" >/dev/null 2>&1; then removed=$((removed + 1)); fi
    done < <("${buildah[@]}" images --all --no-trunc --filter dangling=true --format '{{.ID}}' | sed 's/^sha256://')
    pruned=$((pruned + removed))
    ((removed)) || break
  done
  # Working containers left by interrupted builds of earlier runs.
  "${buildah[@]}" containers --format '{{.ContainerID}} {{.ContainerName}}' \
    | awk '$2 ~ /-working-container(-[0-9]+)?$/ { print $1 }' \
    | while read -r stale; do "${buildah[@]}" rm "$stale" >/dev/null 2>&1 || true; done
  say "storage: $(du -sh "$cache/containers/storage" 2>/dev/null | cut -f1) in $cache/containers/storage" \
      "($pruned stale cache images pruned)"

  size=$("${buildah[@]}" images --format '{{.Size}}' "$image" | head -1)
  entrypoint=$("${buildah[@]}" inspect --type image --format '{{.OCIv1.Config.Entrypoint}}' "$image")
  workdir=$("${buildah[@]}" inspect --type image --format '{{.OCIv1.Config.WorkingDir}}' "$image")
  ctr=$("${buildah[@]}" from --pull=never "$image")
  # buildah run does not apply the entrypoint: call the tool by name (so PATH is checked too);
  # the entrypoint is checked in the image's configuration below.
  run_in_image() {
    "${buildah[@]}" run --isolation chroot --volume "$repo:$repo:ro" --volume "$work/out:/out" \
      --workingdir "$repo" "$ctr" -- clang-apigw "$@" </dev/null
  }
  run_shell() { "${buildah[@]}" run --isolation chroot "$ctr" -- sh -c "$1" </dev/null; }
  save_image() {
    rm -f "$save"
    "${buildah[@]}" push --quiet "$image" "docker-archive:$save:$image"
  }
fi

# ---- the image's configuration ---------------------------------------------------------------
failed=0
if [[ $entrypoint != '[clang-apigw]' ]]; then
  say "FAIL: entrypoint is $entrypoint, expected [clang-apigw]"; failed=1
fi
if [[ $workdir != /src ]]; then
  say "FAIL: working directory is '$workdir', expected /src"; failed=1
fi
if [[ $size =~ ^[0-9]+$ ]]; then
  size_text="$((size / 1000000)) MB ($size bytes)"
else
  size_text=$size
fi
version=$(run_shell 'command -v clang-apigw && clang-apigw --version' | tr '\n' ' ')
say "image $image: $size_text; $version"

# ---- the example, inside the container -------------------------------------------------------
if ! run_in_image -p "$example/build" -o /out/openapi.json; then
  say "FAIL: clang-apigw failed inside the container"
  exit 1
fi
phase_done "example scanned in the container"
if cmp -s "$work/native.json" "$work/out/openapi.json"; then
  say "the container's spec is byte for byte the native build's ($(wc -c <"$work/native.json") bytes)"
else
  say "FAIL: the container's spec differs from the native build's:"
  diff -u "$work/native.json" "$work/out/openapi.json" | head -n 60 >&2 || true
  failed=1
fi

# --check as docs/ci.md uses it, when this build of the tool has it.
help=$("$native" --help 2>/dev/null || true)
if grep -q -- '--check' <<<"$help"; then
  cp "$work/native.json" "$work/out/committed.json"
  if run_in_image -p "$example/build" --check -o /out/committed.json >"$work/check.out" 2>&1; then
    say "--check in the container: an up-to-date spec passes"
  else
    say "FAIL: --check in the container rejects an up-to-date spec:"; cat "$work/check.out" >&2; failed=1
  fi
  # A stale spec: another info.version (still valid JSON).
  sed '0,/"version": "/s//"version": "0-stale-/' "$work/native.json" >"$work/out/committed.json"
  cmp -s "$work/native.json" "$work/out/committed.json" && printf '{}\n' >"$work/out/committed.json"
  status=0
  run_in_image -p "$example/build" --check -o /out/committed.json >"$work/check.out" 2>&1 || status=$?
  if ((status == 1)); then
    say "--check in the container: a stale spec fails with status 1"
  else
    say "FAIL: --check in the container gave status $status on a stale spec, expected 1:"
    cat "$work/check.out" >&2; failed=1
  fi
  phase_done "--check in the container"
else
  say "the tool has no --check yet: not tested"
fi

if [[ -n $save ]]; then
  save_image
  say "image saved to $save ($(du -h "$save" | cut -f1)); load it with: docker load -i $save"
  phase_done "image saved"
fi

print_timings
echo "image $image: $size_text"
if ((failed)); then
  say "FAILED"
  exit 1
fi
say "OK: the image builds, runs and agrees with the native build"
