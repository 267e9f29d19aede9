package handler

import (
	"go/types"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- handler shapes ----------------------------------------------------

func namedIs(t types.Type, pkgs []string, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj() == nil || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return false
	}
	for _, p := range pkgs {
		if n.Obj().Pkg().Path() == p {
			return true
		}
	}
	return false
}

func isPtr(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

var (
	ginPkgs   = []string{"github.com/gin-gonic/gin"}
	echoPkgs  = []string{"github.com/labstack/echo/v4", "github.com/labstack/echo"}
	fiberPkgs = []string{"github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3"}
	httpPkgs  = []string{"net/http"}
	errorType = types.Universe.Lookup("error").Type()
)

// shape returns the framework of a function signature that serves HTTP
// requests, or 0.
func shape(sig *types.Signature) Framework {
	if sig == nil {
		return 0
	}
	ps, rs := sig.Params(), sig.Results()
	switch {
	case ps.Len() == 2 && rs.Len() == 0 && namedIs(ps.At(0).Type(), httpPkgs, "ResponseWriter") &&
		namedIs(ps.At(1).Type(), httpPkgs, "Request") && isPtr(ps.At(1).Type()):
		return NetHTTP
	case ps.Len() == 1 && rs.Len() == 0 && namedIs(ps.At(0).Type(), ginPkgs, "Context") && isPtr(ps.At(0).Type()):
		return Gin
	case ps.Len() == 1 && rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType) && namedIs(ps.At(0).Type(), echoPkgs, "Context"):
		return Echo
	case ps.Len() == 1 && rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType) && namedIs(ps.At(0).Type(), fiberPkgs, "Ctx") && isPtr(ps.At(0).Type()):
		return Fiber
	case structShape(sig):
		return Structural
	}
	return 0
}

// handlerType reports whether t is a type that holds a handler: a func of
// a handler shape, http.Handler, http.HandlerFunc, gin.HandlerFunc,
// echo.HandlerFunc, fiber.Handler.
func handlerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if namedIs(t, httpPkgs, "Handler") || namedIs(t, httpPkgs, "HandlerFunc") ||
		namedIs(t, ginPkgs, "HandlerFunc") || namedIs(t, echoPkgs, "HandlerFunc") {
		return true
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		return shape(sig) != 0
	}
	return false
}

func funcName(obj *types.Func) string {
	if obj == nil {
		return ""
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + obj.Name()
		}
	}
	return obj.Name()
}

// ---- words ---------------------------------------------------------------

// words splits an identifier or path into lower-case words:
// "handleThankYou" -> handle thank you; "/checkout/thank-you" -> checkout thank you.
// The split of a string is remembered (wordMemo): the models ask it of the
// same few names — a handler's, its routes', the event type's — from
// every classifier, and each split built a rune slice and a lower-case
// string per word. Callers get their own slice, free to append to or
// rewrite.
func words(s string) []string {
	return slices.Clone(wordSplits.of(s))
}

// sharedWords is words without the copy, for a caller that only reads the
// answer (hasWord(sharedWords(name), …)): the slice is the memo's own.
func sharedWords(s string) []string { return wordSplits.of(s) }

// wordMemo remembers splitWords; it is emptied when it grows past
// wordMemoLimit (a long-running driver sees every package's names).
type wordMemo struct {
	mu sync.Mutex
	m  map[string][]string
}

const wordMemoLimit = 1 << 13

var wordSplits wordMemo

func (c *wordMemo) of(s string) []string {
	c.mu.Lock()
	ws, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return ws
	}
	ws = splitWords(s)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= wordMemoLimit {
		c.m = map[string][]string{}
	}
	c.m[s] = ws
	c.mu.Unlock()
	return ws
}

// splitWords is words without the memo.
func splitWords(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && len(cur) > 0 {
				prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
				nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
				if prevLower || (unicode.IsUpper(rs[i-1]) && nextLower) {
					flush()
				}
			}
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return joinProviders(out)
}

// joinProviders rejoins a provider's name that words split at a capital
// ("GoCardless" -> gocardless, "MercadoPago" -> mercadopago, "WeChat" ->
// wechat), so that it names the provider. A part that is a payment word
// itself ("PayPal": pay) is left as it is.
func joinProviders(ws []string) []string {
	for i := 0; i+1 < len(ws); i++ {
		j := ws[i] + ws[i+1]
		if !contains(providerWords, j) || contains(paymentWords, ws[i]) || contains(paymentWords, ws[i+1]) {
			continue
		}
		ws[i] = j
		ws = append(ws[:i+1], ws[i+2:]...)
	}
	return ws
}

