package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"github.com/paylint/paylint/analyzers/internal/lazyre"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- effects that are wrong when repeated (webhookdedupe) ---------------------

// EffectKind sorts the effects a repeated webhook delivery repeats.
type EffectKind uint8

// Effect kinds.
const (
	// Fulfil ships, grants or provisions what was paid for.
	Fulfil EffectKind = iota + 1
	// Credit increments a balance (credits += n, SET balance = balance + $1).
	Credit
	// Insert adds a ledger, credit or payment row.
	Insert
	// Mail sends an e-mail, SMS or notification.
	Mail
	// ProviderWrite refunds, captures or pays out at the provider.
	ProviderWrite
)

// Effect is one call (or += statement) that is wrong when repeated.
type Effect struct {
	Node ast.Node
	Kind EffectKind
	Desc string
}

// EffectFact is exported (by webhookdedupe) for a function whose effects
// are known: Repeat describes its first effect that no duplicate guard
// inside it protects; Cleared says it has none (its writes are idempotent
// or guarded), whatever its name.
type EffectFact struct {
	Repeat  string
	Kind    EffectKind
	Cleared bool
	// Self: the function itself is the effect (marked
	// //paylint:fulfillment, named as a fulfilment, nothing inside).
	Self bool
}

// AFact marks EffectFact as a fact.
func (*EffectFact) AFact() {}

func (f *EffectFact) String() string {
	if f.Self {
		return "fulfilment"
	}
	if f.Repeat != "" {
		return "repeats " + f.Repeat
	}
	return "no repeated effect"
}

// EffectsModeledFact is a package fact: webhookdedupe summarised the
// package, so a function of it without an EffectFact has no effect.
type EffectsModeledFact struct{}

// AFact marks EffectsModeledFact as a fact.
func (*EffectsModeledFact) AFact() {}

func (*EffectsModeledFact) String() string { return "effects modeled" }

// sqlText is the lower-case constant SQL of a database call, "" if none.
func (m *Model) sqlText(call *ast.CallExpr) string {
	for _, a := range call.Args {
		if s, ok := m.constString(a); ok && sqlVerb.MatchString(s) {
			return strings.ToLower(s)
		}
	}
	return ""
}

var (
	sqlVerb      = lazyre.New(`(?is)^\s*(insert|update|replace|select|delete|with)\b`)
	sqlIncrement = lazyre.New(`(?i)\b([a-z_]+)\s*=\s*(?:[a-z_]+\.)?([a-z_]+)\s*\+`)
	sqlIdemInsrt = lazyre.New(`(?is)\bon\s+conflict\b|\binsert\s+ignore\b|\bon\s+duplicate\s+key\b|\bwhere\s+not\s+exists\b`)
)

// increments: "SET balance = balance + $1" (the same column on both sides).
func increments(sql string) bool {
	for _, m := range sqlIncrement.FindAllStringSubmatch(sql, -1) {
		if m[1] == m[2] {
			return true
		}
	}
	return false
}

// dbEffect sub-classifies a paid-state write the payment model found
// directly at call: an increment or a plain insert repeats; setting a
// status, a flag or a plan is idempotent (0).
func (m *Model) dbEffect(call *ast.CallExpr, fn *types.Func) EffectKind {
	if sql := m.sqlText(call); sql != "" {
		switch {
		case strings.HasPrefix(strings.TrimSpace(sql), "update") && increments(sql):
			return Credit
		case strings.HasPrefix(strings.TrimSpace(sql), "insert") && !sqlIdemInsrt.MatchString(sql):
			return Insert
		}
		return 0
	}
	if k, ok := m.builderInsert(call, fn); ok {
		return k
	}
	if fn == nil || !dblib.IsGORM(pkgOf(fn)) {
		return 0
	}
	if m.chainCalls(call, "Clauses", "FirstOrCreate") {
		return 0 // an upsert (clause.OnConflict) or create-if-missing
	}
	switch fn.Name() {
	case "Create":
		return Insert
	case "Update", "UpdateColumn", "Updates", "UpdateColumns":
		if m.gormIncrement(call) {
			return Credit
		}
	}
	return 0
}

