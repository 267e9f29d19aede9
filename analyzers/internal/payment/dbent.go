package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// Query builders: ent's generated builders and bun's UpdateQuery /
// InsertQuery. Like GORM, a write is classified by its table (the ent
// entity, the bun model or table), the columns it sets and their values.

// entBuilders are the suffixes of the builder types ent generates per
// entity (OrderUpdateOne, OrderUpdate, OrderCreate); true: an insert.
var entBuilders = []struct {
	suffix string
	insert bool
}{{"UpdateOne", false}, {"Update", false}, {"Create", true}}

// maxChain bounds the walk up a builder chain.
const maxChain = 32

// entWrite: client.Order.UpdateOneID(id).SetStatus("paid").Save(ctx).
// ent code is generated into the merchant's module, so it is recognised
// by shape: a Save/SaveX/Exec/ExecX(ctx) on a type <Entity>UpdateOne,
// <Entity>Update or <Entity>Create, reached through Set<Field>(v)
// setters that return the builder itself.
func (b *builder) entWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	switch fn.Name() {
	case "Save", "SaveX", "Exec", "ExecX":
	default:
		return dbUnknown
	}
	recv := recvNamedType(fn)
	if recv == nil || Library(funcPath(fn)) || !takesContextFirst(fn) {
		return dbUnknown
	}
	entity, insert := entEntity(recv.Obj().Name())
	if entity == "" {
		return dbUnknown
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return dbUnknown
	}
	var vals []colVal
	setters := 0
	b.walkChain(sel.X, call, recv, func(c *ast.CallExpr, m *types.Func) {
		if cv, ok := b.entSetter(c, m, recv); ok {
			vals = append(vals, cv)
			setters++
		}
	})
	if setters == 0 {
		return dbUnknown
	}
	var table []string
	for _, w := range splitWords(entity) {
		table = append(table, singular(w))
	}
	return classifyWrite(table, vals, insert)
}

// entEntity: "OrderUpdateOne" → "Order", false; "LedgerEntryCreate" →
// "LedgerEntry", true; "" when the name is not a builder's.
func entEntity(name string) (string, bool) {
	for _, eb := range entBuilders {
		if e, ok := strings.CutSuffix(name, eb.suffix); ok && e != "" && e[0] >= 'A' && e[0] <= 'Z' {
			return e, eb.insert
		}
	}
	return "", false
}

// entSetter describes one setter of an ent builder: SetStatus("paid"),
// SetNillablePaidAt(&t), AddCredits(n) (an increment), ClearPaidAt().
// Only methods of the builder returning the builder count.
func (b *builder) entSetter(c *ast.CallExpr, m *types.Func, recv *types.Named) (colVal, bool) {
	sig, ok := m.Type().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || namedOf(sig.Results().At(0).Type()) != recv {
		return colVal{}, false
	}
	name := m.Name()
	switch {
	case strings.HasPrefix(name, "SetNillable") && len(c.Args) == 1:
		cv := b.goValue(c.Args[0])
		cv.col = goColumn(strings.TrimPrefix(name, "SetNillable"))
		return cv, cv.col != ""
	case strings.HasPrefix(name, "Set") && len(c.Args) == 1:
		cv := b.goValue(c.Args[0])
		cv.col = goColumn(strings.TrimPrefix(name, "Set"))
		return cv, cv.col != ""
	case strings.HasPrefix(name, "Add") && len(c.Args) == 1:
		return colVal{col: goColumn(strings.TrimPrefix(name, "Add")), expr: "+"}, len(name) > 3
	case strings.HasPrefix(name, "Clear") && len(c.Args) == 0:
		return colVal{col: goColumn(strings.TrimPrefix(name, "Clear")), val: "null", known: true}, len(name) > 5
	}
	return colVal{}, false
}

// walkChain visits the calls of a builder chain ending at end, whose
// receiver expression is x: each call of a method of recv's type (the
// builder's own methods), through local variables assigned once, and
// the statements calling such methods on those variables before end
// (u := c.Order.UpdateOneID(id); u.SetStatus("paid"); u.Save(ctx)).
func (b *builder) walkChain(x ast.Expr, end *ast.CallExpr, recv *types.Named, visit func(*ast.CallExpr, *types.Func)) {
	for i := 0; i < maxChain && x != nil; i++ {
		x = unparen(x)
		if c, ok := x.(*ast.CallExpr); ok {
			m := calleeOf(b.ix.info, c)
			if m == nil || recvNamedType(m) != recv {
				return
			}
			visit(c, m)
			s, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok {
				return
			}
			x = s.X
			continue
		}
		v := b.ix.identVar(x)
		if v == nil {
			return
		}
		for _, c := range b.ix.recvCalls[v] {
			s, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok || b.ix.identVar(s.X) != v || c.Pos() >= end.Pos() || c == end {
				continue
			}
			if m := calleeOf(b.ix.info, c); m != nil && recvNamedType(m) == recv {
				visit(c, m)
			}
		}
		a, ok := b.ix.single(v)
		if !ok || a.Index >= 0 {
			return
		}
		x = a.RHS
	}
}

