#!/usr/bin/env bash
# A database written for a cross build (an arm64 Lambda built on x86 with
# aarch64-linux-gnu-g++, -march/-mcpu for Graviton) that also lists assembly and
# Fortran units, one of them named .cpp but compiled with -x assembler-with-cpp:
#  - the target comes from the compiler's name, as Clang's driver takes it
#    (the unit without headers sees __aarch64__);
#  - a unit that needs the target's C++ headers, which this machine lacks, is
#    parsed for the host instead, and a note says so;
#  - the units that are not C or C++ are skipped, by extension and by -x;
#    `-x c++` makes a .inc file a unit.
# The compiler need not exist: the scan only reads its name.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
cat > arm.cpp <<'CPP'
#if defined(__aarch64__)
[[clang::annotate("get=/arm64"), clang::annotate("aws_lambda_uri=${arm_fn}")]] int on_arm();
#else
[[clang::annotate("get=/host"), clang::annotate("aws_lambda_uri=${host_fn}")]] int on_host();
#endif
CPP
write_ping_source lambda.cpp lambda /lambda
write_ping_source handlers.inc included /included
printf '\t.text\n\t.globl start\nstart:\n\tret\n' > start.s
printf '#define ENTRY(x) .globl x; x:\n\t.text\nENTRY(boot)\n\tret\n' > boot.S
printf 'section .text\n' > legacy.asm
printf 'program solver\nend program solver\n' > solver.f90
printf '      PROGRAM OLD\n      END\n' > old.f
printf '#define ENTRY(x) .globl x; x:\nENTRY(vectors)\n' > vectors.cpp

cross='aarch64-linux-gnu-g++ -march=armv8.2-a+crypto -mcpu=neoverse-n1 -mtune=neoverse-n1 -std=c++20'
entry() { # entry <file> <command>
  echo "{\"directory\": $(json_string "$WORK"), \"file\": \"$1\", \"command\": $(json_string "$2")}"
}
{
  echo '['
  entry arm.cpp "$cross -c arm.cpp -o arm.o"; echo ,
  entry lambda.cpp "$cross -c lambda.cpp -o lambda.o"; echo ,
  entry handlers.inc "$cross -x c++ -c handlers.inc -o handlers.o"; echo ,
  entry start.s "aarch64-linux-gnu-as start.s -o start.o"; echo ,
  entry boot.S "aarch64-linux-gnu-gcc -c boot.S -o boot.o"; echo ,
  entry legacy.asm "nasm -f elf64 legacy.asm -o legacy.o"; echo ,
  entry solver.f90 "aarch64-linux-gnu-gfortran -c solver.f90 -o solver.o"; echo ,
  entry old.f "gfortran -c old.f -o old.o"; echo ,
  entry vectors.cpp "aarch64-linux-gnu-gcc -x assembler-with-cpp -c vectors.cpp -o vectors.o"
  echo ']'
} > compile_commands.json

run out.json err.txt "$TOOL" -p . -o -
((status == 0)) || { show compile_commands.json err.txt; fail "exit status $status, expected 0"; }
for route in /arm64 /lambda /included; do
  grep -qF "\"$route\"" out.json || { show out.json err.txt; fail "$route missing"; }
done
! grep -qF '"/host"' out.json || fail "arm.cpp was not scanned for aarch64 (target not taken from the compiler's name)"
grep -qF "note: parsed for the host" err.txt && grep -qF "and 1 more" err.txt ||
  { show err.txt; fail "no note says that lambda.cpp and handlers.inc were parsed for the host"; }
! grep -qE "error|compiler job" err.txt || { show err.txt; fail "an error was printed"; }

# A named unit that is not C or C++ is skipped the same way.
run out.json err.txt "$TOOL" -p . vectors.cpp start.s -o -
((status == 0)) || { show err.txt; fail "named non-C units: exit status $status, expected 0"; }
! grep -qF '"/' out.json || { show out.json; fail "named non-C units contributed paths"; }
echo "ok"
