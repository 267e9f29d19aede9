package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/varflow"
)

// ---- a message to the merchant's own operations channel -------------
//
// mailCall takes a function for a message by its name (SendTelegramAlert,
// SendMessage on a TelegramService): a webhook calling it mails the
// customer again on every delivery (webhookdedupe). But many such
// senders write to no customer at all: they post to the merchant's own
// operations chat or channel, whose recipient is fixed by configuration —
// a Telegram bot's chat id, a Slack channel, an alert address read
// from the environment — and never taken from the payment,
// the order or the customer. Such a message is an internal alert (a log
// line with a bell), not a customer notification; one per delivery is
// what its readers want.
//
// What the body shows decides, when it is in sight: every outbound send
// of the sender (an HTTP send, net/smtp's SendMail) goes to a recipient
// fixed by configuration — the request's URL and every recipient slot
// (a key or field of the payload literal naming a recipient: chat_id,
// channel, to, email, phone; SendMail's addresses) hold no value derived
// from the sender's parameters, and at least one recipient slot is
// configured (a field, a variable, an environment read: not a constant,
// which may stand in for a customer; a URL alone proves nothing, since a
// mail API's endpoint mails whoever the reference it is posted names) —
// and its parameters are plain text (strings, numbers,
// a context, an error: nothing that can carry a customer), or calls of
// other such senders (of this package, two levels down; of another, by
// AlertFact). A sender handed an order, a customer or an address, or one
// whose payload is built elsewhere, keeps its name's verdict.

// AlertFact marks a message sender whose every message goes to a
// recipient fixed by configuration.
type AlertFact struct{}

// AFact marks AlertFact as a fact.
func (*AlertFact) AFact() {}

func (*AlertFact) String() string { return "alerts a fixed operations recipient" }

// recipientWords name a recipient slot of a message payload.
var recipientWords = []string{"chat", "channel", "to", "recipient", "recipients", "email", "phone", "msisdn",
	"address", "number", "user", "customer"}

// exportAlerts exports AlertFact for the package's fixed-recipient
// senders (run for every package, whatever its relevance).
func exportAlerts(pass *analysis.Pass) {
	if pass.Pkg == nil || stdPath(pass.Pkg.Path()) {
		return
	}
	decls, fns := bodiedDecls(pass)
	for _, s := range fns {
		if mayAlert(pass, decls[s]) && alertsOnly(pass, decls, s, 0) {
			pass.ExportObjectFact(s, &AlertFact{})
		}
	}
}

// mayAlert: fd sends something out (an HTTP send, SendMail, a sender
// of this package named for a message or of another package known as an
// alert): a cheap filter before alertsOnly. A sender not named for a
// message (SendMessage on a TelegramService) is exported too, so that a
// named one calling it is known.
func mayAlert(pass *analysis.Pass, fd *ast.FuncDecl) bool {
	if fd == nil || fd.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			return true
		}
		fn = fn.Origin()
		found = httpSend(fn) || pkgOf(fn) == "net/smtp" || fn.Pkg() == pass.Pkg && mailCall(fn) ||
			fn.Pkg() != nil && fn.Pkg() != pass.Pkg && !stdPath(fn.Pkg().Path()) && pass.ImportObjectFact(fn, new(AlertFact))
		return !found
	})
	return found
}

// internalAlert: fn, a function mailCall takes for a message by its
// name, sends only to a recipient fixed by configuration.
func (m *Model) internalAlert(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	if fn.Pkg() == m.pass.Pkg {
		return alertsOnly(m.pass, m.decls, fn, 0)
	}
	return m.pass.ImportObjectFact(fn, new(AlertFact))
}

// alertsOnly: fn's body sends at least one message and every one goes to
// a recipient fixed by configuration.
func alertsOnly(pass *analysis.Pass, decls map[*types.Func]*ast.FuncDecl, fn *types.Func, depth int) bool {
	fd := decls[fn]
	if fd == nil || fd.Body == nil || !plainTextParams(fn) {
		return false
	}
	info := pass.TypesInfo
	tainted := paramDerived(info, fd)
	sends, fixed, ok := 0, false, true
	// url: a URL or server argument of a send: no parameter may decide it.
	// It is no evidence of a fixed recipient (a mail API's endpoint from
	// configuration may mail whoever the reference it is posted names).
	url := func(e ast.Expr) {
		if varflow.Mentions(info, tainted, e) {
			ok = false
		}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch x := n.(type) {
		case *ast.GoStmt:
			ok = false // work in the background paylint does not follow here
		case *ast.CompositeLit:
			switch recipientSlots(info, x, tainted) {
			case slotFromParam:
				ok = false
			case slotConfigured:
				fixed = true
			}
		case *ast.AssignStmt: // p.To = to, m["chat_id"] = id
			for i, l := range x.Lhs {
				if i < len(x.Rhs) && recipientName(info, l) && varflow.Mentions(info, tainted, x.Rhs[i]) {
					ok = false
				}
			}
		case *ast.CallExpr:
			callee, _ := typeutil.Callee(info, x).(*types.Func)
			if callee == nil {
				return true
			}
			callee = callee.Origin()
			if setsRecipient(info, x, tainted) { // v.Set("to", phone)
				ok = false
				return false
			}
			switch {
			case pkgOf(callee) == "net/http" && (callee.Name() == "NewRequest" || callee.Name() == "NewRequestWithContext"):
				url(x.Args[len(x.Args)-2])
			case pkgOf(callee) == "net/smtp" && callee.Name() == "SendMail" && len(x.Args) == 5:
				sends++
				url(x.Args[0])
				switch {
				case varflow.Mentions(info, tainted, x.Args[3]):
					ok = false
				case configured(info, x.Args[3]):
					fixed = true // an address from configuration, not a constant stand-in
				}
			case httpSend(callee):
				sends++
				if callee.Name() != "Do" && len(x.Args) > 0 { // http.Post(url, …), a resty request's Post(url)
					url(x.Args[0])
				}
			case callee.Pkg() != nil && callee.Pkg() != pass.Pkg:
				if pass.ImportObjectFact(callee, new(AlertFact)) {
					sends++
					fixed = true
				} else if googleCall(callee) || mailCall(callee) {
					ok = false
				}
			case callee.Pkg() == pass.Pkg && decls[callee] != nil && mailCall(callee):
				if depth < 2 && alertsOnly(pass, decls, callee, depth+1) {
					sends++
					fixed = true
				} else {
					ok = false
				}
			}
		}
		return ok
	})
	return ok && sends > 0 && fixed
}

