# bench/lib.sh — corpora and timing shared by bench/run and bench/sweep.
# Sourced, not run. Expects $root (the paylint clone) and $work (a scratch
# directory made with mktemp -d, removed by the caller).

export GOWORK=off

say() { echo "+ $*" >&2; }

# modver MODULE: the version of MODULE that go.mod (or testdata/shop's)
# requires.
modver() {
	local v
	v=$(awk -v m="$1" '$1 == m { print $2; exit } $2 == m { print $3; exit }' "$root/go.mod")
	[ -n "$v" ] || v=$(awk -v m="$1" '$1 == m { print $2; exit }' "$root/testdata/shop/go.mod")
	[ -n "$v" ] || { echo "bench: no version of $1 in go.mod" >&2; exit 1; }
	echo "$v"
}

# fetch_module MODULE@VERSION DIR: a writable copy of the module from the
# module proxy as the main module in DIR, its dependencies downloaded.
fetch_module() {
	local src
	src=$(cd "$work" && go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -d "$src" ] || { echo "bench: cannot download $1" >&2; exit 1; }
	cp -r "$src" "$2"
	chmod -R u+w "$2"
	# A module of a monorepo (aws-sdk-go-v2/service/s3) replaces its
	# siblings by relative paths that do not exist here: use the versions
	# it requires from the proxy instead.
	local old
	old=$(sed -n 's/^\(replace[[:space:]]\+\)\?[[:space:]]*\([^[:space:]]\+\)\([[:space:]]\+v[^[:space:]]*\)\?[[:space:]]\+=>[[:space:]]*[./].*/\2/p' "$2/go.mod")
	if [ -n "$old" ]; then
		for m in $old; do
			(cd "$2" && go mod edit -dropreplace="$m")
		done
		(cd "$2" && go mod tidy >&2)
	fi
	(cd "$2" && go mod download)
}

# corpus NAME: sets corpus_dir and corpus_pkgs (the package pattern) for
# one of: shop, stripe, xtools, std, or MODULE@VERSION[:SUBPACKAGES].
corpus() {
	case $1 in
	shop)
		corpus_dir=$work/shop
		cp -r "$root/testdata/shop" "$corpus_dir"
		(cd "$corpus_dir" && go mod download)
		corpus_pkgs=./...
		;;
	stripe) corpus "github.com/stripe/stripe-go/v82@$(modver github.com/stripe/stripe-go/v82)" ;;
	xtools) corpus "golang.org/x/tools@$(modver golang.org/x/tools)" ;;
	std)
		corpus_dir=$work/std
		mkdir -p "$corpus_dir"
		corpus_pkgs=std
		;;
	*@*)
		local mv=${1%%:*} sub=./...
		[ "$mv" = "$1" ] || sub=./${1#*:}/...
		corpus_dir=$work/$(echo "$mv" | tr '/@' '__')
		fetch_module "$mv" "$corpus_dir"
		corpus_pkgs=$sub
		;;
	*)
		echo "bench: unknown corpus $1" >&2
		exit 2
		;;
	esac
}

# stamp BIN N: a copy of BIN with a new identity. go vet keys its result
# cache on the tool's -V=full line: paylint's and the floor's hash the
# executable's content (bytes appended to an ELF file change it and do not
# change what it runs), cmd/vet's names the executable.
stamp() {
	local out=$work/stamps/$(basename "$1")-$2
	mkdir -p "$work/stamps"
	cp "$1" "$out"
	printf '\npaylint-bench-stamp %s\n' "$2" >>"$out"
	echo "$out"
}

# measure OUT DIR CMD...: run CMD in DIR and append "wall cpu rss_kib" to
# OUT (cpu = user + sys of the command and its children; rss = peak RSS of
# the largest process). Exit 1 (findings) is fine; worse fails the bench.
measure() {
	local out=$1 dir=$2 t rc
	shift 2
	t=$(mktemp "$work/time.XXXXXX")
	set +e
	(cd "$dir" && /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >"$t.out" 2>&1)
	rc=$?
	set -e
	if [ "$rc" -gt 1 ]; then
		echo "bench: '$*' in $dir failed with exit $rc:" >&2
		tail -5 "$t.out" >&2
		exit 1
	fi
	# time(1) puts "Command exited with non-zero status 1" first.
	tail -n1 "$t" | awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' >>"$out"
}

# need_time: install Debian's time(1) when /usr/bin/time is missing.
need_time() {
	[ -x /usr/bin/time ] && return
	say "installing time(1)"
	if [ "$(id -u)" = 0 ]; then
		apt-get install -y time >&2
	else
		sudo apt-get install -y time >&2
	fi
}
