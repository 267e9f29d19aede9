package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a stored value pushed forward in Go and written back through a setter ---------
//
// A paid renewal may compute the new end in Go and hand it to a store
// setter: m.PaidThrough = m.PaidThrough.AddDate(0, 1, 0), then
// store.SetPaidThrough(ctx, m.ID, m.PaidThrough), whose body runs UPDATE
// memberships SET paid_through = $2 WHERE id = $1 (or GORM's Update, bun's
// Set). The statement only sets a value, but the value is the row's own
// plus a period (or a balance plus an amount): a read-modify-write, so a
// second delivery of the same event adds a second period. The setter's
// package exports which parameters it writes to which columns, and which
// select the row (SetterFact); the caller checks that the value handed
// is the same row's same field pushed forward (d14Pushed). A value from
// the event (its period end), from time.Now, or never written back stays
// silent, as extend.go decides for values saved whole.

// SetterFact: the function writes parameter Params[i] (its field
// Fields[i] when not "": a row handed whole) to column Cols[i] of the row
// its parameters Keys (their fields KeyFields) select, in table Table.
type SetterFact struct {
	Params    []int
	Fields    []string
	Cols      []string
	Keys      []int
	KeyFields []string
	Table     string
}

// AFact marks SetterFact as a fact.
func (*SetterFact) AFact() {}

func (f *SetterFact) String() string {
	return "sets " + strings.Join(f.Cols, ", ") + " of " + f.Table
}

// exportSetters exports the setter facts of the package's functions
// (Summarize's hook).
func (d *Dedupe) exportSetters() {
	fds, objs := declsInOrder(d.decls)
	for i := range fds {
		if f := d.setter(objs[i]); f != nil {
			d.pass.ExportObjectFact(objs[i], f)
		}
	}
}

// setter: fn's setter fact, computed for the package's own functions
// (once) and imported for others'.
func (d *Dedupe) setter(fn *types.Func) *SetterFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() != d.pass.Pkg {
		f := new(SetterFact)
		if d.pass.ImportObjectFact(fn, f) {
			return f
		}
		return nil
	}
	if d.m16local == nil {
		d.m16local = map[*types.Func]*SetterFact{}
	}
	if f, ok := d.m16local[fn]; ok {
		return f
	}
	f := d.setterOf(d.decls.Syntax(fn))
	d.m16local[fn] = f
	return f
}

// setterOf: the columns fd's updates set straight to one of its
// parameters, on a row selected by its parameters.
func (d *Dedupe) setterOf(fd *ast.FuncDecl) *SetterFact {
	if fd == nil || fd.Body == nil {
		return nil
	}
	info := d.pass.TypesInfo
	params := map[types.Object]int{}
	i := 0
	for _, fl := range fd.Type.Params.List {
		for _, n := range fl.Names {
			params[info.Defs[n]] = i
			i++
		}
		if len(fl.Names) == 0 {
			i++
		}
	}
	// param: e is a parameter, or a field of one (m.PaidThrough of a row
	// handed whole).
	param := func(e ast.Expr) (int, string, bool) {
		field := ""
		e = m16Strip(info, e)
		if sel, ok := e.(*ast.SelectorExpr); ok {
			e, field = ast.Unparen(sel.X), sel.Sel.Name
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return 0, "", false
		}
		p, ok := params[info.Uses[id]]
		return p, field, ok
	}
	var f *SetterFact
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || f != nil {
			return f == nil
		}
		sets, keys := d.incr.Sets(call)
		out := &SetterFact{}
		for _, k := range keys {
			if p, field, ok := param(k); ok {
				out.Keys, out.KeyFields = append(out.Keys, p), append(out.KeyFields, field)
			}
		}
		if len(sets) == 0 || len(out.Keys) == 0 {
			return true
		}
		out.Table = strings.Join(d.incr.Table(call), "_")
		for _, s := range sets {
			if p, field, ok := param(s.Arg); ok {
				out.Params, out.Fields, out.Cols = append(out.Params, p), append(out.Fields, field), append(out.Cols, s.Col)
			}
		}
		if len(out.Params) > 0 {
			f = out
		}
		return f == nil
	})
	return f
}

// m16Strip: e without parentheses, & and conversions (int64(n), &t).
func m16Strip(info *types.Info, e ast.Expr) ast.Expr {
	for i := 0; i < 4; i++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return x
			}
			e = x.X
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			return x
		default:
			return x
		}
	}
	return ast.Unparen(e)
}

