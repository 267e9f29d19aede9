// Package redirectfulfill defines the redirectfulfill analyzer.
package redirectfulfill

const doc = `redirectfulfill: orders fulfilled from the buyer's success redirect instead of the provider's payment state

The success (return) URL a payment page sends the buyer back to is for user
experience only. Anyone can open it, with any query string, without paying;
and a buyer can be redirected there while an asynchronous payment still
fails. Goods must be granted only from payment state read from the provider
or from a verified webhook.

Redirect handlers: HTTP handlers (net/http func(w, r) and http.Handler,
chi and gorilla/mux routes, gin, echo, fiber) registered on a route whose
path says success / return / complete / thank-you / payment-callback
(Go 1.22 "GET /path" patterns and router groups included), or named so
(SuccessHandler, handleReturn, PaymentComplete), or that read the
provider's redirect parameters from the query or form: session_id,
payment_intent, redirect_status, paymentId / PayerID, or status / result
next to an order or payment id. A GET route named as a return in the
shop's own words (/gifts/{id}/return, /refills/complete, in any
framework the model knows, iris's ctx.URLParam and URLParamDefault
included) is a return page when its handler compares the status or
result the query string carries (or Adyen's resultCode) with a paid
value, also through a helper of any package answering whether the word
is paid (adyenpay.Succeeded(q.Get("resultCode"))) (a product return or
an OAuth return reading code and state is none). A handler routed on
the success URL the app itself hands the provider (Stripe success_url / return_url, Xendit
success_redirect_url, PayPal return_url, Mollie redirectUrl, Paystack
callback_url, Midtrans finish, Mercado Pago back_urls.success; also
handed through a client of the app's own, of any package, that puts its
parameter in such a field: CreateCharge(ctx, id, amount, site+"/crypto/return")
setting a body's redirect_url) is a return page whatever its route's
words; a route saying notify /
notification / webhook / ipn is not one, whatever its handler's name.
Whatever its method and route, a handler that reads a payment from the
provider by an id its request's query or form carries (the buyer's
browser posting the PayPal order id back from the Buttons' onApprove) is
the buyer's return too, unless it is a webhook, calls a verifier or reads
a signature.

Flagged, at the fulfilment (a fulfil/ship/grant/markPaid call, a stored
paid state, a //paylint:fulfillment function, or a wrapper of one in any
package; on a return page also a payment hold stored, "authorized" or
"requires_capture": the page trusts the redirect that the card was
authorised) reachable in a redirect handler unless, on every path to it, the
payment's status was read from the provider (SDK Get/Retrieve, GET of the
payment) and compared with a success value (stripe's
CheckoutSessionPaymentStatusPaid, "paid", "succeeded", "COMPLETED",
"CONFIRMED", "TRADE_SUCCESS" ...) by a check that guards the fulfilment.
A comparison that also accepts a value the provider's status table calls
not paid (PayPal's APPROVED: the buyer approved, nothing is captured) is
no paid check, and neither is testing only the error of a verify call
whose answer carries the status (a Paystack or Flutterwave verify answers
200 for an abandoned or failed transaction). An order handed over through
an interface bound in main counts when the bound method stores the
order's or purchase's status as released, shipped, dispatched or
delivered, or a gift card's as issued, or another bought row's (a gift
membership) as issued while it hands back a code it draws afresh, the
redemption code given out (a booking, reservation or hold "released" is
freed, not handed over; an invoice "issued" is only sent, whatever
number is drawn for it): reported at the binding. A row paid up to a
date (a rental's or a
locker's paid_through / paid_until set, whatever its table) is a paid
state. A state of the merchant's own
naming (a label order "issued", a booking "booked") that the page stores
on a payment row only where the query's or form's status says paid
(status=PAID, redirect_status=succeeded, in any framework) is the page's
paid state. Mercado Pago's collection_status=approved on the back_url is
a query-string value.
Three messages: fulfilment guarded only by a query-string or form value
(the clearest case: redirect_status=succeeded is typed by the buyer); the
payment read from the provider but its status never checked; no provider
read at all.

Silent: the handler retrieves the session/payment and checks its status
before fulfilling (if paid { fulfil }, if !paid { return }, switch); a
success comparison on the merchant's own stored state of an order,
payment, checkout session, subscription or invoice (set by the webhook;
an account's or a saved card's "active" is not one); a capture or
confirmation (PayPal capture, PaymentIntent confirm) whose error stops
the handler before fulfilling; the check lives in a helper that returns
an error unless paid (or true only when paid; or, as IsPaid(id) (bool,
error), a bool the handler tests, not only the lookup error), in this
package or another (paylint reads the helper's body; only a helper of a
package it does not model is taken at its name); a wrapper that checks
the status itself before fulfilling; a handler that only renders a page or reads
state; a state stored where the query's value is no payment's status (a
form's step, a shipment's "delivered"); fulfilment in a webhook handler (see webhookverify); handlers in
_test.go files (fake providers); account flows that end on a success page
without a purchase (e-mail confirmation, password reset, login, OAuth/SSO
and seller onboarding such as Stripe Connect) and back-office routes
(/admin/...), even when they activate accounts or grant roles; a handler
whose route says what it is for (POST /profile/{id}/setup/complete) is not
a redirect target because of its function name alone.

Bad:

	mux.HandleFunc("GET /checkout/success", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("redirect_status") == "succeeded" {
			orders.Fulfill(r.URL.Query().Get("order_id"))
		}
		render(w, "thanks")
	})

Good:

	mux.HandleFunc("GET /checkout/success", func(w http.ResponseWriter, r *http.Request) {
		s, err := session.Get(r.URL.Query().Get("session_id"), nil)
		if err != nil {
			http.Error(w, "try again", http.StatusBadGateway)
			return
		}
		if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
			orders.Fulfill(s.ClientReferenceID) // idempotent: the webhook may fulfil too
		}
		render(w, "thanks")
	})

Better still, only render on the redirect and fulfil from the verified
webhook, deduplicated on the payment id and status.

Providers: stripe-go v72 to v82 (checkout session and payment intent Get /
Retrieve read the provider's state; stripe's status constants such as
CheckoutSessionPaymentStatusPaid are success values); a GET of the payment
through net/http, go-resty/resty v2 or hashicorp/go-retryablehttp, with any
provider; handlers of net/http, go-chi/chi, gorilla/mux, gin, labstack/echo
and gofiber/fiber; other SDKs through functions of kind status-read and
fulfillment in .paylint.yml.

Seeds:
  - Exirom guide, "Decision Tree: 3DS Challenge Flow" section: "The
    successRedirectUrl is for user experience only. Always treat the
    webhook callback as the authoritative payment result"; "Webhook vs
    Redirect Disagree" section: "Always trust the webhook. The
    successRedirectUrl is for user experience only — never use it as
    payment confirmation"; "Common Mistakes" section: "Trusting redirect
    URLs as payment confirmation" -> "Orders fulfilled for failed
    payments".
  - Hilt guide, "Payment behavior that is normal" section: "building
    business logic from screenshots instead of Hilt state" is an issue;
    "A good developer rule" section: use Hilt states for "payment truth".
`
