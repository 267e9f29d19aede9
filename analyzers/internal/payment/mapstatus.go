package payment

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a status parameter stored through a GORM map ---------------------------------
//
// Stores often write a row's columns from a map, and a status setter
// builds that map around its parameter and hands it to a patch helper:
//
//	func (r *Rentals) SetState(id string, s RentalState) error {
//		return r.patch(id, map[string]any{"state": string(s)})
//	}
//	func (r *Rentals) patch(id string, cols map[string]any) error {
//		return r.db.Model(&Rental{}).Where("id = ?", id).Updates(cols).Error
//	}
//
// SetState stores its parameter s as rentals.state, as an UPDATE … SET
// state = $2 would (st_statusparam.go): the map entry is the status
// column, its value (up to a conversion) the parameter, and the map
// reaches Updates/UpdateColumns directly or as the helper's untouched map
// parameter. The table is the one the GORM chain names (Model, Table);
// a chain naming none says nothing.

// mapStatusWrite: call hands Updates (or a helper of this package
// passing its map parameter to Updates) a map literal whose status entry
// is a parameter of the enclosing function: the fact for that function,
// and the parameter's expression.
func (b *builder) mapStatusWrite(call *ast.CallExpr, fn *types.Func, depth int) (*StatusParamFact, ast.Expr) {
	if fn == nil {
		return nil, nil
	}
	for i, a := range call.Args {
		col, val := b.mapStatusEntry(a)
		if val == nil {
			continue
		}
		table := b.mapTable(call, fn, i, depth)
		if table == nil {
			return nil, nil
		}
		for _, w := range table {
			if notTables[w] {
				return nil, nil // an audit log or a notification, not the state
			}
		}
		ref := b.ix.paramOf[b.ix.identVar(val)]
		return &StatusParamFact{Param: ref.Index, Table: table, Col: col}, val
	}
	return nil, nil
}

// mapParamArg: a is a map literal whose status entry is a parameter
// of the enclosing function (statusParamCall's cheap forwarding test).
func (b *builder) mapParamArg(a ast.Expr) bool {
	_, val := b.mapStatusEntry(a)
	return val != nil
}

// mapStatusEntry: the status column of map literal e whose value is
// an unchanged parameter (string(status) counts as status), and that
// parameter's expression; nil if none.
func (b *builder) mapStatusEntry(e ast.Expr) (string, ast.Expr) {
	cl, ok := stripAddr(e).(*ast.CompositeLit)
	if !ok {
		return "", nil
	}
	if t := b.ix.info.TypeOf(cl); t == nil {
		return "", nil
	} else if _, isMap := t.Underlying().(*types.Map); !isMap {
		return "", nil
	}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := b.ix.stringConst(kv.Key)
		if c := goColumn(key); !ok || !statusColumns[c] && !objectStatusColumn(c) { // deposit_status, as in SQL (objectstatus.go)
			continue
		}
		v := b.unconvert(kv.Value)
		if b.paramFunc(v) != nil {
			return goColumn(key), v
		}
	}
	return "", nil
}

// unconvert strips type conversions (string(s), Status(s)).
func (b *builder) unconvert(e ast.Expr) ast.Expr {
	for i := 0; i < 4; i++ {
		c, ok := unparen(e).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			break
		}
		if tv, ok := b.ix.info.Types[c.Fun]; !ok || !tv.IsType() {
			break
		}
		e = c.Args[0]
	}
	return unparen(e)
}

// mapTable: the table argument i of call (a map) is written to, when
// call is GORM's Updates/UpdateColumns, or a function of this package
// handing its parameter i, unchanged, to them; nil otherwise.
func (b *builder) mapTable(call *ast.CallExpr, fn *types.Func, i, depth int) []string {
	if gormUpdates(fn) {
		if len(call.Args) != 1 {
			return nil
		}
		return b.gormTable(call, nil)
	}
	if fn.Pkg() != b.pass.Pkg || depth > maxStatusDepth {
		return nil
	}
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	var p *types.Var
	for v, ref := range b.ix.paramOf {
		if ref.Decl == decl && ref.Lit == nil && ref.Index == i {
			p = v
		}
	}
	if p == nil || len(b.ix.assigns[p]) > 0 {
		return nil
	}
	var table []string
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || table != nil {
			return table == nil
		}
		if gormUpdates(calleeOf(b.ix.info, c)) && len(c.Args) == 1 && b.ix.identVar(c.Args[0]) == p {
			table = b.gormTable(c, nil)
		}
		return true
	})
	return table
}

// gormUpdates: fn is gorm.DB's Updates or UpdateColumns.
func gormUpdates(fn *types.Func) bool {
	return fn != nil && dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" &&
		(fn.Name() == "Updates" || fn.Name() == "UpdateColumns")
}
