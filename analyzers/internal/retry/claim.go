package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// claimed reports whether the row gets a status the query does not
// select before cur (a claim) or in cur's error branch: a failure then
// does not leave the row pending, and the next pass skips it.
func (r *Result) claimed(body *ast.BlockStmt, cur ast.Node, selected map[string]bool) bool {
	for _, st := range body.List {
		if st.End() <= cur.Pos() && r.marks(st, selected) {
			return true
		}
	}
	results, direct := r.results(cur, body)
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if found || !ok {
			return !found
		}
		var branch ast.Node
		switch errPolarity(r.pass.TypesInfo, is.Cond, results) {
		case +1:
			branch = is.Body
		case -1:
			branch = is.Else
		default:
			if b, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr); ok && direct && b.Op == token.NEQ && within(cur, b.X) {
				branch = is.Body
			}
		}
		if branch != nil && r.marks(branch, selected) && !r.requeued(branch, cur, selected) && // requeue.go
			!r.skipsBeforeMark(branch, selected) {
			found = true
		}
		return !found
	})
	return found
}

// skipsBeforeMark reports whether the failure branch leaves some
// failures before any mark: an if statement ahead of the mark whose
// branch moves on (continue, return, break, goto) without marking the row
//
//	if err != nil {
//		if networkError(err) { log.Warn(…); continue } // the next pass tries again
//		s.fees.FailNoShow(ctx, f.ID)
//	}
//
// Those failures — a timeout, a lost answer — leave the row pending, and
// the next pass sends the write again: no claim for them.
func (r *Result) skipsBeforeMark(branch ast.Node, selected map[string]bool) bool {
	block, ok := branch.(*ast.BlockStmt)
	if !ok {
		return false
	}
	for _, st := range block.List {
		is, ok := st.(*ast.IfStmt)
		if !ok {
			if r.marks(st, selected) {
				return false
			}
			continue
		}
		if is.Init != nil && r.marks(is.Init, selected) {
			return false
		}
		for _, b := range []ast.Stmt{is.Body, is.Else} {
			if bl, ok := b.(*ast.BlockStmt); ok && movesOn(bl) && !r.marks(bl, selected) {
				return true
			}
		}
		if r.marks(is, selected) {
			return false
		}
	}
	return false
}

// movesOn: block ends by leaving for the next row or out of the pass
// (continue, return, break, goto).
func movesOn(block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	switch block.List[len(block.List)-1].(type) {
	case *ast.BranchStmt, *ast.ReturnStmt:
		return true
	}
	return false
}

// statusSetRE finds status = 'x' in SQL text.
var statusSetRE = lazyre.New(`(?:status|state)\s*=\s*'([a-z_]+)'`)

// marks reports whether n gives a row a status outside selected: a
// status field assigned, a call handed such a status (GORM Update,
// SQL UPDATE … SET status = 'failed'), or a call named so (markFailed,
// ClaimPayout). Conditions and log calls are not writes.
func (r *Result) marks(n ast.Node, selected map[string]bool) bool {
	found := false
	done := func(s string) bool {
		s = strings.ToLower(strings.TrimSpace(s))
		if doneWord(s) && !selected[s] {
			return true
		}
		for _, m := range statusSetRE.FindAllStringSubmatch(s, -1) {
			if !selected[m[1]] {
				return true
			}
		}
		return false
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			found = x.Init != nil && r.marks(x.Init, selected) || r.marks(x.Body, selected) ||
				x.Else != nil && r.marks(x.Else, selected)
			return false
		case *ast.AssignStmt:
			found = r.statusAssign(x, done)
		case *ast.CallExpr:
			fn := r.staticCallee(x)
			if fn != nil && logCall(fn) {
				return false
			}
			if fn != nil && markName(fn.Name()) {
				found = true
				return false
			}
			for _, t := range r.texts(x) {
				if done(t) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// statusAssign: row.Status = "failed" (or a value not known here).
func (r *Result) statusAssign(as *ast.AssignStmt, done func(string) bool) bool {
	for k, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok || k >= len(as.Rhs) {
			continue
		}
		name := strings.ToLower(sel.Sel.Name)
		if !strings.Contains(name, "status") && !strings.Contains(name, "state") {
			continue
		}
		tv, ok := r.pass.TypesInfo.Types[as.Rhs[k]]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String || done(constant.StringVal(tv.Value)) {
			return true
		}
	}
	return false
}

// markName: a function that records an outcome on the row.
func markName(name string) bool {
	l := strings.ToLower(name)
	if strings.HasPrefix(l, "mark") || strings.HasPrefix(l, "claim") {
		return true
	}
	for _, w := range []string{"fail", "abandon", "reject", "dead"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// logCall: fmt, log, slog, errors, or a logger's method.
func logCall(fn *types.Func) bool {
	if fn.Pkg() != nil {
		switch fn.Pkg().Path() {
		case "fmt", "log", "log/slog", "errors":
			return true
		}
	}
	for _, p := range []string{"Print", "Error", "Warn", "Info", "Debug", "Fatal", "Log", "Msg"} {
		if strings.HasPrefix(fn.Name(), p) {
			return true
		}
	}
	return false
}