func hasWord(ws []string, set ...string) string {
	for i, w := range ws {
		spaced := strings.IndexByte(w, ' ') >= 0
		for _, s := range set {
			if w == s {
				return w
			}
			// two-word entries: "thank you", "payment callback". s's first
			// word is w when w (with no space of its own) is followed by
			// a space in s: the test strings.Cut made of every entry for
			// every word, without cutting.
			if !spaced && len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w && i+1 < len(ws) && ws[i+1] == s[len(w)+1:] {
				return s
			}
		}
	}
	return ""
}

// Words that make a route or a name a redirect target or a webhook. A
// strong word is enough; a weak one ("return", "complete", "callback",
// "events") needs a payment word next to it ("/checkout/return",
// "PaymentComplete", "/stripe/events") or nothing else but neutral words
// ("/return", "handleReturn", "/hooks/notify"), so that "/orders/{id}/return"
// (a product return) or "/auth/callback" (OAuth) are neither.
var (
	redirectStrong = []string{"success", "succeeded", "successful", "thankyou", "thanks", "thank you",
		"payment callback", "paymentcallback"}
	// "approved": PayPal's approval return URL (/paypal/approved), only
	// next to a payment word, never an identity check's or an editor's.
	redirectWeak = []string{"return", "returned", "complete", "completed", "finish", "finished", "done", "redirect",
		"approved"}
	webhookStrong = []string{"webhook", "webhooks", "ipn"}
	webhookWeak   = []string{"hook", "hooks", "notify", "notification", "notifications", "callback", "callbacks",
		"events", "event"}
	paymentWords = []string{"pay", "payment", "payments", "payout", "payouts", "checkout", "billing", "stripe", "paypal", "adyen",
		"purchase", "purchases", "subscription", "subscriptions", "subscribe", "3ds", "psp", "alipay", "wechat",
		"razorpay", "mollie", "svix", "klarna", "braintree", "square", "transaction", "transactions", "charge", "charges",
		"xendit", "midtrans", "paystack", "flutterwave", "gocardless", "paddle", "mercadopago", "yookassa",
		// mobile money: M-Pesa's Daraja API (STK push, C2B), MTN MoMo, UPI
		"mpesa", "daraja", "stk", "c2b", "momo", "upi",
		// bill payment and prepaid top-ups; invoices a provider collects
		// (Xendit, Stripe and PayPal invoices call back when paid)
		"bill", "bills", "invoice", "invoices", "topup", "topups", "airtime", "recharge",
		// buy now, pay later: the provider's authorization callback
		"bnpl", "afterpay", "affirm", "instalment", "instalments", "installment", "installments",
		// a deposit paid to hold a booking or an appointment
		"deposit", "deposits"}
	neutralWords = []string{"handle", "handler", "handlers", "on", "get", "post", "serve", "page", "view", "http", "api",
		"v1", "v2", "v3", "id"}
)

// says returns the word that classifies ws, or "".
func says(ws []string, strong, weak []string) string {
	if w := hasWord(ws, strong...); w != "" {
		return w
	}
	w := hasWord(ws, weak...)
	if w == "" {
		return ""
	}
	if hasWord(ws, paymentWords...) != "" {
		return w
	}
	for _, x := range ws {
		if hasWord([]string{x}, weak...) == "" && hasWord([]string{x}, neutralWords...) == "" {
			return ""
		}
	}
	return w
}

func norm(s string) string { return payment.Fold(s) }

// redirectParams are parameters a provider adds to the buyer's redirect.
var redirectParams = map[string]bool{
	"sessionid": true, "checkoutsessionid": true, "paymentintent": true, "paymentintentclientsecret": true,
	"redirectstatus": true, "paymentid": true, "payerid": true, "transactionstatus": true, "paymentstatus": true,
	// Adyen's redirect back from 3-D Secure or a hosted page
	"redirectresult": true,
	// Razorpay Checkout's callback_url form (checkoutreturn.go)
	"razorpaypaymentid": true,
}

// idParams name an order or payment next to a status/result parameter.
var idParams = map[string]bool{
	"orderid": true, "order": true, "paymentid": true, "transactionid": true, "txnid": true, "reference": true,
	"ref": true, "invoiceid": true, "outtradeno": true, "merchantorderid": true,
	"txnref": true, "bill": true, "billid": true, "txn": true,
	// Adyen's return URL: merchantReference, pspReference next to resultCode
	"merchantreference": true, "pspreference": true,
}

