package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- what a compared status belongs to -----------------------------------

// A status read from the merchant's own store counts as a paid check only
// when it may be a payment's: its type or field names a payment (the
// provider's own reads need no such words).
type subjectKind uint8

const (
	subjectNeutral subjectKind = iota // cannot tell: Row, Response, an anonymous struct, a string
	subjectPayment                    // Order, CheckoutSession, PaymentStatus, Subscription
	subjectOther                      // Account, User, Profile, Job, PaymentMethod
)

// subjectPaymentWords name what a paid state belongs to, as the payment
// model's paymentNouns and paymentTables do.
var subjectPaymentWords = []string{"payment", "payments", "order", "orders", "invoice", "invoices",
	"checkout", "subscription", "subscriptions", "sub", "subs", "charge", "charges", "transaction",
	"transactions", "txn", "purchase", "purchases", "billing", "membership", "booking", "reservation",
	"capture", "captures"}

// subjectNotWords name something else even next to a payment word
// (PaymentMethod, OrderEvent), as the payment model's notTables do.
var subjectNotWords = []string{"method", "methods", "card", "cards", "address", "event", "events",
	"webhook", "notification", "email", "message", "log", "token", "refund", "refunds", "payout", "payouts"}

// subjectEntityWords name what is not a payment in a field's name too
// (UserStatus, AccountState); a field's other words (FinancialStatus,
// LastStatus) say nothing.
var subjectEntityWords = []string{"account", "accounts", "user", "users", "profile", "customer", "member",
	"team", "org", "organization", "organisation", "workspace", "tenant", "device", "job", "task", "build",
	"deployment", "server", "service", "node", "cluster", "kyc", "verification", "identity", "phone",
	"shipment", "shipping", "delivery", "license", "licence", "entitlement", "seat"}

// subjectNeutralWords say nothing of what a type is: generic containers,
// the status itself, verdict words.
var subjectNeutralWords = []string{"row", "rows", "record", "records", "result", "results", "response",
	"resp", "res", "reply", "data", "info", "details", "detail", "status", "state", "statuses", "dto",
	"model", "body", "payload", "raw", "entry", "item", "object", "entity", "doc", "document", "summary",
	"view", "value", "current", "latest", "remote", "stored", "api", "http", "get", "fetch", "lookup",
	"out", "output", "t", "v", "is", "has", "paid", "succeeded", "success", "successful", "captured",
	"completed", "confirmed", "settled", "active", "code", "kind", "type", "str", "string"}

// judgeWords judges a type's name (typeName: a word it does not know
// names something else: Job, Server) or a field's (only the entity words
// do).
func judgeWords(ws []string, typeName bool) subjectKind {
	switch {
	case len(ws) == 0:
		return subjectNeutral
	case hasWord(ws, subjectNotWords...) != "":
		return subjectOther
	case hasWord(ws, subjectPaymentWords...) != "":
		return subjectPayment
	case hasWord(ws, subjectEntityWords...) != "":
		return subjectOther
	case !typeName:
		return subjectNeutral
	}
	for _, w := range ws {
		if hasWord([]string{w}, subjectNeutralWords...) == "" {
			return subjectOther
		}
	}
	return subjectNeutral
}

// judgeType judges a named type (through pointers): Order, AccountStatus.
func judgeType(t types.Type) subjectKind {
	for {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return judgeWords(words(n.Obj().Name()), true)
	}
	return subjectNeutral
}

// judgeField judges a field by its own name, else by its struct's type:
// Account.SubscriptionStatus is a payment's, Order.UserStatus is not,
// Account.Status follows Account.
func judgeField(st types.Type, idx int) subjectKind {
	u := st.Underlying()
	if p, ok := u.(*types.Pointer); ok {
		u = p.Elem().Underlying()
	}
	if s, ok := u.(*types.Struct); ok && idx < s.NumFields() {
		if fk := judgeWords(words(s.Field(idx).Name()), false); fk != subjectNeutral {
			return fk
		}
	}
	return judgeType(st)
}

// paymentSubject: v may be a payment's (or its status): the nearest named
// type or field on the way back from v names a payment, or none names
// anything.
func paymentSubject(v ssa.Value) bool {
	for i := 0; i < 8 && v != nil; i++ {
		if k := judgeType(v.Type()); k != subjectNeutral {
			return k == subjectPayment
		}
		switch x := v.(type) {
		case *ssa.FieldAddr:
			if k := judgeField(x.X.Type(), x.Field); k != subjectNeutral {
				return k == subjectPayment
			}
			v = x.X
		case *ssa.Field:
			if k := judgeField(x.X.Type(), x.Field); k != subjectNeutral {
				return k == subjectPayment
			}
			v = x.X
		case *ssa.UnOp:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Call:
			// strings.ToLower(acct.Status), strings.TrimSpace(...)
			o := calleeObj(x.Common())
			if o == nil || o.Pkg() == nil || o.Pkg().Path() != "strings" || len(x.Call.Args) == 0 {
				return true
			}
			v = x.Call.Args[0]
		default:
			return true
		}
	}
	return true
}
