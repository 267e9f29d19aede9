package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// ClientFieldFact is exported for a struct field holding an HTTP client
// that the package configures where it assigns the field (a constructor:
// &Gateway{http: resty.New().SetRetryCount(3)}): Retries names a client
// that retries on its own; NoRetry marks a go-retryablehttp client whose
// RetryMax is set to 0 (it sends each request once). A send through the
// field in another package then knows what the client does.
type ClientFieldFact struct {
	Retries string
	NoRetry bool
}

// AFact marks ClientFieldFact as an analysis fact.
func (*ClientFieldFact) AFact() {}

func (f *ClientFieldFact) String() string {
	if f.NoRetry {
		return "client field: no retries"
	}
	return "client field: " + f.Retries
}

// exportClientFields exports the ClientFieldFacts of the package's
// struct fields that hold a configured client.
func (b *builder) exportClientFields() {
	ix := b.ix
	var fields []*types.Var
	for f := range ix.objAssigns {
		if f.Pkg() == b.pass.Pkg && isClientType(f.Type()) {
			fields = append(fields, f)
		}
	}
	sort.Slice(fields, func(i, j int) bool { return fields[i].Pos() < fields[j].Pos() })
	for _, f := range fields {
		fact := &ClientFieldFact{}
		if isNamed(f.Type(), rhttpPath, "Client") {
			fact.NoRetry = ix.localFieldNoRetry(f)
		} else {
			for _, rhs := range ix.objAssigns[f] {
				if r, _ := ix.clientRetries(rhs, 0); r != "" {
					fact.Retries = r
					break
				}
			}
		}
		if fact.NoRetry || fact.Retries != "" {
			b.pass.ExportObjectFact(f, fact)
		}
	}
}

func isClientType(t types.Type) bool {
	return isNamed(t, rhttpPath, "Client") || isNamed(t, restyPath, "Client") || isNamed(t, "net/http", "Client")
}

// fieldOf returns the struct field a selector expression selects.
func (ix *index) fieldOf(e ast.Expr) *types.Var {
	sel, ok := unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	f, ok := ix.info.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() {
		return nil
	}
	return f
}

// fieldNoRetry reports whether e, a struct field holding a
// go-retryablehttp client, was set not to retry where it is configured
// (RetryMax = 0 on the client stored in it, or on the field itself).
func (ix *index) fieldNoRetry(e ast.Expr) bool {
	f := ix.fieldOf(e)
	if f == nil {
		return false
	}
	if f.Pkg() != ix.pass.Pkg {
		fact := new(ClientFieldFact)
		return ix.pass.ImportObjectFact(f, fact) && fact.NoRetry
	}
	return ix.localFieldNoRetry(f)
}

// localFieldNoRetry: every client stored in the field of this package
// is set to RetryMax = 0, or the field's RetryMax is only ever set to 0.
func (ix *index) localFieldNoRetry(f *types.Var) bool {
	zero, positive := ix.fieldRetryMax(f)
	if positive {
		return false
	}
	if zero {
		return true
	}
	vals := ix.objAssigns[f]
	if len(vals) == 0 {
		return false
	}
	for _, v := range vals {
		if !ix.rhttpNoRetry(v) {
			return false
		}
	}
	return true
}

// fieldRetryMax finds assignments x.f.RetryMax = n in the package: zero
// when one sets 0, positive when one sets more (or an unknown value).
func (ix *index) fieldRetryMax(f *types.Var) (zero, positive bool) {
	for _, file := range ix.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, lhs := range as.Lhs {
				sel, ok := unparen(lhs).(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "RetryMax" || ix.fieldOf(sel.X) != f {
					continue
				}
				if n, ok := ix.intConst(as.Rhs[i]); ok && n <= 0 {
					zero = true
				} else {
					positive = true
				}
			}
			return true
		})
	}
	return zero, positive
}

// importedFieldRetries: a field of another package whose client that
// package configured to retry.
func (ix *index) importedFieldRetries(f *types.Var, at ast.Expr) (string, token.Pos) {
	if f.Pkg() == nil || f.Pkg() == ix.pass.Pkg {
		return "", token.NoPos
	}
	fact := new(ClientFieldFact)
	if ix.pass.ImportObjectFact(f, fact) && fact.Retries != "" {
		return fact.Retries, at.Pos()
	}
	return "", token.NoPos
}
