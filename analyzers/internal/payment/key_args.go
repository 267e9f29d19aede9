package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ArgsMayCarryKey reports whether one of a call's arguments may hand the
// callee an idempotency key the model does not follow: a header map
// (map[string]string, map[string][]string, http.Header), a string naming
// a key header (idempotency, request-id), or a variable or field named
// like a key. Rules use it to stay silent where "no key" is not known:
// a generic request method of another package (l.call(ctx, "POST",
// path, body, headers)) whose send has no visible key.
func ArgsMayCarryKey(info *types.Info, args []ast.Expr) bool {
	found := false
	for _, a := range args {
		if tv, ok := info.Types[a]; ok && !tv.IsNil() && headerMap(tv.Type) {
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
