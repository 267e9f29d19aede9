package payment

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- payment objects known by what their rows carry ------------------------------
//
// A table named for its business (transfers, remittances, top_ups,
// tuition_runs) is a payment object when the package's own SQL shows its
// rows carry money owed or paid: an amount with its currency, or a
// reference to the payment that funds it (funding_payment_id,
// psp_reference, charge_id), next to a status. Its status set to a
// settled value — paid, succeeded, completed, and funded (the money
// arrived) — is then a paid state, whatever the table is called. The
// table word lists of dbclass.go stay the fast path; this is what the
// rows say when the name says nothing.
//
// Not a paid state (silent): rows that price or propose something
// (quotes, estimates, carts, price lists, tax rates) — they carry amount
// and currency but nobody has paid; rows of money leaving us (refunds,
// payouts, withdrawals, disbursements): "completed" there is no
// fulfilment a buyer's redirect could fake, and an unverified webhook
// that marks one is judged by handler.TerminalWrites where it moves money
// back; 'accepted', 'confirmed', 'approved' or 'active' on such a row (an
// agreement, not money received); and tables with no money columns
// (file, data or stock transfers).

// moneyRowSettled: a status value that says the money of the row arrived.
var moneyRowSettled = map[string]bool{
	"paid": true, "succeeded": true, "success": true, "successful": true, "completed": true,
	"complete": true, "captured": true, "settled": true, "funded": true,
}

// notMoneyRowTables price, propose or log something, or pay money out.
var notMoneyRowTables = map[string]bool{
	"quote": true, "quotation": true, "estimate": true, "proposal": true, "offer": true,
	"cart": true, "basket": true, "price": true, "pricing": true, "pricelist": true,
	"rate": true, "tax": true, "fee": true, "tariff": true, "plan": true, "product": true,
	"sku": true, "budget": true, "forecast": true,
	"refund": true, "payout": true, "withdrawal": true, "disbursement": true, "cashout": true,
	"reversal": true, "chargeback": true, "expense": true, "reimbursement": true,
}

// moneyRefColumns: the row names the payment that funds it.
var moneyRefColumns = map[string]bool{
	"psp_reference": true, "psp_ref": true, "pspreference": true,
	"charge_id": true, "payment_intent_id": true, "payment_intent": true,
	"payment_id": true, "payment_ref": true, "payment_reference": true,
	"checkout_session_id": true,
}

var (
	sqlSelectCols = lazyre.New("(?is)\\bselect\\s+(?:distinct\\s+)?(.+?)\\s+from\\s+([\\w.\"`]+)\\s*(.*)$")
	sqlCreateCols = lazyre.New("(?is)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([\\w.\"`]+)\\s*(\\(.*)$")
)

// moneyTablesByPkg caches, per package, the tables whose rows carry
// money, with the columns the package's SQL shows them to have.
var moneyTablesByPkg sync.Map // *types.Package → map[string]map[string]bool

// moneyRowPaid: call is an Exec of a constant UPDATE that sets the status
// of a table the package shows to carry money to a settled value.
func (b *builder) moneyRowPaid(call *ast.CallExpr, fn *types.Func) bool {
	switch fn.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext":
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
		name := columnName(m[1])
		words := tableWords(name)
		cols := b.moneyTables()[name]
		if kindOfTable(words) != tableOther || !moneyRowTable(words) || cols == nil {
			return false
		}
		var args []ast.Expr
		if !call.Ellipsis.IsValid() {
			args = call.Args[i+1:]
		}
		for _, v := range b.sqlAssignments(cutClauses(m[2]), args) {
			if statusColumns[v.col] && v.known && (moneyRowSettled[v.val] || moneyRowMoved(words, cols, v.val)) { // moneymoved.go
				return true
			}
		}
		return false
	}
	return false
}

// moneyRowTable: the table's name does not say it prices, logs or pays out.
func moneyRowTable(words []string) bool {
	for _, w := range words {
		if notMoneyRowTables[w] || recordTables[w] || notTables[w] || notPaidTables[w] {
			return false
		}
	}
	return true
}

// moneyTables: the tables of this package's SQL whose columns show money
// owed or paid and a status, each with its columns.
func (b *builder) moneyTables() map[string]map[string]bool {
	pkg := b.pass.Pkg
	if v, ok := moneyTablesByPkg.Load(pkg); ok {
		return v.(map[string]map[string]bool)
	}
	cols := map[string]map[string]bool{}
	add := func(table string, cs []string) {
		t := columnName(table)
		if cols[t] == nil {
			cols[t] = map[string]bool{}
		}
		for _, c := range cs {
			cols[t][c] = true
		}
	}
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
				add(t, cs)
			}
			return false // the whole constant, not its parts
		})
	}
	out := map[string]map[string]bool{}
	for t, cs := range cols {
		if moneyColumns(cs) {
			out[t] = cs
		}
	}
	v, _ := moneyTablesByPkg.LoadOrStore(pkg, out)
	return v.(map[string]map[string]bool)
}

// sqlColumns: the table a statement names and the columns it lists
// (SELECT a, b FROM t; INSERT INTO t (a, b); UPDATE t SET a = …;
// CREATE TABLE t (a …, b …)). A SELECT with a join says nothing of one
// table.
func sqlColumns(q string) (string, []string) {
	if m := sqlInsertStmt.FindStringSubmatch(q); m != nil {
		return m[1], names(splitTop(m[2]))
	}
	if m := sqlUpdateStmt.FindStringSubmatch(q); m != nil {
		var cs []string
		for _, part := range splitTop(cutClauses(m[2])) {
			if c, _, ok := strings.Cut(part, "="); ok {
				cs = append(cs, c)
			}
		}
		return m[1], names(cs)
	}
	if m := sqlCreateCols.FindStringSubmatch(q); m != nil {
		body, ok := firstGroup(m[2])
		if !ok {
			return "", nil
		}
		var cs []string
		for _, def := range splitTop(body) {
			if f := strings.Fields(def); len(f) > 1 {
				cs = append(cs, f[0])
			}
		}
		return m[1], names(cs)
	}
	if m := sqlSelectCols.FindStringSubmatch(q); m != nil {
		rest := strings.ToLower(m[3])
		if strings.HasPrefix(rest, ",") || strings.Contains(rest, "join ") || strings.Contains(m[1], "(") {
			return "", nil
		}
		var cs []string
		for _, c := range splitTop(m[1]) {
			if f := strings.Fields(c); len(f) > 0 {
				cs = append(cs, f[0]) // "amount AS total" → amount
			}
		}
		return m[2], names(cs)
	}
	return "", nil
}

func names(cs []string) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, columnName(c))
	}
	return out
}

// moneyColumns: a status, and money owed or paid — an amount with its
// currency, or the reference of the payment behind the row.
func moneyColumns(cs map[string]bool) bool {
	status, amount, currency, ref := false, false, false, false
	for c := range cs {
		ws := strings.Split(c, "_")
		last := ws[len(ws)-1]
		switch {
		case statusColumns[c]:
			status = true
		case moneyRefColumns[c] || strings.HasSuffix(c, "_payment_id") || strings.HasSuffix(c, "_charge_id"):
			ref = true
		case last == "currency" || c == "currency_code" || c == "ccy":
			currency = true
		case last == "amount" || last == "minor" || moneyUnitWords[last]: // charged_minor: minor units
			amount = true
		}
	}
	return status && (ref || amount && currency)
}
