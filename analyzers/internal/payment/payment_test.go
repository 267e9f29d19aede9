package payment_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// debug reports every op and wrapper of the model, so that the testdata
// can assert them with // want comments.
var debug = &analysis.Analyzer{
	Name:     "paymentdebug",
	Doc:      "reports the payment model (test only)",
	Requires: []*analysis.Analyzer{payment.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[payment.Analyzer].(*payment.Info)
		if !info.Relevant {
			if len(pass.Files) > 0 {
				pass.Reportf(pass.Files[0].Name.Pos(), "irrelevant")
			}
			return nil, nil
		}
		var calls []*ast.CallExpr
		for c := range info.Ops {
			calls = append(calls, c)
		}
		sort.Slice(calls, func(i, j int) bool { return calls[i].Pos() < calls[j].Pos() })
		for _, c := range calls {
			pass.Reportf(c.Pos(), "%s", describeOp(info.Ops[c]))
		}
		for fn, f := range info.Wrappers {
			pass.Reportf(fn.Pos(), "%s", describeWrapper(fn, f))
		}
		return nil, nil
	},
}

func kinds(k payment.Kind) string {
	var s []string
	for _, x := range []struct {
		k    payment.Kind
		name string
	}{{payment.Write, "write"}, {payment.Create, "create"}, {payment.StatusRead, "read"},
		{payment.Fulfillment, "fulfillment"}, {payment.StateWrite, "statewrite"}, {payment.Release, "release"}} {
		if k.Has(x.k) {
			s = append(s, x.name)
		}
	}
	return strings.Join(s, "|")
}

func describeOp(op *payment.Op) string {
	var b strings.Builder
	fmt.Fprintf(&b, "op %s %s", kinds(op.Kind), op.Desc)
	if k := op.Key; k != nil {
		fmt.Fprintf(&b, " key=%s", k.Name)
		if len(k.Fresh) > 0 {
			fmt.Fprintf(&b, " fresh=%d", len(k.Fresh))
		}
		if k.FreshInCallee {
			b.WriteString(" freshcallee")
		}
		if k.Param >= 0 {
			fmt.Fprintf(&b, " keyparam=%d", k.Param)
		}
		if k.Value == nil {
			b.WriteString(" value=?")
		}
	}
	if op.AutoKey {
		b.WriteString(" autokey")
	}
	if op.ClientRetries != "" {
		fmt.Fprintf(&b, " retries=%q", op.ClientRetries)
	}
	if op.ID != nil {
		fmt.Fprintf(&b, " id=%s", types.ExprString(op.ID))
	}
	if op.Via != nil {
		fmt.Fprintf(&b, " via=%s", op.Via.Name())
	}
	return b.String()
}

func describeWrapper(fn *types.Func, f *payment.WrapperFact) string {
	var b strings.Builder
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	fmt.Fprintf(&b, "wrapper %s %s %s", name, kinds(f.Kind), f.Desc)
	if f.KeyParam >= 0 {
		fmt.Fprintf(&b, " keyparam=%d", f.KeyParam)
	}
	if f.HasKey {
		b.WriteString(" haskey")
	}
	if f.FreshKey {
		b.WriteString(" freshkey")
	}
	if f.AutoKey {
		b.WriteString(" autokey")
	}
	if f.ClientRetries != "" {
		fmt.Fprintf(&b, " retries=%q", f.ClientRetries)
	}
	if f.IDParam >= 0 {
		fmt.Fprintf(&b, " idparam=%d", f.IDParam)
	}
	return b.String()
}

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

// pieces are the testdata packages of the model, one per model piece.
// They are loaded and analysed once (loading net/http from source costs
// seconds); each test checks the findings of its own piece.
var pieces = []string{
	"model/nethttp", "model/urls", "model/keys", "model/stripe82", "model/stripe72",
	"model/resty", "model/retryablehttp", "model/fulfillment", "model/genericverbs",
	"model/wrappers/billing", "model/wrappers/app",
	"model/generics", "model/irrelevant", "model/lookalikes",
	"model/templates/rest", "model/templates/shop",
	"model/configured/app",
}

var (
	runOnce sync.Once
	errs    collector
)

// collector gathers analysistest's complaints.
type collector struct {
	mu   sync.Mutex
	msgs []string
}

func (c *collector) Errorf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.msgs = append(c.msgs, fmt.Sprintf(format, args...))
}

// check runs the model over every piece once and reports the complaints
// about the files of the given pieces (and any that name no piece).
func check(t *testing.T, want ...string) {
	t.Helper()
	runOnce.Do(func() { analysistest.Run(&errs, testdata(), debug, pieces...) })
	for _, m := range errs.msgs {
		mine := !strings.Contains(m, "model/") || strings.HasPrefix(m, "loading")
		for _, p := range want {
			if strings.Contains(m, p+"/") {
				mine = true
			}
		}
		if mine {
			t.Error(m)
		}
	}
}

func TestNetHTTP(t *testing.T)       { check(t, "model/nethttp") }
func TestURLs(t *testing.T)          { check(t, "model/urls") }
func TestKeys(t *testing.T)          { check(t, "model/keys") }
func TestStripe82(t *testing.T)      { check(t, "model/stripe82") }
func TestStripe72(t *testing.T)      { check(t, "model/stripe72") }
func TestResty(t *testing.T)         { check(t, "model/resty") }
func TestRetryableHTTP(t *testing.T) { check(t, "model/retryablehttp") }
func TestFulfillment(t *testing.T)   { check(t, "model/fulfillment") }
func TestGenericVerbs(t *testing.T)  { check(t, "model/genericverbs") }
func TestWrappers(t *testing.T)      { check(t, "model/wrappers") }
func TestGenerics(t *testing.T)      { check(t, "model/generics") }
func TestIrrelevant(t *testing.T)    { check(t, "model/irrelevant") }
func TestLookalikes(t *testing.T)    { check(t, "model/lookalikes") }
func TestTemplates(t *testing.T)     { check(t, "model/templates") }
func TestConfigured(t *testing.T)    { check(t, "model/configured") }

// TestAllClaimed makes sure every complaint belongs to some piece's test.
func TestAllClaimed(t *testing.T) {
	check(t)
	for _, m := range errs.msgs {
		claimed := false
		for _, p := range pieces {
			if strings.Contains(m, p+"/") {
				claimed = true
			}
		}
		if !claimed {
			t.Error(m)
		}
	}
}
