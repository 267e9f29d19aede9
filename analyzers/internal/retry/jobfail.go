package retry

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// machineryRetries reports whether a machinery task func is retried: it
// returns tasks.NewErrRetryTaskLater, or a tasks.Signature literal of the
// package names its registered name with a RetryCount above zero
// (machinery's default is no retry).
func (r *Result) machineryRetries(regs []registration, fn ast.Node, body *ast.BlockStmt) bool {
	if r.callsIn(body, "NewErrRetryTaskLater") {
		return true
	}
	names := map[string]bool{}
	for _, reg := range regs {
		switch reg.fn.Name() {
		case "RegisterTask":
			if len(reg.call.Args) == 2 {
				if s, ok := r.constString(reg.call.Args[0]); ok {
					names[s] = true
				}
			}
		case "RegisterTasks":
			if len(reg.call.Args) != 1 {
				continue
			}
			lit, _ := ast.Unparen(reg.call.Args[0]).(*ast.CompositeLit)
			if lit == nil {
				continue
			}
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok && r.refersTo(kv.Value, fn) {
					if s, ok := r.constString(kv.Key); ok {
						names[s] = true
					}
				}
			}
		}
	}
	return len(names) > 0 && (r.signatureRetries(names) || r.assignedSignatureRetries(names)) // signatureset.go
}

// callsIn reports whether body (closures excluded) calls a machinery
// function of that name.
func (r *Result) callsIn(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(r.pass.TypesInfo, n).(*types.Func)
			if fn != nil && fn.Name() == name && fn.Pkg() != nil && oneOf(trimVendor(fn.Pkg().Path()), []string{machineryV1 + "/tasks", machineryV2 + "/tasks"}) {
				found = true
			}
		}
		return !found
	})
	return found
}

// signatureRetries: a tasks.Signature{Name: n, RetryCount: k} literal of
// the package with n among names and k > 0.
func (r *Result) signatureRetries(names map[string]bool) bool {
	found := false
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if found || !ok || !r.isSignature(lit) {
				return !found
			}
			name, retries := "", int64(0)
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				key, _ := kv.Key.(*ast.Ident)
				if key == nil {
					continue
				}
				switch key.Name {
				case "Name":
					name, _ = r.constString(kv.Value)
				case "RetryCount":
					if tv, ok := r.pass.TypesInfo.Types[kv.Value]; ok && tv.Value != nil {
						retries, _ = constant.Int64Val(constant.ToInt(tv.Value))
					}
				}
			}
			found = names[name] && retries > 0
			return !found
		})
	}
	return found
}

func (r *Result) isSignature(lit *ast.CompositeLit) bool {
	return r.isSignatureType(r.pass.TypesInfo.TypeOf(lit)) // signatureset.go
}

// failureReturns reports whether the handler returns an error when cur
// fails, so that the queue delivers the task again: a return after cur
// of its error (or of an error wrapping it, or of cur itself), or of a
// non-nil error in a branch on cur's results other than the success
// branch. Returns of asynq.SkipRetry or RevokeTask (wrapped or not) ask
// for no retry and do not count.
func (r *Result) failureReturns(body *ast.BlockStmt, cur ast.Node) bool {
	info := r.pass.TypesInfo
	found := false
	r.onFailure(body, cur, func(m ast.Node, guarded bool, mentions func(ast.Node) bool) bool {
		if found {
			return false
		}
		ret, ok := m.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		if len(ret.Results) == 0 || ret.End() < cur.Pos() {
			return false
		}
		last := ret.Results[len(ret.Results)-1]
		if isNil(info, ast.Unparen(last)) || r.skipsRetry(last) {
			return false
		}
		found = mentions(last) || guarded
		return false
	})
	return found
}

// onFailure walks body (closures excluded) and hands visit every node
// but the if statements it steers by, with guarded true inside a branch
// on cur's outcome that is not its success branch (then of err != nil,
// else of err == nil, either of a test it cannot read), and a test of
// whether a node mentions cur's outcome; visit says whether to descend.
func (r *Result) onFailure(body *ast.BlockStmt, cur ast.Node, visit func(n ast.Node, guarded bool, mentions func(ast.Node) bool) bool) {
	info := r.pass.TypesInfo
	results, direct := r.results(cur, body)
	r.taintFrom(body, results)
	mentions := func(e ast.Node) bool { return mentionsOutcome(info, e, cur, results) }
	var walk func(n ast.Node, guarded bool)
	walk = func(n ast.Node, guarded bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case nil, *ast.FuncLit:
				return false
			case *ast.IfStmt:
				if m == n {
					return true
				}
				on := mentions(m.Cond) || direct && within(cur, m.Cond)
				pol := errPolarity(info, m.Cond, results)
				if m.Init != nil {
					walk(m.Init, guarded)
				}
				walk(m.Body, guarded || on && pol >= 0)
				if m.Else != nil {
					walk(m.Else, guarded || on && pol <= 0)
				}
				return false
			}
			return visit(m, guarded, mentions)
		})
	}
	walk(body, false)
}

// skipsRetry: e mentions asynq.SkipRetry or asynq.RevokeTask.
func (r *Result) skipsRetry(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok && v.Pkg() != nil && trimVendor(v.Pkg().Path()) == asynqPkg &&
				(v.Name() == "SkipRetry" || v.Name() == "RevokeTask") {
				found = true
			}
		}
		return !found
	})
	return found
}
