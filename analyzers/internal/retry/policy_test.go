package retry_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// policyProbe reports the retry model's answers about library policies,
// responses and payment SDK errors at every node it can ask about.
var policyProbe = &analysis.Analyzer{
	Name:     "policyprobe",
	Doc:      "test: library policy questions",
	Requires: []*analysis.Analyzer{retry.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[retry.Analyzer].(*retry.Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				probeNode(pass, res, n)
				return true
			})
		}
		return nil, nil
	},
}

// runners are the names of library functions that run an operation; a
// call of any function so named is asked about as if it were a library
// construct, so look-alikes are asked too.
var runners = map[string]bool{"Do": true, "DoWithData": true, "DoValue": true, "Retry": true, "Constant": true, "Exponential": true}

func probeNode(pass *analysis.Pass, res *retry.Result, n ast.Node) {
	info := pass.TypesInfo
	if e := retry.CheckRetrySet(info, n); e != nil {
		pass.Reportf(n.Pos(), "CheckRetry set")
	}
	switch x := n.(type) {
	case *ast.CallExpr:
		probeCall(pass, res, x)
	case *ast.SelectorExpr:
		if retry.StatusRead(info, x) != nil {
			pass.Reportf(x.Pos(), "status read")
		}
		switch _, field := retry.StripeErrorField(info, x); field {
		case retry.StripeStatus:
			pass.Reportf(x.Pos(), "stripe field status")
		case retry.StripeType:
			pass.Reportf(x.Pos(), "stripe field type")
		}
	case *ast.CompositeLit:
		if retry.NoWaitPolicy(info.TypeOf(x)) {
			pass.Reportf(x.Pos(), "no-wait policy")
		}
	case *ast.AssignStmt:
		for _, l := range x.Lhs {
			if id, ok := l.(*ast.Ident); ok && x.Tok == token.DEFINE && info.Defs[id] != nil && retry.IsResponse(info.Defs[id].Type()) {
				pass.Reportf(id.Pos(), "response %s", id.Name)
			}
		}
	case *ast.ValueSpec:
		for _, id := range x.Names {
			if obj := info.Defs[id]; obj != nil && retry.IsStripeError(obj.Type()) {
				pass.Reportf(id.Pos(), "stripe error %s", id.Name)
			}
		}
	}
}

func probeCall(pass *analysis.Pass, res *retry.Result, call *ast.CallExpr) {
	info := pass.TypesInfo
	if retry.StatusRead(info, call) != nil {
		pass.Reportf(call.Pos(), "status read")
	}
	if _, holds := retry.StatusTest(info, call); holds != nil {
		pass.Reportf(call.Pos(), "status test: 200 %v, 404 %v", holds(200), holds(404))
	}
	if retry.LibraryCheckRetry(info, call) {
		pass.Reportf(call.Pos(), "library CheckRetry policy")
	}
	if retry.IsStripeCall(info, call) {
		pass.Reportf(call.Pos(), "stripe call")
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || !runners[fn.Name()] {
		return
	}
	c := &retry.Construct{Kind: retry.Library, Node: call}
	p := res.PolicyOf(c)
	if p.Library != "" {
		wait := "not read"
		switch {
		case p.WaitRead && p.Fixed:
			wait = "fixed " + p.Wait.String()
		case p.WaitRead:
			wait = "not fixed"
		}
		errs := map[retry.ErrorPolicy]string{retry.ErrorsUnread: "unread", retry.ErrorsRetried: "retried", retry.MarkedRetried: "marked"}[p.Errors]
		pass.Reportf(call.Pos(), "policy %s: wait %s, errors %s", p.Library, wait, errs)
	}
	for _, a := range call.Args {
		lit, ok := a.(*ast.FuncLit)
		if !ok {
			continue
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
				last := r.Results[len(r.Results)-1]
				if m, _ := res.MarkOf(c, last); m != retry.Unmarked {
					pass.Reportf(last.Pos(), "mark %s", map[retry.Mark]string{retry.Permanent: "permanent", retry.Retryable: "retryable"}[m])
				}
			}
			return true
		})
	}
}

// Policy: each library form with its look-alike (testdata/src/retry/policy).
var _ = cases.Add(policyProbe, "Policy", "retry/policy")

// TestRetriesByCheckRetry: the client name the payment model gives a
// go-retryablehttp client, not a resty one.
func TestRetriesByCheckRetry(t *testing.T) {
	for name, want := range map[string]bool{
		"retryablehttp.Client":               true,
		"resty client with SetRetryCount(3)": false,
		"":                                   false,
	} {
		if got := retry.RetriesByCheckRetry(name); got != want {
			t.Errorf("RetriesByCheckRetry(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestStripeErrors: a write's card and invalid-request errors fail again,
// a read's only when the object does not exist; rate limits never.
func TestStripeErrors(t *testing.T) {
	got := ""
	for _, e := range retry.StripeErrors {
		got += fmt.Sprintf("%s/%d:%v/%v ", e.Type, e.Status, e.Permanent, e.PermanentRead)
	}
	want := "card_error/402:true/false invalid_request_error/400:true/false invalid_request_error/404:true/true " +
		"invalid_request_error/429:false/false idempotency_error/409:false/false api_error/500:false/false "
	if got != want {
		t.Errorf("StripeErrors = %s\nwant %s", got, want)
	}
}
