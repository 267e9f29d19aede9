package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A machinery signature made by its constructor and given its retries
// afterwards is as retried as a literal with RetryCount set:
//
//	sig, err := tasks.NewSignature("incentive.pay", args) // v1.10.8, v2.0.13: (*Signature, error)
//	sig.RetryCount = 3
//	server.SendTaskWithContext(ctx, sig)
//
// The task's name is NewSignature's first argument (or a later
// sig.Name = "…"); the retries are a constant above zero assigned to
// the RetryCount field of that variable in the same function.

// assignedSignatureRetries: a variable of the package made by
// tasks.NewSignature(n, …) (or renamed by v.Name = n) with n among
// names is given RetryCount = k > 0.
func (r *Result) assignedSignatureRetries(names map[string]bool) bool {
	found := false
	for _, f := range r.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			retried := map[*types.Var]bool{}
			named := map[*types.Var]string{}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				as, ok := n.(*ast.AssignStmt)
				if !ok || len(as.Lhs) != len(as.Rhs) && len(as.Rhs) != 1 {
					return true
				}
				if len(as.Rhs) == 1 && len(as.Lhs) <= 2 {
					if name, ok := r.newSignatureName(as.Rhs[0]); ok {
						if v := r.localVar(as.Lhs[0]); v != nil {
							named[v] = name
						}
						return true
					}
				}
				if len(as.Lhs) != len(as.Rhs) || as.Tok != token.ASSIGN {
					return true
				}
				for i, lhs := range as.Lhs {
					sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
					if !ok || !r.isSignatureType(r.pass.TypesInfo.TypeOf(sel.X)) {
						continue
					}
					v := r.localVar(sel.X)
					if v == nil {
						continue
					}
					switch sel.Sel.Name {
					case "RetryCount":
						if tv, ok := r.pass.TypesInfo.Types[as.Rhs[i]]; ok && tv.Value != nil {
							k, _ := constant.Int64Val(constant.ToInt(tv.Value))
							retried[v] = retried[v] || k > 0
						}
					case "Name":
						if s, ok := r.constString(as.Rhs[i]); ok {
							named[v] = s
						}
					}
				}
				return true
			})
			for v, k := range retried {
				if k && names[named[v]] {
					found = true
				}
			}
			if found {
				return true
			}
		}
	}
	return found
}

// newSignatureName: e calls machinery's tasks.NewSignature with a
// constant name; that name.
func (r *Result) newSignatureName(e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return "", false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Name() != "NewSignature" || fn.Pkg() == nil ||
		!oneOf(trimVendor(fn.Pkg().Path()), []string{machineryV1 + "/tasks", machineryV2 + "/tasks"}) {
		return "", false
	}
	return r.constString(call.Args[0])
}

// isSignatureType: t is machinery's tasks.Signature or a pointer to it.
func (r *Result) isSignatureType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Name() != "Signature" || n.Obj().Pkg() == nil {
		return false
	}
	p := trimVendor(n.Obj().Pkg().Path())
	return p == machineryV1+"/tasks" || p == machineryV2+"/tasks"
}

// localVar: e is an identifier naming a variable that is no field.
func (r *Result) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}
