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
	}
	return false
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
