package driver

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/paylint/paylint/internal/output"
)

// changes are the lines changed since a git revision, for -new-from-rev:
// lines added or modified since REV in the working tree (committed,
// staged or not), and files git does not track yet (all new). Paths are
// relative to the repository's top level, with forward slashes.
type changes struct {
	root      output.SrcRoot
	lines     map[string]map[int]bool
	untracked map[string]bool
}

// changedSince asks git what changed in dir's repository since rev. It
// fails with one line when dir is not in a git repository, when git is
// missing, or when rev names no commit.
func changedSince(dir, rev string) (*changes, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, failf("-new-from-rev: the git command is not on PATH")
	}
	top, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, failf("-new-from-rev: %s is not in a git repository", dir)
	}
	top = strings.TrimSpace(top)
	if strings.HasPrefix(rev, "-") {
		return nil, failf("-new-from-rev: %q is not a revision", rev)
	}
	if _, err := git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, failf("-new-from-rev: unknown revision %q", rev)
	}
	diff, err := git(top, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", "-U0", rev, "--")
	if err != nil {
		return nil, failf("-new-from-rev: git diff %s: %v", rev, err)
	}
	others, err := git(top, "ls-files", "-z", "--others", "--exclude-standard", "--full-name")
	if err != nil {
		return nil, failf("-new-from-rev: git ls-files: %v", err)
	}
	c := &changes{root: output.SrcRoot{Dir: dir, Top: top}, lines: parseDiff(diff), untracked: map[string]bool{}}
	for _, f := range strings.Split(others, "\x00") {
		if f != "" {
			c.untracked[f] = true
		}
	}
	return c, nil
}

// git runs git in dir and returns its standard output; the error carries
// its standard error.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if msg := oneLine(stderr.String()); msg != "" {
			return "", failf("%s", msg)
		}
		return "", err
	}
	return stdout.String(), nil
}

// parseDiff reads `git diff -U0` and returns, per new file path, the line
// numbers (in the new version) that were added or changed.
func parseDiff(diff string) map[string]map[int]bool {
	out := map[string]map[int]bool{}
	var cur map[int]bool
	sc := bufio.NewScanner(strings.NewReader(diff))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			cur = nil
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				if u, err := strconv.Unquote(name); err == nil {
					name = u
				}
			}
			if name, ok := strings.CutPrefix(name, "b/"); ok {
				cur = map[int]bool{}
				out[name] = cur
			}
		case strings.HasPrefix(line, "@@ ") && cur != nil:
			start, count, ok := newRange(line)
			for i := 0; ok && i < count; i++ {
				cur[start+i] = true
			}
		}
	}
	return out
}

// newRange reads the new-file range of a hunk header "@@ -a,b +c,d @@":
// the first line c and the count d (1 when omitted, 0 for a deletion).
func newRange(hunk string) (start, count int, ok bool) {
	fields := strings.Fields(hunk)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, false
	}
	s, n, hasCount := strings.Cut(fields[2][1:], ",")
	start, err := strconv.Atoi(s)
	if err != nil {
		return 0, 0, false
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(n); err != nil {
			return 0, 0, false
		}
	}
	return start, count, true
}

// filter keeps the findings that start on a changed line or in an
// untracked file.
func (c *changes) filter(fs []output.Finding) []output.Finding {
	var out []output.Finding
	for _, f := range fs {
		rel, ok := c.root.Rel(f.File)
		if !ok {
			continue // outside the repository: not changed in it
		}
		rel = filepath.ToSlash(rel)
		if c.untracked[rel] || c.lines[rel][f.Line] {
			out = append(out, f)
		}
	}
	return out
}
