package payment

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"
)

// fulfilVerbs start the name of a function that grants what was paid for.
var fulfilVerbs = map[string]bool{
	"fulfil": true, "fulfill": true, "ship": true, "grant": true, "activate": true,
	"provision": true, "deliver": true, "credit": true,
}

// genericVerbs also start names that have nothing to do with payments
// (ActivateFeature, ProvisionPreview, GrantRole): they count only where the
// name, the receiver, a parameter type or the package names goods.
var genericVerbs = map[string]bool{
	"ship": true, "grant": true, "activate": true, "provision": true, "deliver": true, "credit": true,
}

// goodsWords name what a buyer pays for, or who hands it over.
var goodsWords = map[string]bool{
	"order": true, "orders": true, "purchase": true, "purchases": true, "subscription": true,
	"subscriptions": true, "plan": true, "membership": true, "memberships": true, "access": true,
	"entitlement": true, "entitlements": true, "license": true, "licenses": true, "licence": true,
	"seat": true, "seats": true, "product": true, "products": true, "goods": true, "item": true,
	"items": true, "cart": true, "credits": true, "wallet": true, "balance": true, "premium": true,
	"tier": true, "ticket": true, "tickets": true, "booking": true, "reservation": true,
	"shipment": true, "shipments": true, "parcel": true, "download": true, "downloads": true,
	"course": true, "enrollment": true, "enrolment": true, "gift": true, "voucher": true,
	"points": true, "trial": true, "paid": true, "payment": true, "payments": true, "checkout": true,
	"invoice": true, "fulfillment": true, "fulfilment": true, "fulfiller": true, "warehouse": true,
	"inventory": true, "stock": true, "shipping": true, "billing": true, "store": true, "shop": true,
}

// notGoods are objects that, after a fulfilment verb, name something
// other than what was paid for (creditCard, deliverWebhook, grantRole is
// kept: it grants access).
var notGoods = map[string]bool{
	"card": true, "cards": true, "limit": true, "score": true, "rating": true, "note": true,
	"notes": true, "line": true, "webhook": true, "webhooks": true, "email": true, "emails": true,
	"notification": true, "notifications": true, "message": true, "messages": true,
	"event": true, "events": true, "log": true, "logs": true, "metric": true, "metrics": true,
	"mail": true, "sms": true, "push": true, "request": true, "response": true,
}

// paidWords end a markPaid-style name.
var paidWords = map[string]bool{
	"paid": true, "fulfilled": true, "shipped": true, "delivered": true, "completed": true,
	"succeeded": true, "captured": true, "settled": true, "confirmed": true,
}

// paymentNouns name what a paid state belongs to.
var paymentNouns = map[string]bool{
	"order": true, "payment": true, "invoice": true, "charge": true, "transaction": true,
	"purchase": true, "checkout": true, "subscription": true,
}

// splitWords splits a Go identifier into lower-case camelCase words:
// "MarkOrderPaid" → mark order paid, "fulfillHTTPOrder" → fulfill http order.
func splitWords(name string) []string {
	var words []string
	rs := []rune(name)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i == len(rs) {
			words = append(words, strings.ToLower(string(rs[start:i])))
			break
		}
		c, prev := rs[i], rs[i-1]
		boundary := false
		switch {
		case c == '_':
			words = append(words, strings.ToLower(string(rs[start:i])))
			start = i + 1
			continue
		case unicode.IsUpper(c) && unicode.IsLower(prev):
			boundary = true
		case unicode.IsUpper(c) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			boundary = true
		case unicode.IsDigit(c) != unicode.IsDigit(prev):
			boundary = true
		}
		if boundary && i > start {
			words = append(words, strings.ToLower(string(rs[start:i])))
			start = i
		}
	}
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// fulfilmentName classifies a function name: Fulfillment for
// fulfilOrder/ShipOrder/GrantAccess/creditWallet, StateWrite|Fulfillment
// for markPaid/setPaid/MarkOrderPaid, 0 otherwise.
func fulfilmentName(name string) Kind {
	w := splitWords(name)
	if len(w) == 0 {
		return 0
	}
	if (w[0] == "mark" || w[0] == "set") && len(w) >= 2 && paidWords[w[len(w)-1]] {
		// markPaid, setOrderPaid, MarkAsPaid, MarkOrderFulfilled; a
		// vaguer state (completed, confirmed…) only of a payment or an
		// order: MarkPaymentSucceeded, not SetHandshakeConfirmed.
		switch w[len(w)-1] {
		case "paid", "fulfilled", "shipped", "delivered":
			return StateWrite | Fulfillment
		}
		for _, x := range w[1 : len(w)-1] {
			if paymentNouns[x] {
				return StateWrite | Fulfillment
			}
		}
		return 0
	}
	if !fulfilVerbs[w[0]] {
		return 0
	}
	if len(w) >= 2 && notGoods[w[1]] {
		return 0
	}
	if w[0] == "credit" && len(w) == 1 {
		return 0 // Credit() is as likely a getter as an action
	}
	return Fulfillment
}

