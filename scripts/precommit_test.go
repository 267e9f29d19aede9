// Package scripts holds the repository's helper scripts; its test checks
// the pre-commit hook (.pre-commit-hooks.yaml and pre-commit-paylint.sh).
package scripts

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/paylint/paylint/internal/cmdtest"
)

type hook struct {
	ID, Name, Entry, Language, Files string
	PassFilenames                    bool `yaml:"pass_filenames"`
	RequireSerial                    bool `yaml:"require_serial"`
}

// The hook definition pre-commit reads: one hook, id paylint, whose entry
// (relative to this repository, as language: script wants) is the wrapper
// and receives the changed .go files.
func TestHookDefinition(t *testing.T) {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 {
		t.Fatalf(".pre-commit-hooks.yaml: %d hooks, want 1", len(hooks))
	}
	h := hooks[0]
	if h.ID != "paylint" || h.Language != "script" || h.Entry != "scripts/pre-commit-paylint.sh" ||
		!h.PassFilenames || !h.RequireSerial || h.Files != `\.go$` {
		t.Errorf("hook = %+v", h)
	}
	st, err := os.Stat(filepath.Join("..", filepath.FromSlash(h.Entry)))
	if err != nil || st.Mode()&0o111 == 0 {
		t.Errorf("entry %s: %v, mode %v; want an executable file", h.Entry, err, st.Mode())
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The wrapper lints the packages of the files it is given, in their own
// modules, and nothing else.
func TestWrapper(t *testing.T) {
	bin, err := cmdtest.Build(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs("pre-commit-paylint.sh")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	if err := os.CopyFS(repo, os.DirFS("../docs/ci/testdata/mini")); err != nil {
		t.Fatal(err)
	}
	charge, err := os.ReadFile(filepath.Join(repo, "billing", "billing.go"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, repo, "clean/clean.go", "package clean\n\nfunc Add(a, b int) int { return a + b }\n")
	write(t, repo, "README.md", "# shop\n")
	write(t, repo, "sub/go.mod", "module example.com/sub\n\ngo 1.26\n")
	write(t, repo, "sub/pay/pay.go", string(charge))
	env := []string{"PAYLINT=" + bin, "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off"}

	for _, tc := range []struct {
		args     []string
		code     int
		out, err string
	}{
		{[]string{"README.md"}, 0, "", ""},
		{[]string{"clean/clean.go", "README.md"}, 0, "", ""},
		{[]string{"clean/clean.go", "billing/billing.go"}, 1, "billing/billing.go:22:", ""},
		{[]string{"-checks=pollbound", "--", "billing/billing.go"}, 0, "", ""},
		{[]string{"sub/pay/pay.go", "clean/clean.go"}, 1, "pay/pay.go:22:", "paylint: in sub/:"},
		{[]string{"gone/deleted.go"}, 0, "", ""},
	} {
		r := cmdtest.Run(t, repo, env, script, tc.args...)
		if r.Code != tc.code || !strings.HasPrefix(r.Stdout, tc.out) || (tc.out == "" && r.Stdout != "") ||
			!strings.Contains(r.Stderr, tc.err) || strings.Count(r.Stdout, "\n") > 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %d, %q…, %q", tc.args, r.Code, r.Stdout, r.Stderr, tc.code, tc.out, tc.err)
		}
	}
}
