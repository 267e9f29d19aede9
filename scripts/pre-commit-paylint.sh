#!/usr/bin/env bash
# pre-commit-paylint.sh — the pre-commit hook (.pre-commit-hooks.yaml):
# runs paylint on the Go packages of the files given (the changed files),
# not on every package of the repository.
#
#   pre-commit-paylint.sh [paylint flags] [--] FILE...
#
# Flags come first and must be written -name=value (-checks=all,-pollbound,
# -config=.paylint.yml), so that they are told apart from the file names.
# Files that are not .go files are ignored. Each file's package directory
# is linted in its module (the nearest go.mod above it), so a repository
# with several modules works; paths are printed relative to that module.
#
# paylint is $PAYLINT if set, else paylint on PATH, else built from the
# paylint clone this script lives in (pre-commit's copy of the hook
# repository) into the user's cache directory; the go build cache makes
# that fast after the first time.
#
# Exit status: the highest of paylint's (0 clean, 1 findings, 2 errors).
set -euo pipefail

flags=()
while [ $# -gt 0 ]; do
	case "$1" in
	--) shift; break ;;
	-*) flags+=("$1"); shift ;;
	*) break ;;
	esac
done

# Package directories of the .go files, one per line, each once.
dirs=$(for f in "$@"; do
	case "$f" in
	*.go) if [ -f "$f" ]; then dirname -- "$f"; fi ;;
	esac
done | sort -u)
[ -n "$dirs" ] || exit 0

paylint_bin() {
	if [ -n "${PAYLINT:-}" ]; then echo "$PAYLINT"; return; fi
	if command -v paylint >/dev/null 2>&1; then command -v paylint; return; fi
	local src out
	src=$(cd "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
	out="${XDG_CACHE_HOME:-$HOME/.cache}/paylint-pre-commit/paylint"
	if [ ! -f "$src/cmd/paylint/main.go" ]; then
		echo "pre-commit-paylint: paylint is not on PATH and $src is not a paylint clone: install paylint or set PAYLINT" >&2
		exit 2
	fi
	(cd "$src" && go build -o "$out" ./cmd/paylint) >&2 || exit 2
	echo "$out"
}
bin=$(paylint_bin)

# The module root of a directory: the nearest parent with a go.mod.
module_of() {
	local d=$1
	while [ "$d" != "." ] && [ "$d" != "/" ] && [ ! -f "$d/go.mod" ]; do
		d=$(dirname -- "$d")
	done
	echo "$d"
}

modules=$(while IFS= read -r d; do module_of "$d"; done <<<"$dirs" | sort -u)
status=0
while IFS= read -r mod; do
	pkgs=()
	while IFS= read -r d; do
		[ "$(module_of "$d")" = "$mod" ] || continue
		if [ "$mod" = "." ]; then
			pkgs+=("./$d")
		elif [ "$d" = "$mod" ]; then
			pkgs+=(".")
		else
			pkgs+=("./${d#"$mod"/}")
		fi
	done <<<"$dirs"
	if [ "$mod" != "." ]; then
		echo "paylint: in $mod/:" >&2
	fi
	code=0
	(cd "$mod" && "$bin" ${flags[@]+"${flags[@]}"} "${pkgs[@]}") || code=$?
	if [ "$code" -gt "$status" ]; then
		status=$code
	fi
done <<<"$modules"
exit "$status"
