package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// taintItems grows items with the variables of body that hold a
// different item per iteration: derived from the range variables, from
// an index by a counter (orders[i]), from a channel receive or an
// iterator-like call. answer tells an iterator-like call that reads the
// attempt's own answer (readsAnswer), which fetches no next item.
func (r *Result) taintItems(body *ast.BlockStmt, items, indexers map[types.Object]bool, answer func(*ast.CallExpr) bool) {
	info := r.pass.TypesInfo
	isSource := func(e ast.Expr) bool {
		if mentionsItem(info, e, items, indexers) {
			return true
		}
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.UnaryExpr:
				if x.Op == token.ARROW {
					found = true
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && iteratorName(sel.Sel.Name) && !answer(x) {
					found = true
				}
			}
			return !found
		})
		return found
	}
	loopCarried(info, body, items, indexers)
	propagate(info, body, items, isSource)
}

// readsAnswer: an iterator-like call (io.ReadAll, platform.ReadError,
// resp.Body.Read) handed the retried call's own results, that gives back
// only an error, bytes or a count, reads this attempt's answer: the
// failure worded as an error, the body's text. That is what the attempt
// got, not a different item per iteration, so neither it nor what it is
// logged with (c.log.Warn(…, last)) makes the loop a batch. A cursor
// read off the answer (a string, a struct) still is the next item.
func readsAnswer(info *types.Info, call *ast.CallExpr, cur ast.Node, results map[types.Object]bool) bool {
	handed := false
	for _, a := range call.Args {
		handed = handed || mentionsOutcome(info, a, cur, results)
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		handed = handed || mentionsOutcome(info, sel.X, cur, results)
	}
	if !handed {
		return false
	}
	var res *types.Tuple
	switch t := info.TypeOf(call).(type) {
	case *types.Tuple:
		res = t
	case nil:
		return false
	default:
		res = types.NewTuple(types.NewVar(0, nil, "", t))
	}
	errType := types.Universe.Lookup("error").Type()
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if types.Identical(t, errType) {
			continue
		}
		if s, ok := t.Underlying().(*types.Slice); ok && types.Identical(s.Elem(), types.Typ[types.Byte]) {
			continue
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			continue
		}
		return false
	}
	return res.Len() > 0
}

// loopCarried adds the variables declared before the loop that the body
// steps from their own previous value (s = s[i+1:], n = n.Next,
// offset += limit, page++): integers become counters (items only when
// used as an index), other variables hold a different item each
// iteration.
func loopCarried(info *types.Info, body *ast.BlockStmt, items, indexers map[types.Object]bool) {
	mark := func(id *ast.Ident) {
		obj := info.ObjectOf(id)
		if obj == nil || obj.Pos() >= body.Pos() && obj.Pos() < body.End() {
			return
		}
		if b, ok := obj.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			indexers[obj] = true
			return
		}
		items[obj] = true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IncDecStmt:
			if id := identOf(s.X); id != nil {
				mark(id)
			}
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE || len(s.Lhs) != len(s.Rhs) {
				return true
			}
			for k, lhs := range s.Lhs {
				id := identOf(lhs)
				if id == nil || id.Name == "_" {
					continue
				}
				obj := info.ObjectOf(id)
				self := s.Tok != token.ASSIGN // op= steps from the old value
				ast.Inspect(s.Rhs[k], func(n ast.Node) bool {
					if x, ok := n.(*ast.Ident); ok && obj != nil && info.ObjectOf(x) == obj {
						self = true
					}
					return !self
				})
				if self {
					mark(id)
				}
			}
		}
		return true
	})
}

// taintFrom grows results with the variables of body derived from them.
func (r *Result) taintFrom(body *ast.BlockStmt, results map[types.Object]bool) {
	info := r.pass.TypesInfo
	propagate(info, body, results, func(e ast.Expr) bool { return mentionsOutcome(info, e, nil, results) })
}

// propagate adds to set, until nothing changes, the variables assigned
// in body from an expression src accepts, and the variables whose
// address is passed to (or whose value receives the result of) a call
// that src accepts (json.Unmarshal(b, &out), rows.Scan(&id)).
func propagate(info *types.Info, body *ast.BlockStmt, set map[types.Object]bool, src func(ast.Expr) bool) {
	add := func(e ast.Expr) bool {
		id := RootIdent(e)
		if id == nil || id.Name == "_" {
			return false
		}
		obj := info.ObjectOf(id)
		if obj == nil || set[obj] {
			return false
		}
		set[obj] = true
		return true
	}
	for round := 0; round < 8; round++ {
		changed := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				any := false
				for _, rhs := range s.Rhs {
					if src(rhs) {
						any = true
					}
				}
				if any {
					for _, lhs := range s.Lhs {
						if add(lhs) {
							changed = true
						}
					}
				}
			case *ast.ValueSpec:
				any := false
				for _, v := range s.Values {
					if src(v) {
						any = true
					}
				}
				if any {
					for _, name := range s.Names {
						if add(name) {
							changed = true
						}
					}
				}
			case *ast.RangeStmt:
				if src(s.X) {
					for _, e := range []ast.Expr{s.Key, s.Value} {
						if e != nil && add(e) {
							changed = true
						}
					}
				}
			case *ast.ExprStmt:
				call, ok := ast.Unparen(s.X).(*ast.CallExpr)
				if !ok || !src(call) {
					return true
				}
				for _, a := range call.Args {
					if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
						if add(u.X) {
							changed = true
						}
					}
				}
				// req.Header.Set(k, item) changes req.
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					argsTainted := false
					for _, a := range call.Args {
						if src(a) {
							argsTainted = true
						}
					}
					if argsTainted {
						if _, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg && add(sel.X) {
							changed = true
						}
					}
				}
			}
			return true
		})
		if !changed {
			return
		}
	}
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// RootIdent returns the variable at the root of x, x.f, x[i], *x (the
// poll model asks it too).
func RootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// mentionsItem reports whether n uses an item variable, or indexes or
// slices by a counter (orders[i], orders[i:]).
func mentionsItem(info *types.Info, n ast.Node, items, indexers map[types.Object]bool) bool {
	found := false
	uses := func(e ast.Expr) bool {
		if e == nil {
			return false
		}
		hit := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && (indexers[info.ObjectOf(id)] || items[info.ObjectOf(id)]) {
				hit = true
			}
			return !hit
		})
		return hit
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if items[info.ObjectOf(x)] {
				found = true
			}
		case *ast.IndexExpr:
			if tv, ok := info.Types[x.X]; ok && tv.IsValue() && uses(x.Index) {
				found = true
			}
		case *ast.SliceExpr:
			if uses(x.Low) || uses(x.High) {
				found = true
			}
		}
		return !found
	})
	return found
}
