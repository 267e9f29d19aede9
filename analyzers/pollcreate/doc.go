// Package pollcreate defines the pollcreate analyzer.
package pollcreate

const doc = `pollcreate: a new payment created inside the loop that polls a payment's status

While a payment is still PENDING the right move is to keep reading the same
payment id until it reaches a terminal state. Creating a second payment
because confirmation is still catching up (in the loop, or in its timeout
branch) charges the buyer twice when both payments settle.

The rule reports a payment creation (POST to a payment collection, an SDK
New/Create, or a wrapper of one, across packages) inside a poll loop or in
its timeout branch, unless the creation is reached only after the loop saw a
terminal failed, expired or canceled state (a comparison or switch case on
the status with such a value). Also across a poll helper: a payment created
on every pass of a for loop (or of a retry helper's callback) that then
waits for it through a poll helper of any package, and goes round when the
helper gives up while the payment may still be pending: on a context it
gave a timeout, an attempt cap, or a test of its own clock inside its loop
(time.Now().After(deadline), time.Since(start) > maxWait), answering (false,
nil), its last value with done false (generic helpers too) or an exported
sentinel error the caller tests with errors.Is(err, pkg.ErrStillPending); a
helper handed what to read and when to stop as two callbacks
(WaitFor(ctx, every, fetch, done): it polls what fetch reads, and the
caller's done literal over what fetch returns is its stop on the status,
also in the provider's own words) gives up when its bound ends the wait, a
timeout the pass gave its context or one of its own (the caller's whole
context only ends the call). Also across a
function of the package that polls the payment named by its parameter and,
when a bound of its own ends the wait, returns a value meaning "still
pending" ((false, nil), "PENDING"): a loop that pays (a creation, or a pay
action on an existing invoice: /invoices/{id}/pay, collect_payment), waits
through it and, on that value, pays again. A payout or refund created again
in the loop that polls that very payout or refund is reported too. The
payment waited for need not be one the creation returns: a creation sent
with the value the status read is keyed by (a reference the caller makes
and hands to both: a terminal's ServiceID, a merchant reference, an order
id used as the provider's reference) made the payment that read reads, so
the same passes are reported when they send it again with a new value.

It stays silent on a payment created once and then polled by its id, on a
creation after the loop ends, on a creation guarded by a terminal
FAILED/expired check or made after the loop cancelled the polled payment
(a Square Terminal checkout cancelled on the reader, a Mercado Pago
payment cancelled after its wait gave up), on refunds, payouts and transfers of other resources created in the loop
(refunding a stuck payment, paying the seller out once it succeeded), on a
caller that leaves on the waiter's "still pending" value, on a payment sent again under the same reference when that reference is
the request's idempotency key (the provider answers with the first), and
on a loop of checkout attempts that waits for each payment through a
function polling it until it is final (pi := create(); await(pi.ID)), and
on a loop that reads once, with no wait, the object it has just created
and creates another only after that one left open or pending, leaving on
a failed read (a Checkout Session replayed by its idempotency key and
reissued when it was already used).

Bad:

	for {
		p, _ := hilt.GetPayment(ctx, id)
		if p.Status == "CONFIRMED" {
			return p, nil
		}
		if time.Since(start) > time.Minute {
			p, _ = hilt.CreatePayment(ctx, order) // a second live payment
			id = p.ID
		}
		time.Sleep(3 * time.Second)
	}

Good:

	for {
		p, _ := hilt.GetPayment(ctx, id)
		switch p.Status {
		case "CONFIRMED":
			return p, nil
		case "FAILED":
			return hilt.CreatePayment(ctx, order) // a clean new checkout
		}
		time.Sleep(3 * time.Second)
	}

Providers: stripe-go v72 to v82 (New / Create of a payment intent, charge or
checkout session; Get / Retrieve as the status read); the creates and
status reads of the provider SDKs paylint knows (gocardless-pro-go,
adyen-go-api-library, square-go-sdk, official Mollie, braintree-go,
razorpay-go, plutov/paypal, mercadopago, midtrans, checkout-sdk-go,
xendit-go, smartwalle/alipay (TradePreCreate, TradeCreate, TradePay;
TradeQuery), wechatpay-go (Prepay; QueryOrderByOutTradeNo /
QueryOrderById): see the README's provider list); REST calls of any
provider through net/http, go-resty/resty v2 and hashicorp/go-retryablehttp
(a POST to a payment collection, a GET of one payment), also through a
client's own request function whose method, path and body are its
caller's (c.do(ctx, "POST", "/v1/merchants/"+m+"/checkouts", body): a
card reader's checkout, known by the amount, currency and
checkout_reference its body carries); a Pix charge of the BACEN API Pix
created by a PUT to the txid the caller chose (PUT /v2/cob/{txid}, PUT
/v2/cobv/{txid}) or a POST of /v2/cob, and read by GET /v2/cob/{txid}
(sending the polled txid again is the same charge: silent); other SDKs
through functions of kind create and status-read in .paylint.yml.

Terminal states: the shared vocabulary (CONFIRMED, succeeded, paid,
completed…; FAILED, expired, canceled, declined…); and, for a status read
of a provider SDK (not a wrapper, which may map the states to words of its
own), the statuses that SDK defines first: mercadopago sdk-go v1.14.0
approved is paid, authorized / in_process / in_mediation are not final,
rejected / cancelled / refunded / charged_back failed; square-go-sdk
v1.5.0 payment COMPLETED paid, APPROVED authorized but not captured, FAILED
/ CANCELED failed (orders COMPLETED / CANCELED, OPEN and DRAFT not final;
terminal checkouts COMPLETED / CANCELED, PENDING, IN_PROGRESS and
CANCEL_REQUESTED not final);
plutov/paypal v4.17.0 order COMPLETED paid, APPROVED (the buyer approved,
a capture is needed), CREATED, SAVED not final, VOIDED failed; adyen
v21.2.0 payment link completed / paid, active and paymentPending not
final, expired; gocardless-pro-go v2.1.1 confirmed / paid_out, failed,
cancelled, customer_approval_denied, charged_back; official Mollie and
VictorAvelar/mollie-api-go v4.16.0 paid, failed / canceled / expired,
open / pending / authorized; razorpay-go v1.4.0 captured (authorized is
not paid), failed / refunded; order paid; braintree-go v0.22.0
submitted_for_settlement / settling / settled / settlement_confirmed,
authorized not final, settlement_declined and the other declines failed;
checkout-sdk-go (v1.0.18 constants) Authorized / Captured / Paid,
Declined / Canceled / Expired / Voided / Refunded; xendit-go v7.0.0
SUCCEEDED, FAILED / CANCELED / VOIDED / EXPIRED, AWAITING_CAPTURE not
final (payouts SUCCEEDED, FAILED / CANCELLED / REVERSED, ACCEPTED /
REQUESTED / LOCKED not final); midtrans-go v1.3.8 settlement, cancel / expire / failure, deny not
final (it can still succeed); smartwalle/alipay v3.2.20 TRADE_SUCCESS /
TRADE_FINISHED paid, TRADE_CLOSED, WAIT_BUYER_PAY not final; wechatpay-go
v0.2.21 SUCCESS, CLOSED / REVOKED / PAYERROR / REFUND, NOTPAY /
USERPAYING not final. A word another provider defines does not
carry over (Mercado Pago's approved is not Square's APPROVED).

Seeds:
  - Hilt guide, "Good polling pattern" section: "The important rule is to
    keep the same payment_id. Do not create a second payment just because
    confirmation is still catching up."
  - Hilt guide, "Duplicate payment attempts" section: keep a live
    payment_id "until that payment reaches a terminal state"; "Duplicate
    confirm calls" section: "if the payment is terminal and failed, start
    a clean new checkout".`