// goodsContext reports whether a generic-verb function is about goods: a
// goods word in its name after the verb, in its receiver's or a
// parameter's type name, in a parameter's name (Grant(userID, courseID)),
// or in its package's name.
func goodsContext(fn *types.Func, sig *types.Signature) bool {
	var words []string
	words = append(words, splitWords(fn.Name())[1:]...)
	if fn.Pkg() != nil {
		words = append(words, splitWords(fn.Pkg().Name())...)
	}
	if sig.Recv() != nil {
		words = append(words, typeWords(sig.Recv().Type())...)
	}
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		words = append(words, typeWords(p.Type())...)
		if p.Name() != "" && p.Name() != "_" && !positionParam(p) {
			words = append(words, splitWords(p.Name())...)
		}
	}
	for _, w := range words {
		if goodsWord(w) {
			return true
		}
	}
	return false
}

// goodsWord: w is a goods word, or its plural (an Enrollments store, a
// Vouchers service): a repository is named after what it holds.
func goodsWord(w string) bool {
	if goodsWords[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && len(s) > 2 {
		if goodsWords[s] {
			return true
		}
		if e, ok := strings.CutSuffix(s, "e"); ok && goodsWords[e] {
			return true // accesses, boxes
		}
	}
	return false
}

// typeWords splits the name of a (pointer to, slice of) named type.
func typeWords(t types.Type) []string {
	for i := 0; i < 3; i++ {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			t = x.Elem()
			continue
		case *types.Slice:
			t = x.Elem()
			continue
		case *types.Named:
			return splitWords(x.Obj().Name())
		}
		return nil
	}
	return nil
}

// fulfilmentCall tells whether a call grants what was paid for by name.
// Functions of the standard library and getters are not.
func (b *builder) fulfilmentCall(fn *types.Func) Kind {
	if fn == nil || fn.Pkg() == nil || isStdlibPath(fn.Pkg().Path()) ||
		libraries.MatchString(fn.Pkg().Path()) || infraLibraries.MatchString(fn.Pkg().Path()) {
		return 0
	}
	k := fulfilmentName(fn.Name())
	if k == 0 {
		return 0
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return 0
	}
	if genericVerbs[splitWords(fn.Name())[0]] && !goodsContext(fn, sig) {
		return 0
	}
	// A bare verb (Deliver, Ship, Grant) on a mailer, a webhook sender or
	// an event bus delivers messages, not goods.
	if len(splitWords(fn.Name())) == 1 {
		if sig.Recv() != nil && messaging(sig.Recv().Type()) {
			return 0
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if messaging(sig.Params().At(i).Type()) {
				return 0
			}
		}
	}
	// A getter: no parameters and a single non-error result that is a
	// bool or a value (CreditBalance(), ShippingAddress()) is not an action.
	if sig.Params().Len() == 0 && sig.Results().Len() == 1 && !isErrorType(sig.Results().At(0).Type()) {
		if basic, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); ok && basic.Info()&types.IsBoolean != 0 {
			return 0
		}
	}
	return k
}

// messaging reports whether a type's name says it is a message, a mail,
// an event or a sender of those.
func messaging(t types.Type) bool {
	for _, w := range typeWords(t) {
		if messagingWords[w] {
			return true
		}
	}
	return false
}

var messagingWords = map[string]bool{
	"mail": true, "mailer": true, "email": true, "message": true, "msg": true, "notifier": true,
	"notification": true, "webhook": true, "event": true, "sms": true, "push": true, "queue": true,
	"logger": true, "log": true, "publisher": true, "sender": true, "envelope": true,
}

// infraLibraries are infrastructure libraries whose Activate/Deliver/Grant
// methods are about spans, packets or permissions, not goods.
var infraLibraries = modules{
	"go.opentelemetry.io",
	"github.com/quic-go",
	"cloud.google.com/go",
	"github.com/aws",
	"k8s.io",
	"github.com/prometheus",
	"go.uber.org",
	"github.com/nats-io",
	"github.com/segmentio/kafka-go",
	"github.com/IBM/sarama",
	"github.com/Shopify/sarama",
	"github.com/rabbitmq",
	"github.com/streadway/amqp",
	"google.golang.org",
	"golang.org/x",
}

func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

var (
	sqlUpdate   = lazyRE(`(?is)^\s*update\s+\S+\s+set\s+(.*)`)
	paidLiteral = lazyRE(`(?i)\b(status|state|payment_status|order_status|paid)\s*=\s*'(paid|succeeded|success|completed|complete|confirmed|captured|settled|fulfilled)'`)
	paidBool    = lazyRE(`(?i)\b(is_paid|paid)\s*=\s*(true|1)\b|\bpaid_at\s*=\s*(now\(\)|current_timestamp)`)
	statusParam = lazyRE(`(?i)\b(status|state|payment_status|order_status)\s*=\s*(\$[0-9]+|\?|:[a-z_]+|@[a-z_]+)`)
	paidValue   = lazyRE(`(?i)^(paid|succeeded|success|completed|complete|confirmed|captured|settled|fulfilled)$`)
	sqlSetEnd   = lazyRE(`(?is)^(.*?)\b(where|from|returning)\b`)
	statusCol   = lazyRE(`(?i)^(status|state|payment_status|order_status|paid)$`)
)

