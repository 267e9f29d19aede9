package driver

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/ast"
	"go/types"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// wrapsCharge marks a function whose body calls pay.Charge.
type wrapsCharge struct{}

func (*wrapsCharge) AFact()         {}
func (*wrapsCharge) String() string { return "wrapsCharge" }

// fake reports every call to a function that calls pay.Charge (known from
// a fact exported in another package) and has one flag.
var fake = &analysis.Analyzer{
	Name:      "fake",
	Doc:       "fake: reports calls of wrappers of Charge\n\nA test analyzer.",
	FactTypes: []analysis.Fact{new(wrapsCharge)},
	Flags:     *flag.NewFlagSet("fake", flag.ContinueOnError),
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
					if fn == nil {
						return true
					}
					if fn.Name() == "Charge" {
						if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
							pass.ExportObjectFact(obj, new(wrapsCharge))
						}
					}
					if pass.ImportObjectFact(fn, new(wrapsCharge)) && fn.Pkg() != pass.Pkg {
						pass.Reportf(call.Pos(), "call of %s, which charges", fn.Name())
					}
					return true
				})
			}
		}
		return nil, nil
	},
}

var fakeSeconds = fake.Flags.Duration("wait", 0, "a flag of the fake analyzer")

// quiet reports nothing.
var quiet = &analysis.Analyzer{
	Name: "quiet",
	Doc:  "quiet: reports nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// boom panics on package pay.
var boom = &analysis.Analyzer{
	Name: "boom",
	Doc:  "boom: panics",
	Run: func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == "pay" {
			var m map[string]int
			m["x"]++
		}
		return nil, nil
	},
}

// testAnalyzers are the analyzers a test registry can name.
var testAnalyzers = []*analysis.Analyzer{fake, quiet, boom}

// TestMain makes this test binary the go vet tool of the standalone runs
// under test: go vet invokes it with -V=full, -flags or a unit, and it
// then runs the registry the test chose (named in the environment).
func TestMain(m *testing.M) {
	if IsVetInvocation(os.Args[1:]) {
		var as []*analysis.Analyzer
		for _, name := range strings.Split(os.Getenv("PAYLINT_TEST_REGISTRY"), ",") {
			for _, a := range testAnalyzers {
				if a.Name == name {
					as = append(as, a)
				}
			}
		}
		Vet(as)
	}
	os.Exit(m.Run())
}

func withRegistry(t *testing.T, as ...*analysis.Analyzer) {
	old, oldEnv := registry, childEnv
	registry = func() []*analysis.Analyzer { return as }
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	childEnv = []string{"PAYLINT_TEST_REGISTRY=" + strings.Join(names, ","), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off"}
	t.Cleanup(func() { registry, childEnv = old, oldEnv })
}

func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestFindingsInEveryFormat(t *testing.T) {
	withRegistry(t, fake, quiet)
	t.Chdir("testdata/fake")

	code, out, stderr := runMain(t, "./...")
	if code != ExitFindings || stderr != "" {
		t.Fatalf("text: exit %d, stderr %q; want 1 and nothing", code, stderr)
	}
	// The finding in shop.go comes from a fact exported in package pay;
	// the one in the test file from analyzing the test variant.
	want := "shop/shop.go:9:9: call of ChargeTwice, which charges (fake)\n" +
		"shop/shop_test.go:10:6: call of ChargeTwice, which charges (fake)\n"
	if out != want {
		t.Errorf("text output:\n%s\nwant:\n%s", out, want)
	}

	code, out, _ = runMain(t, "-f", "json", "-tests=false", "./...")
	if code != ExitFindings {
		t.Fatalf("json: exit %d, want 1", code)
	}
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("json output does not decode: %v\n%s", err, out)
	}
	if len(fs) != 1 || fs[0]["analyzer"] != "fake" || fs[0]["file"] != "shop/shop.go" ||
		fs[0]["line"] != 9.0 || fs[0]["column"] != 9.0 || fs[0]["end_line"] != 9.0 || fs[0]["end_column"] != 9.0 ||
		fs[0]["message"] != "call of ChargeTwice, which charges" {
		t.Errorf("json findings = %v", fs)
	}

	code, out, _ = runMain(t, "-f", "sarif", "-tests=false", "./shop")
	if code != ExitFindings {
		t.Fatalf("sarif: exit %d, want 1 (a CI gate must not pass silently)", code)
	}
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID               string
						ShortDescription struct{ Text string }
						Help             struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("sarif does not decode: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("sarif version %q, %d runs", log.Version, len(log.Runs))
	}
	r := log.Runs[0]
	if len(r.Tool.Driver.Rules) != 2 || r.Tool.Driver.Rules[0].ID != "fake" ||
		r.Tool.Driver.Rules[0].ShortDescription.Text != "reports calls of wrappers of Charge" ||
		!strings.Contains(r.Tool.Driver.Rules[0].Help.Text, "A test analyzer.") {
		t.Errorf("sarif rules = %+v", r.Tool.Driver.Rules)
	}
	if len(r.Results) != 1 || r.Results[0].RuleID != "fake" || r.Results[0].Level != "warning" ||
		r.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "internal/driver/testdata/fake/shop/shop.go" || // relative to the repository's top level
		r.Results[0].Locations[0].PhysicalLocation.Region.StartLine != 9 {
		t.Errorf("sarif results = %+v", r.Results)
	}
	for _, u := range regexp.MustCompile(`https?://[^"\s]+`).FindAllString(out, -1) {
		if !strings.HasPrefix(u, "https://github.com/paylint/paylint") && u != "https://json.schemastore.org/sarif-2.1.0.json" {
			t.Errorf("sarif output links to another project: %s", u)
		}
	}
}

