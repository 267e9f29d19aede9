// Package repocheck checks the repository's own files: the README's commands
// and samples, the scripts and the docs. Its tests run under `go test ./...`;
// golangci-plugin/e2e uses Sample to run golangci-lint with exactly the
// README's .golangci.yml, so that the README cannot drift from what is tested.
package repocheck

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// Module is paylint's module path; Root looks for its go.mod.
const Module = "github.com/paylint/paylint"

// Root returns the directory of paylint's go.mod, searched from dir upwards.
func Root(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && modulePath(data) == Module {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod of %s above %s", Module, dir)
		}
		dir = parent
	}
}

func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// Fences returns the bodies of md's fenced code blocks whose info string is
// lang. Only ``` fences at the start of a line count: a block inside a block
// quote (the README's quick start) is prose, not a sample file.
func Fences(md, lang string) []string {
	var out, body []string
	open, want := false, false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case !open && strings.HasPrefix(line, "```"):
			open, body = true, nil
			want = strings.TrimSpace(strings.TrimPrefix(line, "```")) == lang
		case open && strings.TrimSpace(line) == "```":
			open = false
			if want {
				out = append(out, strings.Join(body, "\n")+"\n")
			}
		case open:
			body = append(body, line)
		}
	}
	return out
}

// Sample returns the one fenced block of md in language lang whose first
// line is the comment "# <name>" (optionally followed by more words): how
// the README labels the files it shows (.golangci.yml, .custom-gcl.yml,
// .paylint.yml).
func Sample(md, lang, name string) (string, error) {
	var found []string
	for _, b := range Fences(md, lang) {
		first, _, _ := strings.Cut(b, "\n")
		if f := strings.Fields(first); len(f) >= 2 && f[0] == "#" && f[1] == name {
			found = append(found, b)
		}
	}
	if len(found) != 1 {
		return "", fmt.Errorf("want one ```%s block starting with the line \"# %s\", found %d", lang, name, len(found))
	}
	return found[0], nil
}

// TrackedFiles returns the files git tracks in root, relative to root with
// forward slashes. ErrNoGit means root is not a git checkout (a source
// archive) or git is not installed.
func TrackedFiles(root string) ([]string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, ErrNoGit
	}
	cmd := exec.Command("git", "-C", root, "ls-files", "-z")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if strings.Contains(stderr.String(), "not a git repository") {
			return nil, ErrNoGit
		}
		return nil, fmt.Errorf("git ls-files: %v: %s", err, stderr.String())
	}
	var files []string
	for _, f := range strings.Split(string(out), "\x00") {
		if f != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// ErrNoGit is returned by TrackedFiles outside a git checkout.
var ErrNoGit = errors.New("not a git checkout")

// Hit is one line that breaks a rule of this package.
type Hit struct {
	Line int    // 1-based
	Text string // the line, trimmed
	Why  string
}

func (h Hit) String() string {
	text := h.Text
	if r := []rune(text); len(r) > 160 {
		text = string(r[:157]) + "..."
	}
	return fmt.Sprintf("%d: %s (%s)", h.Line, text, h.Why)
}

// scan applies match to each line of src.
func scan(src string, match func(line string) string) []Hit {
	var hits []Hit
	for i, line := range strings.Split(src, "\n") {
		if why := match(line); why != "" {
			hits = append(hits, Hit{Line: i + 1, Text: strings.TrimSpace(line), Why: why})
		}
	}
	return hits
}

// Patterns are written so that this file does not match them itself.
var (
	// An assignment to GOPROXY (shell, env lists, Go strings, `go env -w`),
	// not a comparison (==).
	goproxyAssign = regexp.MustCompile(`\bGOPROXY\s*=([^=]\S*|$)`)
	// os.Setenv, t.Setenv or b.Setenv of GOPROXY.
	goproxySetenv = regexp.MustCompile(`Setenv\(\s*"GOPROXY"\s*,\s*([^)]*)`)
	// A GOPROXY key with a value (a CI workflow's env map).
	goproxyYAML = regexp.MustCompile(`^\s*-?\s*["']?GOPROXY["']?\s*:\s*(\S.*)$`)
	// off: no proxy at all, which tests use to stay hermetic; it sends
	// nobody's modules anywhere.
	goproxyOff = regexp.MustCompile(`^\s*["'\x60]?off\b`)
	// Public Go module proxies.
	proxyHost = regexp.MustCompile(`(?i)\b(proxy\.golang\.(org|com\.cn)|goproxy\.(io|cn)|goproxy\.baidu\.com|mirrors\.aliyun\.com/goproxy)\b`)
)

// GoproxyOverrides returns the lines of src that set GOPROXY to anything but
// off, or name a public module proxy: scripts and tests must use the
// environment's own setting (a team's Athens or Artifactory, a vendor
// directory), never pick a proxy for the user.
func GoproxyOverrides(src string) []Hit {
	return scan(src, func(line string) string {
		for _, re := range []*regexp.Regexp{goproxyAssign, goproxySetenv, goproxyYAML} {
			if m := re.FindStringSubmatch(line); m != nil && !goproxyOff.MatchString(m[1]) {
				return "sets GOPROXY"
			}
		}
		if proxyHost.MatchString(line) {
			return "names a Go module proxy"
		}
		return ""
	})
}

var (
	// NNN_<16 hex digits>: the file names of the provider guides.
	seedFile = regexp.MustCompile(`\b[0-9]{3}_[0-9a-f]{16}\b`)
	// The guides' internal numbers in parentheses, e.g. "Hilt (" + "000)".
	seedNumber = regexp.MustCompile(`\(00[0-3]\b`)
)

// SeedNames returns the lines of src that cite a provider guide by its
// internal file name or number instead of by provider and section.
func SeedNames(src string) []Hit {
	return scan(src, func(line string) string {
		switch {
		case seedFile.MatchString(line):
			return "names a provider guide's file"
		case seedNumber.MatchString(line):
			return "names a provider guide by number"
		}
		return ""
	})
}
