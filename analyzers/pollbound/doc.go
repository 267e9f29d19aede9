// Package pollbound defines the pollbound analyzer.
package pollbound

const doc = `pollbound: a payment poll loop with no terminal-state exit or no bound

A loop that polls a payment's status must stop on a terminal state
(CONFIRMED or FAILED, succeeded or canceled…) and must also stop when the
payment stays PENDING for too long: payments get stuck, and a loop with no
deadline keeps a goroutine, a connection and rate-limit budget busy forever
instead of escalating.

The rule reports, at the loop keyword (the recursive call, the
backoff.Retry), a poll loop that has
  (a) no exit that depends on the payment's status, or exits only once
      the payment succeeded and never looks for a failed, expired or
      canceled state (a failed payment keeps it polling), or
  (b) no bound: no ctx.Done() or ctx.Err() checked, no context on a call
      whose error leaves the loop, no attempt cap, no deadline or timer, no
      outer time.After, no backoff limit. Read errors that are swallowed
      (discarded, or checked and looped over) are named in the message.

Status predicates (IsFinal, Pending, IsPaid, a switch over status
constants) are read from their bodies, in any package, and count as exits
on the status, also on a type named for no payment that its package's
status read returns (a cash Voucher read by GET /v1/vouchers/{id}); a status read that turns a failed payment into an error
(a wrapper returning an error once it sees FAILED) is a failure exit when
the loop leaves on that error. retry-go UntilSucceeded() or Attempts(0)
without Context, go-retry backoffs without WithMaxRetries or
WithMaxDuration (also held in a local variable set once), and backoff policies with MaxElapsedTime = 0 or
WithMaxTries(0) are unbounded. A status constant whose value is no
state word the model knows (RECHAZADA, DEVUELTA) is read by its name
(StatusRejected, StatusReturned: failed; StatusPending: not final), so a
loop that leaves only on success while its package declares the failure
states beside it has no failure exit. A read helper that retries its own
request only on 429/5xx a few times (the gate (status == 429 || status >=
500) && attempt < n) is a retry of one read, not a poll; the loop calling
it until the payment is final is the poll. A poll whose only bound is the
context its function is handed (a select on ctx.Done(), go-retry with an
uncapped policy) is bounded as far as its callers make it so: it is
reported at a call, in any package, that hands it a context which never
ends while the process runs (context.Background() or TODO(), also with
a value attached by context.WithValue, a worker's signal.NotifyContext
passed down through main's functions); a function of any package that
hands its own context on to such a poll (a sweeper's Run handing it to
the follow of each payment, a job's Handle handing it to the sweeper) is
bounded the same way, and is judged at its own callers; a caller's
WithTimeout or WithCancel, a request's context and callers out of sight
keep it silent. A payment created by a POST that answers its URL in the
Location header is read by a GET of that URL decoded into the payment
object. A helper of any package that calls a func-typed field of its
receiver (or of a struct parameter) in a loop (a generic Poller{Every,
Fetch, Done} whose Until calls p.Fetch until p.Done says final) polls what
its caller stores there: the call is judged with the keyed literal the
caller builds it from in the same function (the Fetch literal's read, the
Done predicate as the status exit, the helper's own bound); a field set
again after the literal keeps it silent. A helper handed its done
predicate as a parameter beside the callback (WaitFor(ctx, every, fetch,
done), looping until done(v) on what fetch answered) polls the same way:
the caller's done argument is the status exit. A status predicate of the
type a Pix cob read returns (a switch over the cob's status constants)
reads the BACEN API Pix words (CONCLUIDA, REMOVIDA_*) as its states.

It stays silent on a select on ctx.Done(), a for i := 0; i < max; i++ cap,
a time.After(deadline) or deadline comparison, a backoff with a retry or
elapsed-time limit, a loop returning on the terminal states with a bound,
a loop stepping through the rows of a query's result (for rows.Next() over
database/sql, sqlx, pgx or GORM rows, for cur.Next(ctx) over a mongo
cursor: one read per row of a finite result, not a poll), and _test.go
files (go test's timeout bounds them).

Bad:

	for {
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			continue // swallowed: spins forever when the API is down
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return nil
		}
		time.Sleep(5 * time.Second)
	}

Good:

	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	t := time.NewTicker(5 * time.Second)
	for {
		select {
		case <-ctx.Done():
			return escalate(id, ctx.Err())
		case <-t.C:
		}
		pi, err := paymentintent.Get(id, nil)
		...
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled:
			return nil
		}
	}

Providers: stripe-go v72 to v82 status reads (Get of a payment intent,
charge, checkout session..., Retrieve on stripe.Client's V1 services) and
stripe's status constants; the status reads of the provider SDKs paylint knows (gocardless-pro-go
Payments.Get, square-go-sdk Payments.Get / Orders.Get / Terminal.Checkouts.Get, official Mollie
Payments.Get, braintree-go Transaction Find, razorpay-go Payment.Fetch,
plutov/paypal GetOrder, mercadopago payment.Get, midtrans
CheckTransaction, checkout-sdk-go GetPaymentDetails, xendit-go
GetPaymentRequestByID / payout GetPayoutById, adyen GetPaymentLink,
smartwalle/alipay TradeQuery, wechatpay-go QueryOrderByOutTradeNo /
QueryOrderById); a GET of one payment through net/http,
go-resty/resty v2 or hashicorp/go-retryablehttp, with any provider;
cenkalti/backoff limits; other SDKs through functions of kind status-read
in .paylint.yml.

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
USERPAYING not final; and, for the BACEN API Pix charge read
over REST (GET /v2/cob/{txid} or /v2/cobv/{txid}, through any client or
wrapper), CONCLUIDA paid, REMOVIDA_PELO_USUARIO_RECEBEDOR /
REMOVIDA_PELO_PSP failed, ATIVA not final. A word another provider
defines does not carry over (Mercado Pago's approved is not Square's
APPROVED).

Seeds:
  - Hilt guide, "Good polling pattern" section: "stop polling once the
    payment is CONFIRMED or FAILED"; "Payment states that matter most"
    section: PENDING_CONFIRMATION means "Poll until a terminal state
    appears".
  - Exirom guide, "Common Mistakes" section: "Not polling after extended
    PENDING" -> "Poll after 5 min, escalate after 2 hrs".
  - Tally guide, "Stuck pending payments" section: "A payment that's been
    pending for more than a couple of minutes is suspect."`
