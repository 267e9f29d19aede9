package handler

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- a subscription's end pushed forward on every delivery ------------------------
//
// A paid renewal extends the plan: sub.EndsAt = sub.EndsAt.AddDate(0, 1,
// 0) then saved, end := sub.EndDate.Unix() + days*86400 then
// sub.EndDate = time.Unix(end, 0) and saved, UPDATE memberships SET
// expires_at = expires_at + interval '30 days'. The new end is the old
// one plus a period, so a second delivery of the same event gives a
// second period. An end set to a date the event carries (its period
// end), or computed from now, is the same on every delivery and stays
// silent; so does an end date of a row that is no subscription (a
// session's or a token's expiry slid forward).

// extend: call adds a period, in its statement, to the end date of a
// subscription row.
func (d *Dedupe) extend(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	var table []string
	for _, col := range d.incr.SQLIncrements(call) {
		if !endColumn(words(col)) {
			continue
		}
		if table == nil {
			table = d.incr.Table(call)
		}
		if planWords(words(col)) || planWords(table) {
			return Effect{Node: call, Kind: Extension, Desc: qual(fn) + ": " + col + " + period"}, true
		}
	}
	return Effect{}, false
}

// endColumn: the words name when something ends (ends_at, end_date,
// expires_at, expiry, valid_until, current_period_end).
func endColumn(ws []string) bool {
	return hasWord(ws, "end", "ends", "expires", "expire", "expiry", "expiration", "until", "till", "through", "thru") != ""
}

// planWords: the words name a plan a customer pays to keep.
func planWords(ws []string) bool {
	return hasWord(ws, "subscription", "subscriptions", "membership", "memberships", "plan", "plans",
		"premium", "license", "licence", "licenses", "licences", "pass", "passes", "tier") != ""
}

// extendAssign: sub.EndsAt = <sub.EndsAt plus a period> (or
// sub.ExpiresAt += n on a Unix time), sub a subscription saved afterwards
// in the same function.
func (d *Dedupe) extendAssign(as *ast.AssignStmt, body *ast.BlockStmt) (Effect, bool) {
	if len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Tok != token.ASSIGN && as.Tok != token.ADD_ASSIGN {
		return Effect{}, false
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok || !endColumn(words(sel.Sel.Name)) {
		return Effect{}, false
	}
	t := d.pass.TypesInfo.TypeOf(sel)
	if !timeType(t) && !numeric(t) {
		return Effect{}, false
	}
	if !planWords(words(sel.Sel.Name)) && !planWords(typeWords(d.pass.TypesInfo.TypeOf(sel.X))) {
		return Effect{}, false
	}
	if as.Tok == token.ADD_ASSIGN {
		if !numeric(t) {
			return Effect{}, false
		}
	} else if !d.d14Pushed(as.Rhs[0], sel, as.Pos(), body) {
		return Effect{}, false
	}
	if !d.m.savedAfter(sel.X, as, body) {
		return Effect{}, false
	}
	return Effect{Node: as, Kind: Extension, Desc: types.ExprString(sel) + " + period"}, true
}

// d14Pushed: rhs is the old value of field end plus something: through
// time.Time's Add and AddDate, an addition, Unix() and time.Unix, UTC(),
// conversions, and local variables assigned before at (every assignment
// before is followed: one that adds is enough, so an end reset from now
// on another branch does not hide the extension).
func (d *Dedupe) d14Pushed(rhs ast.Expr, end *ast.SelectorExpr, at token.Pos, body *ast.BlockStmt) bool {
	info := d.pass.TypesInfo
	base, _ := ast.Unparen(end.X).(*ast.Ident)
	if base == nil || info.Uses[base] == nil {
		return false
	}
	type visit struct {
		v     types.Object
		added bool
	}
	seen := map[visit]bool{}
	var walk func(e ast.Expr, added bool, depth int) bool
	walk = func(e ast.Expr, added bool, depth int) bool {
		if depth > 12 {
			return false
		}
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			id, ok := ast.Unparen(x.X).(*ast.Ident)
			return ok && added && x.Sel.Name == end.Sel.Name && info.Uses[id] == info.Uses[base]
		case *ast.BinaryExpr:
			return x.Op == token.ADD && (walk(x.X, true, depth+1) || walk(x.Y, true, depth+1))
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				return walk(x.Args[0], added, depth+1) // int64(end)
			}
			fn := d.m.calleeFunc(x)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
				return false
			}
			if s, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && recvName(fn) == "Time" {
				switch fn.Name() {
				case "Add", "AddDate":
					return walk(s.X, true, depth+1)
				case "UTC", "Local", "In", "Unix", "UnixMilli", "UnixNano", "Truncate", "Round":
					return walk(s.X, added, depth+1)
				}
				return false
			}
			switch fn.Name() {
			case "Unix", "UnixMilli":
				return len(x.Args) > 0 && walk(x.Args[0], added, depth+1)
			}
		case *ast.Ident:
			v := info.Uses[x]
			if _, ok := v.(*types.Var); !ok || seen[visit{v, added}] {
				return false
			}
			seen[visit{v, added}] = true
			for _, rhs := range d.m.assignsBefore(v, at, body) {
				if walk(rhs, added, depth+1) {
					return true
				}
			}
		}
		return false
	}
	return walk(rhs, false, 0)
}

// assignsBefore: the values assigned to local variable v in body
// before pos (v := x, v = x, v += x as v + x).
func (m *Model) assignsBefore(v types.Object, pos token.Pos, body *ast.BlockStmt) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Pos() >= pos || len(as.Lhs) != len(as.Rhs) {
			return n == nil || n.Pos() < pos
		}
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || m.pass.TypesInfo.ObjectOf(id) != v {
				continue
			}
			switch as.Tok {
			case token.DEFINE, token.ASSIGN:
				out = append(out, as.Rhs[i])
			case token.ADD_ASSIGN:
				out = append(out, &ast.BinaryExpr{X: id, Op: token.ADD, Y: as.Rhs[i]})
			}
		}
		return true
	})
	return out
}

// timeType: time.Time (or a pointer to it).
func timeType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Time"
}

// typeWords: the words of a named type's name (*[]Subscription →
// subscription).
func typeWords(t types.Type) []string {
	for i := 0; i < 3 && t != nil; i++ {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Named:
			return words(x.Obj().Name())
		default:
			return nil
		}
	}
	return nil
}
