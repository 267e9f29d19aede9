package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paylint/paylint/internal/cmdtest"
)

// copyFixture copies testdata/<name> into a fresh directory the test may
// change, and returns it.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runIn runs a command in dir (any directory, unlike run), offline.
func runIn(t *testing.T, dir, name string, args ...string) result {
	t.Helper()
	r := cmdtest.Run(t, dir, []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"}, name, args...)
	return result{r.Code, r.Stdout, r.Stderr}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVetNeverStale runs go vet again and again on one GOCACHE while the
// configuration changes between runs: every run must reflect the files as
// they are now, never a result cached under another configuration.
func TestVetNeverStale(t *testing.T) {
	dir := copyFixture(t, "pollfast")
	cfg := filepath.Join(dir, ".paylint.yml")
	vet := func() result { return runIn(t, dir, "go", "vet", "-vettool="+bin, "./...") }
	const finding = "polled every 100ms"

	if r := vet(); r.code == 0 || !strings.Contains(r.stderr, finding) {
		t.Fatalf("no config: %+v, want the 100ms poll reported", r)
	}
	write(t, cfg, "poll-interval-min: 50ms\n")
	if r := vet(); r.code != 0 || r.stderr != "" {
		t.Errorf("poll-interval-min: 50ms added: %+v, want a clean run (a stale result says %q)", r, finding)
	}
	write(t, cfg, "poll-interval-min: 50ms\npol-interval-min: 1s\n")
	if r := vet(); r.code == 0 || !strings.Contains(r.stderr, `.paylint.yml: line 2: unknown key "pol-interval-min"`) {
		t.Errorf("config broken: %+v, want the config error", r)
	}
	if err := os.Remove(cfg); err != nil {
		t.Fatal(err)
	}
	if r := vet(); r.code == 0 || !strings.Contains(r.stderr, finding) {
		t.Errorf("config removed: %+v, want the 100ms poll reported again", r)
	}
	// A configuration in a subdirectory of the module counts too.
	write(t, filepath.Join(dir, "poll", ".paylint.yml"), "poll-interval-min: 50ms\n")
	if r := vet(); r.code != 0 {
		t.Errorf("poll/.paylint.yml (50ms) added: %+v, want clean", r)
	}
	// The standalone command runs the same engine on the same cache.
	if r := runIn(t, dir, bin, "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("standalone with poll/.paylint.yml (50ms): %+v, want clean", r)
	}
	if err := os.Remove(filepath.Join(dir, "poll", ".paylint.yml")); err != nil {
		t.Fatal(err)
	}
	if r := runIn(t, dir, bin, "./..."); r.code != 1 || !strings.Contains(r.stdout, finding) {
		t.Errorf("standalone after the removal: %+v, want the finding", r)
	}
	// A -config file given to go vet or to paylint is part of the result's
	// identity as well.
	other := filepath.Join(t.TempDir(), "other.yml")
	write(t, other, "poll-interval-min: 50ms\n")
	if r := runIn(t, dir, "go", "vet", "-vettool="+bin, "-config="+other, "./..."); r.code != 0 {
		t.Errorf("go vet -config other.yml (50ms): %+v, want clean", r)
	}
	if r := runIn(t, dir, bin, "-config="+other, "./..."); r.code != 0 {
		t.Errorf("paylint -config other.yml (50ms): %+v, want clean", r)
	}
	write(t, other, "poll-interval-min: 3s\n")
	if r := runIn(t, dir, "go", "vet", "-vettool="+bin, "-config="+other, "./..."); r.code == 0 || !strings.Contains(r.stderr, finding) {
		t.Errorf("go vet -config other.yml changed to 3s: %+v, want the finding", r)
	}
	if r := runIn(t, dir, bin, "-config="+other, "./..."); r.code != 1 || !strings.Contains(r.stdout, finding) {
		t.Errorf("paylint -config other.yml changed to 3s: %+v, want the finding", r)
	}
}

// TestVetShowsConfigErrors: under go vet a malformed .paylint.yml is
// reported as itself (file, line, key), in text and in -json, never as
// "failed prerequisites".
func TestVetShowsConfigErrors(t *testing.T) {
	for _, args := range [][]string{{"vet", "-vettool=" + bin, "./..."}, {"vet", "-vettool=" + bin, "-json", "./..."}} {
		r := run(t, "badconfig", "go", args...)
		out := strings.ReplaceAll(r.stdout+r.stderr, `\"`, `"`)
		if !strings.Contains(out, `.paylint.yml: line 3: unknown key "pol-interval-min" (did you mean "poll-interval-min"?)`) {
			t.Errorf("go %v: %+v, want the config error with file, line and key", args, r)
		}
		if strings.Contains(out, "failed prerequisites") {
			t.Errorf("go %v: shows 'failed prerequisites': %+v", args, r)
		}
	}
}

// TestVetBadFlagIsOneLine: a bad analyzer flag value is one line, not the
// usage repeated for every package go vet runs the tool on.
func TestVetBadFlagIsOneLine(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/many\n\ngo 1.26\n")
	for _, p := range []string{"a", "b", "c", "d"} {
		if err := os.Mkdir(filepath.Join(dir, p), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, p, p+".go"), "package "+p+"\n\nimport \"fmt\"\n\n// Hello greets.\nfunc Hello() { fmt.Println(\"hello\") }\n")
	}
	r := runIn(t, dir, "go", "vet", "-vettool="+bin, "-pollinterval.min=fast", "./...")
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if r.code == 0 || len(lines) != 1 || !strings.Contains(lines[0], `invalid value "fast" for flag -pollinterval.min`) {
		t.Errorf("go vet -pollinterval.min=fast: %+v, want a non-zero exit and one line", r)
	}
	oneLine(t, "standalone -pollinterval.min=fast", runIn(t, dir, bin, "-pollinterval.min=fast", "./..."), "-pollinterval.min")
}

// TestStandaloneKeepsGoing: packages that do not compile are reported one
// line each (first error and the count), the packages that import them are
// named, and the findings of the packages that load are still printed.
func TestStandaloneKeepsGoing(t *testing.T) {
	r := run(t, "partial", bin, "./...")
	if r.code != 2 {
		t.Errorf("exit %d, want 2", r.code)
	}
	if !strings.HasPrefix(r.stdout, "good/good.go:15:16: ") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("stdout %q, want the finding of package good", r.stdout)
	}
	want := "paylint: package example.com/partial/bad1 does not compile: bad1/bad1.go:5:28: undefined: missingOne\n" +
		"paylint: package example.com/partial/bad2 does not compile: bad2/bad2.go:5:25: undefined: missingTwo (and 1 more error)\n" +
		"paylint: package example.com/partial/uses was not analysed: it imports example.com/partial/bad1, which does not compile\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
	// Missing packages next to a good one: a line each, the rest analysed.
	r = run(t, "partial", bin, "./good", "./nosuch", "example.com/nosuch/pkg")
	if r.code != 2 || !strings.HasPrefix(r.stdout, "good/good.go:15:16: ") || strings.Count(r.stderr, "\n") != 2 ||
		!strings.Contains(r.stderr, "nosuch") || !strings.Contains(r.stderr, "example.com/nosuch/pkg") {
		t.Errorf("missing packages: %+v", r)
	}
}

