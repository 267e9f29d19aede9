package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paylint/paylint/internal/cmdtest"
	"github.com/paylint/paylint/internal/driver"
)

// TestStdUnitsDeclarationsOnly: go vet starts paylint for every
// standard-library dependency only for its types and facts, and paylint
// then type-checks declarations only and writes no facts (declonly.go).
// For each such unit of a real go vet run, the output must be byte for
// byte what unitchecker writes running every analyzer over the whole
// package: the same types, and facts the analyzers do not make there.
func TestStdUnitsDeclarationsOnly(t *testing.T) {
	if os.Getenv("PAYLINT_E2E") != "1" {
		t.Skip("end-to-end test: set PAYLINT_E2E=1")
	}
	tmp := t.TempDir()
	bin, err := cmdtest.Build(tmp)
	if err != nil {
		t.Fatal(err)
	}
	stampBinary(t, bin) // a new identity: go vet analyses every unit again
	mod := filepath.Join(tmp, "mod")
	writeFiles(t, mod, map[string]string{
		"go.mod": "module example.com/stdunits\n\ngo 1.22\n",
		"main.go": `package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"net/http"
	"os/user"
	"time"
)

func main() {
	_ = hmac.New(sha256.New, nil)
	_, _ = sql.Open("x", "")
	_, _ = json.Marshal(time.Now())
	_, _ = http.Get("https://example.com/payments/1")
	_, _ = user.Current()
}
`,
	})
	cmd := exec.Command("go", "vet", "-work", "-vettool="+bin, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(?m)^WORK=(\S+)$`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no WORK= line in go vet's output:\n%s", out)
	}
	work := string(m[1])
	t.Cleanup(func() { os.RemoveAll(work) })
	compared, shortcut := 0, 0
	cfgs, _ := filepath.Glob(filepath.Join(work, "b*", "vet.cfg"))
	for _, cfgPath := range cfgs {
		var cfg map[string]any
		data, _ := os.ReadFile(cfgPath)
		if json.Unmarshal(data, &cfg) != nil || cfg["VetxOnly"] != true || !standard(cfg) {
			continue
		}
		if _, err := os.Stat(cfg["Stdout"].(string)); os.IsNotExist(err) {
			shortcut++ // unitchecker creates the stdout file; the shortcut does not
		}
		got, err := os.ReadFile(cfg["VetxOutput"].(string))
		if err != nil {
			t.Fatal(err)
		}
		full := filepath.Join(tmp, "full")
		os.MkdirAll(full, 0o755)
		cfg["VetxOutput"] = filepath.Join(full, "vet.out")
		cfg["Stdout"] = filepath.Join(full, "vet.stdout")
		data, _ = json.Marshal(cfg)
		unitCfg := filepath.Join(full, "vet.cfg")
		if err := os.WriteFile(unitCfg, data, 0o644); err != nil {
			t.Fatal(err)
		}
		run := exec.Command(bin, "-json", unitCfg)
		run.Dir = cfg["Dir"].(string)
		run.Env = append(os.Environ(), driver.DeclOnlyEnv+"=off")
		if out, err := run.CombinedOutput(); err != nil {
			t.Fatalf("%s with every analyzer: %v\n%s", cfg["ImportPath"], err, out)
		}
		want, _ := os.ReadFile(cfg["VetxOutput"].(string))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: declarations-only output (%d bytes) differs from unitchecker's with every analyzer (%d bytes)", cfg["ImportPath"], len(got), len(want))
		}
		compared++
	}
	t.Logf("%d standard-library units compared, %d written by the shortcut", compared, shortcut)
	// net/http's dependencies alone are some fifty units; os/user and net
	// use cgo, which the shortcut leaves to unitchecker.
	if compared < 40 || shortcut < compared*3/4 {
		t.Fatalf("compared %d standard-library units, %d of them by the shortcut; want at least 40, most by the shortcut", compared, shortcut)
	}
}

// standard reports whether every file of a unit is in GOROOT/src.
func standard(cfg map[string]any) bool {
	files, _ := cfg["GoFiles"].([]any)
	src := filepath.Join(runtimeGOROOT(), "src") + string(filepath.Separator)
	for _, f := range files {
		if s, _ := f.(string); !strings.HasPrefix(s, src) {
			return false
		}
	}
	return len(files) > 0
}

func runtimeGOROOT() string {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// stampBinary appends bytes to an executable: its content, and so its
// go vet identity, changes, and what it runs does not.
func stampBinary(t *testing.T, bin string) {
	f, err := os.OpenFile(bin, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintf(f, "\npaylint-test-stamp %s %d\n", t.Name(), time.Now().UnixNano())
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
