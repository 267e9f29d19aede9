package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhooks of routed handlers known by their body -------------------------
//
// Real notify endpoints are mounted on routes and named in the team's own
// words ("POST /api/pay/result" → h.Result). Such a routed handler is a
// provider's webhook when what it does says so:
//   - its payload is a provider's: it decodes the request body into an
//     event type (named …Event, …Notification, …Notify, …Callback, …IPN)
//     of a payment SDK or with payment fields, or it reads the raw body
//     (io.ReadAll(r.Body), c.GetRawData(), ctx.GetBody(), c.Body()) and
//     decodes it into a struct with payment fields (a status with a
//     payment or order reference or an amount);
//   - it leads to a payment effect (a fulfilment or a paid-state write,
//     directly, through a function summary, or through an interface this
//     package implements with one: ifaceeffects.go);
//   - and nothing says it is a person's request: no back-office, account,
//     upload or OAuth route, not GET only, no payment sent to a provider
//     from it (a checkout charges; a webhook is told).

// eventTypeWords name the type a provider's event is decoded into.
var eventTypeWords = []string{"event", "notification", "notify", "callback", "ipn", "webhook", "hook"}

// personWords: routes and names of requests made by people (staff,
// uploads, imports), never by a provider.
var personWords = []string{"admin", "backoffice", "staff", "upload", "uploads", "import", "imports", "profile",
	"settings", "dashboard", "console", "me", "account"}

// bodyClass returns why routed handler h is a provider's webhook by its
// body ("decodes the request body into AlipayNotify and updates payment
// state"), or "".
func (m *Model) bodyClass(h *Handler) string {
	if h.Body == nil || m.info == nil || len(h.Routes) == 0 {
		return ""
	}
	if staffOnly(h.Routes) || accountRoutes(h.Routes) || h.oauthResponse() || getOnly(h.Routes) || m.personNamed(h) {
		return ""
	}
	if len(m.fulfilments(h.Body)) == 0 && !m.ifaceLocalEffect(h.Body) || m.sendsPayment(h.Body) {
		return ""
	}
	raw := m.readsRawBody(h.Body)
	for _, d := range m.decodedVars(h.Body) {
		t := d.t
		pf := paymentFields(t, 0)
		named := hasWord(sharedWords(t.Obj().Name()), eventTypeWords...) != ""
		if named && (pf || sdkPath(t.Obj().Pkg().Path())) {
			return "decodes the request body into " + t.Obj().Name() + " and updates payment state"
		}
		if raw && pf {
			return "reads the raw request body into " + t.Obj().Name() + " and updates payment state"
		}
		if (named || raw) && m.eventShaped(h.Body, d) {
			return "decodes the request body into " + t.Obj().Name() + ", a payment event by its envelope, and updates payment state"
		}
		if ev := providerEvent(t); ev != "" { // sdkevent.go
			return "decodes the request body into " + t.Obj().Name() + ", holding " + ev + ", and updates payment state"
		}
	}
	if why := m.anonPaidPayload(h); why != "" { // bodyshape.go
		return why
	}
	return m.mapPaidPayload(h) // mappayload.go
}

// getOnly: every route of h says GET (a provider posts its events).
func getOnly(routes []*Route) bool {
	for _, r := range routes {
		if !strings.EqualFold(r.Method, "GET") {
			return false
		}
	}
	return len(routes) > 0
}

// personNamed: a route, the handler's name or its package names a
// person's request.
func (m *Model) personNamed(h *Handler) bool {
	ws := append(words(h.Name), words(m.pass.Pkg.Path())...)
	for _, r := range h.Routes {
		ws = append(ws, words(r.Path)...)
	}
	return hasWord(ws, personWords...) != ""
}

// sendsPayment: body sends a payment write to a provider (a charge, a
// capture): a checkout, not a notification.
func (m *Model) sendsPayment(body *ast.BlockStmt) bool {
	for _, op := range m.info.Within(body) {
		if op.Kind.Has(payment.Write) {
			return true
		}
	}
	return false
}

// rawBodyMethods return a request's raw body on a framework's context.
var rawBodyMethods = map[string]bool{"GetRawData": true, "GetBody": true, "PostBody": true, "Body": true,
	"RawBody": true, "BodyRaw": true, "RequestBody": true}

// readsRawBody: body reads the raw request body: io.ReadAll (or
// ioutil.ReadAll) of a request's Body, or a raw-body method of a request
// context (gin GetRawData, iris GetBody, fiber Body, fasthttp PostBody).
func (m *Model) readsRawBody(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && m.rawBodyField(sel) { // bodyfield.go: beego's ctx.Input.RequestBody
			found = true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := m.calleeFunc(call)
		if fn == nil {
			return true
		}
		switch {
		case fn.Name() == "ReadAll" && (pkgOf(fn) == "io" || pkgOf(fn) == "io/ioutil") && len(call.Args) == 1:
			sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
			found = ok && sel.Sel.Name == "Body" && m.requestValue(sel.X)
		case rawBodyMethods[fn.Name()]:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				found = m.requestValue(sel.X)
			}
		}
		return !found
	})
	return found
}

