package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a payment status stored from a field of the row handed in --------------
//
// A store helper often takes the whole row and writes the fields it is
// given:
//
//	func (r *Repo) UpdateOrder(ctx context.Context, o *Order) error {
//		_, err := r.db.ExecContext(ctx, "UPDATE orders SET payment_status = $1 WHERE id = $2", o.PaymentStatus, o.ID)
//
// or builds the UPDATE from the fields that are set:
//
//	q.WriteString("UPDATE orders SET ")
//	if o.PaymentStatus != "" { q.WriteString("payment_status = ?, "); args = append(args, o.PaymentStatus) }
//	q.WriteString("updated_at = now() WHERE id = ?"); args = append(args, o.ID)
//	db.ExecContext(ctx, q.String(), args...)
//
// The write itself stores no known value. FieldStatusFact carries "stores
// field Field of parameter Param in the status column Col of a payment
// table" to the callers, in this package and others; a caller is judged
// by where the value it puts in that field comes from (bodystatus.go).
// Only a payment table's status column counts (orders, carts, payments…),
// never a shipment's, a log's or a notification's.

// FieldStatusFact: the function stores field Field of its parameter Param
// in the status column Col of the table whose words are Table.
type FieldStatusFact struct {
	Param int
	Field string
	Table []string
	Col   string
}

// AFact marks FieldStatusFact as a fact.
func (*FieldStatusFact) AFact() {}

func (f *FieldStatusFact) String() string {
	return "stores field " + f.Field + " of parameter " + strconv.Itoa(f.Param) + " as " +
		strings.Join(f.Table, "_") + "." + f.Col
}

