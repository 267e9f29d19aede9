// Package webhookverify defines the webhookverify analyzer.
package webhookverify

const doc = `webhookverify: payment webhooks acted on without an enforced signature check

The provider guides make the webhook the authoritative payment result, which
holds only when the sender is verified. A webhook endpoint is a public URL:
without a signature check anyone who finds it can post "payment succeeded"
and receive the goods.

Webhook handlers: HTTP handlers (net/http, chi, gorilla/mux, gin, echo,
fiber) registered on a route or named with webhook / hook / notify / ipn /
callback / events, or that read a provider signature header
(Stripe-Signature, X-Signature, Paypal-Transmission-Sig,
X-Hub-Signature-256, Webhook-Signature, svix-signature, ...); handlers of
any framework known by their shape (iris, beego, hertz, fasthttp and
in-house wrappers); handlers written as func(w, r) error and served
through the app's own adapter (Make(h) returning an http.HandlerFunc
that calls h with its writer and request, an appHandler type whose
ServeHTTP does), on the adapter's route or, unreferenced in the
adapter's package, mounted from another; a routed handler known by its
body (the raw body or a provider event decoded, then a payment effect;
also the raw body decoded into a map, on a route naming a payment with no
middleware, when the paid state is written for the payment the posted map
names or under a test of a posted value, and the handler reads no user of
the app and no credential header); and, with no route in their
package (mounted from another one), exported handlers that decode the body
(r.Body, a binder, a framework's raw body: gin GetRawData, fiber Body)
into a provider event and update payment state (themselves or through a use
case behind an interface) when their package, receiver
or name speaks of webhooks, the event names a payment, or an event field is
compared with a payment event or success status — also the raw body
decoded into a notification by its fields (a result code with a
transaction id: Daraja's B2CResult) in a handler whose receiver or name
speaks of webhooks —, and handlers reading the event a verifying
middleware of their package handed on (context.WithValue under a key of
its own type; a framework's request store: gin or echo c.Set / c.Get,
c.MustGet, fiber c.Locals) when every write of that key in the package
follows the signature check; and a handler that is a payment
notification by what its posted body decides, whatever its route, type
and name say: it decodes the POST body (a binder: echo c.Bind, fiber
BodyParser, gin ShouldBindJSON; a raw body; a decoder) and either hands
the posted payment status (a field named for a payment's state,
payment_status, or one tested against a paid value) to a store writing a
payment's status column (orders.SetStatus(ctx, id, obj.PaymentStatus)
over UPDATE orders SET status = $2), or marks the payment paid only when
a posted status says paid (switch n.Status { case "APPROVED": MarkPaid }),
with no verifier, signature or credential header, user of the app, payment
sent or read back from the provider, and a name around it (its package,
receiver, name, decoded type or route) speaking of a notification or a
payment unless the posted field or value is a payment's own
(payment_status, "order.paid"); routed in its package only on a route with
no middleware, and mounted from another package reported at a mount with
nothing in front of it (no route, group or router middleware): a
courier's cash-on-delivery report or delivery status, which no posted
payment status decides, and the shop's own app posting to it, stay
silent. A payment notification sent as a GET (Epay
易支付 and its clones: notify_url?out_trade_no=…&trade_status=TRADE_SUCCESS
&sign=…) is one too: a handler that reads a payment status and a payment
reference from the query string (gin c.Query or ShouldBindQuery into a
struct tagged form:"trade_status", r.URL.Query().Get, echo QueryParam),
acts on the payment and answers the gateway's acknowledgement (the bare
body "success" or "ok": c.String(200, "success"), w.Write([]byte("success")))
and never a page, here or, with no route in its package, where it is
mounted; a handler that redirects or renders (HTML, a template) is the
page the buyer's browser lands on, redirectfulfill's. Back-office and settings endpoints are never webhooks.

Where: in the handler, at the first fulfilment or paid-state write on
each path a forged event takes (a write in another branch of an if or a
switch is another path and is reported on its own); but a
handler of the last kind (no route in its package) that verifies nothing
itself is judged per route where another package mounts it, and reported
at the mount (mux.HandleFunc("POST /webhooks/psp", wh.Charge), chi
r.Post, gin r.POST, echo, a wrapper mw(h.X), a factory hooks.New(s), an
http.Handler value) when no middleware on that route verifies: a sibling
route in a verifying group does not cover it. Silent there: a verifying
group or router middleware (r.Use, r.Route, gin Group), chi
r.With(verify), a verifying wrapper of any package, gin or fiber route
middleware (r.POST(path, verify, h.X), hooks.Post(path, token, h.X) with
token := cb.CallbackToken(secret) made once in a local), echo route
middleware (e.POST(path, h.X, verify)), a middleware factory of another
package whose middleware verifies (a gin middleware comparing a shared
secret such as Flutterwave's verif-hash with the configured one and
aborting; a callback-token middleware answering 403); a sub-router or mux mounted or wrapped
there behind a verifying middleware (r.With(verify).Mount("/hooks",
sub), verify(mux)); a router handed in by a caller as a group or
sub-router (unless the routes function is called once in its package:
that call's router, with its middleware, is the one it stands for —
g.InitPublicRouter(api) with api := g.Engine.Group("/api")), or handed to other code that may add middleware to it (its
middleware is not visible: a routes function of any package that only
adds routes and sub-routers to it, web.Routes(r), hides nothing); mounts
not understood (a route table, a map, reflection). A root router
(*http.ServeMux, *gin.Engine, *chi.Mux, *echo.Echo, *fiber.App) is judged
by the middleware seen: a signature check never covers a whole
application. A handler that checks the signature
wrongly (ignored, fail-open, partial) is reported in its own package
whatever covers its routes. A handler of the same package mounted both
behind a verifying middleware (a group's, the route's own: echo
e.POST(path, h.X, verify), gin r.POST(path, verify, h.X), chi
r.With(verify)) and on a route without one (the root router, a sibling
route) is reported at its effect, naming the uncovered route. A handler
of another package the model does not know as a payment webhook (the
merchant's own event struct; a plan extended, a payout marked returned)
that decodes the body, verifies nothing and stores what it decoded (itself,
or through a store interface whose implementation, bound where it is
mounted, sets a status or a value of the row the event names), whatever
its package, type and method are named, is one where it is mounted with
nothing in front of it but middleware the sibling passes through too (a
router's panic recovery) on a hook path beside a
sibling route of the same router and parent path that a verifying
middleware covers and whose handler decodes the same event type: reported
at that registration (e.POST beside e.Group(path, verify), chi r.Post
beside r.Group with g.Use(verify) or beside r.With(verify).Post, a
gorilla Subrouter's Use, mux.HandleFunc beside mux.Handle(path,
signed(h)) where signed := sig.Require(secret) is made once and applied
route by route).

Flagged, at the first fulfilment or paid-state write in such a handler that
is not dominated by an enforced signature check (a check whose failure
returns before it); a paid status set by a domain method of the row
(order.Complete() setting o.Status = Paid on its pointer receiver) and the
row then saved, also through a repository interface, is such a write; so
is a status stored as a mapper's answer (a function of any package whose
every return is a constant chosen by comparing its parameter: word lists,
a switch, a lookup in a map literal — helpers.MerchantNormalizeStatus(st)
handed to UPDATE merchant_payments SET status = ?) when one of its answers
is paid and what it mapped came from the request (a status read back from
the provider and mapped is the provider's word: silent).
Verifiers: stripe-go webhook.ConstructEvent*,
ValidatePayload*, (*stripe.Client).ConstructEvent / ParseThinEvent /
ParseEventNotification; hmac.Equal, and subtle.ConstantTimeCompare next to
an HMAC of the body; a secret the provider sends as is (Flutterwave's
verif-hash) compared with the configured one, with == / != or in
constant time (subtle.ConstantTimeCompare(...) != 1, == 0, == 1;
hmac.Equal); svix (*Webhook).Verify; functions configured with kind
"verifier" or marked //paylint:verifier; and wrappers of those in any
package that return an error (or false) for a bad signature. Shapes:
  1. no verification at all;
  2. verification whose result is only logged or ignored (if err != nil {
     log.Print(err) } and carry on; _ discarded; a gin handler that writes
     400 but does not return);
  3. verification skipped when the secret is empty (if secret != "" {
     verify }, or a verifier wrapper that returns nil for an empty secret):
     it fails open when the secret is missing in production; silent when
     every place of the package that sets the secret field refuses an
     empty value first (the constructor returns an error, panics or
     log.Fatal on ""): the emptiness check is then dead code; and its
     mirror, a callback-token or signature middleware that compares the
     header with the secret only when the request sends it (tok != "" &&
     tok != secret, fiber's c.Get(h, "NONE") != "NONE"): reported where
     the middleware is built or handed on (a factory's call, a value set
     in a routes struct), since a forged callback leaves the header out;
  4. verification enforced where it runs but skipped on some path by
     another condition (if !devMode { verify }); silent when the skip is
     a sandbox switch (a configuration flag named for the provider's
     sandbox, test or development mode) whose off side, its zero value,
     rejects outright and shares nothing with the processing (if key !=
     "" { verify } else if !cfg.IsSandbox { return errNoKey }): the
     production default fails closed;
  5. verification that runs only after the payment was acted on; the
     status the body posts (paid, failed, returned), handed to a store
     that writes it to a payment's, a payout's, a transfer's or a
     commission's status column (Payouts.SetByRail(ctx, cb.TransferID,
     cb.Status) over UPDATE payouts SET status = ?), counts as acting
     on it here and in 2 (a delivery's log row does not), and with no
     check at all on an open callback route (no middleware in front,
     no user of the app or credential header read: POST /hooks/payouts
     storing the payout status it is posted), where the poster picks
     the payout's state;
  6. only the error checked of a verifier whose verdict is another result
     (official Mollie webhooks.Validate answers (false, nil) when no
     signature is sent; PayPal VerifyWebhookSignature answers FAILURE in
     VerificationStatus without an error; a client of any package that
     posts to PayPal's /v1/notifications/verify-webhook-signature and
     returns the answer's verification_status for its caller to compare,
     the verdict then only logged or dropped), or of a verifier that passes
     an empty body: square-go-sdk v1.5.0 Webhooks.VerifySignature returns
     nil at once when RequestBody is "", so a handler whose effect is
     reached without requiring a body (no len(body) == 0 or
     r.ContentLength check of the verified body, no decode of it, or call
     handed it, whose error stops the handler) accepts a forged request
     with no body. A body handed in by the caller stays silent;
  7. a verifier that always answers yes: a function named as a verifier
     or handed the signature whose every return is success (true, nil)
     and which never reads its inputs (a testing stub left in place)
     verifies nothing, whatever its name; one that answers yes only in a
     dev build (a build constraint) or dev mode and checks otherwise is
     a verifier;
  8. a provider's notification parser, behind an interface several
     providers implement, that decodes the body, reads its sign field
     into nothing and returns a paid result: reported at the parser (the
     route is unverified for that provider's payments only).
A paid state written through the app's own PostgREST/Supabase REST API
(a PATCH or POST to rest/v1/<table> with PostgREST filters or the
apikey header) is judged as the SQL it stands for.

Silent: verification (direct or by a wrapper, in any package) whose failure
returns before processing; a handler that trusts only the id in the body
and fetches the payment back from the provider, fulfilling only when the
provider says it is paid; middleware that verifies before calling the
next handler when the wiring is visible in the package
(mux.Handle("/webhook", verifySig(h)), chi r.With(mw) / r.Use(mw), gin
route or group middleware that aborts on failure, a local Chain(h, mws...)
helper, a middleware handing next to a verifying one); a verifying closure
or a func-valued field handed the signature header (h.construct(body, sig,
secret)); handlers that only log or enqueue; handlers behind middleware
from packages paylint cannot see (but a middleware that only logs a user of
the app in, a bearer token or session cookie checked and the user stored in
the request's context, verifies no provider's notification); OAuth/SSO redirect URIs
("/callback?code=..."), which are not webhooks; handlers in _test.go files.

Bad:

	func stripeWebhook(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		event, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
		if err != nil {
			log.Printf("bad signature: %v", err) // and carries on
		}
		orders.Fulfill(event.ID)
	}

Good:

	func stripeWebhook(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		event, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
		if err != nil {
			http.Error(w, "bad signature", http.StatusBadRequest)
			return
		}
		orders.Fulfill(event.ID) // deduplicated on event/payment id and status
	}

Providers: stripe-go v72 to v82 (webhook.ConstructEvent*, ValidatePayload*,
and stripe.Client's ConstructEvent / ParseThinEvent /
ParseEventNotification); adyen-go-api-library hmacvalidator.ValidateHmac,
braintree-go WebhookNotification().Parse / ParseRequest, razorpay-go
utils.VerifyWebhookSignature and square-go-sdk Webhooks.VerifySignature
(v1.5.0: their result enforced; Square's also needs a body);
smartwalle/alipay v3 Client.VerifySign, DecodeNotification and
GetTradeNotification (an Alipay notification's form checked against
Alipay's public key; the error enforced) and wechatpay-go
notify.Handler.ParseNotifyRequest (the Wechatpay-Signature checked, the
resource decrypted; the error enforced); svix-webhooks (*Webhook).Verify; crypto/hmac;
handlers of net/http, go-chi/chi, gorilla/mux, gin, labstack/echo and
gofiber/fiber; other verifiers through functions of kind verifier in
.paylint.yml or marked //paylint:verifier.

Seeds:
  - Exirom guide, "Webhook vs Redirect Disagree" section: "Always trust
    the webhook", "Webhook = SUCCEED" -> "Fulfill order"; "Common
    Mistakes" section: deduplicate webhooks "on transactionId +
    transactionStatus".
  - Tally guide, "Webhooks" section: "For production, replace the polling
    loop with payment.confirmed and payment.failed webhook subscriptions."
  - KeyStone guide, "Webhook error handling" section: KeyStone "retries
    with exponential backoff"; "Always handle webhooks idempotently".
`