// requestValue: e is an *http.Request or a framework's request context
// (known by name or by shape).
func (m *Model) requestValue(e ast.Expr) bool {
	t := m.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	// echo's c.Request().Body: the call's type is *http.Request.
	if namedIs(t, httpPkgs, "Request") || namedIs(t, ginPkgs, "Context") || namedIs(t, echoPkgs, "Context") ||
		namedIs(t, fiberPkgs, "Ctx") || frameworkCtx(t) {
		return true
	}
	return false
}

// decodedTypes returns the named struct types the body decodes data into
// (json/xml Unmarshal, a decoder's Decode, a request context's binder), in
// source order.
func (m *Model) decodedTypes(body *ast.BlockStmt) []*types.Named {
	var out []*types.Named
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || !m.decoder(call) {
			return true
		}
		if nt, _ := m.decodedInto(call); nt != nil && nt.Obj().Pkg() != nil {
			if _, ok := nt.Underlying().(*types.Struct); ok {
				out = append(out, nt)
			}
		}
		return true
	})
	return out
}

// binders decode the request body into their last argument.
var binders = map[string]bool{"ShouldBindJSON": true, "BindJSON": true, "ShouldBind": true, "Bind": true,
	"ShouldBindXML": true, "BindXML": true, "BodyParser": true, "ReadJSON": true, "ReadXML": true,
	"BindAndValidate": true, "ShouldBindBodyWith": true}

// decoder: call decodes into its last argument.
func (m *Model) decoder(call *ast.CallExpr) bool {
	fn := m.calleeFunc(call)
	if fn == nil {
		return false
	}
	p := pkgOf(fn)
	switch fn.Name() {
	case "Unmarshal", "Decode":
		return strings.HasPrefix(p, "encoding/") || strings.Contains(p, "json")
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && binders[fn.Name()] {
		return m.requestValue(sel.X)
	}
	return false
}

// Field vocabularies of a payment notification (normalised names).
var (
	notifyStatus = map[string]bool{"status": true, "tradestatus": true, "paymentstatus": true,
		"transactionstatus": true, "tradestate": true, "state": true, "resultcode": true, "orderstatus": true, "paystatus": true}
	notifyRef = map[string]bool{"outtradeno": true, "tradeno": true, "orderid": true, "orderno": true,
		"ordernumber": true, "merchantorderid": true, "paymentid": true, "transactionid": true, "txnid": true,
		"invoiceid": true, "chargeid": true, "externalid": true, "reference": true, "referenceid": true,
		"paymentintent": true, "paymentintentid": true, "billid": true, "amount": true, "totalamount": true,
		"totalfee": true, "amountpaid": true, "paidamount": true,
		// Daraja (M-Pesa): STK push callbacks and C2B confirmations
		"checkoutrequestid": true, "merchantrequestid": true, "mpesareceiptnumber": true, "transid": true,
		"transamount": true, "billrefnumber": true}
)

// paymentFields: struct t (or a struct nested in it, up to three levels:
// Daraja's Body.stkCallback.ResultCode) has a status field and a payment
// reference or amount field, by Go name or json/xml tag.
func paymentFields(t types.Type, depth int) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth > 3 {
		return false
	}
	var status, ref bool
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		for _, n := range fieldNames(f, st.Tag(i)) {
			status = status || notifyStatus[n]
			ref = ref || notifyRef[n]
		}
		ft := f.Type()
		if p, ok := types.Unalias(ft).(*types.Pointer); ok {
			ft = p.Elem()
		}
		if paymentFields(ft, depth+1) {
			return true
		}
	}
	return status && ref
}

// fieldNames: the field's Go name and its json/xml/form tag names,
// normalised.
func fieldNames(f *types.Var, tag string) []string {
	out := []string{norm(f.Name())}
	st := reflect.StructTag(tag)
	for _, k := range []string{"json", "xml", "form"} {
		if v, ok := st.Lookup(k); ok {
			if name, _, _ := strings.Cut(v, ","); name != "" && name != "-" {
				out = append(out, norm(name))
			}
		}
	}
	return out
}

// decodedInto is the named type a decoding call fills, nil when it is
// not a named type, and the value it fills: its last argument without the
// & (ev of &ev, or a pointer variable).
func (m *Model) decodedInto(call *ast.CallExpr) (*types.Named, ast.Expr) {
	if len(call.Args) == 0 {
		return nil, nil
	}
	target := ast.Unparen(call.Args[len(call.Args)-1])
	if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
		target = ast.Unparen(u.X)
	}
	t := m.pass.TypesInfo.TypeOf(target)
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n, target
}