// builderInsert sub-classifies an insert through a query builder the
// payment model classed as a paid-state write: bun's
// db.NewInsert().Model(&e).Exec(ctx) and ent's
// client.Entry.Create().SetX(…).Save(ctx) add a row per delivery, unless
// the chain makes it an upsert (bun .On("CONFLICT … DO NOTHING"),
// .Ignore(); ent's OnConflict). ok false: not such a builder.
func (m *Model) builderInsert(call *ast.CallExpr, fn *types.Func) (EffectKind, bool) {
	if fn == nil {
		return 0, false
	}
	recv := recvName(fn)
	switch {
	case recv == "":
		return 0, false
	case pkgOf(fn) == "github.com/uptrace/bun" && fn.Name() == "Exec":
		if recv == "UpdateQuery" && m.chainSetsIncrement(call) {
			return Credit, true // .Set("balance_cents = balance_cents + ?", n): added on every delivery
		}
		if recv != "InsertQuery" {
			return 0, recv == "UpdateQuery"
		}
		if m.chainCalls(call, "On", "Ignore") {
			return 0, true // an upsert or INSERT IGNORE: a repeat adds nothing
		}
		return Insert, true
	case strings.HasSuffix(recv, "Create") && recv != "Create" && contains([]string{"Save", "SaveX", "Exec", "ExecX"}, fn.Name()):
		if m.chainCalls(call, "OnConflict", "OnConflictColumns") {
			return 0, true
		}
		return Insert, true // ent's generated <Entity>Create builder
	}
	return 0, false
}

// chainCalls reports whether a method chain ending at call calls one of
// names earlier (db.Clauses(…).Create(…)).
func (m *Model) chainCalls(call *ast.CallExpr, names ...string) bool {
	return chainHas(call, func(name string, _ *ast.CallExpr) bool { return contains(names, name) })
}

// chainHas reports whether a method chain ending at call makes an earlier
// call (its method's name and the call) that ok accepts.
func chainHas(call *ast.CallExpr, ok func(name string, c *ast.CallExpr) bool) bool {
	x := call.Fun
	for i := 0; i < 16; i++ {
		sel, isSel := ast.Unparen(x).(*ast.SelectorExpr)
		if !isSel {
			return false
		}
		c, isCall := ast.Unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return false
		}
		if s, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr); isSel && ok(s.Sel.Name, c) {
			return true
		}
		x = c.Fun
	}
	return false
}

// chainSetsIncrement: a query builder chain ending at call sets an
// amount column to itself plus a value (bun's
// .Set("balance_cents = balance_cents + ?", n)). A counter of the row's
// own bookkeeping (attempts = attempts + 1) is no credit: the column must
// name a balance or an entitlement.
func (m *Model) chainSetsIncrement(call *ast.CallExpr) bool {
	return chainHas(call, func(name string, c *ast.CallExpr) bool {
		if name != "Set" || len(c.Args) == 0 {
			return false
		}
		set, ok := m.constString(c.Args[0])
		return ok && amountIncrement(set)
	})
}

// amountIncrement: "balance_cents = balance_cents + ?" — a column named
// as a balance or an entitlement count set to itself plus a value.
func amountIncrement(set string) bool {
	for _, sm := range sqlIncrement.FindAllStringSubmatch(set, -1) {
		if sm[1] == sm[2] && hasWord(words(sm[1]), amountFields...) != "" {
			return true
		}
	}
	return false
}

// gormIncrement: gorm.Expr("balance + ?", n) among the values written.
func (m *Model) gormIncrement(call *ast.CallExpr) bool {
	found := false
	ast.Inspect(call, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if fn := m.calleeFunc(c); fn != nil && dblib.IsGORM(pkgOf(fn)) && fn.Name() == "Expr" && len(c.Args) > 0 {
			if s, ok := m.constString(c.Args[0]); ok && strings.Contains(s, "+") {
				found = true
			}
		}
		return true
	})
	return found
}

// mailWords name what a mail or notification sender sends.
var mailWords = []string{"mail", "email", "e-mail", "receipt", "sms", "notification", "notify", "confirmation", "push"}

