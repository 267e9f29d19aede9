package idempotency

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

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
	if !named || mayCarryKey(pass, op.Call.Args) {
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
	for _, f := range pass.Files {
		if f.FileStart > fn.Pos() || fn.Pos() > f.FileEnd {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
				return fd
			}
		}
	}
	return nil
}

// mayCarryKey: an argument may hand the wrapper a key the model does not
// follow: a header map (map[string]string, http.Header), a string naming
// a key header, or a variable or field named like a key.
func mayCarryKey(pass *analysis.Pass, args []ast.Expr) bool {
	found := false
	for _, a := range args {
		if tv, ok := pass.TypesInfo.Types[a]; ok && !tv.IsNil() && headerMap(tv.Type) {
			return true
		}
		ast.Inspect(a, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				v := strings.ToLower(x.Value)
				found = found || strings.Contains(v, "idempot") || strings.Contains(v, "request-id") || strings.Contains(v, "request_id")
			case *ast.Ident:
				v := strings.ToLower(x.Name)
				found = found || strings.Contains(v, "key") || strings.Contains(v, "idem")
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// headerMap: map[string]string, map[string][]string or http.Header.
func headerMap(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok {
		return false
	}
	if k, ok := m.Key().Underlying().(*types.Basic); !ok || k.Kind() != types.String {
		return false
	}
	switch e := m.Elem().Underlying().(type) {
	case *types.Basic:
		return e.Kind() == types.String
	case *types.Slice:
		b, ok := e.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.String
	}
	return false
}