func TestChecksAndFlags(t *testing.T) {
	withRegistry(t, fake, quiet)
	t.Chdir("testdata/fake")
	if code, out, _ := runMain(t, "-tests=false", "-checks", "quiet", "./..."); code != ExitClean || out != "" {
		t.Errorf("-checks quiet: exit %d, out %q; want 0 and nothing", code, out)
	}
	if code, _, _ := runMain(t, "-tests=false", "-checks", "-fake", "./..."); code != ExitClean {
		t.Errorf("-checks -fake: exit %d, want 0", code)
	}
	if code, _, _ := runMain(t, "-tests=false", "-checks", "all,-quiet", "./..."); code != ExitFindings {
		t.Errorf("-checks all,-quiet: exit %d, want 1", code)
	}
	code, _, stderr := runMain(t, "-tests=false", "-checks", "nosuch", "./...")
	if code != ExitError || stderr != "paylint: -checks: unknown analyzer \"nosuch\" (run 'paylint -list' for the list)\n" {
		t.Errorf("-checks nosuch: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runMain(t, "-fake.wait=3s", "-checks=quiet", "./pay"); code != ExitClean || *fakeSeconds != 3e9 {
		t.Errorf("-fake.wait=3s: exit %d, value %v", code, *fakeSeconds)
	}
}

func TestOutputFile(t *testing.T) {
	withRegistry(t, fake)
	t.Chdir("testdata/fake")
	out := t.TempDir() + "/report.json"
	code, stdout, _ := runMain(t, "-tests=false", "-f", "json", "-o", out, "./shop")
	if code != ExitFindings || stdout != "" {
		t.Fatalf("-o: exit %d, stdout %q", code, stdout)
	}
}

func TestAnalyzerPanicIsOneLine(t *testing.T) {
	withRegistry(t, boom)
	t.Chdir("testdata/fake")
	code, _, stderr := runMain(t, "-tests=false", "./...")
	want := "paylint: internal error in boom on example.com/fake/pay: assignment to entry in nil map\n"
	if code != ExitError || stderr != want {
		t.Errorf("panic: exit %d, stderr %q; want 2, %q", code, stderr, want)
	}
}

func TestSelectRealRegistry(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want string
		err  bool
	}{
		{"all", "idempotency,pollcreate,pollinterval,pollbound,redirectfulfill,webhookverify,retrystatus,retrybackoff,webhookdedupe,webhookack", false},
		{"", "", true}, // -checks= is a mistake, not "all"
		{" , ", "", true},
		{"pollbound,idempotency", "idempotency,pollbound", false},
		{"-idempotency,-pollcreate", "pollinterval,pollbound,redirectfulfill,webhookverify,retrystatus,retrybackoff,webhookdedupe,webhookack", false},
		{"all,-webhookverify", "idempotency,pollcreate,pollinterval,pollbound,redirectfulfill,retrystatus,retrybackoff,webhookdedupe,webhookack", false},
		{"-all", "", true},
		{"nope", "", true},
	} {
		as, err := Select(tc.spec)
		if (err != nil) != tc.err {
			t.Errorf("Select(%q) error = %v", tc.spec, err)
			continue
		}
		var names []string
		for _, a := range as {
			names = append(names, a.Name)
		}
		if got := strings.Join(names, ","); got != tc.want {
			t.Errorf("Select(%q) = %s, want %s", tc.spec, got, tc.want)
		}
	}
}

// TestBuildTags: files behind a build constraint are analysed when the
// tag is given as -tags, through GOFLAGS, or to go vet itself; the tool
// accepts the -tags go vet hands it instead of failing on the flag.
func TestBuildTags(t *testing.T) {
	withRegistry(t, fake)
	t.Chdir("testdata/fake")
	count := func(out string) int { return strings.Count(out, "which charges") }
	code, out, stderr := runMain(t, "-tests=false", "./shop")
	if code != ExitFindings || count(out) != 1 {
		t.Fatalf("no tags: exit %d, %d findings, stderr %q; want 1 finding", code, count(out), stderr)
	}
	code, out, stderr = runMain(t, "-tests=false", "-tags", "cluster", "./shop")
	if code != ExitFindings || count(out) != 2 || stderr != "" {
		t.Errorf("-tags cluster: exit %d, %d findings, stderr %q; want 2 findings", code, count(out), stderr)
	}
	childEnv = append(childEnv, "GOFLAGS=-mod=mod -tags=cluster")
	code, out, stderr = runMain(t, "-tests=false", "./shop")
	if code != ExitFindings || count(out) != 2 || stderr != "" {
		t.Errorf("GOFLAGS=-tags=cluster: exit %d, %d findings, stderr %q; want 2 findings", code, count(out), stderr)
	}
}