// TestGeneratedFiles: findings in generated files are left out by default
// in every runner (golangci-lint hides them too), and -generated brings
// them back.
func TestGeneratedFiles(t *testing.T) {
	if r := run(t, "generated", bin, "./..."); r.code != 0 || r.stdout != "" {
		t.Errorf("standalone: %+v, want nothing from a generated file", r)
	}
	if r := run(t, "generated", "go", "vet", "-vettool="+bin, "./..."); r.code != 0 || r.stderr != "" {
		t.Errorf("go vet: %+v, want nothing from a generated file", r)
	}
	if r := run(t, "generated", bin, "-generated", "./..."); r.code != 1 || !strings.HasPrefix(r.stdout, "pay/pay.go:") {
		t.Errorf("standalone -generated: %+v, want the finding", r)
	}
	if r := run(t, "generated", "go", "vet", "-vettool="+bin, "-generated", "./..."); r.code == 0 || !strings.Contains(r.stderr, "pay/pay.go:") {
		t.Errorf("go vet -generated: %+v, want the finding", r)
	}
}

// depModule writes a module where package pay (a retried payment write
// without a key, no test files) is imported by package app. The nonce
// makes the files, and so go vet's cache keys, new for each run of the
// test.
func depModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("testdata", "partial", "good", "good.go"))
	if err != nil {
		t.Fatal(err)
	}
	pay := strings.Replace(string(good), "package good", "package pay", 1) + "\n// nonce " + t.Name() + " " + strconv.FormatInt(time.Now().UnixNano(), 10) + "\n"
	for path, content := range map[string]string{
		"go.mod":     "module example.com/depnamed\n\ngo 1.22\n",
		"pay/pay.go": pay,
		"app/app.go": "package app\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/depnamed/pay\"\n)\n\n// Run charges.\nfunc Run() { pay.Charge(http.DefaultClient, \"{}\") }\n",
	} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, path)), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, path), content)
	}
	return dir
}

