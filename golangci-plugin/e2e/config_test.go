package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/repocheck"
)

// readmeConfig returns the .golangci.yml that README.md tells users to
// write. It must enable every analyzer (names): the end-to-end test compares
// golangci-lint's findings with go vet -vettool=paylint's.
func readmeConfig(t *testing.T, names []string) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := repocheck.Sample(string(readme), "yaml", ".golangci.yml")
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	linters := mapAt(t, parseConfig(t, cfg), "linters")
	var enabled []string
	for _, n := range listAt(t, linters, "enable") {
		s, _ := n.(string)
		enabled = append(enabled, s)
	}
	want := slices.Clone(names)
	slices.Sort(want)
	slices.Sort(enabled)
	if !slices.Equal(enabled, want) {
		t.Fatalf("README.md's .golangci.yml enables %v; the end-to-end comparison needs every analyzer: %v", enabled, want)
	}
	custom := mapAt(t, mapAt(t, linters, "settings"), "custom")
	for _, n := range names {
		if entry, ok := custom[n].(map[string]any); !ok || entry["type"] != "module" {
			t.Fatalf("README.md's .golangci.yml: linters.settings.custom.%s must be { type: module }", n)
		}
	}
	return cfg
}

// config returns the README's .golangci.yml, or a variant of it: only the
// linter only enabled (the umbrella paylint), and settings on the
// pollinterval linter (or on only).
func (e *env) config(t *testing.T, settings map[string]string, only string) string {
	t.Helper()
	if len(settings) == 0 && only == "" {
		return e.readme
	}
	tree := parseConfig(t, e.readme)
	linters := mapAt(t, tree, "linters")
	lintersSettings := mapAt(t, linters, "settings")
	custom := mapAt(t, lintersSettings, "custom")
	target := "pollinterval"
	if only != "" {
		target = only
		linters["enable"] = []any{only}
		custom = map[string]any{only: map[string]any{"type": "module"}}
		lintersSettings["custom"] = custom
	}
	if len(settings) > 0 {
		s := map[string]any{}
		for k, v := range settings {
			s[k] = v
		}
		mapAt(t, custom, target)["settings"] = s
	}
	out, err := yaml.Marshal(tree)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func parseConfig(t *testing.T, cfg string) map[string]any {
	t.Helper()
	var tree map[string]any
	if err := yaml.Unmarshal([]byte(cfg), &tree); err != nil {
		t.Fatalf("README.md's .golangci.yml: %v\n%s", err, cfg)
	}
	return tree
}

func mapAt(t *testing.T, m map[string]any, key string) map[string]any {
	t.Helper()
	v, ok := m[key].(map[string]any)
	if !ok {
		t.Fatalf("README.md's .golangci.yml: %s is not a mapping", key)
	}
	return v
}

func listAt(t *testing.T, m map[string]any, key string) []any {
	t.Helper()
	v, ok := m[key].([]any)
	if !ok {
		t.Fatalf("README.md's .golangci.yml: %s is not a list", key)
	}
	return v
}

// The README's configuration and its variants, without the binaries: runs
// under a plain go test ./... so that a README edit that breaks the
// end-to-end test shows at once.
func TestReadmeConfigVariants(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	e := &env{readme: readmeConfig(t, names)}
	if got := e.config(t, nil, ""); got != e.readme {
		t.Errorf("config without changes = %q, want the README's verbatim", got)
	}
	for _, c := range []struct {
		settings map[string]string
		only     string
		enable   []any
		target   string
	}{
		{map[string]string{"poll-interval-min": "1h"}, "", nil, "pollinterval"},
		{nil, "paylint", []any{"paylint"}, "paylint"},
		{map[string]string{"poll-interval-min": "100ms"}, "paylint", []any{"paylint"}, "paylint"},
	} {
		tree := parseConfig(t, e.config(t, c.settings, c.only))
		linters := mapAt(t, tree, "linters")
		if linters["default"] != "none" || tree["issues"] == nil {
			t.Errorf("variant %v %q lost default: none or the issues limits: %v", c.settings, c.only, tree)
		}
		if c.enable != nil && !slices.Equal(listAt(t, linters, "enable"), c.enable) {
			t.Errorf("variant %q enables %v, want %v", c.only, linters["enable"], c.enable)
		}
		custom := mapAt(t, mapAt(t, linters, "settings"), "custom")
		entry := mapAt(t, custom, c.target)
		if entry["type"] != "module" {
			t.Errorf("variant %v %q: %s is %v, want type: module", c.settings, c.only, c.target, entry)
		}
		if c.settings != nil && mapAt(t, entry, "settings")["poll-interval-min"] != c.settings["poll-interval-min"] {
			t.Errorf("variant %v %q: settings of %s = %v", c.settings, c.only, c.target, entry["settings"])
		}
		if c.only != "" && len(custom) != 1 {
			t.Errorf("umbrella variant configures %d linters, want only %s", len(custom), c.only)
		}
	}
}
