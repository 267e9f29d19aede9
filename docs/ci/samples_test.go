// Package ci holds the CI samples (github-actions.yml, gitlab-ci.yml);
// its test runs the paylint commands they contain.
package ci

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/paylint/paylint/internal/cmdtest"
)

// scriptKeys are the keys whose values are shell commands: GitHub
// Actions' run, GitLab CI's script, before_script and after_script.
var scriptKeys = map[string]bool{"run": true, "script": true, "before_script": true, "after_script": true}

// commands returns the lines of the sample's shell commands that run
// paylint, in order.
func commands(t *testing.T, doc any) []string {
	t.Helper()
	var out []string
	var walk func(v any, key string)
	walk = func(v any, key string) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(e, k)
			}
		case []any:
			for _, e := range x {
				walk(e, key)
			}
		case string:
			if !scriptKeys[key] {
				return
			}
			for _, line := range strings.Split(x, "\n") {
				if f := strings.Fields(line); len(f) > 0 && f[0] == "paylint" {
					out = append(out, strings.TrimSpace(line))
				}
			}
		}
	}
	walk(doc, "")
	return out
}

// load parses a sample into a generic tree.
func load(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// path follows map keys in doc; nil when one is missing.
func path(doc any, keys ...string) any {
	for _, k := range keys {
		switch x := doc.(type) {
		case map[string]any:
			doc = x[k]
		default:
			return nil
		}
	}
	return doc
}

// fixture returns a copy of the module the commands run on: testdata/shop
// (its modules downloaded, see .ci/e2e.sh) when PAYLINT_E2E=1, else the
// offline testdata/mini; and the environment for it.
func fixture(t *testing.T) (string, []string) {
	t.Helper()
	src, env := "testdata/mini", []string{"GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off"}
	if os.Getenv("PAYLINT_E2E") == "1" {
		src, env = "../../testdata/shop", []string{"GOWORK=off"}
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dir, env
}

// run runs the sample's paylint command line with the built binary as
// paylint, as the CI shell would, and returns the -o file's content.
func run(t *testing.T, bin, dir string, env []string, line, report string) []byte {
	t.Helper()
	cmd := "'" + bin + "'" + strings.TrimPrefix(line, "paylint")
	r := cmdtest.Run(t, dir, env, "bash", "-c", cmd)
	// Both fixtures have findings: the gate fails the job (exit 1), and the
	// report is uploaded anyway.
	if r.Code != 1 {
		t.Fatalf("%s: exit %d, want 1 (findings)\nstdout: %s\nstderr: %s", line, r.Code, r.Stdout, r.Stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, report))
	if err != nil {
		t.Fatalf("%s: the report the sample uploads: %v", line, err)
	}
	return data
}

func TestSamples(t *testing.T) {
	bin, err := cmdtest.Build(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}

	t.Run("github-actions", func(t *testing.T) {
		doc := load(t, "github-actions.yml")
		steps, _ := path(doc, "jobs", "paylint", "steps").([]any)
		var upload map[string]any
		for _, s := range steps {
			m, _ := s.(map[string]any)
			if uses, _ := m["uses"].(string); strings.HasPrefix(uses, "github/codeql-action/upload-sarif@") {
				upload = m
			}
		}
		if upload == nil || upload["if"] != "always()" {
			t.Fatalf("no upload-sarif step with if: always(): %v", upload)
		}
		report, _ := path(upload, "with", "sarif_file").(string)
		cmds := commands(t, doc)
		if len(cmds) != 1 || !strings.Contains(cmds[0], "-f sarif") || !strings.Contains(cmds[0], "-o "+report) {
			t.Fatalf("paylint commands %q: want one writing SARIF to %q", cmds, report)
		}
		dir, env := fixture(t)
		var log struct {
			Version string
			Runs    []struct{ Results []struct{ RuleID string } }
		}
		if err := json.Unmarshal(run(t, bin, dir, env, cmds[0], report), &log); err != nil || log.Version != "2.1.0" ||
			len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
			t.Errorf("%s: not a SARIF log with results: %v %+v", report, err, log)
		}
	})

	t.Run("gitlab-ci", func(t *testing.T) {
		doc := load(t, "gitlab-ci.yml")
		report, _ := path(doc, "paylint", "artifacts", "reports", "codequality").(string)
		if when := path(doc, "paylint", "artifacts", "when"); when != "always" || report == "" {
			t.Fatalf("artifacts: when %v, reports.codequality %q; want always and a file", when, report)
		}
		cmds := commands(t, doc)
		if len(cmds) != 1 || !strings.Contains(cmds[0], "-f codeclimate") || !strings.Contains(cmds[0], "-o "+report) {
			t.Fatalf("paylint commands %q: want one writing a Code Quality report to %q", cmds, report)
		}
		dir, env := fixture(t)
		var issues []struct {
			CheckName   string `json:"check_name"`
			Fingerprint string
			Location    struct {
				Path  string
				Lines struct{ Begin int }
			}
		}
		if err := json.Unmarshal(run(t, bin, dir, env, cmds[0], report), &issues); err != nil || len(issues) == 0 {
			t.Fatalf("%s: not a Code Quality report with issues: %v", report, err)
		}
		for _, is := range issues {
			if is.CheckName == "" || is.Fingerprint == "" || is.Location.Lines.Begin < 1 ||
				filepath.IsAbs(is.Location.Path) || !strings.HasSuffix(is.Location.Path, ".go") {
				t.Errorf("issue %+v", is)
			}
		}
	})
}
