package handler

import (
	"go/ast"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- terminal payment states stored by a webhook ---------------------------
//
// A payment webhook acts on the payment when it stores any terminal state
// of it, not only a paid one: a forged REFUND or CHARGEBACK notification
// that marks the booking refunded makes the merchant hand money back (or
// stop asking for it), a forged failure cancels a paid order. The payment
// model knows paid-state writes; these are the other terminal ones,
// stored by SQL (UPDATE payments SET status = 'refunded'):
//
//	hmacvalidator.ValidateHmac(item, key)       // verdict discarded
//	db.ExecContext(ctx, `UPDATE bookings SET payment_status = 'refunded' WHERE ref = $1`, ref)
//
// Judged precisely: any terminal state counts where the handler calls a
// verifier and ignores its verdict (or acts before it: a certain
// mistake); where it verifies nothing at all, only a state that moves
// money back (refunded, reversed, charged back) in a payment webhook.

// TerminalWrites lists the SQL writes in h's body that store a terminal
// payment state other than paid (refunded, failed, charged back,
// cancelled…) where the verification state makes them a mistake (see
// above). Paid-state writes are Fulfilments' and not repeated here.
func (m *Model) TerminalWrites(h *Handler) []*payment.Op {
	if m == nil || m.info == nil || h == nil || h.Body == nil || h.Fn == nil {
		return nil
	}
	var out []*payment.Op
	payHook := -1 // PaymentWebhook, computed on first need
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // work handed elsewhere: not judged here
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		state, desc := m.terminalStateWrite(call)
		if state == "" {
			return true
		}
		if op := m.info.Of(call); op != nil && op.Kind.Any(payment.Fulfillment|payment.StateWrite) {
			return true
		}
		switch m.VerificationAt(h, call) {
		case Unenforced, Late:
		case Unverified:
			if !moneyBackStates[state] {
				return true
			}
			if payHook < 0 {
				payHook = 0
				if m.PaymentWebhook(h) {
					payHook = 1
				}
			}
			if payHook == 0 {
				return true
			}
		default:
			return true
		}
		out = append(out, &payment.Op{Call: call, Kind: payment.StateWrite, Desc: desc})
		return true
	})
	return out
}

// terminalStateWrite: call runs a constant SQL UPDATE of a database
// method (Exec…, Query…) that sets a payment's status column to a
// terminal non-paid state; the state (normalised) and the op's words.
func (m *Model) terminalStateWrite(call *ast.CallExpr) (state, desc string) {
	fn := m.calleeFunc(call)
	if fn == nil || !(strings.HasPrefix(fn.Name(), "Exec") || strings.HasPrefix(fn.Name(), "Query") ||
		strings.HasPrefix(fn.Name(), "MustExec") || strings.HasPrefix(fn.Name(), "NamedExec")) {
		return "", ""
	}
	sql := m.sqlText(call) // effects.go
	up := sqlUpdateSet.FindStringSubmatch(sql)
	if up == nil {
		return "", ""
	}
	table := sqlWords(up[1])
	for _, a := range sqlAssign.FindAllStringSubmatch(up[2], -1) {
		col := a[1]
		if i := strings.LastIndexByte(col, '.'); i >= 0 {
			col = col[i+1:]
		}
		if !paymentStatusColumn(strings.Trim(col, `"`), table) {
			continue
		}
		val, ok := a[2], a[3] == ""
		if !ok { // SET status = $2: the constant handed as that argument
			n, err := strconv.Atoi(a[3])
			if err != nil || n < 1 || n >= len(call.Args) {
				continue
			}
			if val, ok = m.constString(call.Args[n]); !ok {
				continue
			}
		}
		s := normState(val)
		if terminalStates[s] {
			return s, s + " payment state stored by " + qual(fn)
		}
	}
	return "", ""
}

var (
	sqlUpdateSet = lazyre.New(`(?is)^\s*update\s+(?:only\s+)?([a-z0-9_."]+)(?:\s+(?:as\s+)?[a-z_]+)?\s+set\s+(.+?)(?:\s+where\b|\s+returning\b|\s+from\b|;|$)`)
	sqlAssign    = lazyre.New(`(?is)([a-z0-9_."]+)\s*=\s*(?:'([^']*)'|\$(\d+))`)
)

// terminalStates: a payment's end other than paid; moneyBackStates the
// ones that move money back to the payer.
var (
	terminalStates = map[string]bool{
		"refunded": true, "partially_refunded": true, "reversed": true, "charged_back": true,
		"chargeback": true, "chargedback": true, "disputed": true, "failed": true, "declined": true,
		"rejected": true, "cancelled": true, "canceled": true, "voided": true, "void": true, "expired": true,
	}
	moneyBackStates = map[string]bool{
		"refunded": true, "partially_refunded": true, "reversed": true, "charged_back": true,
		"chargeback": true, "chargedback": true,
	}
)

func normState(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "_", "-", "_").Replace(s)
}

// paymentStatusColumn: col holds a payment's state. A status or state
// column named for a payment (payment_status, refund_state), or a bare
// status on a payment table (payments, charges, transactions, refunds,
// invoices, orders); never on a table of deliveries, events or logs.
func paymentStatusColumn(col string, table []string) bool {
	for _, w := range table {
		if notPaymentTables[w] {
			return false
		}
	}
	ws := strings.Split(col, "_")
	last := ws[len(ws)-1]
	if last != "status" && last != "state" {
		return false
	}
	if len(ws) > 1 {
		return paymentColumnWords[strings.Join(ws[:len(ws)-1], "_")]
	}
	for _, w := range table {
		if paymentTables[w] {
			return true
		}
	}
	return false
}

var (
	paymentColumnWords = map[string]bool{
		"payment": true, "pay": true, "refund": true, "charge": true, "dispute": true,
		"transaction": true, "txn": true, "invoice": true, "deposit": true, "settlement": true,
		"billing": true, "financial": true,
	}
	paymentTables = map[string]bool{
		"payment": true, "payments": true, "charge": true, "charges": true, "transaction": true,
		"transactions": true, "refund": true, "refunds": true, "invoice": true, "invoices": true,
		"order": true, "orders": true, "intents": true,
	}
	notPaymentTables = map[string]bool{
		"delivery": true, "deliveries": true, "webhook": true, "webhooks": true, "event": true,
		"events": true, "log": true, "logs": true, "notification": true, "notifications": true,
		"jobs": true, "job": true, "email": true, "emails": true, "outbox": true, "shipment": true,
		"shipments": true,
	}
)

// sqlWords splits a table name (schema.payment_intents) into its words.
func sqlWords(table string) []string {
	table = strings.Trim(table, `"`)
	if i := strings.LastIndexByte(table, '.'); i >= 0 {
		table = strings.Trim(table[i+1:], `"`)
	}
	return strings.Split(table, "_")
}
