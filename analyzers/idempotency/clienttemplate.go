package idempotency

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// A retrying client (retryablehttp, resty's SetRetryCount) is reported
// where the request is sent. Behind a generic request method whose caller
// names the HTTP method (l.call(ctx, "POST", "/v2/refunds", r, "")), the
// send inside the wrapper is no known write: only the call says it is a
// payment write, so the missing key is reported at the call.

// writeNamedByCall reports whether op, a write sent by a retrying client
// through a wrapper, gets its HTTP method from a constant argument of the
// call, and the wrapper (when of this package) sends no retried write the
// rule already reports inside it.
func writeNamedByCall(pass *analysis.Pass, info *payment.Info, op *payment.Op) bool {
	if op.Via == nil || op.Method == "" || !op.Kind.Has(payment.Write) {
		return false
	}
	named := false
	for _, a := range op.Call.Args {
		tv, ok := pass.TypesInfo.Types[a]
		if ok && tv.Value != nil && tv.Value.Kind() == constant.String && strings.EqualFold(constant.StringVal(tv.Value), op.Method) {
			named = true
		}
	}
	if !named || payment.ArgsMayCarryKey(pass.TypesInfo, op.Call.Args) {
		return false
	}
	decl := declOf(pass, op.Via)
	if decl == nil {
		return true
	}
	for _, o := range info.Ops {
		if o != nil && o.Call != nil && o.Via == nil && o.ClientRetries != "" && o.Kind.Has(payment.Write) &&
			decl.Pos() <= o.Call.Pos() && o.Call.End() <= decl.End() {
			return false // reported inside the wrapper
		}
	}
	return true
}

// declOf returns the declaration of fn in this package, or nil.
func declOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	if fn.Pkg() != pass.Pkg {
		return nil
	}
	return funcs.Of(pass).Syntax(fn.Origin())
}
