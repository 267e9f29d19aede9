package payment

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a money-moved flag set on a row that carries money --------------------------
//
// A boolean column that says the row's money moved — paid, is_paid,
// paid_out, settled, disbursed — set true stores a payment state like a
// status set to 'paid' does, whatever the table is called (a load paid
// out to its carrier, a claim settled, a commission disbursed), when the
// write or the row shows money: the provider's reference of the payment
// or payout written with it (UPDATE loads SET paid_out = true,
// payout_ref = $2), or a row the package's SQL (or the GORM model type)
// shows to carry such a reference or an amount (rate_cents). Set by what
// the code does: database/sql, sqlx and pgx Exec of a constant UPDATE,
// GORM Update("paid_out", true), Updates(map{…}) and a field set true
// before Save.
//
// Silent: tables the other vocabularies already judge (orders, users:
// dbclass.go), rows that price, propose or log something or pay money
// back (quotes, estimates, carts, payment_events, refunds, payouts:
// moneyRowTable), flags that are not money (is_read, archived, active,
// email_verified), a flag set false or to a value not known, and a flag
// on a row with neither a payment reference nor an amount.

// moneyFlagColumns: a boolean column saying the row's money moved.
var moneyFlagColumns = map[string]bool{
	"paid": true, "is_paid": true, "has_paid": true, "paid_out": true, "is_paid_out": true,
	"paidout": true, "settled": true, "is_settled": true, "disbursed": true,
	"is_disbursed": true,
}

// moneyRefNouns: the word before a _ref/_id/_reference suffix that makes
// the column the provider's reference of a payment or payout
// (payout_ref, transfer_id, psp_reference); payment_method_id is a
// method's.
var moneyRefNouns = map[string]bool{
	"payout": true, "payment": true, "transfer": true, "settlement": true,
	"disbursement": true, "remittance": true, "psp": true, "charge": true,
	"capture": true, "provider": true, "gateway": true,
}

// paidFlag: call sets a money-moved flag true on a row that carries
// money (see above).
func (b *builder) paidFlag(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil || !hasRecv(fn) {
		return false
	}
	if dblib.IsGORM(funcPath(fn)) && recvTypeName(fn) == "DB" {
		return b.gormFlag(call, fn)
	}
	switch fn.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext": // database/sql, sqlx, pgx
	default:
		return false
	}
	for i, a := range call.Args {
		q, ok := b.ix.stringConst(a)
		if !ok {
			continue
		}
		m := sqlUpdateStmt.FindStringSubmatch(q)
		if m == nil {
			return false
		}
		var args []ast.Expr
		if !call.Ellipsis.IsValid() {
			args = call.Args[i+1:]
		}
		name := columnName(m[1])
		vals := b.sqlAssignments(cutClauses(m[2]), args)
		return flagOnMoneyRow(tableWords(name), vals, b.tableCols()[name])
	}
	return false
}

// gormFlag: Update("paid_out", true), Updates(map or struct) and Save
// of a value whose flag field was set true, judged by the model type.
func (b *builder) gormFlag(call *ast.CallExpr, fn *types.Func) bool {
	var vals []colVal
	var value ast.Expr
	switch fn.Name() {
	case "Update", "UpdateColumn":
		if len(call.Args) != 2 {
			return false
		}
		col, ok := b.ix.stringConst(call.Args[0])
		if !ok {
			return false
		}
		v := b.goValue(call.Args[1])
		v.col = goColumn(col)
		vals = []colVal{v}
	case "Updates", "UpdateColumns", "Save":
		if len(call.Args) != 1 {
			return false
		}
		var ok bool
		if vals, ok = b.goColumns(call.Args[0], call); !ok {
			return false
		}
		value = call.Args[0]
	default:
		return false
	}
	row := b.gormModel(call)
	if row == nil && value != nil {
		row = b.ix.info.TypeOf(value)
	}
	if row == nil {
		return false
	}
	return flagOnMoneyRow(typeTable(row), vals, structColumns(row))
}

// gormModel: the type handed to Model(…) earlier in a GORM chain.
func (b *builder) gormModel(call *ast.CallExpr) types.Type {
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	for i := 0; ok && i < 16; i++ {
		c, isCall := unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return nil
		}
		fn := calleeOf(b.ix.info, c)
		if !dblib.IsGORM(funcPath(fn)) || recvTypeName(fn) != "DB" {
			return nil
		}
		if fn.Name() == "Model" && len(c.Args) == 1 {
			return b.ix.info.TypeOf(c.Args[0])
		}
		sel, ok = unparen(c.Fun).(*ast.SelectorExpr)
	}
	return nil
}

// structColumns: the GORM columns of a (pointer to) struct type.
func structColumns(t types.Type) map[string]bool {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	cols := map[string]bool{}
	for i := 0; i < st.NumFields(); i++ {
		cols[fieldColumn(st.Field(i), st.Tag(i))] = true
	}
	return cols
}

// flagOnMoneyRow: vals set a money-moved flag true on a table that is not
// judged elsewhere and whose write or row shows money.
func flagOnMoneyRow(table []string, vals []colVal, rowCols map[string]bool) bool {
	if len(table) == 0 || kindOfTable(table) != tableOther || !moneyRowTable(table) {
		return false
	}
	flag, money := false, false
	for _, v := range vals {
		switch {
		case moneyFlagColumns[v.col]:
			flag = flag || v.known && (v.val == "true" || v.val == "1")
		case providerRefColumn(v.col) || amountColumn(v.col):
			money = money || !(v.known && (v.val == "null" || v.val == ""))
		}
	}
	if !flag {
		return false
	}
	return money || hasCol(rowCols, func(c string) bool { return providerRefColumn(c) || amountColumn(c) })
}

// providerRefColumn: the column holds the provider's reference of a
// payment or payout (payout_ref, psp_reference, transfer_id, charge_id).
func providerRefColumn(c string) bool {
	if paymentRefCol(c) {
		return true
	}
	ws := strings.Split(c, "_")
	if len(ws) < 2 {
		return false
	}
	switch ws[len(ws)-1] {
	case "ref", "reference", "id":
		return moneyRefNouns[ws[len(ws)-2]]
	}
	return false
}

// amountColumn: the column holds a sum of money (amount, rate_cents,
// fee_minor).
func amountColumn(c string) bool {
	ws := strings.Split(c, "_")
	last := ws[len(ws)-1]
	return last == "amount" || last == "minor" || moneyUnitWords[last]
}

// colsByPkg caches, per package, every table its constant SQL names,
// with the columns it shows.
var colsByPkg sync.Map // *types.Package → map[string]map[string]bool

// tableCols: the columns the package's SQL shows each table to have.
func (b *builder) tableCols() map[string]map[string]bool {
	pkg := b.pass.Pkg
	if v, ok := colsByPkg.Load(pkg); ok {
		return v.(map[string]map[string]bool)
	}
	out := map[string]map[string]bool{}
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			q, ok := b.ix.stringConst(e)
			if !ok {
				return true
			}
			if t, cs := sqlColumns(q); t != "" {
				t = columnName(t)
				if out[t] == nil {
					out[t] = map[string]bool{}
				}
				for _, c := range cs {
					out[t][c] = true
				}
			}
			return false // the whole constant, not its parts
		})
	}
	v, _ := colsByPkg.LoadOrStore(pkg, out)
	return v.(map[string]map[string]bool)
}
