package retry

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a failed mark that another loop undoes --------------------------------------
//
// A worker over pending rows that sets a row failed when its write errs
// takes the row out of its selection (claim.go): the next pass skips it.
// Not when a second loop of the same worker selects the failed rows on
// every pass and sets them pending again:
//
//	func (s *Scheduler) sendPending() { for { … GetPendingRequests(ctx, &rows)
//		for _, r := range rows { if _, err := s.psp.CreateInvoice(…); err != nil {
//			s.db.UpdateFailedRequest(ctx, r.ID, …); continue } … } } }
//	func (s *Scheduler) requeueFailed() { for { … GetFailedRequests(ctx, &rows)
//		for _, r := range rows { s.db.UpdatePendingRequest(ctx, r.ID) } … } }
//
// The failed status is then a waiting room: a write whose answer was lost
// (a timeout after the provider made the invoice) is sent again a pass
// later, as if the row had stayed pending. Both loops must repeat (a
// one-off requeue an operator runs is no loop), belong to the same worker
// (one function, or methods of one receiver type: the same store), and
// the requeue must set a status the worker selects; every status the
// failure branch gives must be one the requeue selects. A mark whose
// status cannot be read (an assignment, a call naming no status) keeps
// the row out, as before.

// requeued reports whether every mark that branch (the error branch of
// cur, a write inside a worker over rows selecting selected) gives a row
// is undone by a requeue loop of the same worker.
func (r *Result) requeued(branch, cur ast.Node, selected map[string]bool) bool {
	marked := map[string]bool{}
	ok := true
	ast.Inspect(branch, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, rhs := range x.Rhs {
				if _, call := ast.Unparen(rhs).(*ast.CallExpr); !call && r.marks(x, selected) {
					ok = false // row.Status = "failed": a field, not a store call
				}
			}
		case *ast.CallExpr:
			if !r.marks(x, selected) {
				return true
			}
			st := r.statuses(x, func(w string) bool { return doneWord(w) && !selected[w] })
			if len(st) == 0 {
				ok = false
			}
			for w := range st {
				marked[w] = true
			}
			return false
		}
		return true
	})
	if !ok || len(marked) == 0 {
		return false
	}
	requeued := map[string]bool{}
	for _, fd := range r.siblings(cur) {
		r.requeueLoops(fd.Body, marked, selected, requeued)
	}
	for w := range marked {
		if !requeued[w] {
			return false
		}
	}
	return true
}

// statuses returns the status words of call that keep says are
// statuses: from its callee's name (UpdateFailedRequest), its constants
// ("status = ?", "FAILED") and, for a function of this package, the
// constants of its body.
func (r *Result) statuses(call *ast.CallExpr, keep func(string) bool) map[string]bool {
	out := map[string]bool{}
	add := func(texts []string) {
		for _, t := range texts {
			for _, w := range wordRE.FindAllString(strings.ToLower(t), -1) {
				if keep(w) {
					out[w] = true
				}
			}
		}
	}
	add(r.texts(call))
	if fn := r.staticCallee(call); fn != nil {
		add(splitCamel(fn.Name()))
		if fd := r.decls[fn]; fd != nil && fd.Body != nil {
			add(r.texts(fd.Body))
		}
	}
	return out
}

// siblings returns the declarations of the worker holding cur: its
// own function, and the other methods of its receiver's type.
func (r *Result) siblings(cur ast.Node) []*ast.FuncDecl {
	var own *ast.FuncDecl
	for _, fd := range r.decls {
		if fd.Body != nil && within(cur, fd.Body) {
			own = fd
		}
	}
	if own == nil {
		return nil
	}
	out := []*ast.FuncDecl{own}
	recv := r.recv(own)
	if recv == nil {
		return out
	}
	for _, fd := range r.decls {
		if fd != own && fd.Body != nil && r.recv(fd) == recv {
			out = append(out, fd)
		}
	}
	return out
}

// recv is the named type of fd's receiver, nil for a function.
func (r *Result) recv(fd *ast.FuncDecl) *types.TypeName {
	fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// requeueLoops adds to requeued the marked statuses that a pass loop
// in body selects (its fill query names them) and, for each row, sets
// to one of selected again.
func (r *Result) requeueLoops(body *ast.BlockStmt, marked, selected, requeued map[string]bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		pass, ok := n.(ast.Stmt)
		if !ok || !r.isPass(pass) {
			return true
		}
		var region *ast.BlockStmt
		switch l := pass.(type) {
		case *ast.ForStmt:
			region = l.Body
		case *ast.RangeStmt:
			region = l.Body
		}
		ast.Inspect(region, func(n ast.Node) bool {
			loop, ok := n.(ast.Stmt)
			if !ok || n == pass {
				return true
			}
			var rows *ast.BlockStmt
			switch l := loop.(type) {
			case *ast.RangeStmt:
				rows = l.Body
			case *ast.ForStmt:
				rows = l.Body
			default:
				return true
			}
			from := r.fill(region, loop, func(w string) bool { return marked[w] })
			if len(from) == 0 || !r.setsBack(rows, selected) {
				return true
			}
			for w := range from {
				requeued[w] = true
			}
			return true
		})
		return true
	})
}

// fill returns the statuses keep accepts that the query filling the
// rows loop selects: the ranged call, or the call filling the ranged
// variable before the loop in region.
func (r *Result) fill(region *ast.BlockStmt, loop ast.Stmt, keep func(string) bool) map[string]bool {
	v, fill := r.rowsVar(loop)
	if fill != nil {
		return r.statuses(fill, keep)
	}
	if v == nil {
		return nil
	}
	var out map[string]bool
	ast.Inspect(region, func(n ast.Node) bool {
		if out != nil || n == nil || n.Pos() >= loop.Pos() {
			return false
		}
		var call *ast.CallExpr
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			if len(s.Rhs) == 1 && r.assigns(s.Lhs, v) {
				call, _ = ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
			}
		case *ast.CallExpr:
			if r.takesAddr(s, v) {
				call = s
			}
		}
		if call != nil {
			if st := r.statuses(call, keep); len(st) > 0 {
				out = st
			}
		}
		return true
	})
	return out
}

// setsBack: a call in the rows loop's body gives the row one of the
// worker's selected statuses (UpdatePendingRequest, Update("status",
// "pending")).
func (r *Result) setsBack(body *ast.BlockStmt, selected map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if fn := r.staticCallee(call); fn != nil && logCall(fn) {
			return false
		}
		found = len(r.statuses(call, func(w string) bool { return selected[w] })) > 0
		return !found
	})
	return found
}
