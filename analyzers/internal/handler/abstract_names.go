package handler

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- abstract effects: verbs and the values handed (abstract.go) ---------------

// stateVerbs start the name of a method that stores a state.
var stateVerbs = []string{"set", "update", "mark", "save", "record", "store", "change", "put", "write", "persist",
	"transition", "move"}

// stateObjects: what a state setter stores, after its verb (SetStatus,
// UpdatePaymentState, SaveOrder): a state, or what a paid state belongs to.
var stateObjects = []string{"status", "state", "payment", "order", "invoice", "payout", "charge", "transaction",
	"booking", "subscription", "topup", "purchase"}

// stateSetter: fn's name stores a state (SetStatus, UpdateOrderStatus,
// MarkPayment) and it is no query, message or predicate.
func stateSetter(fn *types.Func) bool {
	ws := words(fn.Name())
	if len(ws) < 2 || hasWord(ws[:1], stateVerbs...) == "" || hasWord(ws[1:], stateObjects...) == "" {
		return false
	}
	return hasWord(ws, mailWords...) == "" && hasWord(ws, "log", "metric", "metrics", "event", "audit", "history") == "" &&
		!answersBool(fn)
}

// creditVerbs start the name of a method that grants value (CreditWallet,
// GrantCredits, IssueVoucher, AwardMiles).
var creditVerbs = []string{"credit", "grant", "issue", "award", "accrue", "topup"}

// creditObjects: what an Add… method adds when it grants value
// (AddLoyaltyPoints, AddBalance, AddCredits), besides amountFields.
var creditObjects = []string{"miles", "bonus", "cashback", "reward", "rewards", "voucher", "vouchers"}

// creditName: fn's name grants a credit or value to the customer.
func creditName(fn *types.Func) bool {
	ws := words(fn.Name())
	if len(ws) == 0 || answersBool(fn) || hasWord(ws, mailWords...) != "" ||
		hasWord(ws, "card", "limit", "score", "rating", "role", "permission", "token", "refund", "log") != "" {
		return false
	}
	switch {
	case hasWord(ws[:1], creditVerbs...) != "":
		return true
	case len(ws) >= 2 && ws[0] == "top" && ws[1] == "up":
		return true
	case ws[0] == "add" || ws[0] == "increment" || ws[0] == "increase":
		return hasWord(ws[1:], amountFields...) != "" || hasWord(ws[1:], creditObjects...) != ""
	}
	return false
}

// returnFulfilVerbs start the name of a method that hands over what was
// paid for, or settles the order, when called from a return page.
var returnFulfilVerbs = []string{"confirm", "complete", "fulfil", "fulfill", "issue", "activate", "grant", "ship",
	"deliver", "unlock", "enable", "provision", "finalize", "finalise"}

// returnFulfilName: fn's name hands over goods (Confirm, IssueVoucher,
// UnlockCourse, StartRide, BeginCharging), and it is no message
// (ConfirmEmail, DeliverReceipt).
func returnFulfilName(fn *types.Func) bool {
	ws := words(fn.Name())
	if len(ws) == 0 || answersBool(fn) {
		return false
	}
	if hasWord(ws[:1], returnFulfilVerbs...) == "" && !startsService(ws) {
		return false
	}
	return hasWord(ws, mailWords...) == "" && hasWord(ws, "account", "signup", "registration", "password", "login",
		"device", "2fa", "mfa", "otp", "webhook") == "" && hasWord(ws, providerObjects...) == ""
}

// paidSetterName: fn's name stores a paid state (MarkPaid, SetOrderPaid,
// MarkFunded, RecordPaymentSucceeded): on a return page that is the
// fulfilment itself, whatever the use case does next. Reminders, notices
// and messages about a paid state (MarkPaidReminderSent) store none.
func paidSetterName(fn *types.Func) bool {
	ws := words(fn.Name())
	if len(ws) < 2 || answersBool(fn) || hasWord(ws[:1], stateVerbs...) == "" {
		return false
	}
	if hasWord(ws[1:], paidStateWords...) == "" && hasWord(ws[1:], "funded") == "" {
		return false
	}
	return hasWord(ws, mailWords...) == "" && hasWord(ws, "reminder", "reminders", "notice", "log", "metric", "metrics",
		"audit", "history", "event", "events", "view", "viewed", "seen") == ""
}

