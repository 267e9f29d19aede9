package driver

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers"
)

// printToolID answers go vet's `-V=full`. go vet keys its result cache on
// this line (for a "devel" tool, on the part after the last "/" of the
// buildID), on the flags and on the Go inputs — not on the files a tool
// reads. So the buildID hashes the executable and its analyzers together
// with every configuration file that can apply to the packages vetted: a
// changed, broken or removed .paylint.yml gives a new key and a fresh
// result.
func printToolID(all []*analysis.Analyzer) {
	h := sha256.New()
	if exe, err := os.Executable(); err == nil {
		executableIdentity(h, exe)
	}
	for _, a := range all {
		fmt.Fprintf(h, "analyzer %s\n", a.Name) // the registry is part of the tool
	}
	configIdentity(h)
	sum := fmt.Sprintf("%x", h.Sum(nil))
	fmt.Printf("paylint version devel %s buildID=%s/%s\n", strings.ReplaceAll(Version(), " ", "-"), sum[:32], sum)
}

// executableIdentity writes to h what identifies the executable at path.
// It was the whole file, hashed on every go vet run (every go vet command,
// warm or incremental, asks once): 90% of -V=full, 17-20 ms of CPU for
// paylint's 12 MB against 9-10 ms for the floor's 5.6 MB. The go
// command already wrote a hash of the file's content into it: the last
// part of the Go build ID (actionID/…/contentID, the content ID being the
// hash of the linked file; cmd/go/internal/work/buildid.go), found in the
// file's first 32 KiB. So the identity is that build ID, with the file's size
// and a hash of its last 64 KiB, so that bytes appended after the build
// (as bench/lib.sh's stamp does to give a tool a fresh identity) still
// change it. A file without a content-based build ID (-ldflags=-buildid=,
// another toolchain) is hashed whole, as before.
func executableIdentity(h io.Writer, path string) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	head := make([]byte, 32<<10)
	n, _ := io.ReadFull(f, head)
	st, err := f.Stat()
	if id := goBuildID(head[:n]); id != "" && err == nil {
		tail := int64(64 << 10)
		if st.Size() < tail {
			tail = st.Size()
		}
		fmt.Fprintf(h, "go build ID %s size %d\n", id, st.Size())
		if _, err := f.Seek(-tail, io.SeekEnd); err == nil {
			if _, err := io.Copy(h, f); err == nil {
				return
			}
		}
		fmt.Fprintf(h, "tail unread\n")
	}
	if _, err := f.Seek(0, io.SeekStart); err == nil {
		io.Copy(h, f)
	}
}

// goBuildID returns the content-based Go build ID in head (the start of
// an executable), or "": the ELF note the linker writes (.note.go.buildid:
// name "Go", type 4), or the raw marker of other formats, as
// cmd/internal/buildid reads them. Only an ID whose last part has the
// shape of a content hash (20 characters of base64) is taken: a build ID
// set by hand says nothing about the content.
func goBuildID(head []byte) string {
	var id string
	// ELF note: namesz=4, descsz, type=4, "Go\0\0", desc (little-endian).
	for off := 0; ; {
		j := bytes.Index(head[off:], []byte("Go\x00\x00"))
		if j < 0 {
			break
		}
		j += off
		off = j + 1
		if j < 12 {
			continue
		}
		namesz, descsz, typ := le32(head[j-12:]), le32(head[j-8:]), le32(head[j-4:])
		if namesz != 4 || typ != 4 || descsz == 0 || j+4+int(descsz) > len(head) {
			continue
		}
		id = string(head[j+4 : j+4+int(descsz)])
		break
	}
	if id == "" {
		const marker = "\xff Go build ID: \""
		if i := bytes.Index(head, []byte(marker)); i >= 0 {
			rest := head[i+len(marker):]
			if j := bytes.IndexByte(rest, '"'); j > 0 {
				id = string(rest[:j])
			}
		}
	}
	parts := strings.Split(id, "/")
	if len(parts) < 2 || len(parts[len(parts)-1]) != 20 {
		return ""
	}
	for _, c := range parts[len(parts)-1] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return ""
		}
	}
	return id
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// configIdentity writes to w the path and content of each configuration
// file that can apply when go vet runs in the working directory: the file
// named by $PAYLINT_CONFIG or by -config on the go vet command line, each
// .paylint.yml in the working directory and above it, and each one in the
// tree of the enclosing module (or workspace).
func configIdentity(w io.Writer) {
	add := func(path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(w, "%s: %v\n", path, err)
			return
		}
		fmt.Fprintf(w, "%s %d\n", path, len(data))
		w.Write(data)
	}
	cwd, _ := os.Getwd()
	if p := os.Getenv(ConfigEnv); p != "" {
		add(p)
	}
	for _, p := range parentConfigFlags() {
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		add(p)
	}
	root := ""
	for dir := cwd; ; dir = filepath.Dir(dir) {
		if fileExists(filepath.Join(dir, analyzers.ConfigFileName)) {
			add(filepath.Join(dir, analyzers.ConfigFileName))
		}
		if fileExists(filepath.Join(dir, "go.mod")) || fileExists(filepath.Join(dir, "go.work")) {
			root = dir // the outermost module or workspace above cwd
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	if root == "" {
		root = cwd
	}
	walkConfigs(root, cwd, add)
}

// maxWalk bounds the directory walk on very large trees: past it, a
// changed configuration deep in the tree needs `go clean -cache` (or the
// -config flag, whose file is always part of the identity).
const maxWalk = 200000

// walkConfigs adds every configuration file below root, except those at
// or above cwd, which the upward walk added.
func walkConfigs(root, cwd string, add func(string)) {
	n := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if n++; n > maxWalk {
			return filepath.SkipAll
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == ".git" || name == "node_modules" || name == ".hg" || name == ".svn") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Name() == analyzers.ConfigFileName && !isAncestor(filepath.Dir(path), cwd) {
			add(path)
		}
		return nil
	})
}

// isAncestor reports whether dir is cwd or one of its parents.
func isAncestor(dir, cwd string) bool {
	rel, err := filepath.Rel(dir, cwd)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// parentConfigFlags returns the -config values on the command line of the
// go command that asked for -V=full (its parent process), where the
// operating system shows it (Linux /proc). Elsewhere a -config file's
// content does not reach the cache key; $PAYLINT_CONFIG does everywhere.
func parentConfigFlags() []string {
	if runtime.GOOS != "linux" {
		return nil
	}
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", os.Getppid()))
	if err != nil {
		return nil
	}
	args := strings.Split(string(bytes.TrimRight(data, "\x00")), "\x00")
	var out []string
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "config" {
			continue
		}
		if hasValue {
			out = append(out, value)
		} else if i+1 < len(args) {
			out = append(out, args[i+1])
		}
	}
	return out
}