// stateWriteCall: an SQL UPDATE that stores a paid status, through
// database/sql Exec/ExecContext or any Exec/ExecContext method taking the
// query as a string — or a query method reading back what the UPDATE
// returns (QueryRowContext(ctx, "UPDATE … SET status = 'paid' … RETURNING
// id"): database/sql, pgx, sqlx; outside request handlers, see
// queryrowwrite.go); or Update("status", "paid") (gorm-style).
// Only the SET list counts: "… WHERE status = 'paid'" selects, it stores
// nothing.
func (b *builder) stateWriteCall(call *ast.CallExpr, fn *types.Func) bool {
	if b.statusParamCall(call, fn) {
		return true // SetStatus(ctx, id, "paid") of a store (st_statusparam.go)
	}
	if fn == nil || !hasRecv(fn) {
		return false
	}
	if b.moneyRowPaid(call, fn) {
		return true // a table whose rows carry money, set settled (voc_moneyrows.go)
	}
	if b.paidFlag(call, fn) {
		return true // a money-moved flag set on a row carrying money (paidflag.go)
	}
	// What is written, where the table or model is known (dbwrites.go).
	switch b.dbWrite(call, fn) {
	case dbGrant:
		return true
	case dbNot:
		return false
	}
	switch fn.Name() {
	case "Exec", "ExecContext", "MustExec", "MustExecContext",
		"QueryRow", "QueryRowContext", "Query", "QueryContext", // database/sql, pgx
		"QueryRowx", "QueryRowxContext", "Queryx", "QueryxContext": // sqlx
		if queryMethods[fn.Name()] && !b.queryWriteHere(call) {
			return false // queryrowwrite.go: outside request handlers for now
		}
		for i, a := range call.Args {
			q, ok := b.ix.stringConst(a)
			if !ok {
				continue
			}
			m := sqlUpdate.FindStringSubmatch(q)
			if m == nil {
				return false // a SELECT, an INSERT: not a stored status
			}
			set := sqlSetList(m[1])
			if paidLiteral.MatchString(set) || paidBool.MatchString(set) {
				return true
			}
			if statusParam.MatchString(set) {
				for _, arg := range call.Args[i+1:] {
					if b.mayBePaid(arg) { // a constant, or a local holding one
						return true
					}
				}
			}
			return false
		}
	case "Update", "UpdateColumn":
		if len(call.Args) == 2 {
			col, ok := b.ix.stringConst(call.Args[0])
			return ok && statusCol.MatchString(col) && b.mayBePaid(call.Args[1])
		}
	}
	return false
}

// sqlSetList is the SET list of an UPDATE's text after "SET": up to its
// WHERE, FROM or RETURNING clause.
func sqlSetList(rest string) string {
	if m := sqlSetEnd.FindStringSubmatch(rest); m != nil {
		return m[1]
	}
	return rest
}

// isStdlibPath: a standard-library import path (no dot in the first
// element). Used for callees; packages under analysis are checked by
// their files' location (see relevance.go).
func isStdlibPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".") && knownStdRoots[first]
}

// knownStdRoots are the first elements of standard-library paths; testdata
// packages in GOPATH mode ("model/x") must not be mistaken for them.
var knownStdRoots = map[string]bool{
	"archive": true, "bufio": true, "builtin": true, "bytes": true, "cmp": true, "compress": true,
	"container": true, "context": true, "crypto": true, "database": true, "debug": true,
	"embed": true, "encoding": true, "errors": true, "expvar": true, "flag": true, "fmt": true,
	"go": true, "hash": true, "html": true, "image": true, "index": true, "internal": true,
	"io": true, "iter": true, "log": true, "maps": true, "math": true, "mime": true, "net": true,
	"os": true, "path": true, "plugin": true, "reflect": true, "regexp": true, "runtime": true,
	"slices": true, "sort": true, "strconv": true, "strings": true, "structs": true, "sync": true,
	"syscall": true, "testing": true, "text": true, "time": true, "unicode": true, "unique": true,
	"unsafe": true, "weak": true, "vendor": true, "cmd": true,
}

// positionParam: an integer parameter whose name ends in a word other
// than an identifier's (nextStepOrder, sortOrder, lineItem int) holds a
// position or a count, not a purchase: provisionNextStep(s, nextStepOrder
// int) unlocks a lab step. orderID int64 and itemNo int still name goods.
func positionParam(p *types.Var) bool {
	b, ok := p.Type().Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	w := splitWords(p.Name())
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "id", "ids", "no", "num", "number", "ref":
		return false
	}
	return len(w) > 1
}