// recvNamedType: the named type of a method's receiver (*T → T).
func recvNamedType(fn *types.Func) *types.Named {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	return namedOf(sig.Recv().Type())
}

// namedOf: T or *T as its named type (nil otherwise).
func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n != nil {
		n = n.Origin()
	}
	return n
}

// takesContextFirst: fn's first parameter is a context.Context.
func takesContextFirst(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return false
	}
	n := namedOf(sig.Params().At(0).Type())
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

const bunPath = "github.com/uptrace/bun"

// bunWrite: db.NewUpdate().Model(&o).Set("status = ?", "paid").Where(…)
// .Exec(ctx), .Column("status") of a model assigned before, and
// db.NewInsert().Model(&LedgerEntry{…}).Exec(ctx).
func (b *builder) bunWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	if funcPath(fn) != bunPath || fn.Name() != "Exec" {
		return dbUnknown
	}
	recv := recvNamedType(fn)
	if recv == nil || (recv.Obj().Name() != "UpdateQuery" && recv.Obj().Name() != "InsertQuery") {
		return dbUnknown
	}
	insert := recv.Obj().Name() == "InsertQuery"
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return dbUnknown
	}
	var (
		vals    []colVal
		table   []string
		model   ast.Expr
		columns []string
		sets    bool
	)
	b.walkChain(sel.X, call, recv, func(c *ast.CallExpr, m *types.Func) {
		switch m.Name() {
		case "Model", "Table":
			b.bunTarget(c, m.Name(), &table, &model)
		case "Column":
			for _, a := range c.Args {
				if name, ok := b.ix.stringConst(a); ok {
					columns = append(columns, columnName(name))
				}
			}
		case "Set":
			if !insert && len(c.Args) >= 1 && !c.Ellipsis.IsValid() {
				if q, ok := b.ix.stringConst(c.Args[0]); ok {
					vals = append(vals, b.sqlAssignments(q, c.Args[1:])...)
					sets = true
				}
			}
		case "SetColumn", "Value":
			vals = append(vals, b.bunColumnValue(c)...)
			sets = sets || m.Name() == "SetColumn"
		}
	})
	if table == nil && model != nil {
		table = typeTable(b.ix.info.TypeOf(model))
	}
	if model != nil && (insert || !sets || columns != nil) {
		mv, _ := b.goColumns(model, call)
		vals = append(vals, keepColumns(mv, columns)...)
	}
	return classifyWrite(table, vals, insert)
}

// bunTarget records what a Model(&o) or Table("orders") call of a bun
// query chain says of the table written.
func (b *builder) bunTarget(c *ast.CallExpr, name string, table *[]string, model *ast.Expr) {
	switch {
	case name == "Model" && len(c.Args) == 1:
		*model = c.Args[0]
	case name == "Table" && len(c.Args) >= 1:
		if t, ok := b.ix.stringConst(c.Args[0]); ok {
			*table = tableWords(t)
		}
	}
}

// bunColumnValue: SetColumn("status", "?", "paid"), Value("paid_at", "now()").
func (b *builder) bunColumnValue(c *ast.CallExpr) []colVal {
	if len(c.Args) < 2 || c.Ellipsis.IsValid() {
		return nil
	}
	col, ok1 := b.ix.stringConst(c.Args[0])
	q, ok2 := b.ix.stringConst(c.Args[1])
	if !ok1 || !ok2 {
		return nil
	}
	questions := 0
	cv := b.sqlValue(q, c.Args[2:], &questions)
	cv.col = columnName(col)
	return []colVal{cv}
}

// keepColumns: the values of the named columns only (all when none is
// named: bun writes every column of the model then).
func keepColumns(vals []colVal, columns []string) []colVal {
	if columns == nil {
		return vals
	}
	var out []colVal
	for _, v := range vals {
		for _, c := range columns {
			if v.col == c {
				out = append(out, v)
			}
		}
	}
	return out
}