// providerObjects are the provider's own objects a Confirm…/Complete…
// wraps (ConfirmPaymentIntent, ConfirmSetupIntent, CompleteAuthorization):
// a call of the provider, which hands nothing over, unlike the merchant's
// ConfirmPayment or ConfirmBooking.
var providerObjects = []string{"intent", "intents", "authorization", "authorisation", "mandate", "3ds"}

// startsService: ws name the start of what was paid for (StartRide,
// BeginCharging, StartMembership); starting the machinery around a
// payment (BeginTx, StartSpan, StartPolling, StartCheckout, StartSession)
// hands nothing over.
func startsService(ws []string) bool {
	if len(ws) < 2 || hasWord(ws[:1], "start", "begin") == "" {
		return false
	}
	return hasWord(ws[1:], startMachinery...) == "" && hasWord(ws[1:], paymentEventWords...) == ""
}

// startMachinery: what a Start…/Begin… method opens that is no service
// paid for: a transaction, a trace, a timer, a poll or sync of the
// payment, a (login) session, a job, a new attempt.
var startMachinery = []string{"tx", "txn", "transaction", "span", "trace", "tracing", "timer", "clock", "poll",
	"polling", "poller", "watch", "watcher", "watching", "sync", "syncing", "reconcile", "reconciliation", "check",
	"verification", "verify", "session", "worker", "job", "jobs", "batch", "import", "export", "migration", "retry",
	"attempt", "auth", "authorization", "authentication", "flow", "request", "server", "listener", "consumer",
	"payments", "paying", "capture", "authorisation"}

// answersBool: fn answers a bool (a predicate, not an effect).
func answersBool(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	for i := 0; sig != nil && i < sig.Results().Len(); i++ {
		if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsBoolean != 0 {
			return true
		}
	}
	return false
}

// paidConstArg: an argument of call is a constant paid status ("paid",
// "SUCCEEDED", domain.StatusCaptured); "active" (an account's as much as
// a subscription's) is not enough. It returns the value quoted.
func (m *Model) paidConstArg(call *ast.CallExpr) (string, bool) {
	for _, a := range call.Args {
		s, ok := m.constString(a)
		if ok && payment.IsSuccessStatus(s) && payment.Fold(s) != "active" {
			return strconv.Quote(s), true
		}
	}
	return "", false
}

// eventStatusArg: an argument of call is the status or state field of
// the event h received (cb.Status, evt.Data.Object.State).
func (m *Model) eventStatusArg(h *Handler, call *ast.CallExpr) bool {
	decoded := m.decodedSet(h)
	for _, a := range call.Args {
		sel, ok := ast.Unparen(a).(*ast.SelectorExpr)
		if !ok || hasWord(sharedWords(sel.Sel.Name), "status", "state") == "" {
			continue
		}
		if m.eventValue(h.Body, sel, decoded, 0) {
			return true
		}
	}
	return false
}

// eventAmountArg: a numeric argument of call is computed from a numeric
// field of the event h received (it.Amount.Value/100, evt.Points, or a
// local computed from one).
func (m *Model) eventAmountArg(h *Handler, call *ast.CallExpr) bool {
	decoded := m.decodedSet(h)
	for _, a := range call.Args {
		if numeric(m.pass.TypesInfo.TypeOf(a)) && m.readsEventNumber(h, a, decoded, 0) {
			return true
		}
	}
	return false
}

// readsEventNumber: e reads a numeric field of the event, directly or
// through a local assigned once from such an expression.
func (m *Model) readsEventNumber(h *Handler, e ast.Expr, decoded map[*types.Named]bool, depth int) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if numeric(m.pass.TypesInfo.TypeOf(x)) && m.eventValue(h.Body, x, decoded, 0) {
				found = true
			}
			return false // its operand is the event, not a number
		case *ast.Ident:
			v, ok := m.pass.TypesInfo.Uses[x].(*types.Var)
			if ok && depth < 2 && numeric(v.Type()) {
				if rhs := assignedFrom(m.pass.TypesInfo, h.Body, v); rhs != nil {
					found = m.readsEventNumber(h, rhs, decoded, depth+1)
				}
			}
		}
		return !found
	})
	return found
}

// decodedSet: the event types h decodes its body into.
func (m *Model) decodedSet(h *Handler) map[*types.Named]bool {
	out := map[*types.Named]bool{}
	for _, t := range m.decodedTypes(h.Body) {
		out[t] = true
	}
	return out
}