// writeBack: call hands a setter the field of a row pushed forward (a
// period added to an end date of a plan, an amount added to a balance),
// on the row the same variable's key selects.
func (d *Dedupe) writeBack(call *ast.CallExpr, body *ast.BlockStmt) (Effect, bool) {
	fn := d.m.calleeFunc(call)
	if fn == nil || call.Ellipsis.IsValid() {
		return Effect{}, false
	}
	f := d.setter(fn.Origin())
	if f == nil {
		return Effect{}, false
	}
	info := d.pass.TypesInfo
	// The rows the call selects: variables whose field (or self) is a key.
	var rows []*ast.Ident
	for i, k := range f.Keys {
		if k >= len(call.Args) {
			continue
		}
		switch x := m16Strip(info, call.Args[k]).(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && info.Uses[id] != nil {
				rows = append(rows, id)
			}
		case *ast.Ident: // the row handed whole, its key read inside
			if i < len(f.KeyFields) && f.KeyFields[i] != "" && info.Uses[x] != nil {
				rows = append(rows, x)
			}
		}
	}
	for i, p := range f.Params {
		if p >= len(call.Args) {
			continue
		}
		col := f.Cols[i]
		for _, row := range rows {
			arg := call.Args[p]
			end, ft := m16Field(info, row, col)
			if i < len(f.Fields) && f.Fields[i] != "" {
				// The row handed whole: the setter reads the field itself.
				if id, ok := m16Strip(info, arg).(*ast.Ident); !ok || info.Uses[id] != info.Uses[row] || end == nil || end.Sel.Name != f.Fields[i] {
					continue
				}
				arg = end
			}
			if end == nil || !d.m16Pushed(arg, end, call.Pos(), body) {
				continue
			}
			if k, desc, ok := kind(col, f.Table, ft, info.TypeOf(row)); ok {
				return Effect{Node: call, Kind: k, Desc: qual(fn) + ": " + desc}, true
			}
		}
	}
	return Effect{}, false
}

// m16Field: row.<field stored in col> as a selector on row's identifier
// (PaidThrough for paid_through), nil when row's struct has none, and the
// field's type (the selector is built here: TypesInfo, shared with other
// analyzers, is not written).
func m16Field(info *types.Info, row *ast.Ident, col string) (*ast.SelectorExpr, types.Type) {
	t := info.TypeOf(row)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	for i := 0; i < st.NumFields(); i++ {
		if fl := st.Field(i); goSnake(fl.Name()) == col {
			return &ast.SelectorExpr{X: row, Sel: ast.NewIdent(fl.Name())}, fl.Type()
		}
	}
	return nil, nil
}

// m16Pushed: arg is end's old value plus something, inline or through a
// local (d14Pushed), or is end itself after an assignment before at
// pushed it forward (end = end.AddDate(…), end += n, end++).
func (d *Dedupe) m16Pushed(arg ast.Expr, end *ast.SelectorExpr, at token.Pos, body *ast.BlockStmt) bool {
	info := d.pass.TypesInfo
	sel, ok := m16Strip(info, arg).(*ast.SelectorExpr)
	if !ok {
		return d.d14Pushed(arg, end, at, body)
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || sel.Sel.Name != end.Sel.Name || info.Uses[id] != info.Uses[end.X.(*ast.Ident)] {
		return false
	}
	same := func(x ast.Expr) bool { // x is end: the same variable's field
		l, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok || l.Sel.Name != end.Sel.Name {
			return false
		}
		lid, ok := ast.Unparen(l.X).(*ast.Ident)
		return ok && info.Uses[lid] == info.Uses[id]
	}
	pushed := false
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || pushed || n.Pos() >= at {
			return false
		}
		switch x := n.(type) {
		case *ast.IncDecStmt: // credits++
			pushed = x.Tok == token.INC && same(x.X) && numeric(info.TypeOf(x.X))
		case *ast.AssignStmt:
			if len(x.Lhs) != 1 || len(x.Rhs) != 1 || !same(x.Lhs[0]) {
				return true
			}
			switch x.Tok {
			case token.ADD_ASSIGN:
				pushed = numeric(info.TypeOf(x.Lhs[0]))
			case token.ASSIGN:
				pushed = d.d14Pushed(x.Rhs[0], end, x.Pos(), body)
			}
		}
		return true
	})
	return pushed
}

// kind: what pushing col forward repeats: a plan's end date extended
// (an end column of a subscription-like column, table or row type), or a
// balance credited; ok false for anything else (a reminder date, a retry
// counter).
func kind(col, table string, t, row types.Type) (EffectKind, string, bool) {
	ws := words(col)
	switch {
	case timeType(t) || numeric(t) && endColumn(ws):
		if endColumn(ws) && (planWords(ws) || planWords(words(table)) || planWords(typeWords(row)) || payment.PaidUpToColumn(col)) {
			return Extension, col + " + period", true
		}
	case numeric(t):
		if hasWord(ws, amountFields...) != "" && !payment.CounterName(col) {
			return Credit, col + " += …", true
		}
	}
	return 0, "", false
}
