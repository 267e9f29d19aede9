package repocheck

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func root(t *testing.T) string {
	t.Helper()
	r, err := Root(".")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func readFile(t *testing.T, root, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// tracked returns the tracked files for which keep is true, with their
// contents; files deleted in the work tree and binary files are left out.
func tracked(t *testing.T, keep func(string) bool) map[string]string {
	t.Helper()
	r := root(t)
	files, err := TrackedFiles(r)
	if errors.Is(err, ErrNoGit) {
		t.Skip("not a git checkout: the tracked-file checks need git ls-files")
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		if !keep(f) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(r, filepath.FromSlash(f)))
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte{0}) {
			out[f] = string(data)
		}
	}
	if len(out) == 0 {
		t.Fatal("no tracked file to check")
	}
	return out
}

// (c) Scripts, tests and docs use the environment's GOPROXY: teams behind
// Athens or Artifactory, or with a vendor directory, must be able to run
// them, and the repository must not send anyone's module requests to a
// proxy of its choosing.
func TestNoGoproxyOverride(t *testing.T) {
	files := tracked(t, func(string) bool { return true })
	for f, src := range files {
		for _, h := range GoproxyOverrides(src) {
			t.Errorf("%s:%s: respect the environment's Go settings: do not set GOPROXY (except to off) or name a module proxy", f, h)
		}
	}
}

// (d) The docs cite provider guides by provider and section: the numbered
// file names are internal to paylint's sources and mean nothing to readers.
func TestNoSeedFileNames(t *testing.T) {
	files := tracked(t, func(f string) bool { return strings.HasSuffix(strings.ToLower(f), ".md") })
	if _, ok := files["README.md"]; !ok {
		t.Fatal("README.md is not among the tracked Markdown files")
	}
	for f, src := range files {
		for _, h := range SeedNames(src) {
			t.Errorf("%s:%s: cite the guide by provider and section (e.g. Tally, \"Idempotency is the retry primitive\")", f, h)
		}
	}
}