// exportFieldStatus exports FieldStatusFact for the functions of this
// package that store such a field, directly or by handing the parameter
// to another that does (a service forwarding the row to its repo). Run
// before the ops are recognised, so that callers in this package see it.
func (b *builder) exportFieldStatus() {
	for round := 0; round < maxStatusDepth; round++ {
		changed := false
		for _, cs := range b.ix.calls {
			if cs.Decl == nil || cs.Callee == nil {
				continue
			}
			fn, _ := b.ix.info.Defs[cs.Decl.Name].(*types.Func)
			if fn == nil || b.pass.ImportObjectFact(fn, new(FieldStatusFact)) {
				continue
			}
			if f := b.fieldStatusWrite(cs); f != nil {
				b.pass.ExportObjectFact(fn, f)
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// fieldStatusWrite: cs stores a field of a parameter of its enclosing
// function in a payment table's status column; the fact for that
// function, or nil.
func (b *builder) fieldStatusWrite(cs callSite) *FieldStatusFact {
	call, fn := cs.Call, cs.Callee
	if row, field, table, col := b.rowWrite(call, fn); row != nil { // the whole row (rowstores.go)
		if i, ok := b.param(cs, row); ok && paymentStatusColumn(table, col) {
			return &FieldStatusFact{Param: i, Field: field, Table: table, Col: col}
		}
		return nil
	}
	var arg ast.Expr
	var table []string
	var col string
	switch {
	case sqlExecNames[fn.Name()]:
		arg, table, col = b.l14SQLStatusArg(call)
	case dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" && (fn.Name() == "Update" || fn.Name() == "UpdateColumn"):
		if len(call.Args) == 2 {
			if c, ok := b.ix.stringConst(call.Args[0]); ok {
				arg, table, col = call.Args[1], b.gormTable(call, nil), goColumn(c)
			}
		}
	default:
		// A call handing the parameter on to a function with the fact.
		f := new(FieldStatusFact)
		if isAbstract(fn) || !b.pass.ImportObjectFact(fn, f) || f.Param >= len(call.Args) {
			return nil
		}
		i, ok := b.param(cs, call.Args[f.Param])
		if !ok {
			return nil
		}
		return &FieldStatusFact{Param: i, Field: f.Field, Table: f.Table, Col: f.Col}
	}
	if arg == nil || !paymentStatusColumn(table, col) {
		return nil
	}
	sel, ok := unparen(arg).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	i, isParam := b.param(cs, sel.X)
	if !isParam {
		return nil
	}
	if f, ok := b.ix.info.Uses[sel.Sel].(*types.Var); !ok || !f.IsField() {
		return nil
	}
	return &FieldStatusFact{Param: i, Field: sel.Sel.Name, Table: table, Col: col}
}

// param: e (or &e) is a parameter of the function cs lies in, never
// reassigned there; its index.
func (b *builder) param(cs callSite, e ast.Expr) (int, bool) {
	v := b.ix.identVar(stripAddr(e))
	ref, ok := b.ix.paramOf[v]
	if v == nil || !ok || ref.Decl != cs.Decl || len(b.ix.assigns[v]) > 0 {
		return 0, false
	}
	return ref.Index, true
}

// paymentStatusColumn: col is the status column of a table whose rows
// are paid (orders, carts, payments…), and the table is not a log, a
// notification or a shipment.
func paymentStatusColumn(table []string, col string) bool {
	if !statusColumns[col] || kindOfTable(table) != tablePayment {
		return false
	}
	for _, w := range table {
		if notTables[w] {
			return false
		}
	}
	return true
}

// l14SQLStatusArg: the argument an Exec binds to the status column of its
// UPDATE — a constant query, or one built here from constant pieces with
// its arguments appended beside them — with the table and column.
func (b *builder) l14SQLStatusArg(call *ast.CallExpr) (ast.Expr, []string, string) {
	if i, table, col := b.sqlStatusArg(call); i >= 0 {
		return call.Args[i], table, col
	}
	if !call.Ellipsis.IsValid() || len(call.Args) < 2 {
		return nil, nil, ""
	}
	q, ok := b.builtQuery(call.Args[len(call.Args)-2], call.Pos())
	if !ok {
		return nil, nil, ""
	}
	k, table, col := statusPlaceholder(q)
	if k < 0 {
		return nil, nil, ""
	}
	args, ok := b.appendedArgs(call.Args[len(call.Args)-1], call.Pos())
	if !ok || k >= len(args) || strings.Count(q, "?") != len(args) {
		return nil, nil, "" // the placeholders and the arguments do not line up
	}
	return args[k], table, col
}

// statusPlaceholder: the index of the "?" bound to the status column
// of an UPDATE's SET list, with the table and column; -1 if none.
func statusPlaceholder(q string) (int, []string, string) {
	m := sqlUpdateStmt.FindStringSubmatch(q)
	if m == nil {
		return -1, nil, ""
	}
	questions := 0
	for _, part := range splitTop(cutClauses(m[2])) {
		col, val, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		if c := columnName(col); statusColumns[c] && val == "?" {
			return questions, tableWords(m[1]), c
		}
		questions += strings.Count(val, "?")
	}
	return -1, nil, ""
}

// builtQuery: the text of a query built in this function before pos,
// from constant pieces only: sb.String() of a strings.Builder (or
// bytes.Buffer) written with WriteString, or a string variable set and
// extended with +=. False when any piece is not a constant.
func (b *builder) builtQuery(e ast.Expr, pos token.Pos) (string, bool) {
	e = unparen(e)
	if c, ok := e.(*ast.CallExpr); ok {
		sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "String" || len(c.Args) != 0 {
			return "", false
		}
		v := b.ix.rootVar(sel.X)
		if v == nil || !textBuffer(v.Type()) {
			return "", false
		}
		var sb strings.Builder
		for _, w := range b.ix.recvCalls[v] {
			if w.Pos() >= pos {
				continue
			}
			ws, ok := unparen(w.Fun).(*ast.SelectorExpr)
			if !ok {
				return "", false
			}
			switch ws.Sel.Name {
			case "WriteString":
				s, ok := b.ix.stringConst(w.Args[0])
				if !ok {
					return "", false
				}
				sb.WriteString(s)
			case "Len", "Cap", "Grow", "String":
			default:
				return "", false // Reset, WriteByte, Fprintf…: not followed
			}
		}
		return sb.String(), sb.Len() > 0
	}
	v := b.ix.identVar(e)
	if v == nil || b.ix.paramOf[v].Decl != nil || len(b.ix.assigns[v]) == 0 {
		return "", false
	}
	var sb strings.Builder
	for _, a := range b.ix.assigns[v] {
		if a.Stmt.Pos() >= pos {
			continue
		}
		s, ok := b.ix.stringConst(a.RHS)
		if a.Index >= 0 || !ok {
			return "", false
		}
		if as, isAssign := a.Stmt.(*ast.AssignStmt); !isAssign || as.Tok != token.ADD_ASSIGN {
			sb.Reset() // q := "…" or q = "…" starts the text again
		}
		sb.WriteString(s)
	}
	return sb.String(), sb.Len() > 0
}

// textBuffer: t is strings.Builder or bytes.Buffer (or a pointer).
func textBuffer(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path, name := n.Obj().Pkg().Path(), n.Obj().Name()
	return path == "strings" && name == "Builder" || path == "bytes" && name == "Buffer"
}

// appendedArgs: the values of a local slice handed to Exec with "...",
// in the order they were put in before pos: a literal ([]any{a, b}) and
// appends (args = append(args, c)). False when it is set any other way.
func (b *builder) appendedArgs(e ast.Expr, pos token.Pos) ([]ast.Expr, bool) {
	v := b.ix.identVar(e)
	if v == nil || b.ix.paramOf[v].Decl != nil || b.ix.paramOf[v].Lit != nil {
		return nil, false
	}
	if _, known := b.ix.assigns[v]; !known {
		return nil, false
	}
	var out []ast.Expr
	for _, a := range b.ix.assigns[v] {
		if a.Stmt.Pos() >= pos {
			continue
		}
		if a.Index >= 0 || !plainAssign(a.Stmt) {
			return nil, false
		}
		switch x := unparen(a.RHS).(type) {
		case *ast.CompositeLit:
			out = append(out[:0], x.Elts...)
		case *ast.CallExpr:
			id, ok := unparen(x.Fun).(*ast.Ident)
			if !ok || id.Name != "append" || len(x.Args) == 0 || x.Ellipsis.IsValid() || b.ix.identVar(x.Args[0]) != v {
				return nil, false
			}
			if _, builtin := b.ix.info.Uses[id].(*types.Builtin); !builtin {
				return nil, false
			}
			out = append(out, x.Args[1:]...)
		default:
			if id, ok := x.(*ast.Ident); !ok || id.Name != "nil" {
				return nil, false
			}
			out = out[:0]
		}
	}
	return out, true
}
