package handler

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a browser's landing page, by what the handler does ----------------------
//
// "callback", "notify" and "events" are weak words: "/pay/callback" is a
// provider's server-to-server notification on one site and the page the
// hosted payment page sends the buyer back to on another. A provider
// notifies by POSTing a body (JSON, XML or a form) and signs it; a
// browser comes back with a GET whose data is in the query string. So a
// handler registered for GET only, or one reading query parameters only,
// that reads no body, no form, no signature (header or parameter) and
// verifies nothing, is a landing page: its weak words do not make it a
// webhook, and "callback" next to a payment word makes it a return page —
// unless it answers a gateway's acknowledgement word ("success") and no
// page (notifyack.go).

// landingBodyMethods read the request body or a posted form, on
// *http.Request or on a framework's request context.
var landingBodyMethods = map[string]bool{
	"Body": true, "PostBody": true, "GetRawData": true, "GetBody": true, "RawBody": true, "BodyRaw": true,
	"RequestBody": true, "BodyParser": true, "Bind": true, "ShouldBind": true, "BindJSON": true,
	"ShouldBindJSON": true, "BindXML": true, "ShouldBindXML": true, "BindWith": true, "ShouldBindWith": true,
	"ShouldBindBodyWith": true, "MustBindWith": true, "ReadJSON": true, "ReadXML": true, "ReadForm": true,
	"ReadBody": true, "PostForm": true, "DefaultPostForm": true, "GetPostForm": true, "PostFormArray": true,
	"PostFormMap": true, "GetPostFormArray": true, "FormValue": true, "PostFormValue": true, "FormFile": true,
	"MultipartForm": true, "ParseForm": true, "ParseMultipartForm": true, "MultipartReader": true,
	"PostArgs": true, "PostValue": true, "FormParams": true, "FormValues": true,
}

// requestBodyFields are the fields of *http.Request that hold what was posted.
var requestBodyFields = map[string]bool{"Body": true, "Form": true, "PostForm": true, "MultipartForm": true, "GetBody": true}

// sigParamWords name a signature carried as a request parameter (a
// provider that notifies by GET signs its query: sign=…, hmac=…).
var sigParamWords = []string{"signature", "signatures", "sign", "sig", "hmac", "digest", "mac", "checksum", "hash"}

// landing reports whether h is a page a browser lands on rather than a
// provider's notification (see above).
func (h *Handler) landing() bool {
	if h.Fn == nil || h.CallsVerifier || h.BodyEvent != "" {
		return false
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return false
		}
	}
	query := false
	for _, p := range h.Params {
		switch {
		case p.Source == "form" || p.Source == "":
			return false // a posted form: a provider's notify may post one
		case hasWord(sharedWords(p.Name), sigParamWords...) != "":
			return false // a signed query: a provider's GET notification
		case p.Source == "query":
			query = true
		}
	}
	if readsPosted(h.Fn) {
		return false
	}
	if acksNotifier(h.Fn) {
		return false // answers a gateway's "success": a notification sent as a GET (notifyack.go)
	}
	return getOnly(h.Routes) || query && !writesOnly(h.Routes)
}

// readsPosted reports whether fn (or a literal in it) reads the request
// body or a posted form, or hands the request to code that may.
func readsPosted(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if postedRead(in) {
					return true
				}
			}
		}
	}
	return false
}

// postedRead: one instruction reads what was posted (r.Body, r.PostForm,
// c.ShouldBindJSON, ctx.PostBody()) or passes the request on.
func postedRead(in ssa.Instruction) bool {
	switch x := in.(type) {
	case *ssa.FieldAddr:
		return namedIs(x.X.Type(), httpPkgs, "Request") && requestBodyFields[fieldName(x.X.Type(), x.Field)]
	case *ssa.Field:
		return namedIs(x.X.Type(), httpPkgs, "Request") && requestBodyFields[fieldName(x.X.Type(), x.Field)]
	case ssa.CallInstruction:
		return postedCall(x.Common())
	}
	return false
}

// postedCall: a call that reads the body or a form of the request it is
// made on, or that is handed the request itself by a function that is not
// a router's path-parameter helper or net/http's answer helpers: it may
// read the body (a helper parseNotify(r), go-zero's httpx.Parse(r, &req)).
// A request context handed as a context.Context is only a context.
func postedCall(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	sig := callSig(c)
	if sig == nil {
		return false
	}
	if o != nil && landingBodyMethods[o.Name()] && sig.Recv() != nil && requestType(sig.Recv().Type()) {
		return true
	}
	if o != nil && landingBodyMethods[o.Name()] && c.IsInvoke() && requestType(c.Value.Type()) {
		return true
	}
	args := c.Args
	if sig != nil && sig.Recv() != nil && !c.IsInvoke() && len(args) > 0 {
		args = args[1:] // the receiver: r.Context(), c.Query("id")
	}
	if o != nil && pathHelperPkg(pkgOf(o)) {
		return false
	}
	params := sig.Params()
	for i, a := range args {
		if !requestType(strip(a).Type()) {
			continue
		}
		if i < params.Len() && isContextIface(params.At(i).Type()) {
			continue // svc.Grant(c, …): c only as a context.Context
		}
		return true
	}
	return false
}

// callSig is the signature of the called function or method (not
// c.Signature(): it panics on a type parameter without a core type).
func callSig(c *ssa.CallCommon) *types.Signature {
	if c.IsInvoke() {
		sig, _ := c.Method.Type().(*types.Signature)
		return sig
	}
	if c.Value == nil {
		return nil
	}
	sig, _ := c.Value.Type().Underlying().(*types.Signature)
	return sig
}

// pathHelperPkg: packages whose functions take the request only to read
// its path or to answer it (chi.URLParam, mux.Vars, http.Redirect).
func pathHelperPkg(p string) bool {
	for _, f := range []string{"net/http", "github.com/go-chi/", "github.com/gorilla/mux", "github.com/julienschmidt/httprouter"} {
		if p == f || strings.HasPrefix(p, f) {
			return true
		}
	}
	return false
}

// isContextIface: t is context.Context.
func isContextIface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// payCallback: ws name a payment's callback ("/pay/callback",
// "PaymentCallback", "/checkout/callback"), not an account flow's.
func payCallback(ws []string) bool {
	return hasWord(ws, "callback", "callbacks") != "" && hasWord(ws, paymentWords...) != "" && !accountFlow(ws)
}

// weakWebhookWord: w, returned by says, is a weak webhook word.
func weakWebhookWord(w string) bool {
	return hasWord([]string{w}, webhookStrong...) == ""
}
