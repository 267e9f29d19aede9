package poll

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// calleeFunc returns the function or method called, nil if dynamic.
func (f *finder) calleeFunc(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	return fn
}

func (f *finder) recvType(call *ast.CallExpr) types.Type {
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		if tv, ok := f.info.Types[sel.X]; ok {
			return tv.Type
		}
	}
	return nil
}

func isContext(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

func isFunc(fn *types.Func, pkg string, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkg {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return false
	}
	for _, n := range names {
		if fn.Name() == n {
			return true
		}
	}
	return false
}

func isMethod(fn *types.Func, pkg, typ, name string) bool {
	if fn == nil || fn.Name() != name || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), pkg) {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && typeName(sig.Recv().Type()) == typ
}

func isBackoff(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), "github.com/cenkalti/backoff")
}

// isBackoffType: t is (a pointer to) cenkalti/backoff's type name.
func isBackoffType(t types.Type, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && strings.HasPrefix(n.Obj().Pkg().Path(), "github.com/cenkalti/backoff")
}

func isBackoffV5(fn *types.Func) bool {
	return isBackoff(fn) && strings.HasPrefix(fn.Pkg().Path(), "github.com/cenkalti/backoff/v5")
}

// nonBlockingPkgs are packages whose calls do not wait.
var nonBlockingPkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "errors": true, "log": true, "log/slog": true,
	"encoding/json": true, "io": true, "bytes": true, "math": true, "sort": true, "slices": true,
	"maps": true, "unicode/utf8": true, "sync/atomic": true, "net/url": true, "path": true,
}

// nonBlocking reports whether calling fn cannot wait: a function of the
// libraries below, a mutex, an Error method, or a function of the package
// that calls only such things (nonblock.go).
func (f *finder) nonBlocking(fn *types.Func) bool {
	return f.nonBlockingLib(fn) || syncLock(fn) || isErrorMethod(fn) || f.pkgNonBlocking(fn, 0)
}

// nonBlockingLib: fn belongs to a library known not to wait.
func (f *finder) nonBlockingLib(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return fn.Name() == "Error" // error.Error
	}
	path := fn.Pkg().Path()
	switch {
	case nonBlockingPkgs[path]:
		return true
	case path == "time":
		switch fn.Name() {
		case "Sleep", "After", "Tick", "NewTimer", "NewTicker", "AfterFunc":
			return false
		}
		return true
	case path == "context":
		return true
	case path == "net/http":
		switch fn.Name() {
		case "NewRequest", "NewRequestWithContext", "Set", "Add", "Get", "Del", "WithContext":
			return true
		}
	case strings.HasPrefix(path, "github.com/stripe/stripe-go"):
		return true
	case chainPure(fn): // chainmined.go
		return true
	case valueConstructor(fn):
		return true
	}
	return false
}

// valueConstructor: an SDK's value helper (stripe.String, square.Int64,
// adyen's common.PtrString, braintree.NewDecimal): a function of a
// non-standard package that turns plain values into a pointer to one, or
// into a struct of plain fields of its own package. It does no I/O, so
// it cannot wait. A constructor of a client (a struct holding a
// connection, a function, an interface) is not one.
func valueConstructor(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Results().Len() != 1 || sig.Params().Len() == 0 || fn.Pkg() == nil {
		return false
	}
	if strings.Contains(fn.Name(), "Wait") || strings.Contains(fn.Name(), "Sleep") {
		return false // a helper that pauses and hands back how long
	}
	if first, _, _ := strings.Cut(fn.Pkg().Path(), "/"); !strings.Contains(first, ".") {
		return false // the standard library is judged by nonBlockingPkgs
	}
	for i := range sig.Params().Len() {
		if !plainValue(sig.Params().At(i).Type()) {
			return false
		}
	}
	r := types.Unalias(sig.Results().At(0).Type())
	if p, ok := r.(*types.Pointer); ok {
		r = types.Unalias(p.Elem())
	}
	if plainValue(r) {
		return true
	}
	n, ok := r.(*types.Named)
	return ok && n.Obj().Pkg() == fn.Pkg() && plainStruct(n.Underlying())
}

// plainValue: a basic type, or a type parameter (Ptr[T any](v T) *T).
func plainValue(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return t.Kind() != types.UnsafePointer && t.Kind() != types.Invalid
	case *types.TypeParam:
		return true
	case *types.Named:
		_, ok := t.Underlying().(*types.Basic)
		return ok
	}
	return false
}

// plainStruct: a struct whose fields are all plain values (a decimal, a
// money amount).
func plainStruct(t types.Type) bool {
	st, ok := t.(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false
	}
	for i := range st.NumFields() {
		if !plainValue(st.Field(i).Type()) {
			return false
		}
	}
	return true
}

// argBuilders adds to out the calls nested in a payment op's own
// arguments (Amount: braintree.NewDecimal(cents, 2), Key: uuid.NewString())
// made into another package: they build the request the op sends, they
// are not a wait between attempts. Calls of the package's own functions
// keep their judgement (nonblock.go), and so do calls inside a function
// literal argument (a callback runs later, and may wait) and the known
// waits (time, a rate limiter's Wait).
func (f *finder) argBuilders(op *ast.CallExpr, out map[*ast.CallExpr]bool) {
	for _, a := range op.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				fn := f.calleeFunc(n)
				if fn != nil && fn.Pkg() != nil && (f.pass == nil || fn.Pkg() != f.pass.Pkg) && !waitLike(fn) {
					out[n] = true
				}
			}
			return true
		})
	}
}

// waitLike: a function that may be a wait whatever its package: the time
// and sync packages, and any method or function named Wait.
func waitLike(fn *types.Func) bool {
	switch fn.Pkg().Path() {
	case "time", "sync":
		return true
	}
	return strings.HasPrefix(fn.Name(), "Wait")
}

func calleeName(c *ast.CallExpr) string {
	switch fn := unparen(c.Fun).(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}