// plainTextParams: fn's parameters can carry no customer: strings,
// numbers, booleans, a context, an error.
func plainTextParams(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if hasWord(sharedWords(sig.Params().At(i).Name()), recipientWords...) != "" {
			return false // a recipient handed in (to, phone, chatID)
		}
		t := sig.Params().At(i).Type()
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&(types.IsString|types.IsNumeric|types.IsBoolean) != 0 {
			continue
		}
		if named, ok := t.(*types.Named); ok && named.Obj().Pkg() != nil &&
			(named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context") {
			continue
		}
		if types.Identical(t, types.Universe.Lookup("error").Type()) {
			continue
		}
		return false
	}
	return true
}

// paramDerived: fd's parameters and the locals assigned from them.
func paramDerived(info *types.Info, fd *ast.FuncDecl) map[*types.Var]bool {
	out := paramsOf(info, fd)
	for round := 0; round < 3; round++ {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				id, _ := l.(*ast.Ident)
				if id == nil {
					continue
				}
				rhs := as.Rhs[0]
				if len(as.Rhs) == len(as.Lhs) {
					rhs = as.Rhs[i]
				}
				if _, lit := rhs.(*ast.CompositeLit); lit {
					continue // a payload literal: judged slot by slot
				}
				if varflow.Mentions(info, out, rhs) {
					if v, ok := info.ObjectOf(id).(*types.Var); ok {
						out[v] = true
					}
				}
			}
			return true
		})
	}
	return out
}

// The recipient slots of a payload literal.
const (
	slotNone = iota
	slotConfigured
	slotFromParam
)

// recipientSlots: whether a key or field of lit naming a recipient holds
// a value derived from the sender's parameters, or one configured.
func recipientSlots(info *types.Info, lit *ast.CompositeLit, tainted map[*types.Var]bool) int {
	out := slotNone
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok || !recipientName(info, kv.Key) {
			continue
		}
		switch {
		case varflow.Mentions(info, tainted, kv.Value):
			return slotFromParam
		case configured(info, kv.Value):
			out = slotConfigured
		}
	}
	return out
}

// recipientName: e (a key, a field, an index) names a recipient.
func recipientName(info *types.Info, e ast.Expr) bool {
	var name string
	switch k := e.(type) {
	case *ast.Ident:
		name = k.Name
	case *ast.SelectorExpr:
		name = k.Sel.Name
	case *ast.IndexExpr:
		return recipientName(info, k.Index)
	case *ast.BasicLit:
		if tv, ok := info.Types[k]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			name = constant.StringVal(tv.Value)
		}
	}
	return name != "" && hasWord(sharedWords(name), recipientWords...) != ""
}

// setsRecipient: call hands a recipient key and a parameter's value
// together (v.Set("to", phone), q.Add("chat_id", id)).
func setsRecipient(info *types.Info, call *ast.CallExpr, tainted map[*types.Var]bool) bool {
	if len(call.Args) != 2 {
		return false
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING || strings.ContainsAny(lit.Value, "/: ") {
		return false // a key (To, chat_id), not a URL or a sentence
	}
	return recipientName(info, lit) && varflow.Mentions(info, tainted, call.Args[1])
}

// configured: e is not a constant alone (a provider's fixed endpoint
// says nothing of the recipient): it reads a field, a variable or the
// environment.
func configured(info *types.Info, e ast.Expr) bool {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if _, ok := info.ObjectOf(x.Sel).(*types.Var); ok {
				found = true
			}
		case *ast.Ident:
			if _, ok := info.ObjectOf(x).(*types.Var); ok {
				found = true
			}
		case *ast.CallExpr:
			if fn, _ := typeutil.Callee(info, x).(*types.Func); fn != nil && pkgOf(fn) == "os" && (fn.Name() == "Getenv" || fn.Name() == "LookupEnv") {
				found = true
			}
		}
		return !found
	})
	return found
}

// withoutAlerts drops the messages of effects when fd is a sender to a
// recipient fixed by configuration (its SendMail or HTTP post is an
// internal alert, not a customer's message).
func (d *Dedupe) withoutAlerts(fd *ast.FuncDecl, effects []Effect) []Effect {
	hasMail := false
	for _, e := range effects {
		hasMail = hasMail || e.Kind == Mail
	}
	if !hasMail {
		return effects
	}
	fn, _ := d.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || !alertsOnly(d.pass, d.m.decls, fn, 0) {
		return effects
	}
	var out []Effect
	for _, e := range effects {
		if e.Kind != Mail {
			out = append(out, e)
		}
	}
	return out
}