// mailCall reports whether fn sends mail, an SMS or a notification:
// net/smtp.SendMail, (*smtp.Client).Data, a SendEmail / SendReceipt /
// NotifyCustomer function, or Send / Deliver / Notify on a mailer,
// notifier or SMS client.
func mailCall(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	p := fn.Pkg().Path()
	if p == "net/smtp" {
		return fn.Name() == "SendMail" || fn.Name() == "Data"
	}
	if stdPath(p) {
		return false
	}
	ws := words(fn.Name())
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "send", "email", "mail", "notify", "deliver", "dispatch":
	default:
		return false
	}
	if len(ws) > 1 && (hasWord(ws[1:], mailWords...) != "" || chatMessage(ws[1:])) { // queuedsender.go: WhatsApp, Telegram
		return true
	}
	if ws[0] == "notify" && len(ws) > 1 && hasWord(ws[1:], "customer", "buyer", "user", "payer", "merchant") != "" {
		return true
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	for _, w := range recvWords(sig.Recv().Type()) {
		switch w {
		case "mailer", "mail", "email", "smtp", "sms", "notifier", "sendgrid", "mailgun", "postmark", "twilio", "ses":
			return true
		}
	}
	return false
}

func recvWords(t types.Type) []string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	out := words(n.Obj().Name())
	if n.Obj().Pkg() != nil {
		out = append(out, words(n.Obj().Pkg().Name())...)
	}
	return out
}

// stdPath: a standard-library import path (testdata packages in GOPATH
// mode have dotless paths too, so the first element is looked up).
func stdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	switch first {
	case "bufio", "bytes", "context", "crypto", "database", "encoding", "errors", "fmt", "io", "log",
		"math", "mime", "net", "os", "reflect", "regexp", "sort", "strconv", "strings", "sync", "time",
		"unicode", "runtime", "path", "hash", "html", "text", "slices", "maps":
		return true
	}
	return false
}

// fulfilVerb: the name starts with a verb that hands over goods (the
// payment model also requires goods in the name, receiver or package).
func fulfilVerb(name string) bool {
	ws := words(name)
	return len(ws) > 0 && hasWord(ws[:1], "fulfil", "fulfill", "ship", "grant", "credit", "deliver", "provision", "dispatch", "topup", "top") != ""
}

// directEffect classifies a call the payment model recognised by itself
// (op.Via == nil) or through a wrapper whose package was not summarised.
func (m *Model) directEffect(call *ast.CallExpr, fn *types.Func, op *payment.Op) EffectKind {
	switch {
	case op == nil:
		if mailCall(fn) && !queuePort(fn) && !m.queued(fn) && !m.internalAlert(fn) { // queueport.go, queuedsender.go, alertsender.go
			return Mail
		}
		return 0
	case op.Kind.Has(payment.Write):
		if k := op.Key; k != nil && len(k.Fresh) == 0 && !k.FreshInCallee {
			return 0 // a stable key: the provider answers a repeat with the first result
		}
		return ProviderWrite
	case op.Kind.Has(payment.StateWrite):
		if op.Via != nil {
			return 0
		}
		if docInsert(op) {
			return m.docInsertEffect(call) // docinsert.go: a mongo document, maybe through a generic repository
		}
		return m.dbEffect(call, fn)
	case op.Kind.Has(payment.Fulfillment):
		if fn != nil && hasWord(sharedWords(fn.Name())[:1], "activate", "enable", "mark", "set", "update") != "" {
			return 0 // activating or marking a state: the same on every delivery
		}
		if fn != nil && fulfilVerb(fn.Name()) || op.Via == nil {
			return Fulfil // named by the model as handing over goods
		}
	}
	return 0
}

// amountFields name a balance or an entitlement count a += increments.
var amountFields = []string{"balance", "credits", "credit", "points", "tokens", "quota", "wallet",
	"seats", "seat", "licenses", "licences", "license", "licence", "earnings"}

// incrementStmt: x.Balance += n on a field of a variable that is saved
// afterwards in the same function (db.Save(&x), store.Update(x)).
func (m *Model) incrementStmt(as *ast.AssignStmt, body *ast.BlockStmt) bool {
	if as.Tok != token.ADD_ASSIGN || len(as.Lhs) != 1 {
		return false
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok || hasWord(sharedWords(sel.Sel.Name), amountFields...) == "" || !numeric(m.pass.TypesInfo.TypeOf(sel)) {
		return false // a LicenseKey += suffix is no increment
	}
	return m.savedAfter(sel.X, as, body) // saved after the increment (stock.go)
}

// numeric: an integer or floating-point type (not a string being built).
func numeric(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0
}
