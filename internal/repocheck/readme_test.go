package repocheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/paylint/paylint/analyzers"
)

// The quick start's two commands, as a newcomer copies them.
var quickStart = []string{
	"go build -o bin/paylint ./cmd/paylint && ./bin/paylint ./...",
	"go test ./...",
}

// (a) The quick-start commands are in the README verbatim, and the build
// they start with works from this checkout.
func TestQuickStart(t *testing.T) {
	r := root(t)
	readme := readFile(t, r, "README.md")
	for _, c := range quickStart {
		if !strings.Contains(readme, c) {
			t.Errorf("README.md does not contain the quick-start command %q", c)
		}
	}
	bin := filepath.Join(t.TempDir(), "paylint")
	build := exec.Command("go", "build", "-o", bin, "./cmd/paylint")
	build.Dir = r
	// Fast and offline: go test has already fetched the modules cmd/paylint
	// needs (off only forbids network access, it picks no proxy).
	build.Env = append(os.Environ(), "GOPROXY=off")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build -o %s ./cmd/paylint: %v\n%s", bin, err, out)
	}
	out, err := exec.Command(bin, "-version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "paylint ") {
		t.Errorf("%s -version = %q, %v; want paylint <version>", bin, out, err)
	}
}

// The README installs from a clone; the published form, which fails until
// the module is published, appears only as what works after a release.
func TestInstallFromClone(t *testing.T) {
	readme := readFile(t, root(t), "README.md")
	for _, c := range []string{"go install ./cmd/paylint", "go build -o bin/paylint ./cmd/paylint"} {
		if !strings.Contains(readme, c) {
			t.Errorf("README.md does not give the install command %q", c)
		}
	}
	lines := strings.Split(readme, "\n")
	for i, line := range lines {
		if !strings.Contains(line, "paylint/cmd/paylint@") {
			continue
		}
		if !strings.Contains(strings.ToLower(line), "after the first release") {
			t.Errorf("README.md:%d: %q: the published module does not exist yet; say it works after the first release, on the same line", i+1, strings.TrimSpace(line))
		}
	}
}

// (b) The README's .golangci.yml runs paylint's linters and nothing else,
// and reports every finding.
func TestReadmeGolangciYAML(t *testing.T) {
	cfg, err := Sample(readFile(t, root(t), "README.md"), "yaml", ".golangci.yml")
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	var c struct {
		Version string
		Linters struct {
			Default  string
			Enable   []string
			Settings struct {
				Custom map[string]struct{ Type string }
			}
		}
		Issues map[string]any
	}
	if err := yaml.Unmarshal([]byte(cfg), &c); err != nil {
		t.Fatalf("README.md's .golangci.yml: %v\n%s", err, cfg)
	}
	if c.Version != "2" {
		t.Errorf(`README.md's .golangci.yml: version %q, want "2" (golangci-lint v2)`, c.Version)
	}
	if c.Linters.Default != "none" {
		t.Errorf("README.md's .golangci.yml: linters.default %q, want none: otherwise golangci-lint's standard linters report unrelated findings", c.Linters.Default)
	}
	enabled := map[string]bool{}
	for _, n := range c.Linters.Enable {
		enabled[n] = true
		if n != "paylint" && analyzers.ByName(n) == nil {
			t.Errorf("README.md's .golangci.yml enables %q, not a paylint linter", n)
		}
		if c.Linters.Settings.Custom[n].Type != "module" {
			t.Errorf("README.md's .golangci.yml: linters.settings.custom.%s needs type: module", n)
		}
	}
	for _, a := range analyzers.All() {
		if !enabled[a.Name] && !enabled["paylint"] {
			t.Errorf("README.md's .golangci.yml does not enable %s (add it to enable: and to settings.custom:)", a.Name)
		}
	}
	if enabled["paylint"] && len(enabled) > 1 {
		t.Errorf("README.md's .golangci.yml enables the umbrella paylint and per-rule linters: every finding would be reported twice")
	}
	for key, want := range map[string]any{"max-issues-per-linter": 0, "max-same-issues": 0, "uniq-by-line": false} {
		if got, ok := c.Issues[key]; !ok || got != want {
			t.Errorf("README.md's .golangci.yml: issues.%s = %v, want %v (golangci-lint's default hides findings)", key, got, want)
		}
	}
}

// The README's .custom-gcl.yml builds from a local clone: the module is not
// published, so a version: would fail.
func TestReadmeCustomGcl(t *testing.T) {
	r := root(t)
	pinned := strings.TrimSpace(readFile(t, r, "golangci-plugin/GOLANGCI_VERSION"))
	for _, doc := range []string{"README.md", "golangci-plugin/README.md"} {
		cfg, err := Sample(readFile(t, r, doc), "yaml", ".custom-gcl.yml")
		if err != nil {
			t.Errorf("%s: %v", doc, err)
			continue
		}
		var c struct {
			Version string
			Plugins []struct{ Module, Import, Version, Path string }
		}
		if err := yaml.Unmarshal([]byte(cfg), &c); err != nil {
			t.Errorf("%s: .custom-gcl.yml: %v", doc, err)
			continue
		}
		if c.Version != pinned {
			t.Errorf("%s: .custom-gcl.yml: golangci-lint %s, want the pinned %s", doc, c.Version, pinned)
		}
		if len(c.Plugins) != 1 {
			t.Errorf("%s: .custom-gcl.yml: %d plugins, want paylint's", doc, len(c.Plugins))
			continue
		}
		p := c.Plugins[0]
		if p.Module != Module || p.Import != Module+"/golangci-plugin" || p.Path == "" || p.Version != "" {
			t.Errorf("%s: .custom-gcl.yml: plugin %+v, want module %s, import %s/golangci-plugin and a path: (no version: before the first release)", doc, p, Module, Module)
		}
	}
}