// Redirect reports whether h is the target of a buyer's redirect back from
// a payment page, and why ("route /checkout/success").
func (h *Handler) Redirect() (bool, string) {
	if ok, _ := h.Webhook(); ok {
		return false, ""
	}
	if staffOnly(h.Routes) {
		return false, "" // a buyer is never sent back to the back office
	}
	if accountRoutes(h.Routes) {
		return false, "" // /email/verify/success: an account flow, whatever the handler's name
	}
	if h.shopForm() {
		return false, "" // the shop's own POST form, no provider's return (shopform.go)
	}
	landing := h.landing() // "/pay/callback" reached by the buyer's browser
	for _, r := range h.Routes {
		if redirectSays(words(r.Path)) || landing && payCallback(words(r.Path)) {
			return true, "route " + r.Path
		}
	}
	if (redirectSays(words(h.Name)) || landing && payCallback(words(h.Name))) && !routesSpeak(h.Routes) &&
		!h.callbackNameOnly() && !h.staffName() { // callbackname.go, staffname.go: left to its route
		return true, h.Name
	}
	var status, id bool
	for _, p := range h.Params {
		if p.Source == "path" || p.Source == "header" {
			continue
		}
		n := norm(p.Name)
		if redirectParams[n] {
			return true, "reads " + p.Name
		}
		if payStatusParam(n) && !writesOnly(h.Routes) && h.comparedWithPaid(p) {
			return true, "compares " + p.Name + " with a paid status"
		}
		if n == "status" || n == "result" || n == "resultcode" {
			status = true
		}
		if idParams[n] {
			id = true
		}
	}
	if status && id && !writesOnly(h.Routes) {
		return true, "reads status and an order id"
	}
	if h.statusPage() { // verifypage.go
		return true, "compares a query status beside a payment id"
	}
	if h.returnStatusPage() { // returnstatus.go
		return true, "a return route comparing its query status with a paid value"
	}
	return false, ""
}

// accountWords name account flows that end on a success or completion page
// without any payment: e-mail confirmation, sign-up, password reset,
// login and SSO ("/email/verify/success", "/password-reset/complete").
// ("confirm" and "verify" are not among them: "/order/confirmation" and
// "/payment/verify" are payment pages.)
var accountWords = []string{"email", "signup", "register", "registration", "password", "reset", "login",
	"logout", "signin", "auth", "oauth", "oauth2", "sso", "saml", "oidc", "invite", "invitation",
	"unsubscribe", "onboarding", "connect"}

// accountFlow: ws name an account flow and nothing bought. A provider's
// name does not make it a purchase: "/stripe/oauth/callback" and
// "/stripe/connect/onboarding/return" onboard a seller.
func accountFlow(ws []string) bool {
	return hasWord(ws, accountWords...) != "" && !bought(ws)
}

// providerWords are the payment words that name a provider, not a purchase.
var providerWords = []string{"stripe", "paypal", "adyen", "svix", "klarna", "braintree", "square", "razorpay",
	"mollie", "alipay", "wechat", "psp", "xendit", "midtrans", "paystack", "flutterwave", "gocardless", "paddle",
	"mercadopago", "yookassa", "mpesa", "daraja", "momo"}

// bought: ws name a purchase (a payment word other than a provider's
// name, an order, a cart, a plan).
func bought(ws []string) bool {
	for _, w := range ws {
		if hasWord([]string{w}, paymentWords...) != "" && hasWord([]string{w}, providerWords...) == "" {
			return true
		}
	}
	return hasWord(ws, "order", "orders", "cart", "basket", "plan", "upgrade", "donate", "donation") != ""
}

// routesSpeak: some route of h has a path with a word of its own (not a
// neutral one like api, v1 or id): then the route, not the function's
// name, says what the handler is for — Handler.Complete on
// "POST /profile/{id}/setup/complete" finishes a profile set-up.
func routesSpeak(routes []*Route) bool {
	for _, r := range routes {
		for _, w := range words(r.Path) {
			if hasWord([]string{w}, neutralWords...) == "" {
				return true
			}
		}
	}
	return false
}

// accountRoutes: h has routes and every one is an account flow.
func accountRoutes(routes []*Route) bool {
	if len(routes) == 0 {
		return false
	}
	for _, r := range routes {
		if !accountFlow(words(r.Path)) {
			return false
		}
	}
	return true
}

// staffWords mark back-office routes.
var staffWords = []string{"admin", "backoffice", "staff"}

// staffOnly: every route of h is in the back office (/admin/...).
func staffOnly(routes []*Route) bool {
	if len(routes) == 0 {
		return false
	}
	for _, r := range routes {
		if hasWord(sharedWords(r.Path), staffWords...) == "" {
			return false
		}
	}
	return true
}

