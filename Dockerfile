# clang-apigw as a container image: reads annotated C++ through the compile_commands.json of the
# project mounted into it and writes the API Gateway OpenAPI document.
#
#   docker build -t clang-apigw .
#   docker run --rm -v "$PWD:$PWD" -w "$PWD" clang-apigw -p build -o openapi.json
#
# Mount the project at the same absolute path it has on the host: compile_commands.json holds
# absolute paths. The image carries what parsing needs besides the tool: Clang's builtin headers,
# libstdc++'s headers (<string>, <vector>...) and nlohmann/json.hpp, so code that builds with
# Debian bookworm's g++ parses the same in here. scripts/docker-test.sh builds it and checks it
# against the native build (with buildah when no Docker daemon is available); docs/ci.md.

# ---- build stage: the toolchain and the LLVM/Clang development packages --------------------
FROM debian:bookworm-slim AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19 libclang-common-19-dev \
      nlohmann-json3-dev libyaml-cpp-dev cmake ninja-build g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /src/clang-apigw
COPY . .
# Only the tool (no tests), stripped, staged under /out with the annotations header. Then the
# Debian packages that own the shared libraries it loads, for the final stage to install: the
# list follows the link line (LLVM, clang-cpp, yaml-cpp...) without being kept by hand.
RUN cmake -S . -B /tmp/build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
 && cmake --build /tmp/build --target clang-apigw \
 && install -D -s /tmp/build/bin/clang-apigw /out/usr/local/bin/clang-apigw \
 && install -D -m 644 annotations/apigw/annotations.hpp /out/usr/local/include/apigw/annotations.hpp \
 && rm -rf /tmp/build \
 && for lib in $(ldd /out/usr/local/bin/clang-apigw | awk '$3 ~ /^\// { print $3 }'); do \
      real=$(realpath "$lib"); \
      dpkg-query -S "$real" || dpkg-query -S "${real#/usr}" || dpkg-query -S "$lib" \
        || { echo "no Debian package owns $lib" >&3; exit 1; }; \
    done 3>&2 2>/dev/null >/tmp/owners \
 && cut -d: -f1 /tmp/owners | sort -u >/out/runtime-packages \
 && rm /tmp/owners \
 && echo "runtime packages:" $(cat /out/runtime-packages)

# ---- final stage: the tool and what it needs at run time, nothing else ----------------------
FROM debian:bookworm-slim
LABEL org.opencontainers.image.title="clang-apigw" \
      org.opencontainers.image.description="Annotated C++ (compile_commands.json) to AWS API Gateway OpenAPI"
COPY --from=build /out/runtime-packages /tmp/runtime-packages
# libclang-common-19-dev is Clang's builtin headers (/usr/lib/llvm-19/lib/clang/19/include,
# no dependencies; its recommended sanitizer runtimes are left out); libstdc++-12-dev the C++
# standard library headers with the GCC installation Clang's driver looks for (its crtbegin.o
# must stay). Parsing never links, so dpkg skips static libraries and sanitizer runtimes, the way
# the slim base image skips documentation (about 45 MB; images built FROM this one get them
# again from then on).
RUN printf 'path-exclude %s\n' '/usr/lib/x86_64-linux-gnu/*.a' '/usr/lib/gcc/x86_64-linux-gnu/*/*.a' \
      '/usr/lib/x86_64-linux-gnu/lib*san.so.*' >/etc/dpkg/dpkg.cfg.d/clang-apigw-parse-only \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      $(cat /tmp/runtime-packages) libclang-common-19-dev libstdc++-12-dev nlohmann-json3-dev \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/apt/* /var/log/dpkg.log /tmp/runtime-packages \
          /etc/dpkg/dpkg.cfg.d/clang-apigw-parse-only
COPY --from=build /out/usr/local /usr/local
# Fails the build here, not in a user's CI, if a shared library is missing.
RUN clang-apigw --version
WORKDIR /src
ENTRYPOINT ["clang-apigw"]