// TestNamedAfterDependency: a package first vetted only as a dependency
// (go vet asks for its facts, not its findings) and then named must show
// its findings. Go 1.26's go vet caches both under one key when the
// package has no test files, and the stock tool then passes the named
// package on the empty result (vetcache.go).
func TestNamedAfterDependency(t *testing.T) {
	const finding = "without an idempotency key"
	dir := depModule(t)
	if r := runIn(t, dir, "go", "vet", "-vettool="+bin, "./app"); strings.Contains(r.stderr, "paylint:") {
		t.Fatalf("go vet ./app: %+v", r)
	}
	if r := runIn(t, dir, "go", "vet", "-vettool="+bin, "./pay"); r.code == 0 || !strings.Contains(r.stderr, "pay/pay.go:") || !strings.Contains(r.stderr, finding) {
		t.Errorf("go vet ./pay after go vet ./app: %+v, want the finding in pay/pay.go", r)
	}
	dir = depModule(t)
	runIn(t, dir, bin, "./app")
	if r := runIn(t, dir, bin, "./pay"); r.code != 1 || !strings.HasPrefix(r.stdout, "pay/pay.go:") || !strings.Contains(r.stdout, finding) {
		t.Errorf("paylint ./pay after paylint ./app: %+v, want the finding in pay/pay.go", r)
	}
}

// TestUnloadableTestFiles: a package whose test file imports a module the
// go.mod lacks is still analysed, without its tests, and said so in one
// line; go vet alone would skip the package.
func TestUnloadableTestFiles(t *testing.T) {
	dir := depModule(t)
	write(t, filepath.Join(dir, "pay", "pay_test.go"), "package pay\n\nimport (\n\t\"testing\"\n\n\t_ \"example.com/missing/mod\"\n)\n\nfunc TestCharge(t *testing.T) {}\n")
	r := runIn(t, dir, bin, "./...")
	if r.code != 2 || !strings.HasPrefix(r.stdout, "pay/pay.go:") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("paylint ./...: %+v, want exit 2 and the finding in pay/pay.go", r)
	}
	if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "package example.com/depnamed/pay was analysed without its test files") ||
		!strings.Contains(r.stderr, "pay/pay_test.go:6:2") || !strings.Contains(r.stderr, "example.com/missing/mod") {
		t.Errorf("stderr %q, want one line naming the package, the test file and the missing import", r.stderr)
	}
	// Again, from the cache: the same answer.
	if again := runIn(t, dir, bin, "./..."); again != r {
		t.Errorf("second run: %+v, want %+v", again, r)
	}
}

// TestUnmatchedEmbedPattern: a //go:embed pattern that matches no file
// (a frontend not committed) fails its package and the packages that
// import it at load time, where go vet analyses nothing at all; the other
// packages are still analysed and each failed package gets its line.
func TestUnmatchedEmbedPattern(t *testing.T) {
	dir := depModule(t)
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "web", "web.go"), "package web\n\nimport \"embed\"\n\n//go:embed all:dist/*\nvar Dist embed.FS\n")
	write(t, filepath.Join(dir, "app", "serve.go"), "package app\n\nimport _ \"example.com/depnamed/web\"\n")
	r := runIn(t, dir, bin, "./...")
	if r.code != 2 || !strings.HasPrefix(r.stdout, "pay/pay.go:") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("paylint ./...: %+v, want exit 2 and the finding in pay/pay.go", r)
	}
	for _, want := range []string{"package example.com/depnamed/web cannot be loaded: web/web.go:5:12: pattern all:dist/*: no matching files found", "package example.com/depnamed/app cannot be loaded"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr %q, want a line with %q", r.stderr, want)
		}
	}
}