// oauthParams are the parameters of an OAuth 2 / OpenID authorization
// response sent to a redirect URI ("/callback?code=…&state=…").
var oauthParams = map[string]bool{"code": true, "idtoken": true, "samlresponse": true}

// oauthResponse: h reads the parameters of an OAuth authorization response
// and neither its routes nor its name speak of a purchase.
func (h *Handler) oauthResponse() bool {
	if bought(words(h.Name)) {
		return false
	}
	for _, r := range h.Routes {
		if bought(words(r.Path)) {
			return false
		}
	}
	for _, p := range h.Params {
		if p.Source != "path" && p.Source != "header" && oauthParams[norm(p.Name)] {
			return true
		}
	}
	return false
}

// writesOnly: every route of h says a method other than GET (an admin
// "POST /orders/update?status=…" is not where a buyer is sent back).
func writesOnly(routes []*Route) bool {
	if len(routes) == 0 {
		return false
	}
	for _, r := range routes {
		if r.Method == "" || strings.EqualFold(r.Method, "GET") {
			return false
		}
	}
	return true
}

// SignatureHeader reports whether a header name carries a webhook signature.
func SignatureHeader(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "signature") || strings.HasSuffix(n, "-sig") || strings.Contains(n, "hmac") {
		return true
	}
	// A shared token a provider sends with each notification (Xendit's
	// X-Callback-Token, X-Webhook-Token): only webhooks carry one.
	ws := words(n)
	return hasWord(ws, "token") != "" && hasWord(ws, "callback", "webhook", "hook", "notification", "notify") != ""
}

// Webhook reports whether h receives a provider's webhook, and why.
func (h *Handler) Webhook() (bool, string) {
	if h.Login == codeLogin {
		return false, "" // an OAuth/OIDC redirect exchanging its code (login.go)
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return true, "reads " + r.Name
		}
	}
	if h.CallsVerifier && h.Login != userLoginCheck { // a user's login check is no provider's (login.go)
		return true, "verifies a signature"
	}
	if h.oauthResponse() {
		return false, "" // an OAuth redirect URI ("/callback?code=…"), not a webhook
	}
	if h.checkoutReturn() {
		return false, "" // a hosted checkout's browser callback (checkoutreturn.go)
	}
	// A weak word ("/pay/callback") on a page a browser lands on (GET,
	// query only, nothing signed: cls_landing.go) is no webhook.
	landing := h.landing()
	for _, r := range h.Routes {
		ws := words(r.Path)
		if hasWord(ws, "payment callback", "paymentcallback") != "" {
			continue
		}
		if w := says(ws, webhookStrong, webhookWeak); w != "" && !(landing && weakWebhookWord(w)) {
			return true, "route " + r.Path
		}
	}
	ws := words(h.Name)
	if w := says(ws, webhookStrong, webhookWeak); w != "" && hasWord(ws, "payment callback", "paymentcallback") == "" &&
		!routesSpeak(h.Routes) && !(landing && weakWebhookWord(w)) {
		return true, h.Name
	}
	if h.BodyEvent != "" {
		return true, h.BodyEvent // routed in another package; known by its body
	}
	return false, ""
}

// Packages of the web frameworks whose request contexts paylint knows.
var (
	irisPkgs     = []string{"github.com/kataras/iris/v12", "github.com/kataras/iris/v12/context"}
	beegoPkgs    = []string{"github.com/beego/beego/v2/server/web/context", "github.com/astaxie/beego/context"}
	hertzPkgs    = []string{"github.com/cloudwego/hertz/pkg/app"}
	fasthttpPkgs = []string{"github.com/valyala/fasthttp"}
)

// frameworkCtx: the request context of iris, beego, hertz or fasthttp.
func frameworkCtx(t types.Type) bool {
	return namedIs(t, irisPkgs, "Context") || namedIs(t, beegoPkgs, "Context") ||
		namedIs(t, hertzPkgs, "RequestContext") || namedIs(t, fasthttpPkgs, "RequestCtx")
}

// frameworkPkg: a web framework or router package (their calls read the
// request; they verify nothing).
func frameworkPkg(p string) bool {
	for _, f := range []string{"net/http", "github.com/gin-gonic/", "github.com/labstack/echo", "github.com/gofiber/",
		"github.com/go-chi/", "github.com/gorilla/", "github.com/kataras/iris", "github.com/beego/", "github.com/astaxie/beego",
		"github.com/cloudwego/hertz", "github.com/zeromicro/go-zero", "github.com/valyala/fasthttp", "github.com/julienschmidt/httprouter"} {
		if p == f || strings.HasPrefix(p, f) {
			return true
		}
	}
	return false
}
