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

// TestLibraryUnitsDeclarationsOnly: go vet starts paylint for every
// dependency of the vetted packages for its types and facts, and for a
// standard-library package or one of a library paylint knows, paylint
// then type-checks declarations only and writes no facts (declonly.go).
// For each such unit of a real go vet run over testdata/shop (std,
// stripe-go, gocardless-pro-go, backoff, uuid...), the output must be
// byte for byte what unitchecker writes running every analyzer over the
// whole package: the same types, and facts the analyzers do not make
// there.
func TestLibraryUnitsDeclarationsOnly(t *testing.T) {
	if os.Getenv("PAYLINT_E2E") != "1" {
		t.Skip("end-to-end test on real modules: set PAYLINT_E2E=1 (bash .ci/e2e.sh downloads them first)")
	}
	tmp := t.TempDir()
	bin, err := cmdtest.Build(tmp)
	if err != nil {
		t.Fatal(err)
	}
	stampBinary(t, bin) // a new identity: go vet analyses every unit again
	mod, err := filepath.Abs(filepath.Join("..", "..", "testdata", "shop"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-work", "-vettool="+bin, "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, _ := cmd.CombinedOutput() // the shop has findings: exit status 1
	m := regexp.MustCompile(`(?m)^WORK=(\S+)$`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no WORK= line in go vet's output:\n%s", out)
	}
	work := string(m[1])
	t.Cleanup(func() { os.RemoveAll(work) })
	compared, libs := 0, 0
	cfgs, _ := filepath.Glob(filepath.Join(work, "b*", "vet.cfg"))
	for _, cfgPath := range cfgs {
		var cfg map[string]any
		data, _ := os.ReadFile(cfgPath)
		if json.Unmarshal(data, &cfg) != nil || cfg["VetxOnly"] != true {
			continue
		}
		if _, err := os.Stat(cfg["Stdout"].(string)); !os.IsNotExist(err) {
			continue // unitchecker's (it creates the stdout file; the shortcut does not)
		}
		if !standard(cfg) {
			libs++
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
	t.Logf("%d units written by the shortcut compared (%d of them of libraries outside std)", compared, libs)
	if compared < 150 || libs < 5 {
		t.Fatalf("compared %d units written by the shortcut, %d of them outside std; want at least 150 and 5", compared, libs)
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
