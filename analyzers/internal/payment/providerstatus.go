package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
)

// ---- a payment provider's posted status saved on the row --------------------
//
// bodystatus.go judges the posted status stored through a row-taking
// helper, and only when the function compares it with a paid value: a
// status never compared may come from a sender whose vocabulary holds no
// paid word (a carrier's "delivered"). Two shapes stayed unseen:
//
//	var p XenditWebhookPayload          // {"status": "PAID", …}
//	c.ShouldBindJSON(&p)
//	order.Status = strings.ToLower(p.Status)
//	db.Save(&order)
//
// the row handed straight to GORM (Save, Create, Updates), and no
// comparison. Here the sender is known: the function or the type the body
// is decoded into is named for a payment provider and for its callback
// (XenditWebhookHandler, PaystackNotice), so the status posted is that
// provider's, whose vocabulary has a paid value (PAID, settlement,
// succeeded): whoever posts it marks the order paid. Without the
// provider's name the old rule stands: a compare with a paid value.

// r15Providers name payment providers (not a word of a purchase: no
// "square", "checkout").
var r15Providers = []string{"stripe", "paypal", "adyen", "braintree", "razorpay", "mollie", "xendit", "midtrans",
	"paystack", "flutterwave", "gocardless", "paddle", "mercadopago", "yookassa", "klarna", "mpesa", "daraja",
	"momo", "coinbase", "nowpayments", "coinpayments", "duitku", "tripay", "ipaymu", "doku"}

// hookWords name a provider's callback to the merchant.
var hookWords = []string{"webhook", "webhooks", "callback", "callbacks", "notification", "notifications",
	"notify", "ipn", "hook", "notice"}

// providerHookName: name's words name a payment provider and a callback.
func providerHookName(name string) bool {
	ws := splitWords(name)
	prov, hook := false, false
	for _, w := range ws {
		prov = prov || slices.Contains(r15Providers, w)
		hook = hook || slices.Contains(hookWords, w)
	}
	return prov && hook
}

// providerStatusOp: cs hands a payment row to GORM whose status column
// was given the posted status of a payment provider's callback, or a
// posted status the function compares with a paid value; the op, or nil.
func (b *builder) providerStatusOp(cs callSite) *Op {
	fn, call := cs.Callee, cs.Call
	if fn == nil || cs.Decl == nil || cs.Decl.Body == nil || !dblib.IsGORM(funcPath(fn)) || recvTypeName(fn) != "DB" ||
		len(call.Args) != 1 {
		return nil
	}
	switch fn.Name() {
	case "Save", "Create", "Updates":
	default:
		return nil
	}
	arg := call.Args[0]
	row := b.ix.identVar(stripAddr(arg))
	if row == nil {
		return nil
	}
	table := b.gormTable(call, arg)
	if kindOfTable(table) != tablePayment {
		return nil
	}
	st := rowStruct(row.Type())
	if st == nil {
		return nil
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		col := fieldColumn(f, st.Tag(i))
		if !statusColumns[col] {
			continue
		}
		val := b.l14FieldValue(arg, f.Name(), call.Pos())
		if val == nil {
			continue
		}
		t := &trace{b: b, before: call.Pos(), aliases: map[string]bool{}}
		if !t.bodyStatus(val, 0) {
			continue
		}
		fact := &FieldStatusFact{Field: f.Name(), Table: table, Col: col}
		if !b.providerSent(cs.Decl, t) && !t.mayBePaid(cs.Decl.Body, val, fact) {
			continue
		}
		return &Op{Call: call, Kind: StateWrite,
			Desc: "the posted status stored as " + strings.Join(table, "_") + "." + col + " by " + qualName(fn)}
	}
	return nil
}

// providerSent: the function, its receiver's type, or a type the body
// was decoded into is named for a payment provider's callback.
func (b *builder) providerSent(decl *ast.FuncDecl, t *trace) bool {
	if providerHookName(decl.Name.Name) {
		return true
	}
	if decl.Recv != nil && len(decl.Recv.List) == 1 {
		if n := r15Named(b.ix.info.TypeOf(decl.Recv.List[0].Type)); n != nil && providerHookName(n.Obj().Name()) {
			return true
		}
	}
	for v, decoded := range t.decoded {
		if n := r15Named(v.Type()); decoded && n != nil && providerHookName(n.Obj().Name()) {
			return true
		}
	}
	return false
}

// r15Named: t, or what it points to, as a named type.
func r15Named(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// rowStruct: the struct a row variable holds (or points to).
func rowStruct(t types.Type) *types.Struct {
	n := r15Named(t)
	if n == nil {
		return nil
	}
	st, _ := n.Underlying().(*types.Struct)
	return st
}
