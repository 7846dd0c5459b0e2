#!/usr/bin/env bash
# The Debian package as a user's machine would see it:
#   1. cpack -G DEB in the build directory gives conduct_<version>_<arch>.deb;
#   2. its control file depends on libqt6sql6-sqlite (a plugin dpkg-shlibdeps cannot see) and
#      hunspell-en-gb (a dictionary it reads), and on libhunspell through dpkg-shlibdeps;
#   3. unpacked with dpkg-deb -x, every file is where Debian expects it, the binary finds all
#      its libraries, and `conduct --version` / `--help` work;
#   4. the desktop file and AppStream metadata validate (skipped if the validator is missing);
#   5. as root with dpkg, the package installs with dpkg -i and removes with dpkg -r.
# Usage: install-test.sh BUILD_DIR VERSION        (ctest -L packaging runs it)
set -uo pipefail

build_dir=${1:?usage: install-test.sh BUILD_DIR VERSION}
version=${2:?usage: install-test.sh BUILD_DIR VERSION}

passed=0
failed=0
pass() { echo "ok:   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*" >&2; failed=$((failed + 1)); }
skip() { echo "skip: $*"; }
# check "what passed" "what failed" command…: one check, counted.
check() {
  local ok=$1 bad=$2
  shift 2
  if "$@"; then pass "$ok"; else fail "$bad"; fi
}
# A failure that makes every later check meaningless.
die() {
  echo "FAIL: $*" >&2
  echo "0 passed, 1 failed (install test stopped early)" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not installed ($2); run scripts/dev.sh to install the packages"; }

need cpack "cmake"
need dpkg-deb "dpkg"
need dpkg-shlibdeps "dpkg-dev, for CPACK_DEBIAN_PACKAGE_SHLIBDEPS"
need ldd "libc-bin"
[ -f "$build_dir/CPackConfig.cmake" ] || die "$build_dir/CPackConfig.cmake is missing: configure the build first"

work=$(mktemp -d "${TMPDIR:-/tmp}/conduct-install-test.XXXXXX")
installed_by_us=0
cleanup() {
  if [ "$installed_by_us" -eq 1 ]; then dpkg -r conduct >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- 1. Build the package --------------------------------------------------------------------------
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
deb="$work/out/conduct_${version}_${arch}.deb"
echo "Building the package with cpack (log: cpack.log in the test's temporary directory)…"
if ! (cd "$build_dir" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  die "cpack -G DEB failed in $build_dir (output above)"
fi
[ -f "$deb" ] || { ls -l "$work/out" >&2; die "cpack did not produce $(basename "$deb")"; }
pass "cpack -G DEB produced $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# --- 2. The control file ---------------------------------------------------------------------------
dpkg-deb -f "$deb" >/dev/null || die "dpkg-deb cannot read the control file of $deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package: conduct" "Package is '$(field Package)', expected conduct" [ "$(field Package)" = conduct ]
check "Version: $version" "Version is '$(field Version)', expected $version" [ "$(field Version)" = "$version" ]
depends=$(field Depends)
if grep -Eq '(^|, )libqt6sql6-sqlite( |,|$)' <<<"$depends"; then
  pass "Depends names libqt6sql6-sqlite"
else
  fail "Depends lacks libqt6sql6-sqlite (Qt's SQLite plugin); Depends is: $depends"
fi
# The en_GB dictionary is data read at run time, which shlibdeps cannot see (issue 22).
if grep -Eq '(^|, )hunspell-en-gb( |,|$)' <<<"$depends"; then
  pass "Depends names hunspell-en-gb"
else
  fail "Depends lacks hunspell-en-gb (the British English dictionary); Depends is: $depends"
fi
for lib in libqt6widgets6 libqt6core6 libc6 libhunspell-1.7-0; do
  check "Depends (from dpkg-shlibdeps) names $lib" \
    "Depends lacks $lib: is CPACK_DEBIAN_PACKAGE_SHLIBDEPS on? Depends is: $depends" grep -q "$lib" <<<"$depends"
done
for name in Maintainer Section Homepage Description; do
  check "control has $name" "control file has no $name field" [ -n "$(field "$name")" ]
done
# Debian policy 3.4.1: a one-line synopsis, then an extended description.
check "Description has a synopsis and an extended description" \
  "Description has no extended description: $(field Description)" [ "$(field Description | wc -l)" -gt 2 ]

# --- 3. Unpack and run -----------------------------------------------------------------------------
root="$work/root"
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x could not unpack $deb"
pass "dpkg-deb -x unpacked the package"

expected=(
  usr/bin/conduct
  usr/share/applications/uk.police.Conduct.desktop
  usr/share/metainfo/uk.police.Conduct.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/uk.police.Conduct.svg
  usr/share/man/man1/conduct.1.gz
  usr/share/doc/conduct/user-guide.md
  usr/share/doc/conduct/copyright
)
for size in 16 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/uk.police.Conduct.png")
done
missing=0
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || { fail "the package lacks /$f"; missing=1; }
done
[ "$missing" -eq 0 ] && pass "all ${#expected[@]} expected files are installed under /usr"
stray=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
check "nothing is installed outside /usr" "files outside /usr: $stray" [ -z "$stray" ]

binary="$root/usr/bin/conduct"
[ -x "$binary" ] || die "/usr/bin/conduct is not an executable file in the package"
ldd_out=$(ldd "$binary" 2>&1) || die "ldd failed on the packaged binary: $ldd_out"
if grep -q "not found" <<<"$ldd_out"; then
  fail "the packaged binary cannot find: $(grep 'not found' <<<"$ldd_out" | tr -s ' \t' ' ')"
else
  pass "ldd finds every library ($(grep -c '=>' <<<"$ldd_out") resolved)"
fi
if grep -q "$build_dir" <<<"$ldd_out"; then
  fail "the packaged binary loads libraries from the build tree (RPATH): $ldd_out"
fi

# A throwaway home, so nothing touches the real user's data or settings.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
version_out=$("$binary" --version 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -qF "$version" <<<"$version_out"; then
  pass "conduct --version prints: $version_out"
else
  fail "conduct --version exited $rc and printed '$version_out', expected the version $version"
fi
help_out=$("$binary" --help 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q -- "--db" <<<"$help_out"; then
  pass "conduct --help exits 0 and lists --db"
else
  fail "conduct --help exited $rc; output: $help_out"
fi

# --- 4. Validators ---------------------------------------------------------------------------------
if command -v desktop-file-validate >/dev/null 2>&1; then
  if out=$(desktop-file-validate "$root/usr/share/applications/uk.police.Conduct.desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate: no errors or warnings"
  else
    fail "desktop-file-validate: $out"
  fi
else
  skip "desktop-file-validate is not installed (Debian package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  if out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/uk.police.Conduct.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net: valid"
  else
    fail "appstreamcli validate: $out"
  fi
else
  skip "appstreamcli is not installed (Debian package appstream)"
fi
if gzip -t "$root/usr/share/man/man1/conduct.1.gz" 2>/dev/null; then
  if command -v groff >/dev/null 2>&1; then
    out=$(gzip -dc "$root/usr/share/man/man1/conduct.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    check "the man page formats without groff warnings" "groff warnings in conduct.1: $out" [ -z "$out" ]
  else
    pass "the man page is valid gzip (groff not installed: formatting not checked)"
  fi
else
  fail "usr/share/man/man1/conduct.1.gz is not a valid gzip file"
fi

# --- 5. Install and remove for real ----------------------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
  skip "dpkg -i / dpkg -r: not running as root"
elif ! command -v dpkg >/dev/null 2>&1; then
  skip "dpkg -i / dpkg -r: dpkg is not available"
elif dpkg-query -W -f='${Status}' conduct 2>/dev/null | grep -q "install ok installed"; then
  skip "dpkg -i / dpkg -r: a conduct package is already installed on this machine; leaving it alone"
else
  if out=$(dpkg -i "$deb" 2>&1); then
    installed_by_us=1
    pass "dpkg -i installed the package"
    installed_version=$(/usr/bin/conduct --version 2>&1)
    check "installed /usr/bin/conduct --version: $installed_version" \
      "installed /usr/bin/conduct --version printed '$installed_version'" grep -qF "$version" <<<"$installed_version"
    if out=$(dpkg -r conduct 2>&1); then
      installed_by_us=0
      check "dpkg -r removed the package and its files" "dpkg -r left /usr/bin/conduct behind" [ ! -e /usr/bin/conduct ]
    else
      fail "dpkg -r conduct failed: $out"
    fi
  else
    dpkg -r conduct >/dev/null 2>&1 || true   # dpkg -i may leave it unpacked but unconfigured
    fail "dpkg -i failed (a missing dependency? run scripts/dev.sh): $out"
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "The Debian package install test failed: see the FAIL lines above." >&2; exit 1; }
